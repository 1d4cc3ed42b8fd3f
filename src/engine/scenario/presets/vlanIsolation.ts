/**
 * `vlan-isolation`: two tenants share one host, one vSwitch and one physical uplink.
 * Tenant A's VMs are in VLAN 10, tenant B's in VLAN 20. A's web server reaches A's
 * database; B's VM trying the same database is dropped at the vSwitch (different
 * VLAN). Both tenants' traffic and a storage replication stream share the same wire,
 * each protocol in its own colour and mark. Move b-web's vNIC to VLAN 10 to break the
 * isolation, or a-db's to VLAN 20 to cut A off.
 */
import type { ScenarioInput } from '../schema';

export const vlanIsolation: ScenarioInput = {
  schemaVersion: 1,
  name: 'VLAN isolation: two tenants, one host, one wire',
  seed: 11,
  hosts: [
    { id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 32768, nics: 2, hypervisor: { type: 'type1', technique: 'hardware-assisted' } },
    { id: 'backup', name: 'backup', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 8192, nics: 1, hypervisor: { type: 'type1', technique: 'hardware-assisted' } },
  ],
  vms: [
    { id: 'a-web', name: 'a-web', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web', vnics: [{ id: 'a-web-nic', vswitch: 'vswitch-1', vlan: 10 }] },
    { id: 'a-db', name: 'a-db', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'database', vnics: [{ id: 'a-db-nic', vswitch: 'vswitch-1', vlan: 10 }] },
    { id: 'b-web', name: 'b-web', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web', vnics: [{ id: 'b-web-nic', vswitch: 'vswitch-1', vlan: 20 }] },
    { id: 'a-replica', name: 'a-replica', host: 'backup', vcpus: 1, memoryMiB: 2048, workload: 'io-bound', vnics: [{ id: 'a-replica-nic', vswitch: 'vswitch-2', vlan: 10 }] },
  ],
  vswitches: [
    { id: 'vswitch-1', name: 'vSwitch0', host: 'host-1', vlans: [10, 20], uplinks: 1 },
    { id: 'vswitch-2', name: 'vSwitch0', host: 'backup', vlans: [10], uplinks: 1 },
  ],
  flows: [
    { id: 'a-web-db', from: 'a-web-nic', to: 'a-db-nic', protocol: 'sql', perSecond: 6 },
    { id: 'b-web-db', from: 'b-web-nic', to: 'a-db-nic', protocol: 'sql', perSecond: 3 },
    { id: 'a-clients', from: 'external', to: 'a-web-nic', protocol: 'http', perSecond: 5 },
    { id: 'b-clients', from: 'external', to: 'b-web-nic', protocol: 'http', perSecond: 5 },
    { id: 'a-db-replication', from: 'a-db-nic', to: 'a-replica-nic', protocol: 'replication', perSecond: 3 },
  ],
};
