/**
 * Share: a QR code and links that open exactly what is on the projector. The short link
 * (readable parameters) is used when nothing was edited; otherwise the full link
 * carries the scenario and every command. A link too long for chat tools or QR readers
 * is offered as a state file instead (the scenario editor imports it). The QR code can
 * grow to fill the projected screen, so the back row can scan it.
 */
import QRCode from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { tokens } from '../../theme/tokens';
import { MAX_LINK_CHARS, toWire } from '../../embed/shareState';
import { CopyField } from './CopyField';
import { currentState, fullLink, shortLink } from '../../embed/currentState';
import { download } from '../download';
import { Dialog } from './Dialog';

/** Above this a QR code gets too dense to scan from the back of a lecture hall. */
const MAX_QR_CHARS = 1200;

export function ShareDialog() {
  const t = useT();
  const st = useMemo(() => currentState(), []);
  const full = st === null ? '' : fullLink(st);
  const short = st === null ? null : shortLink(st);
  const best = short ?? full;
  const [qr, setQr] = useState<string | null>(null);
  const [big, setBig] = useState(false);
  useEffect(() => {
    if (best.length > MAX_QR_CHARS) return;
    QRCode.toString(best, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: tokens.qrDark.default, light: tokens.qrLight.default } }).then(
      (svg) => setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => setQr(null),
    );
  }, [best]);
  if (st === null) return null;
  const tooLong = full.length > MAX_LINK_CHARS;
  return (
    <Dialog name="share" title={t('lecture.share.title')}>
      <div className="share-grid">
        <div className={big ? 'qr-box qr-big' : 'qr-box'}>
          {qr !== null ? <img src={qr} alt={t('lecture.share.qrAlt')} data-testid="share-qr" width={280} height={280} /> : <p>{t('lecture.share.qrTooLong')}</p>}
          {qr !== null && (
            <button type="button" aria-pressed={big} data-testid="share-qr-big" onClick={() => setBig(!big)}>
              {big ? t('lecture.share.qrSmall') : t('lecture.share.qrBig')}
            </button>
          )}
        </div>
        <div className="share-links">
          <p>{t('lecture.share.intro', { tick: st.tick })}</p>
          {short !== null ? <CopyField label={t('lecture.share.short')} value={short} testId="share-short" /> : <p className="muted">{t('lecture.share.noShort')}</p>}
          {tooLong ? (
            <p data-testid="share-too-long">{t('lecture.share.tooLong', { n: full.length })}</p>
          ) : (
            <CopyField label={t('lecture.share.full')} value={full} testId="share-full" />
          )}
          <button
            type="button"
            data-testid="share-file"
            onClick={() => download('virtlab-state.json', new Blob([JSON.stringify({ ...toWire(st), kind: 'virtlab-state' }, null, 2)], { type: 'application/json' }))}
          >
            {t('lecture.share.file')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
