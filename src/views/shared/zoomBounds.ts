/** How far a drawing zooms out and in (ZoomPan and its gestures share them). */
export const ZOOM_MIN = 0.05;
export const ZOOM_MAX = 4;
/**
 * The least scale a drawing is fitted at on a phone (ZoomPan frameFit). Its labels are sized for the fit (READ_MIN_PX rendered), so under half its
 * size they are twice their size in its units and crowd over its boxes, or are laid out smaller than the floor (a
 * phone's short frame beside the tour panel fitted the network to 19 % with 9.3 px labels, a RAID grid to 30 % with
 * 34 labels over each other): such a drawing opens as wide as its frame instead, and is read by scrolling down.
 */
export const FIT_READ_MIN = 0.5;
