/**
 * Small inline SVG icons for the playback controls (font glyphs for these are missing
 * from many system fonts). Decorative: the buttons carry the accessible name.
 */
const PATHS = {
  play: 'M4 2 L14 8 L4 14 Z',
  pause: 'M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z',
  stepBack: 'M3 2 H5 V14 H3 Z M14 2 L6 8 L14 14 Z',
  stepForward: 'M11 2 H13 V14 H11 Z M2 2 L10 8 L2 14 Z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} style={{ fill: 'currentColor' }} />
    </svg>
  );
}
