/** The snapshot digest on its own, so StateDigest can load it after the first screen. */
export { snapshotDigest } from '../engine';
