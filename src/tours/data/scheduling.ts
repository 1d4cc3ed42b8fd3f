/**
 * A short hands-on tour of CPU virtualization that needs only the Overview lens and the
 * basic preset, so it runs fully in every build: switch the hypervisor to type 2 (the
 * host OS joins the stack), then watch vCPUs queue for pCPUs, and stop the CPU-hungry
 * VM to see the queue drain.
 */
import type { Tour } from '../types';

export const tour: Tour = {
  id: 'scheduling',
  order: 1,
  steps: [
    { id: 'hosted', section: 'hypervisor', lens: 'overview', preset: 'basic', tick: 1000, select: { kind: 'hypervisor', index: 0 }, waitFor: { kind: 'hvType', type: 'type2' } },
    { id: 'meet', section: 'cpu', lens: 'overview', preset: 'basic', tick: 0, play: true, waitFor: { kind: 'tick', at: 4200 } },
    { id: 'queue', section: 'cpu', lens: 'overview', preset: 'basic', tick: 5000, play: true, speed: 0.25, select: { kind: 'hypervisor', index: 0 }, waitFor: { kind: 'state', state: 'ready', min: 2 } },
    { id: 'stopBatch', section: 'cpu', lens: 'overview', preset: 'basic', tick: 6000, select: { kind: 'vm', index: 2 }, waitFor: { kind: 'vmOff' } },
  ],
};
