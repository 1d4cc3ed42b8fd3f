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

/** `caption={false}`: the numbers are in the comparison table (CompareTable) instead, and the bar is thinner (a phone's compact view). */
export function MemoryBar({ col, hatch, caption = true }: { col: ColumnModel; hatch: string; caption?: boolean }) {
  const segs = memorySegments(col.mem);
  const W = 100;
  return (
    <figure className="ct-mem" data-testid={`ct-mem-${col.name}`}>
      <svg viewBox={`0 0 ${W} 8`} preserveAspectRatio="none" width="100%" height={caption ? 18 : 12} aria-hidden="true">
        {segs.map((s) => (
          <rect key={s.key} x={s.start * W} y={0} width={s.frac * W} height={8} style={{ fill: s.key === 'os' ? `url(#${hatch})` : FILL[s.key], stroke: v('border'), strokeWidth: 0.2 }} />
        ))}
      </svg>
      {caption && <figcaption>
        <MemoryWords col={col} />
      </figcaption>}
    </figure>
  );
}

/** Each segment's name and number: the bar's caption, or, on the projector, its key under the zoom controls. */
export function MemoryWords({ col }: { col: ColumnModel }) {
  const t = useT();
  return memorySegments(col.mem)
    .filter((s) => s.mib >= 1 || s.key === 'os')
    .map((s) => (
      <span key={s.key} className={`ct-mem-${s.key}`}>
        {t(`containers.mem.${s.key}`, { mib: Math.round(s.mib) })}
      </span>
    ));
}
