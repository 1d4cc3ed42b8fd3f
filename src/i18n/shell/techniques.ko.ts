// The words of 'techniques' any screen may show: boot loads them with the core catalogue (its other words, in lenses/techniques.ko.ts, load with the lenses that show them).
/** 가상화 방식 렌즈: 하이퍼바이저 유형(Type 1 / Type 2)과 전가상화, 반가상화, 하드웨어 지원 가상화. */
export default {
  'lens.techniques': '가상화 방식',
} as const;
