// The words of 'classroom' any screen may show: boot loads them with the core catalogue (its other words, in lenses/classroom.en.ts, load with the lenses that show them).
/**
 * Classroom tools (English): teacher notes, the pointer, spotlight and pen, the
 * countdown timer, "Reset all", and their keys. The Korean file has the same keys.
 */
export default {
  'tools.label': 'Classroom tools',
  'tools.pointer': 'Pointer',
  'tools.spotlight': 'Spotlight',
  'tools.pen': 'Pen',
  'tools.clearInk': 'Clear ink',
  'tools.timer': 'Timer',
  'tools.resetAll': 'Reset all',
  'tools.resetStep': 'Reset: step {n} is back at its start.',
  'tools.resetDone': 'Reset: “{name}” is back at its start, every change undone.',

  'notes.open': 'Notes',
  'offline.ready': 'Works offline',
  'offline.readyLong': 'Everything VirtLab needs is stored in this browser: it opens and runs every lens without a network.',
  'offline.update': 'A new version of VirtLab is ready.',
  'offline.later': 'Later',
  'param.hint.report': 'use xapi, height or both (xapi,height), or 1 for both',
} as const;
