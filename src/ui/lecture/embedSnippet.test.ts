/** The embed snippet carries the state and the options, and escapes what people type. */
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, type EmbedOptions } from './embedSnippet';

const o: EmbedOptions = { width: 960, height: 640, title: 'VirtLab: CPU "ready" <demo>', autoplay: false, origins: 'https://course.example.edu', keys: false };

describe('embed snippet', () => {
  it('adds embed=1 and the options to the state query', () => {
    const url = embedUrl('https://x.edu/lab/', 'scenario=basic&tick=40', o);
    const q = new URL(url).searchParams;
    expect(q.get('embed')).toBe('1');
    expect(q.get('scenario')).toBe('basic');
    expect(q.get('tick')).toBe('40');
    expect(q.get('autoplay')).toBe('0');
    expect(q.get('keys')).toBe('0');
    expect(q.get('origins')).toBe('https://course.example.edu');
  });

  it('has a title and allow="fullscreen", and escapes attribute values', () => {
    const html = embedSnippet('https://x.edu/?a=1&b=2', o);
    expect(html).toContain('allow="fullscreen"');
    expect(html).toContain('title="VirtLab: CPU &quot;ready&quot; &lt;demo&gt;"');
    expect(html).toContain('src="https://x.edu/?a=1&amp;b=2"');
    expect(html).not.toContain('<demo>');
  });
});
