import type { RankOutput, SelectOutput } from '../result.ts';
import type { SelectSpec } from '../scenario/types.ts';
import { groupIndex } from '../table/groupIndex.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import { carryOver } from './carryOver.ts';
import { fillByRank } from './fillByRank.ts';
import { forcedVillages } from './forcedVillages.ts';
import { listedCodes } from './listedCodes.ts';
import { eligibilityMinimums, screenEligibility } from './screenEligibility.ts';
import { countRanked, type Reason, Selection } from './selection.ts';
import { selectionTarget } from './selectionTarget.ts';
import { checkQuotaMinimum, checkQuotaTargets, takeQuotaMinimum } from './takeQuotaMinimum.ts';

/** Input of {@link selectLoci}. */
export interface SelectInput {
  readonly table: VillageTable;
  /** One score per village; higher = higher priority, `NaN` = unranked. */
  readonly score: Float64Array;
  /** The ranking of `score` (from `rankScores`). */
  readonly ranked: RankOutput;
  /**
   * Raw indicator values (after denominators) for the eligibility minimums; a column not found
   * here is looked up in `table.columns`.
   */
  readonly columns?: IndicatorColumns;
}

/** Result of {@link selectLoci}. */
export interface SelectResult {
  readonly output: SelectOutput;
  readonly diagnostics: CoreDiagnostic[];
}

/**
 * Picks the loci from a ranking, records for every village the rule that decided it with a
 * sentence, and diagnoses conflicting rules instead of hiding them.
 *
 * Rules, in order of precedence (a rule never undoes a higher one):
 * 1. **Forced exclude** (`spec.exclude`): never selected (`forced-exclude`, "Forced out: reason").
 *    A code both forced in and out stays out (`SELECTION_CONFLICT`).
 * 2. **Forced include** (`spec.include`): always selected (`forced-include`, "Forced in: reason"),
 *    even when ineligible or unranked. Forced villages count toward `n` and the quotas; when they
 *    alone exceed `n` or a kecamatan's `quota.max`, they all stay (a named decision with a reason
 *    wins over a number), no other village fills the excess, and `SELECTION_CONFLICT` says so.
 * 3. **Eligibility**: kind not in `eligibility.kinds` (`ineligible-kind`), raw value below an
 *    `eligibility.minimum` or missing (`ineligible-minimum`), no score (`unranked`).
 * 4. **Carry-over** (`spec.carryOver`, last year's loci): kept when eligible, best ranked first,
 *    while there is room in `n` and in the kecamatan's `quota.max`; counts toward both.
 * 5. **Quota minimum** (`quota.min`): walking the ranking, the best-ranked eligible villages of
 *    each kecamatan are taken until it has `min` loci, while there is room in `n`. When `n` is too
 *    small for every kecamatan, kecamatan whose villages rank higher get their minimum first.
 *    A village taken here that pure ranking would have taken anyway (every eligible village ranked
 *    above it is selected; in threshold mode, its score reaches the threshold) is recorded as
 *    `rank` or `threshold`, so `quota-minimum` marks only the villages the quota pulled in.
 * 6. **Fill** by rank: `top-n` takes the best ranked until `n` loci; `top-percent` until
 *    `round(percent / 100 × ranked villages)` loci (nearest whole number, halves up); `threshold`
 *    takes every village with score ≥ `threshold`. In every mode a kecamatan at `quota.max` takes
 *    no more (`quota-maximum`); the rest are `below-cutoff`.
 *
 * Ties are deterministic: villages are visited in `ranked.order` (rank, then village code), and a
 * village left out at the cutoff while tied with a selected one says so in its detail.
 * Codes in `include`, `exclude` and `carryOver` may be dotted (`33.21.01.2001`) or plain
 * (`3321012001`); unknown ones give `FORCED_UNKNOWN_VILLAGE` / `CARRY_OVER_UNKNOWN_VILLAGE`.
 * Other diagnostics: `QUOTA_IMPOSSIBLE` (min × kecamatan > n, or max × kecamatan < n),
 * `QUOTA_MINIMUM_UNMET` (a kecamatan ends below `min`), `SELECTION_SHORT` (fewer loci than the
 * target), `UNKNOWN_INDICATOR` (an eligibility minimum on an absent column; that rule is skipped).
 *
 * Complexity: O(n + f) for n villages and f listed codes, using the precomputed order and the
 * kecamatan ids of `groupIndex` (computed once per table); each step is its own function over
 * typed arrays ({@link forcedVillages}, {@link screenEligibility}, {@link carryOver},
 * {@link takeQuotaMinimum}, {@link fillByRank}). The sentences that name a village's rank or
 * kecamatan are built on demand: `output.detail` is filled the first time it is read.
 *
 * @example
 * const table = createTable([
 *   { code: '99.01.01.2001', values: {} },
 *   { code: '99.01.01.2002', values: {} },
 *   { code: '99.01.02.2001', values: {} },
 * ]).table;
 * const score = new Float64Array([9, 8, 1]);
 * const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
 * const { output } = selectLoci({ table, score, ranked }, { mode: 'top-n', n: 2, quota: { min: 1 } });
 * output.reason; // => ['rank', 'below-cutoff', 'quota-minimum']
 */
