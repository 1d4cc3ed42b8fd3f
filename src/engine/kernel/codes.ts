/**
 * State codes shared by the engine and the views: kept in their own tiny module so the
 * main thread can read them without pulling the simulation state code into its bundle.
 */

/** Entity (vCPU or container task) states; co-stopped is ESXi's relaxed co-scheduling. */
export const ENT = { off: 0, running: 1, ready: 2, blocked: 3, costop: 4 } as const;
/** Power states of VMs and containers. */
export const POWER = { off: 0, booting: 1, on: 2 } as const;
