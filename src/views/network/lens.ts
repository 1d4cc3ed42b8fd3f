/** The Network lens: vSwitches, VLANs, uplinks and bursts of packets (lazy-loaded). */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import type { LensDef } from '../lensDef';

export const lens: LensDef = { id: 'network', order: 50, words: ['network'], View: lazyPart(() => import('./NetworkView'), LensLoading), commands: ['setVnicVlan'] };