export function selectLoci(input: SelectInput, spec: SelectSpec): SelectResult {
  const { table, score, ranked } = input;
  const n = table.length;
  if (score.length !== n || ranked.rank.length !== n || ranked.order.length !== n) {
    throw new Error('selectLoci requires score and ranked with one entry per village of the table');
  }
  const diagnostics: CoreDiagnostic[] = [];
  const rankedCount = countRanked(ranked.rank);
  const limits = selectionTarget(spec, rankedCount);
  const { target, quotaMin, quotaMax } = limits;
  // Kecamatan ids in order of first appearance (computed once per table).
  const { ids: kec, keys: kecCodes } = groupIndex(table.kecamatan);
  const st = new Selection(
    input,
    spec,
    kec,
    kecCodes,
    rankedCount,
    limits.threshold,
    limits.cutoffText,
  );
  checkQuotaTargets(limits, kecCodes.length, diagnostics);
  const codes = listedCodes(table, spec);
  // 1. Forced exclude. 2. Forced include.
  forcedVillages(st, spec, codes, limits, diagnostics);
  // 3. Eligibility.
  screenEligibility(st, spec.eligibility?.kinds, eligibilityMinimums(input, spec, diagnostics));
  // 4. Carry-over, best ranked first.
  carryOver(st, spec, codes, limits, diagnostics);
  // 5. Quota minimum: walk the ranking, fill each kecamatan up to min.
  if (quotaMin > 0) takeQuotaMinimum(st, target, quotaMin);
  // 6. Fill by rank or threshold, respecting quota.max.
  fillByRank(st, target, quotaMax);
  // Shortfalls.
  checkShortfall(st.total, target, diagnostics);
  checkQuotaMinimum(st, target, quotaMin, diagnostics);
  return { output: selectOutput(st), diagnostics };
}

/**
 * The output of a finished selection. `detail` is built the first time it is read and then kept:
 * at national scale most sentences name a rank or a kecamatan, and a run whose sentences nobody
 * reads should not pay for tens of thousands of strings.
 */
function selectOutput(st: Selection): SelectOutput {
  let detail: string[] | null = null;
  let reason: Reason[] | null = null;
  return {
    selected: st.selected,
    get reason(): Reason[] {
      reason ??= st.reasons() as Reason[];
      return reason;
    },
    get detail(): string[] {
      detail ??= st.details();
      return detail;
    },
    count: st.total,
  };
}

/** `SELECTION_SHORT` when fewer loci than the target could be selected (not in threshold mode). */
function checkShortfall(total: number, target: number, diagnostics: CoreDiagnostic[]): void {
  if (!Number.isFinite(target) || total >= target) return;
  diagnostics.push({
    code: 'SELECTION_SHORT',
    severity: 'warning',
    message: `Only ${total} loci could be selected for a target of ${target}: the other villages are ineligible, unranked, forced out or in kecamatan at quota.max.`,
    path: 'select',
    value: total,
  });
}
