/**
 * The order the e2e files start in, when two run at once: longest first (so no long file
 * is left to run alone at the end), from the seconds each took in an idle run (SECONDS).
 * It does not use Vitest's cache of the last run's durations, so a clean clone in CI runs
 * the same order as here. A file not in the table counts as DEFAULT_S; the figures need
 * only be roughly right, and a wrong one costs time, never a result.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds per file in an idle one-at-a-time run (259e687), but the fuzzer's two halves: as they took in the idle whole
 * run at f1e6526, two at once (502 and 538 s, 48 cases of about 52 actions each).
 */
const SECONDS: Record<string, number> = {
  'fuzz-1.e2e.ts': 500,
  'fuzz-2.e2e.ts': 500,
  'picture-first.e2e.ts': 98,
  'a11y.e2e.ts': 69,
  'overview.e2e.ts': 67,
  'label-floor.e2e.ts': 62,
  'lecture.e2e.ts': 38,
  'storage.e2e.ts': 37,
  'projector-labels.e2e.ts': 30,
  'containers-cluster.e2e.ts': 28,
  'first-paint.e2e.ts': 26,
  'containers.e2e.ts': 25,
  'zoom.e2e.ts': 24,
  'phone-chrome.e2e.ts': 22,
  'lecture-share.e2e.ts': 22,
  'classroom-tools.e2e.ts': 21,
  'tour-answers.e2e.ts': 15,
};
const DEFAULT_S = 8;

function seconds(spec: TestSpecification): number {
  const name = relative('tests/e2e', relative(spec.project.config.root, spec.moduleId));
  return SECONDS[name] ?? DEFAULT_S;
}

export default class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve(files.toSorted((a, b) => seconds(b) - seconds(a) || a.moduleId.localeCompare(b.moduleId)));
  }
}
