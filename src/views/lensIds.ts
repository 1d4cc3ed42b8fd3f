/**
 * Lens ids as plain data, in the tab order (the course notes' order). The URL schema,
 * share links, lessons and the embed API validate lens ids against this list without
 * importing the React lens registry (views/registry.ts), which a unit test keeps in
 * step with it.
 */
export const LENS_ID_LIST = ['overview', 'cpu', 'memory', 'storage', 'techniques', 'network', 'containers', 'cluster'] as const;
export type KnownLensId = (typeof LENS_ID_LIST)[number];

export function isKnownLens(id: string): id is KnownLensId {
  return (LENS_ID_LIST as readonly string[]).includes(id);
}
