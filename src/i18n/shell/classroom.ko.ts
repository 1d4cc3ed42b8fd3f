// The words of 'classroom' any screen may show: boot loads them with the core catalogue (its other words, in lenses/classroom.ko.ts, load with the lenses that show them).
/**
 * 수업 도구(한국어): 교사용 노트, 포인터, 스포트라이트, 펜, 카운트다운 타이머, “모두
 * 초기화”와 그 키. 키는 classroom.en.ts와 같다.
 */
export default {
  'tools.label': '수업 도구',
  'tools.pointer': '포인터',
  'tools.spotlight': '스포트라이트',
  'tools.pen': '펜',
  'tools.clearInk': '필기 지우기',
  'tools.timer': '타이머',
  'tools.resetAll': '모두 초기화',
  'tools.resetStep': '초기화: {n}단계를 처음 상태로 되돌렸습니다.',
  'tools.resetDone': '초기화: “{name}” 시나리오를 처음 상태로 되돌리고 모든 변경을 취소했습니다.',

  'notes.open': '노트',
  'offline.ready': '오프라인 사용 가능',
  'offline.readyLong': 'VirtLab에 필요한 모든 것이 이 브라우저에 저장되어 있습니다. 네트워크 없이도 열리고 모든 렌즈가 동작합니다.',
  'offline.update': 'VirtLab 새 버전이 준비되었습니다.',
  'offline.later': '나중에',
  'param.hint.report': '“xapi”, “height” 또는 둘 다(“xapi,height”), 아니면 둘 다를 뜻하는 1을 쓰세요',
} as const;
