/**
 * `live-migration`: two hosts on a 10 GbE link. At 5 s web-vm (writes about 400 MiB/s into
 * a writable working set of about 600 MiB) moves to host-2: a full copy, one shorter
 * round, then a pause of under 50 ms. At 16 s db-vm, an in-memory database writing
 * about 2,000 MiB/s into about 940 MiB (faster than the link, as the memory model
 * derives it from its working set), is moved: its dirty set stops shrinking and the
 * fallback (auto-converge) throttles its vCPUs until it writes little enough (80 %).
 * From 14 s db-vm also streams an off-site backup (500 MiB/s) out of host-1's NIC, so its
 * own migration shares that NIC: the copy gets only its share and the backup loses bursts.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 32768 });

export const liveMigration: ScenarioInput = {
  schemaVersion: 1,
  name: 'Live migration by pre-copy',
  seed: 8,
  hosts: [host('host-1'), host('host-2')],
  vms: [
    // vNICs name no vSwitch: each plugs into its host's, before and after the move.
    { id: 'web-vm', name: 'web-vm', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'web', vnics: [{ id: 'web-vm-nic', vlan: 10 }] },
    { id: 'db-vm', name: 'db-vm', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'database', vnics: [{ id: 'db-vm-nic', vlan: 10 }] },
  ],
  vswitches: [
    { id: 'vswitch-1', name: 'vSwitch0', host: 'host-1', vlans: [10, 99], uplinks: 1, vmkVlan: 99 },
    { id: 'vswitch-2', name: 'vSwitch1', host: 'host-2', vlans: [10, 99], uplinks: 1, vmkVlan: 99 },
  ],
  flows: [
    { id: 'clients-web', from: 'external', to: 'web-vm-nic', protocol: 'http', perSecond: 8 },
    { id: 'offsite-backup', from: 'db-vm-nic', to: 'external', protocol: 'replication', perSecond: 12, mibps: 500, startAt: 14_000 },
  ],
  events: [
    { at: 5000, command: { type: 'migrateVm', vm: 'web-vm', host: 'host-2' } },
    { at: 16000, command: { type: 'migrateVm', vm: 'db-vm', host: 'host-2' } },
  ],
};
