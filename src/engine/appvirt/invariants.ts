/**
 * What holds of application virtualization after every tick: every OS holds exactly its
 * original files and keys (a sandbox never changes the OS); a removed sandbox has no
 * layer; a layer stays within LAYER_MAX, holds each path once, and marks exactly the
 * copies that hide an OS entry; every sandbox's VM has an OS.
 */
import { LAYER_MAX, OS_BASE, samePath } from './model';
import type { AppVirtWorld } from './state';

export function appvirtInvariants(st: AppVirtWorld): string[] {
  const out: string[] = [];
  const { os, boxes } = st.appvirt;
  for (const o of os) {
    const same = o.entries.length === OS_BASE.length && o.entries.every((e, i) => e.path === OS_BASE[i]?.path && e.value === OS_BASE[i]?.value);
    if (!same) out.push(`appvirt: the OS of ${o.vm} changed`);
  }
  for (const b of boxes) {
    const base = os.find((o) => o.vm === b.vm);
    if (base === undefined) out.push(`appvirt: ${b.id}'s VM ${b.vm} has no OS`);
    if (b.removed && b.layer.length > 0) out.push(`appvirt: removed ${b.id} still has ${b.layer.length} entries`);
    if (b.layer.length > LAYER_MAX) out.push(`appvirt: ${b.id} holds ${b.layer.length} entries, more than ${LAYER_MAX}`);
    b.layer.forEach((e, i) => {
      if (b.layer.findIndex((x) => samePath(x.path, e.path)) !== i) out.push(`appvirt: ${b.id} holds ${e.path} twice`);
      const hides = base?.entries.some((x) => samePath(x.path, e.path)) === true;
      if (e.shadows !== hides) out.push(`appvirt: ${b.id}'s copy of ${e.path} is marked wrongly`);
    });
    if (b.lastRead?.from === 'none' && b.lastRead.value !== null) out.push(`appvirt: ${b.id} read a value from nowhere`);
  }
  return out;
}
