// The words of 'appvirt' any screen may show: boot loads them with the core catalogue (its other words, in lenses/appvirt.ko.ts, load with the lenses that show them).
/** 어플리케이션 가상화: 샌드박스 모델의 이벤트와 거절 사유, 개요 렌즈의 계층 패널(app-virtualization 프리셋). */
export default {
  'appvirt.reason.noSandbox': '“{sandbox}” 샌드박스는 없습니다.',
  'appvirt.reason.removed': '{app:은/는} 제거되어 샌드박스가 남아 있지 않습니다.',
  'appvirt.reason.vmOff': '지금은 {app:을/를} 실행할 수 없습니다. 가상머신 {vm:이/가} 켜져 있지 않습니다.',
  'appvirt.reason.full': '{app}의 샌드박스 계층이 가득 찼습니다(항목 {max}개).',
  'appvirt.ev.write': '{app:이/가} {path}에 {value} 값을 썼습니다. 쓰기는 샌드박스 계층으로 리디렉션되었고 OS는 건드리지 않았습니다.',
  'appvirt.ev.copy': '{app:이/가} {path}에 {value} 값을 썼습니다. OS에도 같은 항목이 있으므로 샌드박스는 자기 사본을 따로 둡니다(쓰기 시 복사). 이 사본은 {app}에게만 OS의 항목을 가리고, OS의 원본은 그대로입니다.',
  'appvirt.ev.readLayer': '{app:이/가} {path}에서 {value} 값을 읽었습니다. 자기 샌드박스 계층에 있는 사본입니다.',
  'appvirt.ev.readOs': '{app:이/가} {path}에서 {value} 값을 읽었습니다. 샌드박스에 사본이 없어 읽기가 OS까지 내려갔습니다.',
  'appvirt.ev.readNone': '{app:이/가} {path}에서 읽으려 했지만 샌드박스 계층에도 OS에도 없습니다.',
  'appvirt.ev.removed': '{app:이/가} 제거되었습니다. 샌드박스 계층(항목 {n}개)은 버려졌고, OS는 이전과 똑같습니다.',
} as const;
