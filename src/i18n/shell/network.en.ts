// The words of 'network' any screen may show: boot loads them with the core catalogue (its other words, in lenses/network.en.ts, load with the lenses that show them).
/** The Network lens: vSwitches, port groups (VLANs), uplinks, bursts of packets and why they are dropped. */
export default {
  'lens.network': 'Network',
  'network.reason.noPath': 'there is no path between them',
  'network.reason.unplugged': 'the vNIC is not connected to any vSwitch',
  'network.reason.noPortGroup': 'the vSwitch has no port group for this VLAN',
  'network.reason.vlanMismatch': 'the destination is in another VLAN: a switch delivers a frame only to ports of its own VLAN',
  'network.reason.noUplink': 'the vSwitch has no uplink: it is internal to its host',
  'network.reason.dstDown': 'the destination VM is not running',
  'network.reason.congested': 'the host’s NIC was congested: its queue was full, so the burst was dropped (tail drop)',
  'network.reason.noSuchVnic': '{vm} has no vNIC "{vnic}"',
  'network.reason.sameVlan': '{vnic} is already in VLAN {vlan}',
  'network.error.vswitchHost': 'vSwitch "{id}" belongs to another host',
  'network.event.dropped': 'Flow {flow}: bursts dropped at {at}, because {reason}.',
  'network.event.congestedTx': '{host}’s NIC is congested sending: more is offered than it can send, its queue is full and traffic is dropped.',
  'network.event.congestedRx': '{host}’s NIC is congested receiving: more is sent to it than it can take, its queue is full and traffic is dropped.',
  'network.event.vlanChanged': '{vnic} of {vm} moved from VLAN {from} to VLAN {to}.',
} as const;
