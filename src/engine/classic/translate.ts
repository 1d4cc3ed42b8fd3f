/**
 * Address translation as in OSTEP's homework simulators. `translateLinear`
 * (paging-linear-translate.py): split a virtual address into VPN and offset, look the
 * VPN up in a linear page table (null = invalid), and form the physical address.
 * `translateMultiLevel` (paging-multilevel-translate.py): the page directory lives in
 * physical page `pdbr`; each level's index comes from `levelBits` (high to low), each
 * entry is one byte of `memory` with a valid bit (`validMask`) and a PFN (`pfnMask`);
 * an invalid directory entry is a 'pde' fault, an invalid last-level entry a 'pte' fault.
 */

export interface LinearInput {
  pageSize: number;
  addressSpaceSize: number;
  physMemSize: number;
  pageTable: readonly (number | null)[];
  addresses: readonly number[];
}

export interface LinearResult {
  results: { valid: boolean; pa: number | null; vpn: number }[];
}

export function translateLinear(input: LinearInput): LinearResult {
  return {
    results: input.addresses.map((va) => {
      const vpn = Math.floor(va / input.pageSize);
      const pfn = va < input.addressSpaceSize && va >= 0 ? (input.pageTable[vpn] ?? null) : null;
      const pa = pfn === null ? null : pfn * input.pageSize + (va % input.pageSize);
      const valid = pa !== null && pa < input.physMemSize;
      return { valid, pa: valid ? pa : null, vpn };
    }),
  };
}

export interface MultiLevelInput {
  pageSize: number;
  /** Index bits per level, top level first (OSTEP: [5, 5] with 32-byte pages). */
  levelBits: readonly number[];
  validMask: number;
  pfnMask: number;
  /** Physical page number of the top-level table. */
  pdbr: number;
  memory: Uint8Array;
  addresses: readonly number[];
}

export interface MultiLevelResult {
  results: { fault: null | 'pde' | 'pte'; pa: number | null }[];
}

export function translateMultiLevel(input: MultiLevelInput): MultiLevelResult {
  const offsetBits = Math.log2(input.pageSize);
  const total = input.levelBits.reduce((a, b) => a + b, 0);
  return {
    results: input.addresses.map((va) => {
      let table = input.pdbr;
      let shift = offsetBits + total;
      for (let l = 0; l < input.levelBits.length; l++) {
        const bits = input.levelBits[l] ?? 0;
        shift -= bits;
        const index = Math.floor(va / 2 ** shift) % 2 ** bits;
        const entry = input.memory[table * input.pageSize + index] ?? 0;
        if ((entry & input.validMask) === 0) return { fault: l === input.levelBits.length - 1 ? 'pte' : 'pde', pa: null };
        table = entry & input.pfnMask;
      }
      return { fault: null, pa: table * input.pageSize + (va % input.pageSize) };
    }),
  };
}
