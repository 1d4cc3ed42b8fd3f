/**
 * `vswitch-basics`: two hosts, each with a vSwitch and one uplink to the physical
 * switch. web-1 talks to app-1 on the same host (the bursts never leave vSwitch0),
 * app-1 queries db-1 on the other host (out through the uplink, across the wire, in
 * through vSwitch1), web-1 calls the api container on host-2 (containers have vNICs
 * too), and web-1 serves external clients. From 8 s to 12 s a live migration copies
 * memory between the hosts' VMkernel ports in VLAN 99, on the same wire. Follow any dot.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 4,
  threadsPerCore: 1,
  memoryMiB: 32768,
  nics: 2,
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
});

export const vswitchBasics: ScenarioInput = {
  schemaVersion: 1,
  name: 'vSwitch basics: inside one host vs across the wire',
  seed: 7,
  hosts: [host('host-1'), host('host-2')],
  vms: [
    { id: 'web-1', name: 'web-1', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web', vnics: [{ id: 'web-1-nic', vswitch: 'vswitch-1', vlan: 10 }] },
    { id: 'app-1', name: 'app-1', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web', vnics: [{ id: 'app-1-nic', vswitch: 'vswitch-1', vlan: 10 }] },
    { id: 'db-1', name: 'db-1', host: 'host-2', vcpus: 2, memoryMiB: 4096, workload: 'database', vnics: [{ id: 'db-1-nic', vswitch: 'vswitch-2', vlan: 10 }] },
  ],
  containers: [{ id: 'api', name: 'api', host: 'host-2', image: 'node:22-alpine', workload: 'web', memoryLimitMiB: 512, vnics: [{ id: 'api-nic', vswitch: 'vswitch-2', vlan: 10 }] }],
  vswitches: [
    { id: 'vswitch-1', name: 'vSwitch0', host: 'host-1', vlans: [10, 99], uplinks: 1, vmkVlan: 99 },
    { id: 'vswitch-2', name: 'vSwitch1', host: 'host-2', vlans: [10, 99], uplinks: 1, vmkVlan: 99 },
  ],
  flows: [
    { id: 'clients-web', from: 'external', to: 'web-1-nic', protocol: 'http', perSecond: 6 },
    { id: 'web-app', from: 'web-1-nic', to: 'app-1-nic', protocol: 'http', perSecond: 8 },
    { id: 'app-db', from: 'app-1-nic', to: 'db-1-nic', protocol: 'sql', perSecond: 5 },
    { id: 'web-api', from: 'web-1-nic', to: 'api-nic', protocol: 'http', perSecond: 4 },
    // A live migration from host-1 to host-2 between 8 s and 12 s: its memory copy crosses the
    // same wire as the VMs' traffic, isolated in its own VLAN (99) between the VMkernel ports.
    { id: 'vmotion', from: 'vswitch-1', to: 'vswitch-2', protocol: 'migration', perSecond: 25, startAt: 8000, stopAt: 12_000 },
  ],
};
