// The words of 'lensEmpty' any screen may show: boot loads them with the core catalogue.
/** A lens the world on screen does not exercise: why, and its lesson presets to open. */
export default {
  'lensEmpty.why.overview': 'This scenario has no hosts: nothing to draw.',
  'lensEmpty.why.cpu': 'This scenario has nothing to run: no VMs and no containers.',
  'lensEmpty.why.memory': 'This scenario has no VMs: no guest memory to map onto a host.',
  'lensEmpty.why.storage': 'This scenario has no SAN: no storage array, so nothing to place.',
  'lensEmpty.why.storageOneEmpty': 'This scenario’s SAN has one storage array, {array}, and no volume on it yet: with one array there is nothing to choose between, so no placement, replica or rebuild to show here.',
  'lensEmpty.why.storageOne': 'This scenario’s SAN has one storage array, {array}, and every volume is on it: with nothing to choose between, there is no placement, replica or rebuild to show here.',
  'lensEmpty.why.techniques': 'This scenario has no VMs: no guest instructions to trap, translate or hand to the hypervisor.',
  'lensEmpty.why.network': 'This scenario has no virtual network: no VM’s vNIC sits on a vSwitch port group.',
  'lensEmpty.why.containers': 'This scenario has no containers: nothing to set beside its VMs.',
  'lensEmpty.why.cluster': 'This scenario has only one host: nothing to place, balance or migrate.',
  'lensEmpty.offer': 'Open a lesson preset that uses it:',
  'lensEmpty.anyway': 'Show this lens anyway',
} as const;
