// The words of 'schema' any screen may show: boot loads them with the core catalogue.
/**
 * Words filled into scenario and lesson file errors: the type a field should have
 * (zod's `expected`, sent as `schema.expected.<type>`) and the kind of thing an id
 * should name (`schema.kind.<kind>`), so no English word lands in a Korean message.
 */
export default {
  'schema.expected.string': 'text',
  'schema.expected.number': 'a number',
  'schema.expected.int': 'a whole number',
  'schema.expected.boolean': 'true or false',
  'schema.expected.object': 'an object { … }',
  'schema.expected.array': 'a list [ … ]',
  'schema.expected.null': 'null',
  'schema.expected.undefined': 'nothing',
  'schema.expected.bigint': 'a whole number',
  'schema.expected.date': 'a date',
  'schema.expected.tuple': 'a list [ … ]',
  'schema.expected.record': 'an object { … }',
  'schema.expected.map': 'an object { … }',
  'schema.expected.set': 'a list [ … ]',
  'schema.expected.nan': 'a number',
  'schema.expected.literal': 'one fixed value',
  'schema.expected.never': 'nothing (remove this field)',
  'schema.kind.host': 'host',
  'schema.kind.vm': 'VM',
  'schema.kind.array': 'storage array',
  'schema.kind.vswitch': 'virtual switch',
  'schema.kind.vnic': 'virtual NIC',
  'schema.kind.deployment': 'deployment',
} as const;
