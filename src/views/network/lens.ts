/** The Network lens: vSwitches, VLANs, uplinks and bursts of packets (lazy-loaded). */
import { lazy } from 'react';
import type { LensDef } from '../registry';

export const lens: LensDef = { id: 'network', order: 50, View: lazy(() => import('./NetworkView')) };
