// The words of 'zoom' any screen may show: boot loads them with the core catalogue.
export default {
  'zoom.controls': 'Zoom: {label}',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Fit',
  'zoom.reset': '100 %',
  'zoom.level': '{pct} %',
  'zoom.help': 'Pinch or Ctrl + wheel to zoom; drag or scroll to move; keys + − 0 F',
  'zoom.helpTouch': 'Pinch to zoom, drag to move',
  'zoom.frame': '{label}, zoomed to {pct} %',
  'zoom.more': 'More below ↓',
  'zoom.moreShort': 'More ↓',
  'zoom.moreHelp': 'Scroll the drawing down to its end',
};
