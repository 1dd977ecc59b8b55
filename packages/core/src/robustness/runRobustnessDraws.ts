import { createRankTally } from './createRankTally.ts';
import { ROBUSTNESS_RANK_MAX_VILLAGES, type RobustnessModel } from './prepareRobustness.ts';
import { choiceOf, sampleDraw } from './sampleChoice.ts';
import type { RobustnessPart } from './types.ts';

/** Options of {@link runRobustnessDraws}. */
export interface DrawRangeOptions {
  /** First draw (default 0). */
  readonly from?: number;
  /** One past the last draw (default: the spec's `draws`). */
  readonly to?: number;
  /**
   * Tally each village's rank (default: true up to `ROBUSTNESS_RANK_MAX_VILLAGES` villages); false
   * skips the O(n log n) ranking per draw, and the result's rank intervals are then `null`.
   */
  readonly ranks?: boolean;
  /** Called after each draw with the number of draws done in this range. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Runs the Monte Carlo draws `[from, to)` of a prepared analysis and tallies, per village, how
 * often it was selected and (up to `ROBUSTNESS_RANK_MAX_VILLAGES` villages) the rank it got;
 * per draw, the number of loci and of villages whose selection differs from the base run.
 *
 * Draw d reads only its own random stream (`createRng(streamSeed(seed, 0, d))`): ranges can run
 * anywhere, e.g. one per worker thread, and `mergeRobustnessParts` of the ranges equals the part
 * of the whole range exactly. Per draw: the choices are drawn (`sampleFactor`), the score is the
 * weighted sum (or product) of the normalised columns prepared once, and the loci are picked by
 * the scenario's own rules with partial selection (`createLociSelector`). Ranks re-sort the last
 * order of the same methods (`createRankTally`; ties share the minimum rank).
 * Complexity per draw: O(n·m) for the score, expected O(n + K log K) for the selection
 * (K ≈ loci), O(n log n) for ranks when tallied.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const { model } = prepareRobustness(table, scenario);
 * const part = runRobustnessDraws(model!, { from: 0, to: 10 });
 * [...part.selectedCount]; // => [5, 5, 0]
 */
export function runRobustnessDraws(
  model: RobustnessModel,
  options: DrawRangeOptions = {},
): RobustnessPart {
  const { from = 0, to = model.spec.draws, ranks = true, onProgress } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to)) {
    throw new Error('runRobustnessDraws requires whole numbers 0 ≤ from ≤ to');
  }
  const n = model.table.length;
  const base = model.base.stages.selected.selected;
  const selectedCount = new Uint32Array(n);
  const rankHistogram = ranks && n <= ROBUSTNESS_RANK_MAX_VILLAGES ? new Uint32Array(n * n) : null;
  const loci = new Float64Array(to - from);
  const changes = new Float64Array(to - from);
  const L = model.levels.length;
  const levelDraws = new Uint32Array(L);
  const levelSelected = new Uint32Array(n * L);
  const L1 = model.spec.normalise.length;
  const L2 = L1 + model.spec.aggregate.length;
  const selected = new Uint8Array(n);
  const tallyRanks = rankHistogram === null ? null : createRankTally(n);
  const A = model.spec.aggregate.length;
  for (let d = from; d < to; d++) {
    const choice = choiceOf(model.spec, sampleDraw(model, d));
    const score = model.score(choice);
    loci[d - from] = model.select(score, selected);
    const ln = model.spec.normalise.indexOf(choice.normalise);
    const la = L1 + model.spec.aggregate.indexOf(choice.aggregate);
    const ld = L2 + choice.dropped + 1;
    levelDraws[ln]!++;
    levelDraws[la]!++;
    levelDraws[ld]!++;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const s = selected[i]!;
      changed += s ^ base[i]!;
      if (s === 0) continue;
      selectedCount[i]!++;
      levelSelected[i * L + ln]!++;
      levelSelected[i * L + la]!++;
      levelSelected[i * L + ld]!++;
    }
    changes[d - from] = changed;
    // Draws under the same methods share an order to re-sort (`createRankTally`).
    tallyRanks?.(score, ln * A + (la - L1), rankHistogram!);
    onProgress?.(d - from + 1);
  }
  return { from, to, selectedCount, rankHistogram, loci, changes, levelDraws, levelSelected };
}
