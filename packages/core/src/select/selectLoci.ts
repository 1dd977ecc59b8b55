import type { NotSelectedReason, RankOutput, SelectedReason, SelectOutput } from '../result.ts';
import type { ForcedVillage, SelectSpec } from '../scenario/types.ts';
import { groupIndex } from '../table/groupIndex.ts';
import { normaliseVillageCode } from '../table/normaliseVillageCode.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageKind, VillageTable } from '../types.ts';
import { formatNumber } from './formatNumber.ts';

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

type Reason = SelectedReason | NotSelectedReason;

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
 * kecamatan ids of `groupIndex` (computed once per table); each pass over the villages is its own
 * small function over typed arrays, and only the sentences that name a village's rank or
 * kecamatan are built per village.
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
  const rank = ranked.rank;
  const { mode } = spec;

  const rankedCount = countRanked(rank);

  // Target number of loci (Infinity for threshold mode) and the wording of the cutoff.
  let target: number;
  let cutoffText: string;
  let threshold = Number.NaN;
  if (mode === 'top-n') {
    const k = spec.n;
    if (k === undefined || !Number.isInteger(k) || k < 0) {
      throw new Error('selectLoci requires spec.n, a whole number ≥ 0, for mode top-n');
    }
    target = k;
    cutoffText = `top ${k} ${k === 1 ? 'locus' : 'loci'}`;
  } else if (mode === 'top-percent') {
    const p = spec.percent;
    if (p === undefined || !(p >= 0 && p <= 100)) {
      throw new Error('selectLoci requires spec.percent in [0, 100] for mode top-percent');
    }
    target = Math.round((p / 100) * rankedCount);
    cutoffText = `top ${formatNumber(p)}% of ${rankedCount} ranked = ${target} ${target === 1 ? 'locus' : 'loci'}`;
  } else if (mode === 'threshold') {
    const t = spec.threshold;
    if (t === undefined || Number.isNaN(t)) {
      throw new Error('selectLoci requires spec.threshold, a number, for mode threshold');
    }
    threshold = t;
    target = Number.POSITIVE_INFINITY;
    cutoffText = `threshold ${formatNumber(t)}`;
  } else {
    throw new Error(
      `selectLoci requires mode top-n, top-percent or threshold (got ${String(mode)})`,
    );
  }
  const quotaMin = spec.quota?.min ?? 0;
  const quotaMax = spec.quota?.max ?? Number.POSITIVE_INFINITY;
  if (!(quotaMin >= 0) || !(quotaMax >= quotaMin)) {
    throw new Error('selectLoci requires 0 ≤ quota.min ≤ quota.max');
  }

  // Kecamatan ids in order of first appearance (computed once per table), and each one's first row.
  const { ids: kec, keys: kecCodes } = groupIndex(table.kecamatan);
  const kecCount = kecCodes.length;
  const st = new Selection(input, spec, kec, kecCodes, rankedCount, threshold, cutoffText);
  const kecLabel = (g: number): string => st.kecLabel(g);

  if (mode !== 'threshold') {
    if (quotaMin * kecCount > target) {
      diagnostics.push({
        code: 'QUOTA_IMPOSSIBLE',
        severity: 'warning',
        message: `quota.min ${quotaMin} × ${kecCount} kecamatan = ${quotaMin * kecCount} loci exceeds the target of ${target} by ${quotaMin * kecCount - target}; kecamatan with better-ranked villages get their minimum first.`,
        path: 'select.quota.min',
        value: quotaMin,
      });
    }
    if (quotaMax * kecCount < target) {
      diagnostics.push({
        code: 'QUOTA_IMPOSSIBLE',
        severity: 'warning',
        message: `quota.max ${quotaMax} × ${kecCount} kecamatan = ${quotaMax * kecCount} loci is ${target - quotaMax * kecCount} short of the target of ${target}.`,
        path: 'select.quota.max',
        value: quotaMax,
      });
    }
  }

  const { reason, detail, selected, perKec } = st;
  const pick = (i: number, why: SelectedReason, text: string): void => st.pick(i, why, text);

  // Code lookup: the listed codes (few) are found with one pass over the table, which is cheaper
  // than indexing every village code.
  const listed = new Map<string, number>();
  for (const f of [...(spec.exclude ?? []), ...(spec.include ?? [])]) {
    const canonical = normaliseVillageCode(f.code);
    if (canonical !== null) listed.set(canonical, -1);
  }
  for (const code of spec.carryOver ?? []) {
    const canonical = normaliseVillageCode(code);
    if (canonical !== null) listed.set(canonical, -1);
  }
  if (listed.size > 0) {
    for (let i = 0; i < n; i++) {
      const code = table.code[i]!;
      if (listed.get(code) === -1) listed.set(code, i);
    }
  }
  const lookup = (code: string): number | undefined => {
    const canonical = normaliseVillageCode(code);
    const i = canonical === null ? undefined : listed.get(canonical);
    return i === undefined || i < 0 ? undefined : i;
  };
  const unknown = (
    code: 'FORCED_UNKNOWN_VILLAGE' | 'CARRY_OVER_UNKNOWN_VILLAGE',
    path: string,
    value: string,
  ): void => {
    const malformed = normaliseVillageCode(value) === null;
    diagnostics.push({
      code,
      severity: 'warning',
      message: `${path} lists "${value}", ${malformed ? 'which is not a village code' : 'which is not in the table'}; it is ignored.`,
      path,
      value,
    });
  };

  // 1. Forced exclude.
  const exclude: readonly ForcedVillage[] = spec.exclude ?? [];
  exclude.forEach((f, k) => {
    const i = lookup(f.code);
    if (i === undefined) {
      unknown('FORCED_UNKNOWN_VILLAGE', `select.exclude[${k}]`, f.code);
      return;
    }
    if (reason[i] !== null) return;
    reason[i] = 'forced-exclude';
    detail[i] = `Forced out: ${f.reason}`;
  });

  // 2. Forced include.
  const include: readonly ForcedVillage[] = spec.include ?? [];
  include.forEach((f, k) => {
    const i = lookup(f.code);
    if (i === undefined) {
      unknown('FORCED_UNKNOWN_VILLAGE', `select.include[${k}]`, f.code);
      return;
    }
    if (reason[i] === 'forced-exclude') {
      diagnostics.push({
        code: 'SELECTION_CONFLICT',
        severity: 'warning',
        message: `${table.code[i]} is both forced in and forced out; forced out wins.`,
        path: `select.include[${k}]`,
        village: table.code[i]!,
      });
      return;
    }
    if (reason[i] !== null) return;
    pick(i, 'forced-include', `Forced in: ${f.reason}`);
  });
  if (st.total > target) {
    diagnostics.push({
      code: 'SELECTION_CONFLICT',
      severity: 'warning',
      message: `${st.total} villages are forced in but the target is ${target} loci; all forced villages are kept and no other village is selected.`,
      path: 'select.include',
      value: st.total,
    });
  }
  for (let g = 0; g < kecCount; g++) {
    if (perKec[g]! > quotaMax) {
      diagnostics.push({
        code: 'SELECTION_CONFLICT',
        severity: 'warning',
        message: `${perKec[g]} villages of ${kecLabel(g)} are forced in, above quota.max ${quotaMax}; all are kept.`,
        path: 'select.include',
        value: perKec[g],
      });
    }
  }

  // 3. Eligibility.
  const kinds = spec.eligibility?.kinds;
  const minimums = (spec.eligibility?.minimum ?? []).flatMap((m, k) => {
    const values = input.columns?.[m.indicator] ?? table.columns[m.indicator];
    if (values === undefined) {
      diagnostics.push({
        code: 'UNKNOWN_INDICATOR',
        severity: 'warning',
        message: `Eligibility minimum on "${m.indicator}", which is not a column of the table; the rule is skipped.`,
        path: `select.eligibility.minimum[${k}]`,
        value: m.indicator,
      });
      return [];
    }
    return [{ id: m.indicator, min: m.min, values }];
  });
  screenEligibility(st, kinds, minimums);

  // 4. Carry-over, best ranked first.
  const carry = new Uint8Array(n);
  let carried = false;
  (spec.carryOver ?? []).forEach((code, k) => {
    const i = lookup(code);
    if (i === undefined) {
      unknown('CARRY_OVER_UNKNOWN_VILLAGE', `select.carryOver[${k}]`, code);
      return;
    }
    if (reason[i] === null) {
      carry[i] = 1;
      carried = true;
    } else if (selected[i] === 0 && carry[i] === 0 && reason[i] !== 'forced-exclude') {
      carry[i] = 2;
      detail[i] += "; last year's locus, no longer eligible";
    }
  });
  if (carried) keepCarryOver(st, carry, target, quotaMax);

  // 5. Quota minimum: walk the ranking, fill each kecamatan up to min.
  if (quotaMin > 0) takeQuotaMinimum(st, target, quotaMin);

  // 6. Fill by rank or threshold, respecting quota.max.
  fillByRank(st, target, quotaMax);

  // Shortfalls.
  const total = st.total;
  if (mode !== 'threshold' && total < target) {
    diagnostics.push({
      code: 'SELECTION_SHORT',
      severity: 'warning',
      message: `Only ${total} loci could be selected for a target of ${target}: the other villages are ineligible, unranked, forced out or in kecamatan at quota.max.`,
      path: 'select',
      value: total,
    });
  }
  if (quotaMin > 0) {
    const available = countAvailable(st);
    for (let g = 0; g < kecCount; g++) {
      if (perKec[g]! >= quotaMin) continue;
      const why =
        available[g]! < quotaMin
          ? `it has only ${available[g]} eligible village${available[g] === 1 ? '' : 's'}`
          : `the target of ${target} loci ran out before its turn`;
      diagnostics.push({
        code: 'QUOTA_MINIMUM_UNMET',
        severity: 'warning',
        message: `${kecLabel(g)} has ${perKec[g]} loci, below quota.min ${quotaMin}: ${why}.`,
        path: 'select.quota.min',
        value: perKec[g],
      });
    }
  }

  return {
    output: { selected, reason: reason as Reason[], detail, count: total },
    diagnostics,
  };
}

