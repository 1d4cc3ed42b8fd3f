/**
 * ZoomPan's gestures (its own chunk, so the gesture library is not in the first download):
 * pinch and Ctrl + wheel zoom around the pointer; a mouse drag pans; a tap stays a click;
 * one finger scrolls the frame natively. Renders nothing.
 * Memoised on its props (refs and a stable callback), so it renders once: useGesture binds
 * its listeners again on every render, and a wheel or touch listener added to the frame
 * makes the browser re-check and repaint everything drawn inside it (measured on the
 * 2,000-volume SAN: a 20-90 ms repaint of the whole drawing at every snapshot, 4x CPU).
 * Once its listeners are on the frame, the frame says so (`data-gestures`): a gesture made
 * before this code arrived did nothing, and a test sends one only when it is marked.
 */
import { useGesture } from '@use-gesture/react';
import { memo, useEffect, type RefObject } from 'react';
import { ZOOM_MAX, ZOOM_MIN } from './zoomBounds';

interface Props {
  frame: RefObject<HTMLDivElement | null>;
  scale: RefObject<number>;
  zoomTo: (next: number, focus?: { x: number; y: number }) => void;
}

function ZoomGestures({ frame, scale, zoomTo }: Props) {
  useGesture(
    {
      onPinch: ({ offset: [s], origin: [ox, oy], event, last }) => {
        // A wheel pinch ends on a timer, with no new movement: applying its offset again then
        // would undo a Fit or 100 % chosen since the last wheel step.
        if (last) return;
        event.preventDefault();
        const r = frame.current?.getBoundingClientRect();
        zoomTo(s, r === undefined ? undefined : { x: ox - r.left, y: oy - r.top });
      },
      onDrag: ({ delta: [dx, dy], tap, event }) => {
        const f = frame.current;
        if (f === null || tap || !('pointerType' in event) || event.pointerType !== 'mouse') return;
        event.preventDefault();
        f.scrollBy(-dx, -dy);
      },
    },
    {
      target: frame,
      eventOptions: { passive: false },
      pinch: { scaleBounds: { min: ZOOM_MIN, max: ZOOM_MAX }, from: () => [scale.current, 0], pinchOnWheel: true },
      drag: { filterTaps: true, pointer: { buttons: 1 } },
    },
  );
  // After useGesture's own effect, which binds the listeners to the frame (effects run in order).
  useEffect(() => {
    const f = frame.current;
    if (f === null) return undefined;
    f.setAttribute('data-gestures', '');
    return () => f.removeAttribute('data-gestures');
  }, [frame]);
  return null;
}

export default memo(ZoomGestures);
