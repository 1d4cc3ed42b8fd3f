// The words of 'iopaths' any screen may show: boot loads them with the core catalogue (its other words, in lenses/iopaths.en.ts, load with the lenses that show them).
/** I/O paths (the Techniques lens's I/O tab, the io-paths preset, the setIoPath command and its refusals). */
export default {
  'ioPath.emulated': 'emulated device',
  'ioPath.virtio': 'virtio (paravirtual)',
  'ioPath.passthrough': 'passthrough (SR-IOV)',
  'event.ioPath': 'The I/O path of {vm} is now “{value}”.',
  'virt.reason.ioPathMigrating': '{vm} is migrating: its I/O path cannot change until the migration ends.',
  'cluster.reason.passthrough': '{vm} drives a passthrough device (an SR-IOV virtual function) itself: the device’s state lives in the hardware, not in memory the migration could copy, so it cannot be live-migrated. Give it a virtio path first.',
  'preset.io-paths.title': 'I/O paths: emulated vs virtio vs passthrough',
} as const;
