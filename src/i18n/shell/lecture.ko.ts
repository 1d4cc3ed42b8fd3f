// The words of 'lecture' any screen may show: boot loads them with the core catalogue (its other words, in lenses/lecture.ko.ts, load with the lenses that show them).
/**
 * 강의, 공유, 임베드(한국어). lecture.en.ts와 키와 자리표시자가 같다.
 */
export default {
  'lecture.menu': '강의 도구',
  'lecture.open.tours': '수업',
  'lecture.open.share': '공유',
  'lecture.open.embed': '임베드',
  'lecture.open.editor': '시나리오 편집',
  'lecture.open.export': '내보내기',
  'lecture.open.help': '단축키',

  'lecture.api.envelope': '메시지 형식이 "{field}"에서 잘못되었습니다',
  'lecture.api.version': 'API 버전 {found:은/는} 지원하지 않습니다. {expected:을/를} 쓰세요',
  'lecture.api.unknownName': '"{name}" 명령은 없습니다. 다음 중 하나를 쓰세요: {names}',
  'lecture.api.args': '"{name}"의 인자가 "{field}"에서 잘못되었습니다: {reason}',

  'param.hint.tour': '“course” 같은 투어 id를 쓰세요',
  'param.hint.step': '1부터 시작하는 단계 번호를 쓰세요',
  'param.hint.keys': '1 또는 0을 쓰세요',
  'param.hint.origins': 'https://course.example.edu 같은 출처를 쉼표로 구분해 쓰세요. 그전까지는 어떤 호스트 페이지도 이 실습을 조작할 수 없습니다',
} satisfies Record<keyof typeof import('./lecture.en').default, string>;
