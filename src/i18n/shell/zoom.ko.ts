// The words of 'zoom' any screen may show: boot loads them with the core catalogue.
export default {
  'zoom.controls': '확대/축소: {label}',
  'zoom.in': '확대',
  'zoom.out': '축소',
  'zoom.fit': '전체 보기',
  'zoom.reset': '100 %',
  'zoom.level': '{pct} %',
  'zoom.help': '두 손가락 또는 Ctrl + 휠로 확대·축소, 끌거나 스크롤해서 이동, 키 + − 0 F',
  'zoom.helpTouch': '두 손가락으로 확대·축소, 끌어서 이동',
  'zoom.frame': '{label}, {pct} % 크기',
  'zoom.more': '아래에 더 있음 ↓',
  'zoom.moreShort': '더 있음 ↓',
  'zoom.moreHelp': '그림을 끝까지 아래로 스크롤',
};
