/**
 * A legend or an instruction that names a colour names one every theme draws: the
 * Storage legend called the just-placed outline "orange" while the projector theme draws
 * it dark red and high contrast cyan. Every colour word in the catalogues (en and ko) must
 * sit in a message listed here with the token it describes, and that token must have the
 * named hue in the default, projector and high-contrast themes. Other messages name the
 * meaning (an outline, a hatch, blank) instead of a colour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokens, type TokenName } from './tokens';

type Hue = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'grey';

const WORDS: [RegExp, Hue][] = [
  [/\bred\b|빨강|빨간|붉은/i, 'red'],
  [/\borange\b|주황/i, 'orange'],
  [/\byellow\b|노랑|노란/i, 'yellow'],
  [/\bgreen\b|초록|녹색/i, 'green'],
  [/\bblue\b|파랑|파란|푸른/i, 'blue'],
  [/\bpurple\b|보라/i, 'purple'],
  [/\bgr[ae]y\b|회색/i, 'grey'],
];

/** Messages that name a colour, and the token that draws what they name. */
const NAMED: Record<string, TokenName> = {
  'cluster.grid.dirty': 'danger',
  'cpu.legend.glyphs': 'stateMemWait',
  'cpu.legend.ends': 'stateCostop',
  'cpu.try.smp-costop': 'stateCostop',
  'storage.legend.failed': 'danger',
  'storage.legend.lost': 'danger',
};

/** The hue a person would name for a #rrggbb colour (grey: hardly any saturation, neither near black nor near white). */
function hueOf(hex: string): Hue | 'black' | 'white' | 'cyan' | 'magenta' {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  if (s < 0.2) return l < 0.15 ? 'black' : l > 0.97 ? 'white' : 'grey';
  const d = max - min;
  const h = (max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4) * 60;
  if (h < 15 || h >= 345) return 'red';
  if (h < 45) return 'orange';
  if (h < 70) return 'yellow';
  if (h < 170) return 'green';
  if (h < 195) return 'cyan';
  if (h < 255) return 'blue';
  if (h < 295) return 'purple';
  return 'magenta';
}

/** Every catalogue message, key → text, from the core and lens catalogues' source (each `'key': 'text'` line). */
function messages(): [string, string][] {
  const dir = join(import.meta.dirname, '../i18n');
  const files = ['en.ts', 'ko.ts', ...readdirSync(join(dir, 'lenses')).filter((f) => /\.(en|ko)\.ts$/.test(f)).map((f) => `lenses/${f}`)];
  return files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^\s*'([\w.-]+)':\s*(['"`])(.*)\2,?\s*$/gm)].map((m): [string, string] => [m[1] ?? '', m[3] ?? '']));
}

describe('colour words', () => {
  it('the hue classifier names the obvious colours', () => {
    expect([hueOf('#ff0000'), hueOf('#c2410c'), hueOf('#00e5ff'), hueOf('#7b3fa0'), hueOf('#ff00ff'), hueOf('#808080'), hueOf('#1a1a1a')]).toEqual(['red', 'orange', 'cyan', 'purple', 'magenta', 'grey', 'black']);
  });

  it('a message names only a colour that every theme draws for what it names', () => {
    const all = messages();
    expect(all.length).toBeGreaterThan(1000);
    const wrong: string[] = [];
    for (const [key, text] of all) {
      for (const [word, hue] of WORDS) {
        if (!word.test(text)) continue;
        const token = NAMED[key];
        if (token === undefined) {
          wrong.push(`${key}: names ${hue}, but no token is listed for it`);
          continue;
        }
        for (const [theme, hex] of Object.entries(tokens[token])) if (hueOf(hex) !== hue) wrong.push(`${key}: ${hue}, but ${token} is ${hueOf(hex)} (${hex}) in ${theme}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
