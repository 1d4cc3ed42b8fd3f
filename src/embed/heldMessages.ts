/**
 * Host messages that arrive before the postMessage API's code (hostApi.ts, which brings the
 * validator) has loaded: the entry starts holding them at once inside a host page, and the
 * API takes them, oldest first, before it listens itself, so a host that sends a command
 * on the frame's `load` loses nothing and nothing is reordered. No validation here: the
 * API judges every held message exactly as it judges a live one.
 */
const MAX_HELD = 256;
let held: MessageEvent[] | null = null;

function hold(e: MessageEvent): void {
  if (held === null) return;
  if (held.length < MAX_HELD) held.push(e);
  else console.warn('[virtlab] ignored a message that arrived before the API had loaded: too many waiting');
}

/** Start holding the page's messages (once). */
export function holdHostMessages(): void {
  if (held !== null) return;
  held = [];
  window.addEventListener('message', hold);
}

/** Stop holding; the messages held so far, oldest first (none when nothing held them). */
export function takeHeldMessages(): MessageEvent[] {
  window.removeEventListener('message', hold);
  const out = held ?? [];
  held = null;
  return out;
}
