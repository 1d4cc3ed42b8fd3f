/**
 * How a new notice joins the list: it replaces any notice of the same kind (the same
 * message key: ten refused clicks on a full host are one notice, with the newest reason),
 * and only the newest few stay. Pure, so the rule is tested without the store.
 */
import type { Message } from '../engine';

export const MAX_NOTICES = 3;

export interface NoticeLike {
  id: number;
  message: Message;
}

export function withNotice<N extends NoticeLike>(list: readonly N[], next: N): N[] {
  return [...list.filter((n) => n.message.key !== next.message.key), next].slice(-MAX_NOTICES);
}
