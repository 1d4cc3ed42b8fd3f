/**
 * Line icons for the classroom toolbar (16 × 16, drawn in the text colour). Decorative:
 * every button carries its name in text, visible or for screen readers.
 */
const PATHS = {
  notes: 'M4 2 H12 V14 H4 Z M6 5.5 H10 M6 8 H10 M6 10.5 H8.5',
  checks: 'M2.5 2.5 H13.5 V13.5 H2.5 Z M6.2 6.3 A1.9 1.9 0 1 1 8.9 8 C8.2 8.3 8 8.7 8 9.6 M8 11.3 V11.8',
  pointer: 'M8 1 V3.5 M8 12.5 V15 M1 8 H3.5 M12.5 8 H15 M8 6 A2 2 0 1 1 8 10 A2 2 0 1 1 8 6',
  spotlight: 'M8 2.5 A5.5 5.5 0 1 1 8 13.5 A5.5 5.5 0 1 1 8 2.5 M8 6 A2 2 0 1 1 8 10 A2 2 0 1 1 8 6',
  pen: 'M3 13 L3.8 10 L10.8 3 L13 5.2 L6 12.2 Z M9.6 4.2 L11.8 6.4',
  clear: 'M2.5 10.5 L8.5 4.5 L12.5 8.5 L8.5 12.5 H4.5 Z M5.5 7.5 L9.5 11.5 M8.5 13.5 H14',
  timer: 'M8 4 A5 5 0 1 1 8 14 A5 5 0 1 1 8 4 M8 9 V6.5 M6.3 1.8 H9.7 M8 1.8 V4',
  reset: 'M3.2 8 A4.8 4.8 0 1 0 4.8 4.3 M2.6 2.2 V5 H5.4',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} style={{ fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' }} />
    </svg>
  );
}
