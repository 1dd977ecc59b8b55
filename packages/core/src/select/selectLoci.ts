import type { NotSelectedReason, RankOutput, SelectedReason, SelectOutput } from '../result.ts';
import type { ForcedVillage, SelectSpec } from '../scenario/types.ts';
import { normaliseVillageCode } from '../table/index.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
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
 * Complexity: O(n + f) for n villages and f listed codes, using the precomputed order.
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
  const rankInKec = ranked.rankInKecamatan;
  const order = ranked.order;
  const { mode } = spec;

  let rankedCount = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(rank[i]!)) rankedCount++;

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

  // Kecamatan ids in order of first appearance.
  const kec = new Int32Array(n);
  const kecCodes: string[] = [];
  const kecFirst: number[] = [];
  const kecId = new Map<string, number>();
  let previousKey: string | undefined;
  let previousId = -1;
  for (let i = 0; i < n; i++) {
    const key = table.kecamatan[i]!;
    if (key !== previousKey) {
      let g = kecId.get(key);
      if (g === undefined) {
        g = kecCodes.length;
        kecId.set(key, g);
        kecCodes.push(key);
        kecFirst.push(i);
      }
      previousKey = key;
      previousId = g;
    }
    kec[i] = previousId;
  }
  const kecCount = kecCodes.length;
  const kecLabel = (g: number): string => {
    const name = table.kecamatanName[kecFirst[g]!] ?? '';
    return `kecamatan ${kecCodes[g]}${name === '' ? '' : ` (${name})`}`;
  };
  const rankText = (i: number): string => `ranked ${rank[i]} of ${rankedCount}`;

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

  const reason: (Reason | null)[] = new Array<Reason | null>(n).fill(null);
  const detail: string[] = new Array<string>(n).fill('');
  const selected = new Uint8Array(n);
  const perKec = new Int32Array(kecCount);
  let total = 0;
  const pick = (i: number, why: SelectedReason, text: string): void => {
    selected[i] = 1;
    reason[i] = why;
    detail[i] = text;
    perKec[kec[i]!]!++;
    total++;
  };

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
  if (total > target) {
    diagnostics.push({
      code: 'SELECTION_CONFLICT',
      severity: 'warning',
      message: `${total} villages are forced in but the target is ${target} loci; all forced villages are kept and no other village is selected.`,
      path: 'select.include',
      value: total,
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

  // 4. Carry-over, best ranked first.
  const carry = new Uint8Array(n);
  (spec.carryOver ?? []).forEach((code, k) => {
    const i = lookup(code);
    if (i === undefined) {
      unknown('CARRY_OVER_UNKNOWN_VILLAGE', `select.carryOver[${k}]`, code);
      return;
    }
    if (reason[i] === null) carry[i] = 1;
    else if (selected[i] === 0 && carry[i] === 0 && reason[i] !== 'forced-exclude') {
      carry[i] = 2;
      detail[i] += "; last year's locus, no longer eligible";
    }
  });
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (carry[i] !== 1) continue;
    if (perKec[kec[i]!]! >= quotaMax) {
      reason[i] = 'quota-maximum';
      detail[i] =
        `Last year's locus, ${rankText(i)}, but ${kecLabel(kec[i]!)} already has its maximum of ${quotaMax} loci`;
    } else if (total >= target) {
      reason[i] = 'below-cutoff';
      detail[i] =
        `Last year's locus, ${rankText(i)}, but the ${target} loci are already taken by higher rules`;
    } else {
      pick(i, 'carry-over', `Carried over from last year's loci; still eligible (${rankText(i)})`);
    }
  }

  // 5. Quota minimum: walk the ranking, fill each kecamatan up to min.
  if (quotaMin > 0) {
    for (let k = 0; k < n && total < target; k++) {
      const i = order[k]!;
      if (reason[i] !== null || perKec[kec[i]!]! >= quotaMin) continue;
      pick(
        i,
        'quota-minimum',
        `Quota minimum for ${kecLabel(kec[i]!)}: best ranked eligible there (rank ${rankInKec[i]} in kecamatan; ${rankText(i)})`,
      );
    }
  }

  // 6. Fill by rank or threshold, respecting quota.max.
  const selectedAtRank = new Uint8Array(n + 2);
  const fillReason: SelectedReason = mode === 'threshold' ? 'threshold' : 'rank';
  const fillText = (i: number): string =>
    mode === 'threshold'
      ? `Score ${formatNumber(score[i]!)} ≥ threshold ${formatNumber(threshold)} (${rankText(i)})`
      : `Ranked ${rank[i]} of ${rankedCount}; ${cutoffText}`;
  const belowCutoffText =
    mode === 'threshold' ? `Score below the ${cutoffText}` : `Below the cutoff (${cutoffText})`;
  let firstLeftOut = n;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (reason[i] === 'quota-minimum') {
      // Relabel picks that the fill would have made anyway.
      const fillWouldTake = mode === 'threshold' ? score[i]! >= threshold : k < firstLeftOut;
      if (fillWouldTake) {
        reason[i] = fillReason;
        detail[i] = fillText(i);
        selectedAtRank[rank[i]!] = 1;
      }
      continue;
    }
    if (reason[i] !== null) {
      if (selected[i] === 1 && !Number.isNaN(rank[i]!)) selectedAtRank[rank[i]!] = 1;
      else if (reason[i] === 'below-cutoff' && firstLeftOut === n) firstLeftOut = k;
      continue;
    }
    const g = kec[i]!;
    const belowCutoff = mode === 'threshold' ? !(score[i]! >= threshold) : total >= target;
    if (belowCutoff) {
      reason[i] = 'below-cutoff';
      // The most frequent sentence is one shared string (the rank is in `ranked`): building
      // tens of thousands of distinct strings would cost more than the whole selection.
      if (selectedAtRank[rank[i]!] === 1) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, tied with a selected village; ` +
          `ties at the cutoff are broken by village code (${cutoffText})`;
      } else if (mode !== 'threshold' && rank[i]! <= target) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, within the ${cutoffText}, but those places ` +
          'went to higher rules (forced in, carry-over, quota minimum)';
      } else detail[i] = belowCutoffText;
      if (firstLeftOut === n) firstLeftOut = k;
    } else if (perKec[g]! >= quotaMax) {
      reason[i] = 'quota-maximum';
      detail[i] =
        `Ranked ${rank[i]} of ${rankedCount}, but ${kecLabel(g)} already has its maximum of ${quotaMax} loci`;
    } else {
      pick(i, fillReason, fillText(i));
      selectedAtRank[rank[i]!] = 1;
    }
  }

  // Shortfalls.
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
    const available = new Int32Array(kecCount);
    for (let i = 0; i < n; i++) {
      const r = reason[i];
      if (selected[i] === 1 || r === 'below-cutoff' || r === 'quota-maximum') available[kec[i]!]!++;
    }
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
