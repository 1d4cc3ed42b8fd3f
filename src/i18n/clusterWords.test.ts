/**
 * The Cluster lens's words say what is true on every screen. Its sentence before a migration sends the reader to the
 * Migrate controls: they are under it on a narrow screen and above it on a 1920x1080 one (drs-balance, audit 16), so it
 * says not where they are but which panel holds them, by the title that panel shows.
 */
import { describe, expect, it } from 'vitest';
import en from './lenses/cluster.en';
import ko from './lenses/cluster.ko';

const PLACES = { en: /\b(below|above|under|beneath|over)\b/i, ko: /(아래|위에|위의|위쪽|밑)/ };

describe('the Cluster lens, before any migration', () => {
  for (const [lang, cat] of [['en', en], ['ko', ko]] as const) {
    for (const key of ['cluster.mig.none', 'cluster.mig.scripted'] as const) {
      it(`${lang} ${key}: names the panel of the Migrate controls by its title, and says no place`, () => {
        expect(cat[key]).not.toMatch(PLACES[lang]);
        expect(cat[key]).toContain(cat['cluster.migrate.title']);
        expect(cat[key]).toContain(cat['cluster.migrate.button']);
      });
    }
  }
});
