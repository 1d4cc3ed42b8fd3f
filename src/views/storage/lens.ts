/** The Storage / SAN lens: third in the notes' order (스토리지 가상화, SAN), loaded on demand. */
import { lazy } from 'react';
import type { LensDef } from '../registry';

export const lens: LensDef = { id: 'storage', order: 30, View: lazy(() => import('./StorageView')) };
