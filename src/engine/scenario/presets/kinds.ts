/**
 * The three kinds of virtualization from the notes, as Overview presets:
 * `server-virtualization` (one host, a hypervisor, isolated VMs), `vdi` (thin clients
 * on the network show desktops that run and store in the data centre) and
 * `app-virtualization` (an app in a sandbox layer, "not installed but runs as if
 * installed", its file and registry writes redirected into the layer: src/engine/appvirt).
 */
import type { ScenarioInput } from '../schema';

const dcHost = (id: string, cores: number) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: cores,
  threadsPerCore: 2,
  memoryMiB: 65536,
  nics: 2,
  disks: [{ id: `${id}-ssd`, sizeGiB: 1920 }],
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
});

export const serverVirtualization: ScenarioInput = {
  schemaVersion: 1,
  name: 'Server virtualization: one server, many isolated VMs',
  seed: 5,
  hosts: [dcHost('server-1', 2)],
  vms: [
    { id: 'mail', name: 'mail', host: 'server-1', vcpus: 1, memoryMiB: 4096, workload: 'io-bound', vnics: [{ id: 'mail-nic' }] },
    { id: 'web', name: 'web', host: 'server-1', vcpus: 2, memoryMiB: 4096, workload: 'web', vnics: [{ id: 'web-nic' }] },
    { id: 'erp', name: 'erp', host: 'server-1', vcpus: 2, memoryMiB: 8192, guestOs: 'windows', workload: 'database', vnics: [{ id: 'erp-nic' }] },
  ],
  vswitches: [{ id: 'vswitch-1', name: 'vSwitch0', host: 'server-1', vlans: [0], uplinks: 1 }],
};

const desktop = (n: number) => ({
  id: `desktop-${n}`,
  name: `desktop-${n}`,
  host: 'vdi-host',
  vcpus: 1,
  memoryMiB: 4096,
  guestOs: 'windows' as const,
  workload: 'web' as const,
  disks: [{ id: `desktop-${n}-disk`, sizeGiB: 60 }],
  vnics: [{ id: `desktop-${n}-nic`, vlan: 30 }],
});

export const vdi: ScenarioInput = {
  schemaVersion: 1,
  name: 'Desktop virtualization (VDI): thin clients, desktops in the data centre',
  seed: 9,
  hosts: [dcHost('vdi-host', 2)],
  vms: [desktop(1), desktop(2), desktop(3)],
  storageArrays: [{ id: 'vdi-array', name: 'vdi-array', capacityGiB: 8192, iops: 80000, latencyMs: 0.4, rack: 'rack-1' }],
  vswitches: [{ id: 'vswitch-1', name: 'vSwitch-VDI', host: 'vdi-host', vlans: [30], uplinks: 1 }],
  thinClients: [
    { id: 'client-1', name: 'Lab PC 1', desktop: 'desktop-1' },
    { id: 'client-2', name: 'Laptop (home)', desktop: 'desktop-2' },
    { id: 'client-3', name: 'Tablet', desktop: 'desktop-3' },
  ],
  flows: [1, 2, 3].flatMap((n) => [
    { id: `screen-${n}`, from: `desktop-${n}-nic`, to: 'external', protocol: 'display' as const, perSecond: 8 },
    { id: `input-${n}`, from: 'external', to: `desktop-${n}-nic`, protocol: 'display' as const, perSecond: 3 },
  ]),
};

const SETTINGS = 'C:\\Program Files\\PhotoEdit\\settings.ini';
const VERSION_KEY = 'HKLM\\Software\\PhotoEdit\\Version';
const JPG_KEY = 'HKLM\\Software\\Classes\\.jpg';
const RUNTIME = 'C:\\Windows\\System32\\vcruntime140.dll';
const APP_PATHS = [SETTINGS, VERSION_KEY, JPG_KEY, RUNTIME];
const write = (at: number, sandbox: string, path: string, value: string) => ({ at, command: { type: 'sandboxWrite' as const, sandbox, path, value } });
const read = (at: number, sandbox: string, path: string) => ({ at, command: { type: 'sandboxRead' as const, sandbox, path } });

/**
 * Two versions of one app, each in its own sandbox on one Windows VM, write the same file
 * and keys (paced over 5-27 s): each sees its own value, the OS keeps its own, and v1
 * still reads the OS's shared runtime that v2 replaced only for itself.
 */
export const appVirtualization: ScenarioInput = {
  schemaVersion: 1,
  name: 'Application virtualization: two versions side by side in sandboxes',
  seed: 13,
  hosts: [dcHost('pc-host', 1)],
  vms: [{ id: 'office-pc', name: 'office-pc', host: 'pc-host', vcpus: 2, memoryMiB: 8192, guestOs: 'windows', workload: 'web' }],
  appSandboxes: [
    { id: 'photo-v1', name: 'PhotoEdit 1.0', vm: 'office-pc', writes: APP_PATHS },
    { id: 'photo-v2', name: 'PhotoEdit 2.0', vm: 'office-pc', writes: APP_PATHS },
  ],
  events: [
    write(5000, 'photo-v1', SETTINGS, 'theme=light'),
    write(8000, 'photo-v2', SETTINGS, 'theme=dark'),
    write(11_000, 'photo-v1', VERSION_KEY, '1.0'),
    write(13_000, 'photo-v2', VERSION_KEY, '2.0'),
    write(16_000, 'photo-v2', RUNTIME, '14.38'),
    write(18_000, 'photo-v1', JPG_KEY, 'PhotoEdit.1'),
    read(21_000, 'photo-v1', RUNTIME),
    read(24_000, 'photo-v2', RUNTIME),
    read(27_000, 'photo-v1', SETTINGS),
  ],
};
