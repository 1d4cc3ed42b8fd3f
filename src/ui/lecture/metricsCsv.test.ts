/** The CSV export has one row per vCPU/container with consistent times, in either language. */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { t } from '../../i18n';
import { csvField, metricsCsv } from './metricsCsv';

describe('metricsCsv', () => {
  const snap = toSnapshot(step(createSim(presets.basic), 6000));
  it('has a header and one row per vCPU or container', () => {
    const lines = metricsCsv(snap, (k, p) => t('en', k, p)).trim().split('\r\n');
    expect(lines[0]).toBe('tick,entity,kind,host,state,pCPU,utilisation,run ms,ready ms,I/O wait ms,ready %');
    expect(lines).toHaveLength(1 + 5 + 2); // 2+2+1 vCPUs and 2 containers
    expect(lines[1]).toMatch(/^6000,web-1 vCPU0,VM,host-1,/);
  });

  it('is translated for Korean', () => {
    expect(metricsCsv(snap, (k, p) => t('ko', k, p))).toContain('가상머신');
  });

  it('quotes fields with commas and quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(3)).toBe('3');
  });
});
