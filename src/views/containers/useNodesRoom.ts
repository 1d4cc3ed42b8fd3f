/**
 * The "At scale" view's picture (its nodes and their replicas) takes the room its lens frame
 * leaves: from the nodes' top to the lens frame's end, less what stays in view under them (the
 * last minute's chart and the key). The nodes are at least that tall, and their words and chips
 * grow with them (`--orch-grow`, an em scale up to GROW_MAX) as far as their natural height at
 * scale 1 goes into that room, so a projector's or a laptop's frame is not a strip of small boxes
 * above an empty half. Set on the element itself (the view renders nothing from it); the room
 * does not depend on the nodes' own height, so it cannot feed back.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { roomFor, roomSpan } from '../shared/frameRoom';

/** The most the nodes' words and chips grow. */
export const GROW_MAX = 2;

/** The em scale that takes natural height `h1` into `room` (1 to GROW_MAX, in steps of 0.05). */
export function growFor(room: number, h1: number): number {
  if (h1 <= 0 || room <= h1) return 1;
  return Math.min(GROW_MAX, Math.floor((room / h1) * 20) / 20);
}

/** `scope` holds `.orch-nodes` and, after it, the parts kept in view under it (`.orch-key` the lowest), once `on` (drawn). */
export function useNodesRoom(scope: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const el = on ? scope.current : null;
    const panel = el?.closest<HTMLElement>('.lens-panel');
    const nodes = el?.querySelector<HTMLElement>('.orch-nodes');
    if (el == null || panel == null || nodes == null || typeof ResizeObserver === 'undefined') return undefined;
    let last = '';
    const measure = (): void => {
      const kept = el.querySelector('.orch-key');
      const below = kept === null ? 0 : kept.getBoundingClientRect().bottom - nodes.getBoundingClientRect().bottom;
      // No least room: the nodes' own height is their floor (growFor never shrinks them).
      const room = roomFor({ ...roomSpan(panel, nodes), below }, 0);
      // The natural height, at scale 1 and no least height (read and put back in one go: nothing is painted between).
      const was = [nodes.style.getPropertyValue('--orch-grow'), nodes.style.minHeight];
      nodes.style.setProperty('--orch-grow', '1');
      nodes.style.minHeight = '0px';
      const h1 = nodes.offsetHeight;
      nodes.style.setProperty('--orch-grow', was[0] ?? '');
      nodes.style.minHeight = was[1] ?? '';
      const grow = growFor(room, h1);
      const next = `${grow}|${room}`;
      if (next === last) return;
      last = next;
      nodes.style.setProperty('--orch-grow', String(grow));
      nodes.style.minHeight = `${room}px`;
      nodes.dataset.grow = String(grow);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (const child of Array.from(el.children)) ro.observe(child);
    // What the nodes hold (replicas come and go, a node fails) changes their natural height, not always their size.
    const mo = new MutationObserver(measure);
    mo.observe(nodes, { childList: true, subtree: true, characterData: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [scope, on]);
}
