// The words of 'techniques' any screen may show: boot loads them with the core catalogue (its other words, in lenses/techniques.en.ts, load with the lenses that show them).
/** The Techniques lens: hypervisor types (Type 1 / Type 2) and full, para- and hardware-assisted virtualization. */
export default {
  'lens.techniques': 'Techniques',
} as const;
