/**
 * JSON in a URL parameter: deflated with fflate and written as base64url, so a lesson or
 * a shared state fits in a link. Unpacking never throws and trusts nothing: a size limit
 * before inflating and another after (a small link cannot inflate into a huge one).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replaceAll('-', '+').replaceAll('_', '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function packJson(value: unknown): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

export type Unpacked = { ok: true; json: unknown } | { ok: false; why: 'tooLong' | 'corrupt' };

/** The JSON a parameter carries; `maxChars` bounds the parameter, `maxJson` the inflated text. */
export function unpackJson(param: string, maxChars: number, maxJson: number): Unpacked {
  if (param.length > maxChars) return { ok: false, why: 'tooLong' };
  if (!/^[A-Za-z0-9_-]*$/.test(param)) return { ok: false, why: 'corrupt' };
  try {
    const out = inflateSync(fromBase64Url(param), { out: new Uint8Array(maxJson + 1) });
    if (out.length > maxJson) return { ok: false, why: 'tooLong' };
    return { ok: true, json: JSON.parse(strFromU8(out)) as unknown };
  } catch {
    return { ok: false, why: 'corrupt' };
  }
}
