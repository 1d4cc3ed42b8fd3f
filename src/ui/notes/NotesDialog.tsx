export function NotesDialog() { return null; }