/** An eligibility minimum with its column. */
interface Minimum {
  readonly id: string;
  readonly min: number;
  readonly values: Float64Array;
}

/**
 * Working state of one `selectLoci` call. The passes over every village are plain functions of
 * this object rather than closures inside `selectLoci`, so the engine optimises each loop on its
 * own and calls the same methods on every run.
 */
class Selection {
  readonly table: VillageTable;
  readonly score: Float64Array;
  readonly rank: Float64Array;
  readonly rankInKec: Float64Array;
  readonly order: Int32Array;
  readonly kec: Int32Array;
  readonly kecCodes: readonly string[];
  /** First row of each kecamatan, for its name; filled on first use. */
  kecFirst: Int32Array | null = null;
  readonly rankedCount: number;
  readonly threshold: number;
  readonly byThreshold: boolean;
  readonly cutoffText: string;
  readonly reason: (Reason | null)[];
  readonly detail: string[];
  readonly selected: Uint8Array;
  readonly perKec: Int32Array;
  total = 0;

  constructor(
    input: SelectInput,
    spec: SelectSpec,
    kec: Int32Array,
    kecCodes: readonly string[],
    rankedCount: number,
    threshold: number,
    cutoffText: string,
  ) {
    const n = input.table.length;
    this.table = input.table;
    this.score = input.score;
    this.rank = input.ranked.rank;
    this.rankInKec = input.ranked.rankInKecamatan;
    this.order = input.ranked.order;
    this.kec = kec;
    this.kecCodes = kecCodes;
    this.rankedCount = rankedCount;
    this.threshold = threshold;
    this.byThreshold = spec.mode === 'threshold';
    this.cutoffText = cutoffText;
    this.reason = new Array<Reason | null>(n).fill(null);
    this.detail = new Array<string>(n).fill('');
    this.selected = new Uint8Array(n);
    this.perKec = new Int32Array(kecCodes.length);
  }

