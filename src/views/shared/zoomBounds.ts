/** How far a drawing zooms out and in (ZoomPan and its gestures share them). */
export const ZOOM_MIN = 0.05;
export const ZOOM_MAX = 4;
