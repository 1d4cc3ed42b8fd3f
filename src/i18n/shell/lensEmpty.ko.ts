// The words of 'lensEmpty' any screen may show: boot loads them with the core catalogue.
/** 화면의 시나리오가 쓰지 않는 렌즈: 그 이유와, 열어 볼 수업용 프리셋. */
export default {
  'lensEmpty.why.overview': '이 시나리오에는 호스트가 없어 그릴 것이 없습니다.',
  'lensEmpty.why.cpu': '이 시나리오에는 실행할 것이 없습니다. 가상머신도 컨테이너도 없습니다.',
  'lensEmpty.why.memory': '이 시나리오에는 가상머신이 없어 호스트 메모리에 올릴 게스트 메모리가 없습니다.',
  'lensEmpty.why.storage': '이 시나리오에는 SAN이 없습니다. 스토리지 어레이가 없어 볼륨을 배치할 곳이 없습니다.',
  'lensEmpty.why.storageOneEmpty': '이 시나리오의 SAN에는 스토리지 어레이가 {array} 하나뿐이고 아직 볼륨이 없습니다. 어레이가 하나라 고를 곳이 없으니 여기서 보여 줄 배치, 복제본, 재구축이 없습니다.',
  'lensEmpty.why.storageOne': '이 시나리오의 SAN에는 스토리지 어레이가 {array} 하나뿐이고 모든 볼륨이 거기에 있습니다. 고를 곳이 없으니 여기서 보여 줄 배치, 복제본, 재구축이 없습니다.',
  'lensEmpty.why.techniques': '이 시나리오에는 가상머신이 없어 트랩하거나 번역하거나 하이퍼바이저에 넘길 게스트 명령어가 없습니다.',
  'lensEmpty.why.network': '이 시나리오에는 가상 네트워크가 없습니다. vSwitch 포트 그룹에 연결된 가상머신의 vNIC이 없습니다.',
  'lensEmpty.why.containers': '이 시나리오에는 컨테이너가 없어 가상머신과 나란히 놓고 비교할 것이 없습니다.',
  'lensEmpty.why.cluster': '이 시나리오에는 호스트가 하나뿐이라 배치하거나 균형을 맞추거나 옮길 곳이 없습니다.',
  'lensEmpty.offer': '이 렌즈를 쓰는 수업용 프리셋을 여세요:',
  'lensEmpty.anyway': '그래도 이 렌즈 보기',
} as const;
