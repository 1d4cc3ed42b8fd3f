/**
 * Which component draws each lens. Overview ships in the first bundle; every later
 * lens is a lazy import so the initial download stays small.
 */
import type { ComponentType } from 'react';
import type { LensId } from '../store';
import OverviewView from './overview/OverviewView';

export const LENS_VIEWS: Readonly<Record<LensId, ComponentType>> = {
  overview: OverviewView,
};
