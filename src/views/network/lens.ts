/** The Network lens: vSwitches, VLANs, uplinks and bursts of packets (lazy-loaded). */
import { lazy } from 'react';
import type { LensDef } from '../lensDef';

export const lens: LensDef = { id: 'network', order: 50, View: lazy(() => import('./NetworkView')), commands: ['setVnicVlan'] };
