/**
 * The course tour: the whole of the course notes in their order (what virtualization
 * is, its properties, its kinds, hypervisor types, CPU, memory, storage, network, SAN,
 * full vs para virtualization, containers, Docker and containers at scale). Each step opens the lens and
 * preset made for that section; until a lens exists the step shows the Overview on the
 * basic scenario with the same narration. Steps with a task wait for the student; a
 * step's selection is its highlight (outlined in the lens, explained in the inspector).
 */
import type { Tour } from '../types';

export const tour: Tour = {
  id: 'course',
  order: 0,
  steps: [
    { id: 'oneAsMany', section: 'what', lens: 'overview', preset: 'basic', tick: 0, play: true, waitFor: { kind: 'select', sel: 'vm' }, pauseWhenDone: false },
    { id: 'manyAsOne', section: 'what', lens: 'storage', preset: 'san-placement', play: true },
    { id: 'gpu', section: 'what', lens: 'techniques', preset: 'gpu-sharing', tick: 5000, play: true },
    { id: 'properties', section: 'properties', lens: 'overview', preset: 'datacenter-32', tick: 2000, play: true },
    { id: 'balance', section: 'properties', lens: 'cluster', preset: 'drs-balance', play: true },
    { id: 'instances', section: 'properties', lens: 'cluster', preset: 'instances-on-demand', play: true },
    // The three kinds are Overview presets: the stack itself shows the difference.
    { id: 'server', section: 'kinds', lens: 'overview', preset: 'server-virtualization', tick: 5000, fallback: { lens: 'overview', preset: 'basic', tick: 5000 } },
    // Its words are about the thin clients and the desktops they show: the VDI card, folded on every screen, opens on them.
    { id: 'vdi', section: 'kinds', lens: 'overview', preset: 'vdi', play: true, focus: 'vdi' },
    { id: 'appVirt', section: 'kinds', lens: 'overview', preset: 'app-virtualization', play: true },
    {
      id: 'hvTypes',
      section: 'hypervisor',
      lens: 'techniques',
      preset: 'type1-vs-type2',
      play: true,
      // The stepper opens on a disk read with both hosts side by side: step it to the disk.
      waitFor: { kind: 'pathEnd', instr: 'io' },
      pauseWhenDone: false,
      fallback: { lens: 'overview', preset: 'basic', tick: 1000, select: { kind: 'hypervisor', index: 0 } },
    },
    {
      id: 'cpu',
      section: 'cpu',
      lens: 'cpu',
      preset: 'cpu-overcommit',
      play: true,
      // Four vCPUs already wait at tick 0 (8 vCPUs on 4 threads), so "two are waiting" would be
      // done the moment the step opens: the task is to look at one of them instead.
      waitFor: { kind: 'select', sel: 'vcpu' },
      pauseWhenDone: false,
      fallback: { lens: 'overview', preset: 'basic', tick: 4000, select: { kind: 'hypervisor', index: 0 }, waitFor: { kind: 'state', state: 'ready', min: 2 } },
    },
    // Opens once all four VMs run: both threads of each core are busy, as its words say.
    { id: 'hyperthreads', section: 'cpu', lens: 'cpu', preset: 'hyperthreads', tick: 10000, play: true, fallback: { lens: 'overview', preset: 'basic', tick: 5000, select: { kind: 'pcpu', index: 1 } } },
    { id: 'costop', section: 'cpu', lens: 'cpu', preset: 'smp-costop', play: true, waitFor: { kind: 'state', state: 'costop', min: 1 } },
    { id: 'memory', section: 'memory', lens: 'memory', preset: 'memory-overcommit', play: true },
    { id: 'balloon', section: 'memory', lens: 'memory', preset: 'balloon', play: true },
    { id: 'storage', section: 'storage', lens: 'storage', preset: 'thin-overcommit', play: true },
    { id: 'network', section: 'network', lens: 'network', preset: 'vlan-isolation', play: true },
    { id: 'san', section: 'san', lens: 'storage', preset: 'array-failure', play: true },
    // No task (a small write shows by itself); its words end "fail a disk and watch the rebuild": the disk controls, brought into view.
    { id: 'raid', section: 'san', lens: 'storage', preset: 'raid-striping', tick: 3000, play: true, focus: 'raidDisks' },
    { id: 'fullPara', section: 'fullPara', lens: 'techniques', preset: 'bt-vs-para-vs-hw', play: true },
    { id: 'ioPaths', section: 'fullPara', lens: 'techniques', preset: 'io-paths', play: true, waitFor: { kind: 'ioPath', path: 'virtio', min: 2 } },
    { id: 'containers', section: 'containers', lens: 'containers', preset: 'vm-vs-container', play: true, fallback: { lens: 'overview', preset: 'basic', tick: 6000, select: { kind: 'container', index: 0 } } },
    // No task (the exploit is a what-if, nothing in the world changes): its words ask for the exploit buttons, brought into view.
    { id: 'isolation', section: 'containers', lens: 'containers', preset: 'vm-vs-container', tick: 6000, play: false, focus: 'exploit' },
    { id: 'docker', section: 'containers', lens: 'containers', preset: 'docker-layers', play: true },
    // The notes: container-based virtualization replacing hypervisors in the cloud; an orchestrator keeps replicas running at scale.
    { id: 'scale', section: 'containers', lens: 'containers', preset: 'orchestration', play: true },
  ],
};
