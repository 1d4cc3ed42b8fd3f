// The words of 'virtnet-presets' any screen may show: boot loads them with the core catalogue.
/** 가상화 종류, 하이퍼바이저 유형, 가상화 방식, 네트워크 프리셋의 제목. */
export default {
  'preset.server-virtualization.title': '서버 가상화: 서버 1대, 가상머신 3개',
  'preset.vdi.title': '데스크탑 가상화(VDI): 씬 클라이언트',
  'preset.app-virtualization.title': '어플리케이션 가상화: 샌드박스 속 두 버전',
  'preset.type1-vs-type2.title': 'Type 1 대 Type 2 하이퍼바이저',
  'preset.bt-vs-para-vs-hw.title': '바이너리 변환 대 반가상화 대 하드웨어 지원',
  'preset.vswitch-basics.title': '가상 스위치 기초: 한 호스트 안 vs 물리 회선',
  'preset.vlan-isolation.title': 'VLAN 격리: 두 테넌트',
} as const;
