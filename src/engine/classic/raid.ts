/**
 * raidMap (OSTEP ch. 38, raid.py conventions) lives with the storage subsystem, which maps
 * the running world's I/Os onto RAID arrays' disks with it; the classic OS exercises use
 * it from here as before.
 */
export { raidMap, type RaidConfig, type RaidOp, type RaidRequest } from '../storage/raidMap';
