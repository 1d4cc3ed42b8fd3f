// The words of 'virtnet-presets' any screen may show: boot loads them with the core catalogue.
/** Titles of the presets for the kinds of virtualization, hypervisor types, techniques and networks. */
export default {
  'preset.server-virtualization.title': 'Server virtualization: 1 server, 3 VMs',
  'preset.vdi.title': 'Desktop virtualization (VDI): thin clients',
  'preset.app-virtualization.title': 'Application virtualization: two versions in sandboxes',
  'preset.type1-vs-type2.title': 'Type 1 vs Type 2 hypervisor',
  'preset.bt-vs-para-vs-hw.title': 'Binary translation vs paravirtual vs hardware-assisted',
  'preset.vswitch-basics.title': 'vSwitch basics: one host vs across the wire',
  'preset.vlan-isolation.title': 'VLAN isolation: two tenants',
} as const;
