/**
 * The snapshot the Overview's live parts draw, provided once by OverviewView (throttled
 * a dozen times a second by useSnapshot), so every part of one frame shows the same tick.
 */
import { createContext } from 'react';
import type { Snapshot } from '../../engine';

export const OverviewSnapshot = createContext<Snapshot | null>(null);
