/**
 * What the memory lens says about a host's paging, from the engine's pagingOfHost (the
 * paging follows the technique): the mode the host really uses, the radios to offer
 * (direct paging only on a paravirtual host, the only one that uses it), whether the
 * choice is fixed and why (a catalogue key, '' when the setting applies), and the two
 * walks drawn side by side: nested paging beside shadow paging, or beside direct paging
 * on a paravirtual host. Pure.
 */
import { pagingFixedBy, pagingOfHost, type PagingMode, type Topology } from '../../engine';

type Hypervisor = Topology['hosts'][number]['hypervisor'];

export interface PagingView {
  mode: PagingMode;
  choices: readonly PagingMode[];
  fixed: string;
  /** The walk drawn beside nested paging. */
  beside: 'shadow' | 'direct';
}

/** The walk drawn beside nested paging: the host's own direct paging on a paravirtual host, else shadow paging. */
export function besideNested(mode: PagingMode): 'shadow' | 'direct' {
  return mode === 'direct' ? 'direct' : 'shadow';
}

export function pagingView(hv: Hypervisor): PagingView {
  const mode = pagingOfHost(hv);
  return {
    mode,
    choices: mode === 'direct' ? ['shadow', 'nested', 'direct'] : ['shadow', 'nested'],
    fixed: pagingFixedBy(hv),
    beside: besideNested(mode),
  };
}
