// The words of 'lecture' any screen may show: boot loads them with the core catalogue (its other words, in lenses/lecture.en.ts, load with the lenses that show them).
/**
 * Lecture, sharing and embedding (English): tours UI, shortcuts, share/QR, embed,
 * scenario editor, export, and the messages for refused links, files and host
 * messages. The Korean file has the same keys and placeholders.
 */
export default {
  'lecture.menu': 'Lecture tools',
  'lecture.open.tours': 'Lessons',
  'lecture.open.share': 'Share',
  'lecture.open.embed': 'Embed',
  'lecture.open.editor': 'Edit scenario',
  'lecture.open.export': 'Export',
  'lecture.open.help': 'Keys',

  'lecture.api.envelope': 'the message is malformed at "{field}"',
  'lecture.api.version': 'API version {found} is not supported; use {expected}',
  'lecture.api.unknownName': 'there is no command "{name}"; use one of {names}',
  'lecture.api.args': 'the arguments of "{name}" are wrong at "{field}": {reason}',

  'param.hint.tour': 'use a tour id such as course',
  'param.hint.step': 'use a step number from 1',
  'param.hint.keys': 'use 1 or 0',
  'param.hint.origins': 'use origins such as https://course.example.edu, separated by commas; until then no host page may drive this lab',
} as const;
