/**
 * Export: the current lens as PNG or SVG, the shown metrics as CSV, the scenario as
 * JSON, and a short WebM clip of the animation. File names carry the scenario and the
 * tick, so a folder of slides stays in order.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { scenarioToText } from '../../embed/scenarioFile';
import { addNotice, useStore } from '../../store';
import { download } from '../download';
import { Dialog } from './Dialog';
import { lensGraphic, pngBlob, svgPicture } from './lensImage';
import { metricsCsv } from './metricsCsv';
import { canRecord, recordClip } from './recordClip';

function baseName(): string {
  const s = useStore.getState();
  return `virtlab-${s.scenarioId}-${s.lens}-t${s.snapshot?.tick ?? 0}`;
}

export function ExportDialog() {
  const t = useT();
  const [seconds, setSeconds] = useState(5);
  const [progress, setProgress] = useState<number | null>(null);
  const noPicture = (): void => addNotice('warning', { key: 'lecture.export.noPicture' });
  const png = async (): Promise<void> => {
    const b = await pngBlob();
    if (b === null) noPicture();
    else download(`${baseName()}.png`, b);
  };
  const svg = (): void => {
    const g = lensGraphic();
    if (!(g instanceof SVGSVGElement)) return noPicture();
    download(`${baseName()}.svg`, new Blob([svgPicture(g).text], { type: 'image/svg+xml' }));
  };
  const csv = (): void => {
    const snap = useStore.getState().snapshot;
    if (snap !== null) download(`${baseName()}.csv`, new Blob(['\ufeff', metricsCsv(snap, t)], { type: 'text/csv' }));
  };
  const json = (): void => {
    const sc = useStore.getState().scenario;
    if (sc !== null) download(`virtlab-${useStore.getState().scenarioId}.json`, new Blob([scenarioToText(sc)], { type: 'application/json' }));
  };
  const webm = async (): Promise<void> => {
    setProgress(0);
    const name = baseName();
    const b = await recordClip(seconds, setProgress);
    setProgress(null);
    if (b === null) addNotice('warning', { key: 'lecture.export.noRecorder' });
    else download(`${name}.webm`, b);
  };
  return (
    <Dialog name="export" title={t('lecture.export.title')}>
      <div className="export-grid">
        <button type="button" data-testid="export-png" onClick={() => void png()}>{t('lecture.export.png')}</button>
        <button type="button" data-testid="export-svg" onClick={svg}>{t('lecture.export.svg')}</button>
        <button type="button" data-testid="export-csv" onClick={csv}>{t('lecture.export.csv')}</button>
        <button type="button" data-testid="export-json" onClick={json}>{t('lecture.export.json')}</button>
      </div>
      <div className="export-clip">
        <label>
          <span>{t('lecture.export.seconds')}</span>
          <input type="number" min={1} max={30} value={seconds} onChange={(e) => setSeconds(Math.min(30, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" data-testid="export-webm" disabled={progress !== null || !canRecord()} onClick={() => void webm()}>
          {progress === null ? t('lecture.export.webm') : t('lecture.export.recording', { s: progress.toFixed(1) })}
        </button>
      </div>
      <p className="muted">{t('lecture.export.hint')}</p>
    </Dialog>
  );
}
