/**
 * The storage subsystem's surface for the rest of the engine: build at load, one call
 * per tick, the commands, the snapshot and the invariants.
 */
export { buildStorage } from './build';
export { stepStorage, STORAGE_PERIOD, queueLatency } from './tick';
export { createVolume, deleteVolume, setPolicy, setRackAware, failArray, failRack, repairArray, addArray, doRebalance, setVolumeAccess, accessVolume, type StorageOutcome } from './commands';
export { storageSnapshot, storageBuffers, digestStorage, type StorageSnapshot, type ArraySnap, type VolumeSnap } from './snapshot';
export { checkStorageInvariants } from './invariants';
export { place, placeAll, movedGiB, strawDraw, hash32, type PlaceContext, type LayoutVolume } from './placement';
export type { StorageState, MoveRecord, Move, VolumeStatus } from './types';
export { HISTORY_LEN } from './types';
