/**
 * Code loaded on demand (a lens, its inspector panels, a dialog), the view kit's one way:
 * `lazyPart(() => import('./X'))` is React's `lazy`, except that a part whose code failed
 * to arrive (offline before the app was cached, a dropped connection in a lecture hall)
 * can be asked for again. React keeps a lazy component's failure for good, so each failed
 * part is given a fresh loader by `renewFailedParts()`, which the error boundary's "Try
 * again" calls (ui/PartBoundary.tsx) before it renders the part once more.
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

const failed = new Set<() => void>();

/** A part's code can be asked for before the part renders (`preload`), e.g. while its words load. */
export interface Preloadable {
  preload(): void;
}

/** React.lazy whose failed load can be renewed; `load` is called again on a retry. */
// oxlint-disable-next-line no-explicit-any -- React.lazy's own constraint: any component, whatever its props.
export function lazyPart<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): T & Preloadable {
  // One request for the code, shared by `preload` and React's lazy, until it fails.
  let pending: Promise<{ default: T }> | null = null;
  const fetchCode = (): Promise<{ default: T }> =>
    (pending ??= load().catch((err: unknown) => {
      failed.add(renew);
      throw err;
    }));
  const make = (): LazyExoticComponent<T> => lazy(fetchCode);
  let current = make();
  function renew(): void {
    pending = null;
    current = make();
  }
  // One component for good (so a parent's element keeps its type); it renders the loader in force.
  function Part(props: object) {
    return createElement(current as unknown as ComponentType<object>, props);
  }
  // A failed preload is not an error here: the render that needs the part gets the same failure and shows it
  // (PartBoundary), whose "Try again" renews the loader. The part is not asked for twice.
  const preload = (): void => void fetchCode().catch(() => undefined);
  return Object.assign(Part, { preload }) as unknown as T & Preloadable;
}

/** Give every part that failed to load a fresh loader (the next render asks for its code again). */
export function renewFailedParts(): void {
  for (const renew of failed) renew();
  failed.clear();
}

/** A module asked for once (and again if it failed), and the module itself once it is here. */
export interface Loader<M> {
  (): Promise<M>;
  /** The module, if it has arrived (render it directly: no suspending for code already here). */
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
