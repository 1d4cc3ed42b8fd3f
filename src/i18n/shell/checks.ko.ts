// The words of 'checks' any screen may show: boot loads them with the core catalogue (its other words, in lenses/checks.ko.ts, load with the lenses that show them).
/**
 * 개념 확인 문제(한국어): 패널, 강의 노트의 절 이름, 각 문제의 질문·선택지·해설. 숫자와
 * 이름은 엔진이 자리표시자로 채운다. 이름 뒤의 조사는 {이름:이/가}처럼 쓰면 받침에 맞게
 * 고른다. 키와 자리표시자는 checks.en.ts와 같다.
 */
export default {

  'check.open': '개념 확인',
} as const;
