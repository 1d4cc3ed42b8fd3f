/**
 * Size limits shared by the import paths (file, editor, share state, embed API). A tiny
 * module on its own, so the always-loaded embed API need not pull in the file readers.
 */

/** Largest scenario or state accepted from a person or a host page: 1 MiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The latest tick any link, state file, lesson or host message may name: one limit for
 * all of them, so whatever tick was on screen when Share or Embed wrote a link opens
 * again (1e9 ticks is about 116 days of simulated time; a run never gets that far).
 */
export const MAX_TICK = 1_000_000_000;
