/**
 * Size limits shared by the import paths (file, editor, share state, embed API). A tiny
 * module on its own, so the always-loaded embed API need not pull in the file readers.
 */

/** Largest scenario or state accepted from a person or a host page: 1 MiB. */
export const MAX_FILE_BYTES = 1024 * 1024;