  pick(i: number, why: SelectedReason, text: string): void {
    this.selected[i] = 1;
    this.reason[i] = why;
    this.detail[i] = text;
    this.perKec[this.kec[i]!]!++;
    this.total++;
  }

  kecLabel(g: number): string {
    if (this.kecFirst === null) this.kecFirst = firstRows(this.kec, this.kecCodes.length);
    const name = this.table.kecamatanName[this.kecFirst[g]!] ?? '';
    return `kecamatan ${this.kecCodes[g]}${name === '' ? '' : ` (${name})`}`;
  }

  rankText(i: number): string {
    return `ranked ${this.rank[i]} of ${this.rankedCount}`;
  }

  /** The sentence of a village taken by the fill (step 6). */
  fillText(i: number): string {
    return this.byThreshold
      ? `Score ${formatNumber(this.score[i]!)} ≥ threshold ${formatNumber(this.threshold)} (${this.rankText(i)})`
      : `Ranked ${this.rank[i]} of ${this.rankedCount}; ${this.cutoffText}`;
  }
}

/** Number of ranked (non-`NaN`) entries. */
function countRanked(rank: Float64Array): number {
  let count = 0;
  for (let i = 0; i < rank.length; i++) if (!Number.isNaN(rank[i]!)) count++;
  return count;
}

