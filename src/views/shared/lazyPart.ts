/**
 * Code loaded on demand (a lens, its inspector panels, a dialog), the view kit's one way:
 * `lazyPart(() => import('./X'))` is a component that draws the part once its code is
 * here; until then it draws `Loading` if given (a lens says so in its place,
 * LensLoading.tsx), else nothing. A part whose code failed to arrive (offline before the app was cached, a
 * dropped connection in a lecture hall) throws the failure in render, so its error
 * boundary shows it (ui/PartBoundary.tsx); "Try again" mounts it afresh, and it asks again.
 *
 * Not React's `lazy` under Suspense: React holds back a suspended part until 300 ms after
 * the last fallback it showed (so parts appear together), so a lens tab, a dialog or the
 * lecture layer's shortcuts appeared about 320 ms after the click or the first picture
 * even when their code took 10 ms to arrive. So a lazy part needs no Suspense around it
 * (the boundaries left catch a lens's words, i18n's withWords, and the Overview's KindsPanel).
 */
import { createElement, useEffect, useReducer, useState, type ComponentType } from 'react';

/** A part's code can be asked for before the part renders (`preload`), e.g. while its words load. */
export interface Preloadable {
  preload(): void;
}

/** A component drawn once `load` has brought its code (`Loading` meanwhile); `preload` asks for the code early. */
// oxlint-disable-next-line no-explicit-any -- any component, whatever its props (as React.lazy's own constraint).
export function lazyPart<T extends ComponentType<any>>(load: () => Promise<{ default: T }>, Loading?: ComponentType): T & Preloadable {
  const loader = onceRetried(load);
  function Part(props: object) {
    const mod = useLoaded(loader);
    if (mod !== undefined) return createElement(mod.default as ComponentType<object>, props);
    return Loading === undefined ? null : createElement(Loading);
  }
  // A failed preload is not an error here: the render that needs the part asks again and shows a failure.
  const preload = (): void => void loader().catch(() => undefined);
  return Object.assign(Part, { preload }) as unknown as T & Preloadable;
}

/** A module asked for once (and again if it failed), and the module itself once it is here. */
export interface Loader<M> {
  (): Promise<M>;
  /** The module, if it has arrived (render it directly: no waiting for code already here). */
  ready(): M | undefined;
}

/** A promise for a module, asked for once, and asked for again if it failed. */
export function onceRetried<M>(load: () => Promise<M>): Loader<M> {
  let p: Promise<M> | null = null;
  let mod: M | undefined;
  const get = (): Promise<M> =>
    (p ??= load().then(
      (m) => (mod = m),
      (err: unknown) => {
        p = null;
        throw err;
      },
    ));
  return Object.assign(get, { ready: () => mod });
}

/**
 * The module from `loader` once it has arrived, else undefined (the render asks for it and
 * draws again when it arrives). The module is the loader's own (`ready()`), not a copy kept
 * here; this keeps only a failure, thrown in render for the error boundary.
 */
export function useLoaded<M>(loader: Loader<M>): M | undefined {
  const [failed, setFailed] = useState<{ err: unknown } | null>(null);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const mod = loader.ready();
  useEffect(() => {
    if (mod !== undefined || failed !== null) return;
    let live = true;
    // `ready()` holds the module by the time this hears of it (the loader's own `then` comes first).
    loader().then(
      () => live && arrived(),
      (err: unknown) => live && setFailed({ err }),
    );
    return () => {
      live = false;
    };
  }, [loader, mod, failed]);
  if (failed !== null) throw failed.err;
  return mod;
}
