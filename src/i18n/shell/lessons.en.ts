// The words of 'lessons' any screen may show: boot loads them with the core catalogue (its other words, in lenses/lessons.en.ts, load with what shows them).
/** Refusals of a lesson link or file, which boot may show before every word is here. */
export default {
  'lesson.error.linkTooLong': 'the lesson link is too long to open; ask for the lesson file instead',
  'lesson.error.linkCorrupt': 'the lesson link is damaged (perhaps cut off when it was copied)',
  'lesson.notice.badLink': 'The lesson in this link was not opened: {reason}',
  'lesson.why.emptyText': 'write the text in Korean, English or both',
  'lesson.why.lens': 'not a lens of VirtLab (overview, cpu, memory, storage, techniques, network, containers, cluster)',
  'lesson.why.shippedId': 'this id belongs to a lesson that comes with VirtLab; choose another',
  'lesson.why.preset': 'there is no preset “{preset}” (and the step has no scenario of its own)',
  'lesson.error.notObject': 'a lesson file must be a JSON object {…}',
  'lesson.error.notLesson': 'this is not a VirtLab lesson (kind is {found}, not "virtlab-lesson")',
  'lesson.error.version': 'lesson version {found} is not supported; this version of VirtLab reads version {expected}',
  'lesson.why.duplicateStep': 'two steps have the id “{id}”',
} as const;
