// The words of 'gpu' any screen may show: boot loads them with the core catalogue (its other words, in lenses/gpu.en.ts, load with the lenses that show them).
/** GPU sharing (the Techniques lens's GPU view, the gpu-sharing preset, setGpuLoad and its refusals, the scenario's GPU rules). */
export default {
  'preset.gpu-sharing.title': 'GPU sharing: passthrough vs time-sliced vs MIG',
  'schema.kind.gpu': 'GPU',
  'gpu.ev.oom': '{vm} asked for {need} GiB of GPU memory, but its slice has {slice} GiB: the allocation failed (out of GPU memory). GPU memory is not overcommitted, so it cannot borrow a neighbour’s; its work stops.',
  'gpu.ev.load': '{vm} now drives its GPU at {pct} % and needs {need} GiB of GPU memory.',
  'gpu.reason.noGpu': '{vm} has no GPU.',
  'gpu.error.otherHost': 'GPU {gpu} is not on the host of VM {vm}.',
  'gpu.error.profile': 'VM {vm} needs a framebuffer (profileGiB) on a time-sliced GPU.',
  'gpu.error.slices': 'VM {vm} needs a MIG profile of 1, 2, 3, 4 or 7 slices.',
  'gpu.error.passthroughShared': 'Passthrough GPU {gpu} can belong to one VM, not {n}.',
  'gpu.error.migFull': 'MIG GPU {gpu} has 7 compute slices; its VMs ask for {n}.',
  'gpu.error.framebufferFull': 'Time-sliced GPU {gpu} has {max} GiB; its VMs’ framebuffers take {n} GiB.',
  'cluster.reason.gpu': '{vm} uses GPU {gpu}, a device of its host: in this model GPUs do not move with a VM, so it cannot be migrated.',
  'cluster.why.haGpu': '{vm} is not restarted elsewhere: it needs GPU {gpu}, which is on the failed host.',
  'gpu.modeShort.passthrough': 'passthrough',
  'gpu.modeShort.timeslice': 'time-sliced',
  'gpu.modeShort.mig': 'MIG',
  'overview.nicsGpus': 'NICs: {n} · GPU: {gpus}',
} as const;
