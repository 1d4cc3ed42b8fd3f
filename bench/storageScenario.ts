/**
 * The storage benchmark's world: datacenter-32's hosts and VMs with 64 arrays in 8
 * racks and 2,000 volumes (two replicas each, a mix of thin and thick, owned by the
 * VMs), placed by weighted hashing. It measures what storage adds to every tick at
 * the largest size the schema allows for arrays.
 */
import { presets, scenarioSchema, type Scenario } from '../src/engine/index';

export function storageBenchScenario(): Scenario {
  const base = presets['datacenter-32'];
  return scenarioSchema.parse({
    ...base,
    name: 'Storage bench: 64 arrays, 2000 volumes',
    storageArrays: Array.from({ length: 64 }, (_, i) => ({ id: `arr-${i}`, name: `arr-${i}`, capacityGiB: 20_000 + (i % 4) * 5000, iops: 100_000, latencyMs: 0.5, rack: `rack-${i % 8}` })),
    storage: { ...base.storage, policy: 'hashing' },
    volumes: Array.from({ length: 2000 }, (_, i) => ({
      id: `vol-${i}`,
      sizeGiB: 50 + (i % 10) * 25,
      provisioning: i % 2 === 0 ? 'thin' : 'thick',
      replicas: 2,
      owner: base.vms[i % base.vms.length]?.id,
    })),
  });
}
