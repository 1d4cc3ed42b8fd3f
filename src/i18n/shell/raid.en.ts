// The words of 'raid' any screen may show: boot loads them with the core catalogue (its other words, in lenses/raid.en.ts, load with the lenses that show them).
/** Inside a RAID array (the Storage lens's striping drawing, the raid-striping preset, failDisk and replaceDisk). */
export default {
  'preset.raid-striping.title': 'RAID: striping, mirroring and parity inside an array',
  'storage.event.diskFailed': 'Disk {disk} of {array} (RAID-{level}) failed: the array runs degraded; reads of that disk come from the surviving disks (RAID-1: its mirror; RAID-4/5: every other disk, by parity).',
  'storage.event.diskLostRaid0': 'Disk {disk} of {array} failed: RAID-0 has no redundancy, so the array\'s data is lost.',
  'storage.event.diskLostSecond': 'Disk {disk} of {array} failed while another disk was down: the array\'s data is lost.',
  'storage.event.diskReplaced': 'Disk {disk} of {array} replaced: rebuilding it from the surviving disks (RAID-1: its mirror; RAID-4/5: every other disk, by parity).',
  'storage.event.diskRebuilt': 'Disk {disk} of {array} rebuilt: the array is healthy again.',
  'storage.reason.noRaid': '{array} has no RAID level in this scenario, so it has no disks to fail.',
  'storage.reason.noSuchDisk': '{array} has no disk {disk} (it has {n}).',
  'storage.reason.diskFailed': 'Disk {disk} of {array} has already failed.',
  'storage.reason.oneDiskAtATime': 'This model keeps one failed disk per array: replace the failed disk of {array} first.',
  'storage.reason.raidLost': '{array} has lost its data: repair the array instead.',
  'storage.reason.noFailedDisk': 'No disk of {array} has failed; there is nothing to replace.',
  'storage.reason.diskRebuilding': 'A disk of {array} is already being rebuilt.',
} as const;
