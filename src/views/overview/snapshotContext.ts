/**
 * The snapshot the Overview's live parts draw, provided once by OverviewView (throttled
 * a dozen times a second by useSnapshot), so every part of one frame shows the same tick;
 * and the label sizes the drawing was laid out for, so every label is drawn at the size
 * its box was made for.
 */
import { createContext } from 'react';
import type { Snapshot } from '../../engine';
import { OV_TEXT, type OvText } from './ovText';

export const OverviewSnapshot = createContext<Snapshot | null>(null);

export const OverviewTextSizes = createContext<OvText>(OV_TEXT);
