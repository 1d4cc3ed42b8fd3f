// The words of 'gpu' any screen may show: boot loads them with the core catalogue (its other words, in lenses/gpu.ko.ts, load with the lenses that show them).
/** GPU 공유 (가상화 방식 렌즈의 GPU 보기, gpu-sharing 프리셋, setGpuLoad 명령과 거절 사유, 시나리오의 GPU 규칙). */
export default {
  'preset.gpu-sharing.title': 'GPU 공유: 패스스루 대 시분할 대 MIG',
  'schema.kind.gpu': 'GPU',
  'gpu.ev.oom': '{vm:이/가} GPU 메모리 {need} GiB를 요청했지만 자기 조각에는 {slice} GiB뿐이라 할당에 실패했습니다(GPU 메모리 부족). GPU 메모리는 오버커밋되지 않으므로 이웃의 메모리를 빌릴 수 없고, 작업이 멈춥니다.',
  'gpu.ev.load': '{vm:은/는} 이제 GPU를 {pct} % 쓰려 하고 GPU 메모리 {need} GiB가 필요합니다.',
  'gpu.reason.noGpu': '{vm}에는 GPU가 없습니다.',
  'gpu.error.otherHost': 'GPU {gpu:은/는} 가상머신 {vm}의 호스트에 있지 않습니다.',
  'gpu.error.profile': '시분할 GPU에서는 가상머신 {vm}에 프레임버퍼(profileGiB)가 필요합니다.',
  'gpu.error.slices': '가상머신 {vm}에는 1, 2, 3, 4, 7 조각 중 하나의 MIG 프로필이 필요합니다.',
  'gpu.error.passthroughShared': '패스스루 GPU {gpu:은/는} 가상머신 하나만 가질 수 있는데 {n}대가 쓰려 합니다.',
  'gpu.error.migFull': 'MIG GPU {gpu}의 연산 조각은 7개인데 가상머신들이 {n}개를 요청합니다.',
  'gpu.error.framebufferFull': '시분할 GPU {gpu}의 메모리는 {max} GiB인데 가상머신들의 프레임버퍼가 {n} GiB를 차지합니다.',
  'cluster.reason.gpu': '{vm:은/는} 호스트의 장치인 GPU {gpu:을/를} 씁니다. 이 모델에서 GPU는 가상머신과 함께 옮겨지지 않으므로 마이그레이션할 수 없습니다.',
  'cluster.why.haGpu': '{vm:은/는} 다른 호스트에서 다시 시작하지 않습니다. 필요한 GPU {gpu:이/가} 장애가 난 호스트에 있습니다.',
  'gpu.modeShort.passthrough': '패스스루',
  'gpu.modeShort.timeslice': '시분할',
  'gpu.modeShort.mig': 'MIG',
  'overview.nicsGpus': 'NIC {n}개 · GPU: {gpus}',
} as const;
