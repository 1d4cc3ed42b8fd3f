/**
 * WCAG 2 contrast of the theme's text/background token pairs: at least 7:1 in the
 * projector and high-contrast themes (AAA, for the back row of a lecture hall), at
 * least 4.5:1 in the default theme (AA).
 */
import { describe, expect, it } from 'vitest';
import { tokens, type TokenName } from './tokens';
import type { ThemeName } from '../store';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Text colour -> every background it is drawn on. */
const PAIRS: [TokenName, TokenName[]][] = [
  ['text', ['bg', 'surface', 'surface2', 'tourBg', 'layerHardware', 'layerHostOs', 'layerHypervisor', 'layerGuest', 'layerContainer']],
  ['textMuted', ['bg', 'surface', 'surface2', 'tourBg']],
  ['accentText', ['accent']],
  // vCPU chips and pCPU cells carry their label on the state fill.
  ['accentText', ['stateRunning', 'stateReady', 'stateBlocked', 'stateCostop']],
  // Link-style buttons (tour outline) draw accent-coloured text on the dialog surface.
  ['accent', ['surface']],
  // Names on VM-tinted fills (storage blocks and VM boxes): the one VM palette's tints.
  ['vmText', ['vmTint0', 'vmTint1', 'vmTint2', 'vmTint3', 'vmTint4', 'vmTint5', 'vmTint6', 'vmTint7']],
  // The Storage lens's lost mark on a VM box ("✕ 1 lost"): danger words on a surface-filled box.
  ['danger', ['surface']],
];

const MIN: Record<ThemeName, number> = { default: 4.5, projector: 7, contrast: 7 };

describe('theme contrast', () => {
  it('computes WCAG contrast correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['default', 'projector', 'contrast'] as const) {
    for (const [fg, bgs] of PAIRS) {
      for (const bg of bgs) {
        it(`${theme}: ${fg} on ${bg} is at least ${MIN[theme]}:1`, () => {
          const ratio = contrast(tokens[fg][theme], tokens[bg][theme]);
          expect(ratio, `${tokens[fg][theme]} on ${tokens[bg][theme]} = ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(MIN[theme]);
        });
      }
    }
  }

  // Non-text graphics (WCAG 1.4.11): state fills and borders against the surfaces they sit on.
  const GRAPHICS: [TokenName, TokenName[]][] = [
    ['border', ['surface', 'bg']],
    ['stateRunning', ['surface']],
    ['stateReady', ['surface']],
    ['stateBlocked', ['surface']],
    ['stateCostop', ['surface']],
    ['stateMemWait', ['surface']],
    ['stateSpin', ['surface']],
    ['memUsed', ['surface']],
    ['danger', ['surface']],
  ];
  for (const theme of ['default', 'projector', 'contrast'] as const) {
    for (const [fg, bgs] of GRAPHICS) {
      for (const bg of bgs) {
        it(`${theme}: graphic ${fg} on ${bg} is at least 3:1`, () => {
          const ratio = contrast(tokens[fg][theme], tokens[bg][theme]);
          expect(ratio, `${tokens[fg][theme]} on ${tokens[bg][theme]} = ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
        });
      }
    }
  }

  it('projector mode uses larger type and thicker strokes than the default', () => {
    expect(parseFloat(tokens.fontSize.projector)).toBeGreaterThan(parseFloat(tokens.fontSize.default));
    expect(parseFloat(tokens.strokeWidth.projector)).toBeGreaterThanOrEqual(2 * parseFloat(tokens.strokeWidth.default));
  });
});
