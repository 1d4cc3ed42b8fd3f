// The words of 'instances' any screen may show: boot loads them with the core catalogue (its other words, in lenses/instances.ko.ts, load with the lenses that show them).
/** 요청형 인스턴스 (클러스터 렌즈의 인스턴스 패널, instances-on-demand 프리셋, requestInstance 명령과 거절 사유). */
export default {
  'preset.instances-on-demand.title': '요청형 인스턴스: 유형, 템플릿, 전체 복제 대 연결 복제',
  'clone.full': '전체 복제',
  'clone.linked': '연결 복제',
  'cluster.ev.instanceRequested': '{name} 요청: {template} 템플릿으로 만드는 {type} 인스턴스, {clone} 방식. 프로비저닝 자리가 날 때까지 큐에서 기다립니다.',
  'cluster.ev.instanceCloning': '{host}에 {name:을/를} 프로비저닝하는 중: {clone}로 디스크를 만듭니다({s}초).',
  'cluster.ev.instanceReady': '{name:이/가} 요청 {s}초 만에 {host}에서 준비되었습니다: 큐 대기 {wait}초, 디스크 복제 {clone}초, 부팅 {boot}초.',
  'cluster.why.instanceNoRoom': '{name}에는 예약 메모리 {need} MiB가 필요하지만 그만큼 남은 호스트가 없습니다(가장 많은 곳이 {largest} MiB). 요청이 실패합니다.',
  'cluster.reason.instanceName': '이름 {name:은/는} 이미 쓰이고 있습니다.',
  'cluster.reason.instanceQueueFull': '요청 큐가 가득 찼습니다({max}개 대기 중).',
} as const;
