/**
 * The storage commands as the Subsystem contract's table (commands.ts holds what each
 * one does). Adding an array is also a scenario edit, so every lens sees the new array.
 */
import { reject, type CommandTable } from '../kernel/contract';
import { accessVolume, addArray, createVolume, deleteVolume, doRebalance, failArray, failArrays, failRack, repairArray, setPolicy, setRackAware, setRebuildBandwidth, setVolumeAccess } from './commands';
import { failDisk, replaceDisk } from './raidTick';
import type { StorageWorld } from './types';

export const storageCommands = {
  createVolume: (st, cmd) => createVolume(st, cmd.volume),
  deleteVolume: (st, cmd) => deleteVolume(st, cmd.volume),
  setPlacementPolicy: (st, cmd) => setPolicy(st, cmd.policy),
  setRackAware: (st, cmd) => setRackAware(st, cmd.on),
  failArray: (st, cmd) => failArray(st, cmd.array),
  repairArray: (st, cmd) => repairArray(st, cmd.array),
  failRack: (st, cmd) => failRack(st, cmd.rack),
  failDisk: (st, cmd) => failDisk(st, cmd.array, cmd.disk, (a) => failArrays(st, [a])),
  replaceDisk: (st, cmd) => replaceDisk(st, cmd.array),
  rebalance: (st) => doRebalance(st),
  setVolumeAccess: (st, cmd) => setVolumeAccess(st, cmd.volume, cmd.vm, cmd.mode),
  accessVolume: (st, cmd) => accessVolume(st, cmd.vm, cmd.volume, cmd.op),
  setRebuildBandwidth: (st, cmd) => setRebuildBandwidth(st, cmd.mibps),
  /** A new array joins the scenario (so every lens sees it) and the storage pool. */
  addArray(st, { array: spec }, ctx) {
    if (st.storage.arrays.some((a) => a.id === spec.id)) return reject('storage.reason.arrayExists', { array: spec.id });
    const r = ctx.edit(st, (s) => ({ ...s, storageArrays: [...s.storageArrays, spec] }));
    return r.ok ? addArray(st, spec) : r;
  },
} satisfies CommandTable<StorageWorld>;
