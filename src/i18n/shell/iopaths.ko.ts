// The words of 'iopaths' any screen may show: boot loads them with the core catalogue (its other words, in lenses/iopaths.ko.ts, load with the lenses that show them).
/** I/O 경로 (가상화 방식 렌즈의 I/O 탭, io-paths 프리셋, setIoPath 명령과 거절 사유). */
export default {
  'ioPath.emulated': '에뮬레이션 장치',
  'ioPath.virtio': 'virtio (반가상화)',
  'ioPath.passthrough': '패스스루 (SR-IOV)',
  'event.ioPath': '{vm}의 I/O 경로가 이제 “{value}”입니다.',
  'virt.reason.ioPathMigrating': '{vm:은/는} 마이그레이션 중입니다. 마이그레이션이 끝날 때까지 I/O 경로를 바꿀 수 없습니다.',
  'cluster.reason.passthrough': '{vm:은/는} 패스스루 장치(SR-IOV 가상 기능)를 직접 다룹니다. 장치 상태가 마이그레이션이 복사할 수 있는 메모리가 아니라 하드웨어에 있으므로 라이브 마이그레이션할 수 없습니다. 먼저 virtio 경로로 바꾸세요.',
  'preset.io-paths.title': 'I/O 경로: 에뮬레이션 대 virtio 대 패스스루',
} as const;
