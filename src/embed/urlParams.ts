/**
 * URL parameters as one typed schema, parsed once at boot. Each parameter has a zod
 * schema, a default and a public/internal flag (public ones are documented for course
 * sites). A bad value never crashes anything: it is dropped, the default stays, and a
 * translated notice says which parameter was ignored and why. The one exception fails
 * closed: a bad `origins=` allow-list allows no host page at all (not every one). The boot
 * loads this module only for a link that carries parameters (bootParams.ts).
 */
import { isPresetId, z } from '../engine';
import type { Message } from '../engine';
import { isKnownLens } from '../views/lensIds';
import { isTourId } from '../tours';
import { defaultParams, type BootParams } from './bootParams';
import { parseOrigins } from './hostMessages';
import { MAX_TICK } from './limits';

const bool = z.enum(['1', '0', 'true', 'false']).transform((s) => s === '1' || s === 'true');
const speed = z.union([
  z.literal('max'),
  z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().min(0.25).max(1000)),
]);

const REPORTS = ['xapi', 'height'] as const;
const reportSchema = z
  .string()
  .transform((s) => (s === '1' || s === 'all' ? [...REPORTS] : s.split(',').map((x) => x.trim())))
  .pipe(z.array(z.enum(REPORTS)).min(1))
  .transform((list) => ({ xapi: list.includes('xapi'), height: list.includes('height') }));

const spec = {
  scenario: { public: true, schema: z.string().refine(isPresetId) },
  seed: { public: true, schema: z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.int().min(0).max(4_294_967_295)) },
  lens: { public: true, schema: z.string().refine(isKnownLens) },
  tick: { public: true, schema: z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.int().min(0).max(MAX_TICK)) },
  speed: { public: true, schema: speed },
  autoplay: { public: true, schema: bool },
  lang: { public: true, schema: z.enum(['ko', 'en']) },
  theme: { public: true, schema: z.enum(['default', 'projector', 'contrast']) },
  embed: { public: true, schema: bool },
  debug: { public: false, schema: bool },
  // Lecture and embedding (docs/embedding.md). `state=` is longer than 200 characters, so
  // boot.ts reads it separately with its own limits.
  tour: { public: true, schema: z.string().refine(isTourId) },
  step: { public: true, schema: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.int().min(1).max(1000)) },
  keys: { public: true, schema: bool },
  origins: { public: true, schema: z.string().refine((s) => parseOrigins(s) !== null).transform((s) => parseOrigins(s) ?? []) },
  // Reporting to the course site (embeds): xAPI statements and/or the content height.
  report: { public: true, schema: reportSchema },
} as const;

export type ParamName = keyof typeof spec;

export const PUBLIC_PARAMS = (Object.keys(spec) as ParamName[]).filter((k) => spec[k].public);

export function parseBootParams(search: string, browserLangs: readonly string[] = []): { params: BootParams; notices: Message[] } {
  const q = new URLSearchParams(search);
  const notices: Message[] = [];
  const out = defaultParams(browserLangs);
  for (const name of Object.keys(spec) as ParamName[]) {
    const raw = q.get(name);
    if (raw === null) continue;
    const r = spec[name].schema.safeParse(raw.slice(0, 200));
    if (!r.success) {
      notices.push({ key: 'notice.badParam', params: { name, value: raw.slice(0, 40), hint: `param.hint.${name}` } });
      // The allow-list fails closed: a list we cannot read allows no host at all.
      if (name === 'origins') out.origins = [];
      continue;
    }
    (out as unknown as Record<string, unknown>)[name] = r.data;
  }
  return { params: out, notices };
}
