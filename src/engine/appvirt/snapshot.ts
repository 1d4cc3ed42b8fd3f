/** Application virtualization's snapshot part: plain, small objects (copies, never the state's own). */
import type { AppVirtSnapshot } from './model';
import type { AppVirtWorld } from './state';

export function appvirtSnapshot(st: AppVirtWorld): { appvirt: AppVirtSnapshot } {
  return {
    appvirt: {
      os: st.appvirt.os.map((o) => ({ vm: o.vm, entries: o.entries.map((e) => ({ ...e })) })),
      boxes: st.appvirt.boxes.map((b) => ({ ...b, layer: b.layer.map((e) => ({ ...e })), lastRead: b.lastRead === null ? null : { ...b.lastRead } })),
    },
  };
}
