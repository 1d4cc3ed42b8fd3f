/**
 * Keyboard activation for drawn controls that are not native buttons (an SVG group with
 * role="button" or "checkbox", a canvas): Enter and Space do what a click does. One
 * helper, so every lens treats the two keys alike and keeps them from scrolling the page
 * or reaching the app's shortcuts (Space plays and pauses).
 */
import type { KeyboardEvent } from 'react';

/** Whether a key activates the focused control (Enter or Space). */
export function isActivationKey(key: string): boolean {
  return key === 'Enter' || key === ' ';
}

/** A keydown handler that runs `handler` on Enter or Space, the key's default and propagation stopped. */
export function activateOnKey<E extends Element>(handler: (e: KeyboardEvent<E>) => void): (e: KeyboardEvent<E>) => void {
  return (e) => {
    if (!isActivationKey(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    handler(e);
  };
}
