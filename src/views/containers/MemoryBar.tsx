/**
 * A host's memory as one stacked bar: what the hypervisor or host kernel keeps, the
 * guest OSes (hatched: the VMs' overhead, absent for containers), the apps, memory
 * reserved but not in use, and free. Each segment carries its number in text, so
 * nothing depends on colour alone.
 */
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { memorySegments, type ColumnModel } from './layoutContainers';

const FILL = { sys: v('layerHypervisor'), os: '', app: v('memUsed'), idle: v('surface2'), free: v('surface') } as const;

/**
 * `caption={false}`: the numbers are in the comparison table (CompareTable) instead, and the bar is thinner (a phone's compact view).
 * `tight`: the words run on as lines of drawing-sized type under the bar (the projector, where the zoom frame holds the drawings
 * and their memory, and the lens frame has no room for them under its zoom controls).
 */
export function MemoryBar({ col, hatch, caption = true, tight = false }: { col: ColumnModel; hatch: string; caption?: boolean; tight?: boolean }) {
  const segs = memorySegments(col.mem);
  const W = 100;
  return (
    <figure className={tight ? 'ct-mem ct-mem-tight' : 'ct-mem'} data-testid={`ct-mem-${col.name}`}>
      <svg viewBox={`0 0 ${W} 8`} preserveAspectRatio="none" width="100%" height={caption ? 18 : 12} aria-hidden="true">
        {segs.map((s) => (
          <rect key={s.key} x={s.start * W} y={0} width={s.frac * W} height={8} style={{ fill: s.key === 'os' ? `url(#${hatch})` : FILL[s.key], stroke: v('border'), strokeWidth: 0.2 }} />
        ))}
      </svg>
      {caption && <figcaption data-drawing={tight ? true : undefined} data-testid={`ct-mem-words-${col.name}`}>
        <MemoryWords col={col} />
      </figcaption>}
    </figure>
  );
}

/** Each segment's name and number, the bar's caption: a space between them, so run on as lines (tight) they break there. */
function MemoryWords({ col }: { col: ColumnModel }) {
  const t = useT();
  return memorySegments(col.mem)
    .filter((s) => s.mib >= 1 || s.key === 'os')
    .flatMap((s, i) => [
      ...(i > 0 ? [' '] : []),
      <span key={s.key} className={`ct-mem-${s.key}`}>
        {t(`containers.mem.${s.key}`, { mib: Math.round(s.mib) })}
      </span>,
    ]);
}
