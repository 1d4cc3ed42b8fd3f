/**
 * What the boot starts with (BootParams) and its defaults, without the parameter schema:
 * a link without parameters starts from these alone, and the schema (urlParams.ts, zod)
 * loads only for a link that carries some.
 */
import type { Speed } from '../protocol/messages';
import type { Lang, LensId, ThemeName } from '../store';

export interface BootParams {
  scenario: string;
  seed: number | null;
  lens: LensId;
  tick: number;
  speed: Speed;
  autoplay: boolean;
  lang: Lang;
  theme: ThemeName;
  embed: boolean;
  debug: boolean;
  tour: string | null;
  step: number;
  keys: boolean;
  origins: string[] | null;
  /** What to report to the host page (embeds): xAPI statements, the content height. */
  report: { xapi: boolean; height: boolean };
}

export function defaultLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/** The parameters of a link that sets none. */
export function defaultParams(browserLangs: readonly string[]): BootParams {
  return {
    scenario: 'basic',
    seed: null,
    lens: 'overview',
    tick: 0,
    speed: 1,
    autoplay: true,
    lang: defaultLang(browserLangs),
    theme: 'default',
    embed: false,
    debug: false,
    tour: null,
    step: 1,
    keys: true,
    origins: null,
    report: { xapi: false, height: false },
  };
}

/** Whether a query string sets any parameter at all (`?` alone sets none). */
export function hasParams(search: string): boolean {
  return !new URLSearchParams(search).keys().next().done;
}
