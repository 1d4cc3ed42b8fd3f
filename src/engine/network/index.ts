/**
 * The network subsystem (vSwitches, VLANs, flows and the bursts they send), plugged in
 * through the Subsystem contract: every NET_PERIOD ticks at `arbitrate` it moves bursts
 * along their routes and rolls the per-link history. It reads power from the kernel
 * (a flow talks only while its VM is up) and uses no randomness.
 */
import { defineSubsystem } from '../kernel/contract';
import { netCommands } from './commands';
import { netInvariants } from './invariants';
import { NIC_METERS } from './nic';
import { buildNet, carryNet, NET_PERIOD } from './net';
import { digestNetPart, netBuffers, netSnapshot, nicBuffers } from './netSnapshot';
import { stepNet } from './netStep';

export const net = defineSubsystem({
  id: 'net',
  build: (w) => buildNet(w.scenario),
  meters: NIC_METERS,
  carry: (prev, next) => carryNet(prev.net, prev.scenario, next.scenario),
  phases: { arbitrate: { every: NET_PERIOD, run: stepNet } },
  commands: netCommands,
  snapshot: (st) => ({ net: netSnapshot(st.net) }),
  buffers: (part) => [...netBuffers(part.net), ...nicBuffers(part.net)].map((a) => a.buffer as ArrayBuffer),
  digest: digestNetPart,
  invariants: netInvariants,
});
