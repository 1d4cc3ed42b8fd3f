/**
 * The storage commands gathered in one object, so apply.ts can dispatch to them by
 * name without a namespace import.
 */
import { accessVolume, addArray, createVolume, deleteVolume, doRebalance, failArray, failRack, repairArray, setPolicy, setRackAware, setRebuildBandwidth, setVolumeAccess } from './commands';

export type { StorageOutcome } from './commands';

export const storage = { accessVolume, addArray, createVolume, deleteVolume, doRebalance, failArray, failRack, repairArray, setPolicy, setRackAware, setRebuildBandwidth, setVolumeAccess } as const;
