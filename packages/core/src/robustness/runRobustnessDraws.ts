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
  /**
   * Called before each draw: at the first `false` the run stops, and the part covers the draws
   * done. One thread walking up the range and one walking down (`descending`), both claiming
   * from one shared count (e.g. `() => Atomics.add(taken, 0, 1) < to − from`), give two parts
   * that tile the range, each thread's share following its speed.
   */
  readonly claim?: () => boolean;
  /** Walk the range from its last draw down (default false); the tallies are the same. */
  readonly descending?: boolean;
}

/**
 * Runs the Monte Carlo draws `[from, to)` of a prepared analysis and tallies, per village, how
 * often it was selected and (up to `ROBUSTNESS_RANK_MAX_VILLAGES` villages) the rank it got;
 * per draw, the number of loci and of villages whose selection differs from the base run.
 *
 * Draw d reads only its own random stream (`createRng(streamSeed(seed, 0, d))`): ranges can run
 * anywhere, e.g. one per worker thread, and `mergeRobustnessParts` of the ranges equals the part
 * of the whole range exactly; two threads can also share one range as it runs (`claim`,
 * `descending`). Per draw: the choices are drawn (`sampleFactor`), the score is the
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
  const { from = 0, to = model.spec.draws, ranks = true, onProgress, claim } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to)) {
    throw new Error('runRobustnessDraws requires whole numbers 0 ≤ from ≤ to');
  }
  const n = model.table.length;
  const tally: DrawTally = {
    selectedCount: new Uint32Array(n),
    rankHistogram: ranks && n <= ROBUSTNESS_RANK_MAX_VILLAGES ? new Uint32Array(n * n) : null,
    loci: new Float64Array(to - from),
    changes: new Float64Array(to - from),
    levelDraws: new Uint32Array(model.levels.length),
    // Level-major while drawing (`l·n + i`): a draw's three levels are three rows, not three
    // scattered counts per village; transposed to `i·L + l` at the end.
    byLevel: new Uint32Array(n * model.levels.length),
  };
  const draw = createDraw(model, tally);
  // The draws done: [lo, hi).
  const down = options.descending === true;
  let lo = down ? to : from;
  let hi = lo;
  for (let step = 0; step < to - from; step++) {
    if (claim !== undefined && !claim()) break;
    const d = down ? to - 1 - step : from + step;
    draw(d, d - from);
    if (down) lo = d;
    else hi = d + 1;
    onProgress?.(step + 1);
  }
  const done = (x: Float64Array): Float64Array =>
    lo === from && hi === to ? x : x.slice(lo - from, hi - from);
  return {
    from: lo,
    to: hi,
    selectedCount: tally.selectedCount,
    rankHistogram: tally.rankHistogram,
    loci: done(tally.loci),
    changes: done(tally.changes),
    levelDraws: tally.levelDraws,
    levelSelected: transpose(tally.byLevel, model.levels.length, n),
  };
}

/** The tallies of a run, `byLevel` level-major. */
interface DrawTally {
  readonly selectedCount: Uint32Array;
  readonly rankHistogram: Uint32Array | null;
  readonly loci: Float64Array;
  readonly changes: Float64Array;
  readonly levelDraws: Uint32Array;
  readonly byLevel: Uint32Array;
}

/** Runs draw `d` and adds it to the tallies, its per-draw values at `slot`. */
function createDraw(model: RobustnessModel, tally: DrawTally): (d: number, slot: number) => void {
  const { spec } = model;
  const n = model.table.length;
  const base = model.base.stages.selected.selected;
  let baseCount = 0;
  for (let i = 0; i < n; i++) baseCount += base[i]!;
  const selected = new Uint8Array(n);
  const picked = new Int32Array(n);
  const L1 = spec.normalise.length;
  const L2 = L1 + spec.aggregate.length;
  const A = spec.aggregate.length;
  const tallyRanks = tally.rankHistogram === null ? null : createRankTally(n);
  return (d, slot) => {
    const choice = choiceOf(spec, sampleDraw(model, d));
    const score = model.score(choice);
    const count = model.select(score, selected, picked);
    tally.loci[slot] = count;
    const ln = spec.normalise.indexOf(choice.normalise);
    const la = L1 + spec.aggregate.indexOf(choice.aggregate);
    const ld = L2 + choice.dropped + 1;
    tally.levelDraws[ln]!++;
    tally.levelDraws[la]!++;
    tally.levelDraws[ld]!++;
    const rows = [ln * n, la * n, ld * n] as const;
    const common = tallySelected(picked.subarray(0, count), base, tally, rows);
    // The symmetric difference with the base selection.
    tally.changes[slot] = count + baseCount - 2 * common;
    // Draws under the same methods share an order to re-sort (`createRankTally`).
    tallyRanks?.(score, ln * A + (la - L1), tally.rankHistogram!);
  };
}

/**
 * Counts one draw's loci (`picked`) per village, in total and in the rows of `byLevel` starting
 * at `rows` (level-major); returns how many of them the base run selected too.
 */
function tallySelected(
  picked: Int32Array,
  base: Uint8Array,
  tally: DrawTally,
  rows: readonly [number, number, number],
): number {
  const { selectedCount, byLevel } = tally;
  const [a, b, c] = rows;
  let common = 0;
  for (let k = 0; k < picked.length; k++) {
    const i = picked[k]!;
    common += base[i]!;
    selectedCount[i]!++;
    byLevel[a + i]!++;
    byLevel[b + i]!++;
    byLevel[c + i]!++;
  }
  return common;
}

/** `rows × cols` row-major counts into `cols × rows` row-major (written in order). */
function transpose(x: Uint32Array, rows: number, cols: number): Uint32Array {
  const out = new Uint32Array(x.length);
  let k = 0;
  for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) out[k++] = x[r * cols + c]!;
  return out;
}
