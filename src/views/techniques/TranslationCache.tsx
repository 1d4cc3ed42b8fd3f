/**
 * The translation cache of binary translation, per VM: a 16 x 16 grid of the guest
 * kernel's blocks that hold sensitive instructions, filled as the translator rewrites
 * them. Right after switching to binary translation the cache is empty and every block
 * costs a translation; once warm, sensitive instructions hit translated code. Drawn as
 * two rectangles under a grid pattern (the fill only grows), not 256 elements.
 */
import { COST, translatedBlocks, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectTopology, useStore } from '../../store';
import { rowsEqual, useSnapshot } from '../shared/useSnapshot';
import { vmCounters } from './counts';

const CELL = 9;
const COLS = 16;

function Grid({ filled, label }: { filled: number; label: string }) {
  const rows = Math.ceil(COST.btBlocks / COLS);
  const full = Math.floor(filled / COLS);
  const part = filled - full * COLS;
  return (
    <svg width={COLS * CELL + 1} height={rows * CELL + 1} role="img" aria-label={label}>
      <defs>
        <pattern id="tq-tc-cell" width={CELL} height={CELL} patternUnits="userSpaceOnUse">
          <rect x={0.5} y={0.5} width={CELL} height={CELL} className="tq-tc-line" />
        </pattern>
      </defs>
      <rect x={0} y={0} width={COLS * CELL} height={full * CELL} className="tq-tc-fill" />
      <rect x={0} y={full * CELL} width={part * CELL} height={part > 0 ? CELL : 0} className="tq-tc-fill" />
      <rect x={0} y={0} width={COLS * CELL + 1} height={rows * CELL + 1} fill="url(#tq-tc-cell)" />
    </svg>
  );
}

/** Per VM of the host: translated blocks and hits in the cache. */
function cacheOf(snap: Snapshot, host: number) {
  return snap.topology.vms.flatMap((vm, i) => {
    if (vm.host !== host) return [];
    const c = vmCounters(snap.virt.vm, i);
    return [{ i, filled: Math.round(translatedBlocks(c.tcSensitive)), hits: Math.max(0, Math.round(c.tcSensitive - translatedBlocks(c.tcSensitive))) }];
  });
}

export function TranslationCache({ host }: { host: number }) {
  const topology = useStore(selectTopology);
  const rows = useSnapshot((s) => cacheOf(s, host), 4, rowsEqual);
  const t = useT();
  if (topology === null || rows === null) return null;
  return (
    <section aria-labelledby="tq-tc-h" data-testid="tq-tc">
      <h3 id="tq-tc-h">{t('techniques.tc.title')}</h3>
      <p className="muted">{t('techniques.tc.help', { blocks: COST.btBlocks })}</p>
      <div className="tq-tc">
        {rows.map(({ i, filled, hits }) => {
          const vm = topology.vms[i];
          if (vm === undefined) return null;
          const text = t('techniques.tc.vm', { vm: vm.name, n: filled, of: COST.btBlocks, hits: hits.toLocaleString('en-US') });
          return (
            <figure key={vm.id} data-vm={vm.id}>
              <Grid filled={filled} label={text} />
              <figcaption>{text}</figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
