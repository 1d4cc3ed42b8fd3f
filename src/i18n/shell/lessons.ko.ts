// The words of 'lessons' any screen may show: boot loads them with the core catalogue (its other words, in lenses/lessons.ko.ts, load with what shows them).
/** Refusals of a lesson link or file, which boot may show before every word is here. */
export default {
  'lesson.error.linkTooLong': '수업 링크가 너무 길어서 열 수 없습니다. 수업 파일을 받으세요',
  'lesson.error.linkCorrupt': '수업 링크가 손상되었습니다(복사할 때 잘렸을 수 있습니다)',
  'lesson.notice.badLink': '이 링크의 수업을 열지 않았습니다: {reason}',
  'lesson.why.emptyText': '한국어나 영어, 또는 둘 다로 글을 쓰세요',
  'lesson.why.lens': 'VirtLab의 렌즈가 아닙니다(overview, cpu, memory, storage, techniques, network, containers, cluster)',
  'lesson.why.shippedId': '이 id는 VirtLab에 들어 있는 수업의 것입니다. 다른 id를 고르세요',
  'lesson.why.preset': '“{preset}” 프리셋이 없습니다(이 단계에는 자체 시나리오도 없습니다)',
  'lesson.error.notObject': '수업 파일은 JSON 객체 {…}여야 합니다',
  'lesson.error.notLesson': 'VirtLab 수업이 아닙니다("kind" 값이 "virtlab-lesson"이 아니라 {found}입니다)',
  'lesson.error.version': '수업 버전이 {found}입니다. 이 VirtLab은 버전 {expected}만 읽습니다',
  'lesson.why.duplicateStep': '두 단계의 id가 “{id}”로 같습니다',
} satisfies Record<keyof typeof import('./lessons.en').default, string>;
