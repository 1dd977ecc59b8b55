import { ROBUSTNESS_RANK_MAX_VILLAGES, type RobustnessModel } from './prepareRobustness.ts';
import { choiceOf, sampleValues } from './sampleChoice.ts';
import type { RobustnessPart } from './types.ts';

/** Options of {@link runRobustnessDraws}. */
export interface DrawRangeOptions {
  /** First draw (default 0). */
  readonly from?: number;
  /** One past the last draw (default: the spec's `draws`). */
  readonly to?: number;
  /** Called after each draw with the number of draws done in this range. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Runs the Monte Carlo draws `[from, to)` of a prepared analysis and tallies, per village, how
 * often it was selected and (up to `ROBUSTNESS_RANK_MAX_VILLAGES` villages) the rank it got;
 * per draw, the number of loci and of villages whose selection differs from the base run.
 *
 * Draw d reads only its own random streams (`streamSeed(seed, 0, d, factor)`): ranges can run
 * anywhere, e.g. one per worker thread, and `mergeRobustnessParts` of the ranges equals the part
 * of the whole range exactly. Per draw: the choices are drawn (`sampleFactor`), the score is the
 * weighted sum (or product) of the normalised columns prepared once, and the loci are picked by
 * the scenario's own rules with partial selection (`createLociSelector`). Ranks use one numeric
 * sort of the scores and a binary search per village (ties share the minimum rank).
 * Complexity per draw: O(n·m) for the score, expected O(n + K log K) for the selection
 * (K ≈ loci), O(n log n) for ranks when tallied.
 *
 * @example
 * const { model } = prepareRobustness(table, scenario); // see prepareRobustness
 * const part = runRobustnessDraws(model!, { from: 0, to: 100 });
 * part.loci.length; // => 100
 */
export function runRobustnessDraws(
  model: RobustnessModel,
  options: DrawRangeOptions = {},
): RobustnessPart {
  const { from = 0, to = model.spec.draws, onProgress } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to)) {
    throw new Error('runRobustnessDraws requires whole numbers 0 ≤ from ≤ to');
  }
  const n = model.table.length;
  const base = model.base.stages.selected.selected;
  const selectedCount = new Uint32Array(n);
  const rankHistogram = n <= ROBUSTNESS_RANK_MAX_VILLAGES ? new Uint32Array(n * n) : null;
  const loci = new Float64Array(to - from);
  const changes = new Float64Array(to - from);
  const selected = new Uint8Array(n);
  const sorted = new Float64Array(n);
  for (let d = from; d < to; d++) {
    const choice = choiceOf(model.spec, sampleValues(model, 0, d));
    const score = model.score(choice);
    loci[d - from] = model.select(score, selected);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const s = selected[i]!;
      selectedCount[i]! += s;
      changed += s ^ base[i]!;
    }
    changes[d - from] = changed;
    if (rankHistogram !== null) tallyRanks(score, sorted, rankHistogram);
    onProgress?.(d - from + 1);
  }
  return { from, to, selectedCount, rankHistogram, loci, changes };
}

/** Adds each village's rank (1 + number of higher scores) to its row of the histogram. */
function tallyRanks(score: Float64Array, sorted: Float64Array, hist: Uint32Array): void {
  const n = score.length;
  let r = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(score[i]!)) sorted[r++] = score[i]!;
  const asc = sorted.subarray(0, r).sort();
  for (let i = 0; i < n; i++) {
    const s = score[i]!;
    if (Number.isNaN(s)) continue;
    // First position holding a value > s.
    let lo = 0;
    let hi = r;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (asc[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    hist[i * n + (r - lo)]!++;
  }
}
