/**
 * The kinds panel's facts: each preset is recognised as its kind; a VDI desktop's
 * processing and data are on the data-centre host while only display traffic reaches
 * the client; a virtualized app's layers come from the engine's sandbox model: two
 * versions read their own values at one path, and the OS stays as installed.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, OS_BASE, presets, step, toSnapshot } from '../../../engine';
import { kindOf } from './kind';
import { desktopFacts, sandboxFacts, shortPath } from './kinds';

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
  it('shortens a path to its root and last part', () => {
    expect(shortPath('C:\\Program Files\\PhotoEdit\\settings.ini')).toBe('C:\\…\\settings.ini');
    expect(shortPath('HKLM\\Software\\Classes\\.jpg')).toBe('HKLM\\…\\.jpg');
    expect(shortPath('C:\\a.txt')).toBe('C:\\a.txt');
  });
  it('application virtualization: the layers drawn from the model; each version reads its own value, the OS is unchanged', () => {
    let st = step(createSim(presets['app-virtualization']), 25_000);
    const [f] = sandboxFacts(toSnapshot(st).appvirt);
    expect(f?.vm).toBe('office-pc');
    expect(f?.same).toBe(OS_BASE.length);
    const row = f?.paths.findIndex((p) => p.endsWith('settings.ini')) ?? -1;
    expect(f?.sees.map((cells) => cells?.[row])).toEqual([
      { value: 'theme=light', from: 'layer' },
      { value: 'theme=dark', from: 'layer' },
    ]);
    const runtimeRow = f?.paths.findIndex((p) => p.endsWith('vcruntime140.dll')) ?? -1;
    expect(f?.sees[0]?.[runtimeRow]).toEqual({ value: '14.0', from: 'os' }); // v1 has no copy: the OS shows through
    const runtime = f?.os.find((r) => r.path.endsWith('vcruntime140.dll'));
    expect(runtime?.hiddenFrom).toEqual(['PhotoEdit 2.0']);
    expect(runtime?.readBy).toEqual(['PhotoEdit 1.0']);
    const r = applyCommand(st, { type: 'removeSandbox', sandbox: 'photo-v2' });
    st = r.state;
    const [g] = sandboxFacts(toSnapshot(st).appvirt);
    expect(g?.same).toBe(OS_BASE.length);
    expect(g?.sees[1]).toBeNull();
    expect(g?.sees[0]?.[row]).toEqual({ value: 'theme=light', from: 'layer' });
    expect(g?.os.every((x) => !x.hiddenFrom.includes('PhotoEdit 2.0'))).toBe(true);
  });
});