/** First row of each group. */
function firstRows(ids: Int32Array, groups: number): Int32Array {
  const first = new Int32Array(groups).fill(-1);
  for (let i = 0; i < ids.length; i++) if (first[ids[i]!] === -1) first[ids[i]!] = i;
  return first;
}

/** Step 3: marks ineligible (kind, minimum) and unranked villages not yet decided. */
function screenEligibility(
  st: Selection,
  kinds: readonly VillageKind[] | undefined,
  minimums: readonly Minimum[],
): void {
  const { reason, detail, rank, table } = st;
  const n = reason.length;
  if (kinds === undefined && minimums.length === 0) {
    for (let i = 0; i < n; i++) {
      if (reason[i] === null && Number.isNaN(rank[i]!)) {
        reason[i] = 'unranked';
        detail[i] = 'Not ranked: the score is missing';
      }
    }
    return;
  }
  const eligibleKinds = `eligible: ${kinds?.join(', ') || 'none'}`;
  const notEligibleDesa = `A desa is not eligible (${eligibleKinds})`;
  const notEligibleKelurahan = `A kelurahan is not eligible (${eligibleKinds})`;
  for (let i = 0; i < n; i++) {
    if (reason[i] !== null) continue;
    const kind = table.kind[i]!;
    if (kinds !== undefined && !kinds.includes(kind)) {
      reason[i] = 'ineligible-kind';
      detail[i] = kind === 'desa' ? notEligibleDesa : notEligibleKelurahan;
      continue;
    }
    for (const m of minimums) {
      const v = m.values[i]!;
      if (!(v >= m.min)) {
        reason[i] = 'ineligible-minimum';
        detail[i] = !Number.isNaN(v)
          ? `${m.id} = ${formatNumber(v)} is below the eligibility minimum ${formatNumber(m.min)}`
          : `${m.id} is missing; eligibility needs at least ${formatNumber(m.min)}`;
        break;
      }
    }
    if (reason[i] !== null) continue;
    if (Number.isNaN(rank[i]!)) {
      reason[i] = 'unranked';
      detail[i] = 'Not ranked: the score is missing';
    }
  }
}

/** Step 4: keeps last year's eligible loci (`carry` = 1), best ranked first, while there is room. */
function keepCarryOver(st: Selection, carry: Uint8Array, target: number, quotaMax: number): void {
  const { order, reason, detail, kec, perKec } = st;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (carry[i] !== 1) continue;
    if (perKec[kec[i]!]! >= quotaMax) {
      reason[i] = 'quota-maximum';
      detail[i] =
        `Last year's locus, ${st.rankText(i)}, but ${st.kecLabel(kec[i]!)} already has its maximum of ${quotaMax} loci`;
    } else if (st.total >= target) {
      reason[i] = 'below-cutoff';
      detail[i] =
        `Last year's locus, ${st.rankText(i)}, but the ${target} loci are already taken by higher rules`;
    } else {
      st.pick(
        i,
        'carry-over',
        `Carried over from last year's loci; still eligible (${st.rankText(i)})`,
      );
    }
  }
}

