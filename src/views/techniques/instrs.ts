/**
 * The guest instructions the Techniques lens steps through, by id: their own small module
 * (like lensIds.ts), so lessons can ask a student to step one without loading the lens.
 */
export type Instr = 'add' | 'cli' | 'popf' | 'movcr3' | 'io';
export const INSTRS: readonly Instr[] = ['add', 'cli', 'popf', 'movcr3', 'io'];
