/** The Overview lens: in the first bundle, first tab. */
import type { LensDef } from '../registry';
import OverviewView from './OverviewView';

export const lens: LensDef = { id: 'overview', order: 0, View: OverviewView };
