/**
 * Builds the iframe snippet for the Embed dialog: the current state as URL parameters
 * (short form when nothing was edited, else `state=`), plus embed options. Attribute
 * values are escaped, since the title is typed by the person.
 */
export interface EmbedOptions {
  width: number;
  height: number;
  title: string;
  autoplay: boolean;
  /** Restrict the postMessage API to these origins (comma separated), or ''. */
  origins: string;
  keys: boolean;
}

export function escapeAttr(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `stateQuery` is the query string of the state ("scenario=basic&..." or "state=..."). */
export function embedUrl(base: string, stateQuery: string, o: EmbedOptions): string {
  const q = new URLSearchParams(stateQuery);
  q.set('embed', '1');
  q.set('autoplay', o.autoplay ? '1' : '0');
  if (!o.keys) q.set('keys', '0');
  if (o.origins.trim() !== '') q.set('origins', o.origins.trim());
  return `${base}?${q.toString()}`;
}

export function embedSnippet(url: string, o: EmbedOptions): string {
  const w = Math.round(o.width);
  const h = Math.round(o.height);
  return `<iframe src="${escapeAttr(url)}" title="${escapeAttr(o.title)}" width="${w}" height="${h}" allow="fullscreen" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
