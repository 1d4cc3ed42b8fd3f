// The words of 'instances' any screen may show: boot loads them with the core catalogue (its other words, in lenses/instances.en.ts, load with the lenses that show them).
/** Instances on request (the Cluster lens's instances panel, the instances-on-demand preset, requestInstance and its refusals). */
export default {
  'preset.instances-on-demand.title': 'Instances on request: types, templates, full vs linked clones',
  'clone.full': 'full clone',
  'clone.linked': 'linked clone',
  'cluster.ev.instanceRequested': '{name} requested: a {type} instance from the {template} template, as a {clone}. It waits in the queue for a free provisioning slot.',
  'cluster.ev.instanceCloning': 'Provisioning {name} on {host}: making its disk as a {clone} ({s} s).',
  'cluster.ev.instanceReady': '{name} is ready on {host}, {s} s after it was requested: {wait} s in the queue, {clone} s cloning its disk, {boot} s booting.',
  'cluster.why.instanceNoRoom': '{name} needs {need} MiB reserved, but no host has that much free (the most is {largest} MiB): the request fails.',
  'cluster.reason.instanceName': 'The name {name} is already taken.',
  'cluster.reason.instanceQueueFull': 'The request queue is full ({max} waiting).',
} as const;
