/**
 * The sentence under the memory gauge: why the host is in its state and what reclaim does
 * there, composed from the host's own settings, so it never names a technique that is
 * switched off. Each clause says what src/engine/memory/reclaim.ts does in that state:
 * page sharing scans slowly in high and fast from clear (large pages hide the small pages
 * from it until soft breaks them up); the balloons inflate from soft (their victims chosen
 * by shares per page, idle pages taxed when the idle memory tax is on); from hard the
 * hypervisor compresses (when on) and swaps, with the same choice of victim; in low new
 * allocations wait and compression and swapping run at twice the rate. Pure.
 */

/** The host's reclaim settings the sentence depends on (the scenario's hypervisor.memory). */
export interface ReclaimSettings {
  pageSharing: boolean;
  largePages: boolean;
  ballooning: boolean;
  compression: boolean;
  idleMemoryTax: boolean;
}

/** The i18n keys of the sentence for host state `state` (0 high .. 4 low), in order; the view joins them with a space. */
export function whyKeys(state: number, cfg: ReclaimSettings): string[] {
  if (state <= 1) {
    const share = !cfg.pageSharing ? 'memory.why.share.off' : cfg.largePages ? 'memory.why.share.large' : state === 0 ? 'memory.why.share.slow' : 'memory.why.share.fast';
    return [state === 0 ? 'memory.why.high' : 'memory.why.clear', share];
  }
  const victims = cfg.idleMemoryTax ? 'memory.why.tax.on' : 'memory.why.tax.off';
  if (state === 2) {
    const broken = cfg.pageSharing && cfg.largePages ? ['memory.why.share.broken'] : [];
    return ['memory.why.soft', ...(cfg.ballooning ? ['memory.why.balloon', victims] : ['memory.why.balloon.off']), ...broken];
  }
  if (state === 3) {
    return [
      'memory.why.hard',
      cfg.compression ? 'memory.why.compress' : 'memory.why.swap',
      cfg.idleMemoryTax ? 'memory.why.take.tax' : 'memory.why.take.noTax',
      ...(cfg.ballooning ? ['memory.why.balloon.meanwhile'] : []),
    ];
  }
  return ['memory.why.low', 'memory.why.block', cfg.compression ? 'memory.why.low.compress' : 'memory.why.low.swap'];
}
