/**
 * checkInvariants: what must hold after every tick, as a loop over the registry (the
 * kernel's checks, then each subsystem's). Engine tests run it after every step; the
 * app runs it in debug mode. Returns the violations found (empty = healthy) rather than
 * throwing, so callers decide how loudly to fail.
 */
import type { AnySubsystem } from './kernel/contract';
import { kernelInvariants } from './kernel/invariants';
import type { AnyState } from './state';

export function checkAll(subs: readonly AnySubsystem[], st: AnyState): string[] {
  return [...kernelInvariants(st), ...subs.flatMap((s) => s.invariants(st))];
}