/** Step 5: walking the ranking, takes the best eligible villages of each kecamatan up to `min`. */
function takeQuotaMinimum(st: Selection, target: number, quotaMin: number): void {
  const { order, reason, kec, perKec } = st;
  for (let k = 0; k < order.length && st.total < target; k++) {
    const i = order[k]!;
    if (reason[i] !== null || perKec[kec[i]!]! >= quotaMin) continue;
    // The sentence is written in step 6, which relabels the picks the fill would have made.
    st.pick(i, 'quota-minimum', '');
  }
}

/** Step 6: fills by rank or threshold, respecting `quotaMax`; writes every remaining sentence. */
function fillByRank(st: Selection, target: number, quotaMax: number): void {
  const { order, reason, detail, selected, rank, rankInKec, score, kec, perKec } = st;
  const { byThreshold, threshold, rankedCount, cutoffText } = st;
  const n = order.length;
  const selectedAtRank = new Uint8Array(n + 2);
  const fillReason: SelectedReason = byThreshold ? 'threshold' : 'rank';
  const belowCutoffText = byThreshold
    ? `Score below the ${cutoffText}`
    : `Below the cutoff (${cutoffText})`;
  let firstLeftOut = n;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (reason[i] === 'quota-minimum') {
      // Relabel picks that the fill would have made anyway.
      const fillWouldTake = byThreshold ? score[i]! >= threshold : k < firstLeftOut;
      if (fillWouldTake) {
        reason[i] = fillReason;
        detail[i] = st.fillText(i);
        selectedAtRank[rank[i]!] = 1;
      } else {
        detail[i] =
          `Quota minimum for ${st.kecLabel(kec[i]!)}: best ranked eligible there (rank ${rankInKec[i]} in kecamatan; ${st.rankText(i)})`;
      }
      continue;
    }
    if (reason[i] !== null) {
      if (selected[i] === 1 && !Number.isNaN(rank[i]!)) selectedAtRank[rank[i]!] = 1;
      else if (reason[i] === 'below-cutoff' && firstLeftOut === n) firstLeftOut = k;
      continue;
    }
    const g = kec[i]!;
    const belowCutoff = byThreshold ? !(score[i]! >= threshold) : st.total >= target;
    if (belowCutoff) {
      reason[i] = 'below-cutoff';
      // The most frequent sentence is one shared string (the rank is in `ranked`): building
      // tens of thousands of distinct strings would cost more than the whole selection.
      if (selectedAtRank[rank[i]!] === 1) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, tied with a selected village; ` +
          `ties at the cutoff are broken by village code (${cutoffText})`;
      } else if (!byThreshold && rank[i]! <= target) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, within the ${cutoffText}, but those places ` +
          'went to higher rules (forced in, carry-over, quota minimum)';
      } else detail[i] = belowCutoffText;
      if (firstLeftOut === n) firstLeftOut = k;
    } else if (perKec[g]! >= quotaMax) {
      reason[i] = 'quota-maximum';
      detail[i] =
        `Ranked ${rank[i]} of ${rankedCount}, but ${st.kecLabel(g)} already has its maximum of ${quotaMax} loci`;
    } else {
      st.pick(i, fillReason, st.fillText(i));
      selectedAtRank[rank[i]!] = 1;
    }
  }
}

/** Per kecamatan, the villages that were eligible and ranked (selected or left out by rank). */
function countAvailable(st: Selection): Int32Array {
  const { reason, selected, kec } = st;
  const available = new Int32Array(st.kecCodes.length);
  for (let i = 0; i < reason.length; i++) {
    const r = reason[i];
    if (selected[i] === 1 || r === 'below-cutoff' || r === 'quota-maximum') available[kec[i]!]!++;
  }
  return available;
}
