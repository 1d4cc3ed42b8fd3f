/**
 * The spotlight (everything dimmed but a circle), the laser pointer (a bright dot) and
 * the pen's cursor, drawn over the whole app. Both follow the mouse and move with the arrow keys; the
 * spotlight grows and shrinks with + and −. Neither takes clicks, so the lit region stays
 * usable. The position is announced to nobody: it is a visual aid for the room.
 */
import { useEffect, useSyncExternalStore, type CSSProperties } from 'react';
import { useT } from '../../i18n';
import { selectTool, useStore } from '../../store';
import { getSpot, setSpot, subscribeSpot } from './toolState';

export function Spotlight() {
  const t = useT();
  const tool = useStore(selectTool);
  const spot = useSyncExternalStore(subscribeSpot, getSpot);
  const on = tool !== null;
  useEffect(() => {
    if (!on) return;
    const move = (e: PointerEvent): void => setSpot({ x: e.clientX / window.innerWidth, y: e.clientY / window.innerHeight });
    window.addEventListener('pointermove', move);
    return () => window.removeEventListener('pointermove', move);
  }, [on]);
  if (!on) return null;
  const x = `${(spot.x * 100).toFixed(2)}%`;
  const y = `${(spot.y * 100).toFixed(2)}%`;
  if (tool === 'pointer' || tool === 'pen') {
    return <div className={tool === 'pen' ? 'tool-pen-cursor' : 'tool-pointer'} data-testid={`tool-${tool}`} aria-hidden="true" style={{ left: x, top: y }} />;
  }
  const r = `${(spot.r * 100).toFixed(2)}vmin`;
  return (
    <div className="tool-spotlight" data-testid="tool-spotlight" aria-hidden="true" style={{ '--spot-x': x, '--spot-y': y, '--spot-r': r } as CSSProperties}>
      <span className="visually-hidden">{t('tools.spotlight')}</span>
    </div>
  );
}
