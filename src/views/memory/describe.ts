/**
 * Words for what the grid and the walk show: one frame of a host (who owns it, which
 * guest page it holds, shared or compressed), in the user's language.
 */
import type { Snapshot } from '../../engine';
import type { Translate } from '../../i18n';

export const hex = (n: number): string => `0x${n.toString(16)}`;

/** Pages of VMs on `host` that point at frame f (a search: only done for one frame at a time). */
function pagesIn(snap: Snapshot, host: number, f: number): { vm: string; page: number }[] {
  const out: { vm: string; page: number }[] = [];
  snap.topology.vms.forEach((vm, v) => {
    if (vm.host !== host) return;
    const m = snap.memory.vms[v];
    if (m === undefined) return;
    for (let p = 0; p < m.pages; p++) if (m.frame[p] === f) out.push({ vm: vm.name, page: p });
  });
  return out;
}

export function describeFrame(snap: Snapshot, host: number, f: number, t: Translate): string {
  const h = snap.memory.hosts[host];
  if (h === undefined || f < 0 || f >= h.frames) return '';
  const st = h.st[f] ?? 0;
  if (st === 0) return t('memory.frame.free', { f: hex(f) });
  const pages = pagesIn(snap, host, f);
  const list = pages.slice(0, 4).map((p) => `${p.vm}:${hex(p.page)}`).join(', ');
  if (st === 3) return t('memory.frame.compressed', { f: hex(f), pages: list, n: pages.length });
  if (st === 2) return t('memory.frame.shared', { f: hex(f), pages: list, n: pages.length });
  return t('memory.frame.used', { f: hex(f), pages: list });
}
