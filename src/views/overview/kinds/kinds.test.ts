/**
 * The kinds panel's facts: each preset is recognised as its kind; a VDI desktop's
 * processing and data are on the data-centre host while only display traffic reaches
 * the client; a virtualized app's writes land in its sandbox layer and never in the OS,
 * while an installed one changes the OS.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../../engine';
import { desktopFacts, kindOf, writeFacts } from './kinds';

describe('kinds of virtualization', () => {
  it('recognises the three presets', () => {
    expect(kindOf(presets.vdi)).toBe('vdi');
    expect(kindOf(presets['app-virtualization'])).toBe('app');
    expect(kindOf(presets['server-virtualization'])).toBe('server');
  });
  it('VDI: desktops run and store in the data centre; the client only gets the screen', () => {
    const snap = toSnapshot(step(createSim(presets.vdi), 7000));
    const facts = desktopFacts(presets.vdi, snap);
    expect(facts).toHaveLength(3);
    for (const f of facts) {
      expect(f.host).toBe('vdi-host');
      expect(f.storage).toBe('vdi-array');
      expect(f.diskGiB).toBe(60);
      expect(f.util).toBeGreaterThan(0);
      expect(f.screens).toBeGreaterThan(0);
    }
  });
  it('application virtualization: writes are redirected into the sandbox layer', () => {
    const writes = presets['app-virtualization'].appSandboxes[0]!.writes;
    const v = writeFacts('photo-app', writes, true);
    expect(v.every((w) => !w.touchesOs && w.landsAt.startsWith('\\Sandbox\\photo-app\\'))).toBe(true);
    expect(v[1]?.landsAt).toBe('\\Sandbox\\photo-app\\Registry\\HKLM\\Software\\PhotoEdit\\License');
    const installed = writeFacts('photo-app', writes, false);
    expect(installed.every((w) => w.touchesOs && w.landsAt === w.path)).toBe(true);
  });
});
