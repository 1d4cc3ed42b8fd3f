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
  'lecture.state.noLens': 'The shared link asks for the lens "{lens}", which this version does not have; the current lens stays.',

  'lecture.api.refused': 'A command from the host page was refused: {reason}',
  'lecture.api.noLens': 'there is no lens "{lens}"',
  'lecture.api.noTour': 'there is no tour "{tour}"',
  'lecture.import.tooBig': 'the file is {size} KiB; at most {max} KiB is accepted',
  'lecture.api.badScenario': 'the scenario is invalid at "{field}": {reason}',
  'lecture.import.notJson': 'this is not a VirtLab scenario file: its text is not JSON (a scenario file is the JSON that Export writes)',
  'lecture.import.notJsonAt': 'this is not valid JSON: it stops making sense at line {line}, column {column}',
  'lecture.state.field': 'The shared link was not opened: the field "{field}" is wrong ({reason}).',
  'lecture.state.scenario': 'The shared link was not opened: its scenario is invalid at "{field}": {reason}',
  'lecture.state.preset': 'The shared link was not opened: it names a preset "{preset}" that this version does not have.',
  'lecture.state.tooLong': 'The shared link is too large to open; ask for the state file instead.',
  'lecture.state.corrupt': 'The shared link is damaged (perhaps cut off when it was copied); the default scenario is shown instead.',
} as const;
