// The words of 'raid' any screen may show: boot loads them with the core catalogue (its other words, in lenses/raid.ko.ts, load with the lenses that show them).
/** RAID 어레이의 내부 (스토리지 렌즈의 스트라이핑 그림, raid-striping 프리셋, failDisk·replaceDisk 명령). */
export default {
  'preset.raid-striping.title': 'RAID: 어레이 안의 스트라이핑, 미러링, 패리티',
  'storage.event.diskFailed': '{array}(RAID-{level})의 디스크 {disk} 고장: 어레이가 성능 저하 상태로 돌고, 그 디스크의 읽기는 살아 있는 디스크가 맡습니다(RAID-1은 거울 디스크, RAID-4/5는 나머지 모두로 패리티 계산).',
  'storage.event.diskLostRaid0': '{array}의 디스크 {disk} 고장: RAID-0은 중복이 없어 어레이의 데이터를 잃었습니다.',
  'storage.event.diskLostSecond': '다른 디스크가 고장 난 사이에 {array}의 디스크 {disk}마저 고장: 어레이의 데이터를 잃었습니다.',
  'storage.event.diskReplaced': '{array}의 디스크 {disk} 교체: 살아 있는 디스크로 재구축합니다(RAID-1은 거울 디스크, RAID-4/5는 나머지 모두로 패리티 계산).',
  'storage.event.diskRebuilt': '{array}의 디스크 {disk} 재구축 완료: 어레이가 다시 정상입니다.',
  'storage.reason.noRaid': '이 시나리오에서 {array}에는 RAID 수준이 없어 고장 낼 디스크가 없습니다.',
  'storage.reason.noSuchDisk': '{array}에는 디스크 {disk:이/가} 없습니다(디스크 {n}개).',
  'storage.reason.diskFailed': '{array}의 디스크 {disk:은/는} 이미 고장 났습니다.',
  'storage.reason.oneDiskAtATime': '이 모델은 어레이마다 고장 난 디스크를 하나만 다룹니다. 먼저 {array}의 고장 난 디스크를 교체하세요.',
  'storage.reason.raidLost': '{array:은/는} 데이터를 잃었습니다. 대신 어레이를 수리하세요.',
  'storage.reason.noFailedDisk': '{array}에 고장 난 디스크가 없어 교체할 것이 없습니다.',
  'storage.reason.diskRebuilding': '{array}의 디스크를 이미 재구축하고 있습니다.',
} as const;
