/**
 * Large pages block page sharing until the hypervisor breaks them up under pressure
 * (issue 13; DOMAIN.md): with large pages a relaxed host shares nothing; the same host
 * without them shares its twins' identical pages; a pressed host breaks them and shares.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, type SimState } from '../index';

function twins(largePages: boolean, memoryMiB = 4096): SimState {
  const sc = structuredClone(presets['page-sharing']);
  const host = sc.hosts[0];
  if (host !== undefined) host.hypervisor = { ...host.hypervisor, memory: { ...host.hypervisor?.memory, largePages }, };
  if (host !== undefined) host.memoryMiB = memoryMiB;
  return createSim(sc);
}

describe('large pages and page sharing', () => {
  it('a relaxed host with large pages shares nothing; without them it shares', () => {
    const large = step(twins(true), 20_000);
    const small = step(twins(false), 20_000);
    expect(large.memory.hosts[0]?.state).toBeLessThan(2);
    expect(large.memory.hosts[0]?.sharedTotal).toBe(0);
    expect(small.memory.hosts[0]?.sharedTotal).toBeGreaterThan(0);
  });

  it('under pressure the large pages are broken up, said so, and sharing finds the duplicates', () => {
    const st = step(twins(true, 1536), 30_000);
    expect(st.memory.hosts[0]?.sharedTotal).toBeGreaterThan(0);
    expect(st.events.list.some((e) => e.key === 'memory.event.largeBroken')).toBe(true);
  });
});
