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
  'lecture.state.noLens': '공유 링크가 이 버전에 없는 렌즈 "{lens}"를 요청합니다. 현재 렌즈를 유지합니다.',

  'lecture.api.refused': '호스트 페이지의 명령을 거부했습니다: {reason}',
  'lecture.api.noLens': '"{lens}" 렌즈는 없습니다',
  'lecture.api.noTour': '"{tour}" 투어는 없습니다',
  'lecture.import.tooBig': '파일 크기가 {size} KiB입니다. 최대 {max} KiB까지 받습니다',
  'lecture.api.badScenario': '시나리오의 "{field}"가 잘못되었습니다: {reason}',
  'lecture.import.notJson': 'VirtLab 시나리오 파일이 아닙니다. 내용이 JSON이 아닙니다(시나리오 파일은 내보내기로 저장한 JSON입니다)',
  'lecture.import.notJsonAt': '올바른 JSON이 아닙니다. {line}번째 줄 {column}번째 글자에서 어긋납니다',
  'lecture.state.field': '공유 링크를 열지 않았습니다. 필드 "{field}"의 값이 잘못되었습니다({reason}).',
  'lecture.state.scenario': '공유 링크를 열지 않았습니다. 시나리오의 "{field}" 값이 잘못되었습니다: {reason}',
  'lecture.state.preset': '공유 링크를 열지 않았습니다. 이 버전에 없는 프리셋 "{preset}"을 가리킵니다.',
  'lecture.state.tooLong': '공유 링크가 너무 커서 열 수 없습니다. 상태 파일을 요청하세요.',
  'lecture.state.corrupt': '공유 링크가 손상되었습니다(복사할 때 잘렸을 수 있습니다). 대신 기본 시나리오를 보여 줍니다.',
} satisfies Record<keyof typeof import('./lecture.en').default, string>;
