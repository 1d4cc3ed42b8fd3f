/**
 * Embed: choose size, title, autoplay, keyboard and allowed origins, and copy an iframe
 * snippet that opens the current state in embed mode (the lens and a minimal playback
 * bar). The link opens exactly what the course page will get, in a new tab.
 */
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { encodeState } from '../../embed/shareState';
import { parseOrigins } from '../../embed/hostMessages';
import { CopyField } from './CopyField';
import { currentState, pageBase, shortParams } from '../../embed/currentState';
import { Dialog } from './Dialog';
import { embedSnippet, embedUrl, type EmbedOptions } from './embedSnippet';

export function EmbedDialog() {
  const t = useT();
  const st = useMemo(() => currentState(), []);
  const [o, setO] = useState<EmbedOptions>({ width: 960, height: 640, title: t('lecture.embed.defaultTitle'), autoplay: false, origins: '', keys: true });
  if (st === null) return null;
  const query = shortParams(st)?.toString() ?? `state=${encodeState(st)}`;
  const url = embedUrl(pageBase(), query, o);
  const originsOk = o.origins.trim() === '' || parseOrigins(o.origins) !== null;
  const num = (v: string, min: number, max: number): number => Math.min(max, Math.max(min, Number(v) || min));
  return (
    <Dialog name="embed" title={t('lecture.embed.title')} wide>
      <div className="embed-form">
        <label>
          <span>{t('lecture.embed.width')}</span>
          <input type="number" min={320} max={3840} value={o.width} onChange={(e) => setO({ ...o, width: num(e.target.value, 320, 3840) })} />
        </label>
        <label>
          <span>{t('lecture.embed.height')}</span>
          <input type="number" min={240} max={2160} value={o.height} onChange={(e) => setO({ ...o, height: num(e.target.value, 240, 2160) })} />
        </label>
        <label>
          <span>{t('lecture.embed.frameTitle')}</span>
          <input type="text" maxLength={120} value={o.title} data-testid="embed-title" onChange={(e) => setO({ ...o, title: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={o.autoplay} onChange={(e) => setO({ ...o, autoplay: e.target.checked })} />
          {t('lecture.embed.autoplay')}
        </label>
        <label className="check">
          <input type="checkbox" checked={o.keys} onChange={(e) => setO({ ...o, keys: e.target.checked })} />
          {t('lecture.embed.keys')}
        </label>
        <label>
          <span>{t('lecture.embed.origins')}</span>
          <input type="text" placeholder="https://course.example.edu" value={o.origins} aria-invalid={!originsOk} {...(originsOk ? {} : { 'aria-describedby': 'embed-origins-error' })} data-testid="embed-origins" onChange={(e) => setO({ ...o, origins: e.target.value })} />
        </label>
      </div>
      {/* No snippet with an allow-list that cannot be read: the lab would refuse every host. */}
      {originsOk ? (
        <>
          <CopyField label={t('lecture.embed.snippet')} value={embedSnippet(url, o)} testId="embed-snippet" multiline />
          <p className="muted">{t('lecture.embed.docs')}</p>
          <a href={url} target="_blank" rel="noreferrer" data-testid="embed-open">
            {t('lecture.embed.preview')}
          </a>
        </>
      ) : (
        <p className="form-error" id="embed-origins-error" role="alert" data-testid="embed-bad-origins">
          {t('lecture.embed.badOrigins')}
        </p>
      )}
    </Dialog>
  );
}
