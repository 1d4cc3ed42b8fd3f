// The words of 'appvirt' any screen may show: boot loads them with the core catalogue (its other words, in lenses/appvirt.en.ts, load with the lenses that show them).
/** Application virtualization: the sandbox model's events and refusals, and the Overview's layers panel (app-virtualization preset). */
export default {
  'appvirt.reason.noSandbox': 'There is no sandbox "{sandbox}".',
  'appvirt.reason.removed': '{app} has been removed: its sandbox is gone.',
  'appvirt.reason.vmOff': '{app} cannot run now: its VM {vm} is not on.',
  'appvirt.reason.full': 'The sandbox layer of {app} is full ({max} entries).',
  'appvirt.ev.write': '{app} wrote {value} to {path}: the write went into its sandbox layer, and the OS was not touched.',
  'appvirt.ev.copy': '{app} wrote {value} to {path}: the OS has this entry too, so the sandbox keeps its own copy (copy-on-write). The copy hides the OS\'s entry from {app} only; the OS\'s own is unchanged.',
  'appvirt.ev.readLayer': '{app} read {path}: {value}, its own copy in its sandbox layer.',
  'appvirt.ev.readOs': '{app} read {path}: {value}, from the OS. Its sandbox has no copy, so the read fell through.',
  'appvirt.ev.readNone': '{app} read {path}: not in its sandbox layer, not in the OS.',
  'appvirt.ev.removed': '{app} was removed: its sandbox layer ({n} {n|entry|entries}) was discarded, and the OS is exactly as before.',
} as const;
