// The words of 'checks' any screen may show: boot loads them with the core catalogue (its other words, in lenses/checks.en.ts, load with the lenses that show them).
/**
 * Concept checks (English): the panel, the notes' sections, and every check's question,
 * choices and explanation. Numbers and names come from the engine through placeholders.
 * The Korean file has the same keys and placeholders.
 */
export default {

  'check.open': 'Checks',
} as const;
