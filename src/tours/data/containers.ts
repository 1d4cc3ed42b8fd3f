/**
 * Containers versus VMs on the basic host (runs fully in every build): both kinds start
 * at tick 0, the containers run after 0.3 s while the VMs are still booting their
 * guest OS, and a container's stack has no guest OS because it shares the host kernel
 * (course notes, 컨테이너와 도커).
 */
import type { Tour } from '../types';

export const tour: Tour = {
  id: 'containers',
  order: 2,
  steps: [
    { id: 'race', section: 'containers', lens: 'overview', preset: 'basic', tick: 0, play: true, speed: 0.25, waitFor: { kind: 'tick', at: 400 } },
    { id: 'kernel', section: 'containers', lens: 'overview', preset: 'basic', tick: 5000, waitFor: { kind: 'select', sel: 'container' } },
    { id: 'guest', section: 'containers', lens: 'overview', preset: 'basic', tick: 5000, select: { kind: 'vm', index: 0 } },
  ],
};
