/**
 * Every message key the CPU lens builds at run time (from policies, slice end reasons,
 * practice kinds, presets) exists in both languages.
 */
import { describe, expect, it } from 'vitest';
import { cpuPolicies, END, PRESET_IDS } from '../../engine';
import { catalogues } from '../../i18n';
import { PRACTICE_KINDS } from './practice';

describe('CPU lens keys', () => {
  it('exist in en and ko', () => {
    const keys = [
      ...cpuPolicies.flatMap((p) => [`policy.${p}`, `cpu.policy.${p}`, `cpu.policy.${p}.help`]),
      ...Object.values(END).map((n) => `cpu.why.end.${n}`),
      ...[END.boostPreempt, END.prioPreempt, END.vruntime].map((n) => `cpu.event.end.${n}`),
      ...PRACTICE_KINDS.flatMap((k) => [`cpu.practice.kind.${k}`, `cpu.practice.statement.${k}`]),
      ...['response', 'turnaround', 'completion'].map((f) => `cpu.practice.${f}`),
      ...PRESET_IDS.flatMap((id) => [`preset.${id}.title`]),
      'cpu.state.costop',
      'cpu.state.costop.help',
    ];
    for (const lang of ['en', 'ko'] as const) expect(keys.filter((k) => catalogues[lang][k] === undefined)).toEqual([]);
  });
});
