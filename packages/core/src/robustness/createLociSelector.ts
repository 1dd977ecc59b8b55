import { rankScores } from '../rank/rankScores.ts';
import type { NotSelectedReason, SelectedReason } from '../result.ts';
import type { SelectSpec } from '../scenario/types.ts';
import { groupIndex } from '../table/groupIndex.ts';
import { normaliseVillageCode } from '../table/normaliseVillageCode.ts';
import type { VillageTable } from '../types.ts';

/** Picks the loci for one score vector into `out` (1 = locus) and returns their number. */
export type LociSelector = (score: Float64Array, out: Uint8Array) => number;

const STATUS_CANDIDATE = 0;
const STATUS_FORCED_IN = 1;
const STATUS_OUT = 2;

/**
 * A fast `selectLoci` for repeated scores: the same selected set as `selectLoci` under the same
 * rules (forced out, forced in, eligibility, carry-over, quota minimum, fill by rank or threshold
 * with quota maximum, ties by village code), without reasons, sentences or a full ranking.
 *
 * What no score can change is read once from a `selectLoci` run on the same table and spec
 * (`reasons`): forced out, forced in, ineligible by kind or minimum. Per call, only villages that
 * can still be decided by rank are ordered, and only as far as needed: carry-over villages and
 * each kecamatan's best `quota.min` candidates are small lists; the fill takes the K best
 * remaining candidates by quickselect (Hoare's FIND, expected O(n)), sorts only those and doubles
 * K when a kecamatan at `quota.max` skips too many. Expected O(n + K log K) per call instead of
 * `rankScores` + `selectLoci`'s O(n) passes that build every village's sentence.
 *
 * Not re-entrant: the selector reuses its buffers between calls.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: {} },
 *   { code: '99.01.01.2002', values: {} },
 *   { code: '99.01.02.2001', values: {} },
 * ]);
 * const spec = { mode: 'top-n', n: 2, quota: { min: 1 } } as const;
 * const reasons = Array(3).fill('below-cutoff');
 * const select = createLociSelector(table, spec, reasons);
 * const out = new Uint8Array(3);
 * select(new Float64Array([9, 8, 1]), out); // => 2
 * out; // => Uint8Array [1, 0, 1]
 */
export function createLociSelector(
  table: VillageTable,
  spec: SelectSpec,
  reasons: readonly (SelectedReason | NotSelectedReason)[],
): LociSelector {
  const n = table.length;
  const { ids: kec, keys } = groupIndex(table.kecamatan);
  const kecCount = keys.length;
  // Position of each village in village-code order: the tie rule of `rankScores`.
  const byCode = rankScores(new Float64Array(n), { codes: table.code }).order;
  const codeRank = new Int32Array(n);
  for (let k = 0; k < n; k++) codeRank[byCode[k]!] = k;
  const status = new Uint8Array(n);
  const forcedPerKec = new Int32Array(kecCount);
  let forcedTotal = 0;
  for (let i = 0; i < n; i++) {
    const r = reasons[i];
    if (r === 'forced-include') {
      status[i] = STATUS_FORCED_IN;
      forcedPerKec[kec[i]!]!++;
      forcedTotal++;
    } else if (r === 'forced-exclude' || r === 'ineligible-kind' || r === 'ineligible-minimum') {
      status[i] = STATUS_OUT;
    }
  }
  const carry = carryList(table, spec, status);
  const members = kecamatanMembers(kec, kecCount, status);
  const ctx: SelectContext = {
    n,
    kec,
    codeRank,
    status,
    carry,
    members,
    mode: spec.mode,
    quotaMin: spec.quota?.min ?? 0,
    quotaMax: spec.quota?.max ?? Number.POSITIVE_INFINITY,
    decided: new Uint8Array(n),
    perKec: new Int32Array(kecCount),
    buffer: new Int32Array(n),
    values: new Float64Array(n),
    score: new Float64Array(0),
    out: new Uint8Array(0),
    total: 0,
  };
  const targetOf = (score: Float64Array): number => {
    if (spec.mode === 'top-n') return spec.n ?? 0;
    if (spec.mode === 'threshold') return Number.POSITIVE_INFINITY;
    let ranked = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(score[i]!)) ranked++;
    return Math.round(((spec.percent ?? 0) / 100) * ranked);
  };
  return (score, out) => {
    ctx.score = score;
    ctx.out = out;
    ctx.decided.fill(0);
    ctx.perKec.set(forcedPerKec);
    ctx.total = forcedTotal;
    for (let i = 0; i < n; i++) out[i] = status[i] === STATUS_FORCED_IN ? 1 : 0;
    const target = targetOf(score);
    if (carry.length > 0) keepCarryOver(ctx, target);
    if (ctx.quotaMin > 0 && ctx.total < target) takeQuotaMinimum(ctx, target);
    if (spec.mode === 'threshold') fillThreshold(ctx, spec.threshold ?? Number.NaN);
    else if (ctx.total < target) fillTopN(ctx, target);
    return ctx.total;
  };
}

/** State shared by the steps of one selector. */
interface SelectContext {
  readonly n: number;
  readonly kec: Int32Array;
  readonly codeRank: Int32Array;
  readonly status: Uint8Array;
  readonly carry: Int32Array;
  /** Candidates per kecamatan: `start[g]..start[g + 1]` in `list`. */
  readonly members: { readonly start: Int32Array; readonly list: Int32Array };
  readonly mode: SelectSpec['mode'];
  readonly quotaMin: number;
  readonly quotaMax: number;
  readonly decided: Uint8Array;
  readonly perKec: Int32Array;
  readonly buffer: Int32Array;
  readonly values: Float64Array;
  score: Float64Array;
  out: Uint8Array;
  total: number;
}

/** Carry-over villages that are candidates (not forced, eligible), without repeats. */
function carryList(table: VillageTable, spec: SelectSpec, status: Uint8Array): Int32Array {
  const listed = new Set<string>();
  for (const code of spec.carryOver ?? []) {
    const canonical = normaliseVillageCode(code);
    if (canonical !== null) listed.add(canonical);
  }
  const out: number[] = [];
  if (listed.size > 0) {
    for (let i = 0; i < table.length; i++) {
      if (status[i] === STATUS_CANDIDATE && listed.has(table.code[i]!)) out.push(i);
    }
  }
  return Int32Array.from(out);
}

/** Candidate villages grouped by kecamatan (compressed rows). */
function kecamatanMembers(
  kec: Int32Array,
  kecCount: number,
  status: Uint8Array,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(kecCount + 1);
  for (let i = 0; i < kec.length; i++) if (status[i] === STATUS_CANDIDATE) start[kec[i]! + 1]!++;
  for (let g = 0; g < kecCount; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, kecCount);
  const list = new Int32Array(start[kecCount]!);
  for (let i = 0; i < kec.length; i++) {
    if (status[i] === STATUS_CANDIDATE) list[fill[kec[i]!]!++] = i;
  }
  return { start, list };
}

/** Sorts village indices by score descending, then village code ascending (ranking order). */
function sortByRank(ctx: SelectContext, ids: Int32Array): void {
  const { score, codeRank } = ctx;
  ids.sort((a, b) => score[b]! - score[a]! || codeRank[a]! - codeRank[b]!);
}

function pick(ctx: SelectContext, i: number): void {
  ctx.out[i] = 1;
  ctx.decided[i] = 1;
  ctx.perKec[ctx.kec[i]!]!++;
  ctx.total++;
}

/** `selectLoci` step 4: last year's ranked candidates, best first, while there is room. */
function keepCarryOver(ctx: SelectContext, target: number): void {
  let k = 0;
  const ids = ctx.buffer;
  for (const i of ctx.carry) if (!Number.isNaN(ctx.score[i]!)) ids[k++] = i;
  const list = ids.subarray(0, k);
  sortByRank(ctx, list);
  for (const i of list) {
    ctx.decided[i] = 1;
    if (ctx.perKec[ctx.kec[i]!]! < ctx.quotaMax && ctx.total < target) pick(ctx, i);
  }
}

/**
 * `selectLoci` step 5: each kecamatan's best undecided candidates up to `quota.min`, taken in
 * ranking order while the target has room (sorted only when it does not have room for all).
 */
function takeQuotaMinimum(ctx: SelectContext, target: number): void {
  const { start, list } = ctx.members;
  const ids = ctx.buffer;
  let k = 0;
  for (let g = 0; g + 1 < start.length; g++) {
    const need = ctx.quotaMin - ctx.perKec[g]!;
    if (need <= 0) continue;
    const from = k;
    if (need === 1) {
      const best = bestCandidate(ctx, start[g]!, start[g + 1]!);
      if (best >= 0) ids[k++] = best;
      continue;
    }
    for (let p = start[g]!; p < start[g + 1]!; p++) {
      const i = list[p]!;
      if (ctx.decided[i] === 0 && !Number.isNaN(ctx.score[i]!)) ids[k++] = i;
    }
    if (need > 1 && k - from > need) {
      sortByRank(ctx, ids.subarray(from, k));
      k = from + need;
    }
  }
  const chosen = ids.subarray(0, k);
  if (ctx.total + k > target) sortByRank(ctx, chosen);
  for (const i of chosen) {
    if (ctx.total >= target) break;
    pick(ctx, i);
  }
}

/** The first undecided, ranked candidate in ranking order among `list[from..to)`, or −1. */
function bestCandidate(ctx: SelectContext, from: number, to: number): number {
  const { score, decided, codeRank } = ctx;
  const list = ctx.members.list;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let p = from; p < to; p++) {
    const i = list[p]!;
    const s = score[i]!;
    if (decided[i] === 1 || Number.isNaN(s)) continue;
    if (best < 0 || s > bestScore || (s === bestScore && codeRank[i]! < codeRank[best]!)) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** `selectLoci` step 6, threshold mode: every candidate with score ≥ threshold, under quota.max. */
function fillThreshold(ctx: SelectContext, threshold: number): void {
  const ids = ctx.buffer;
  let k = 0;
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.status[i] === STATUS_CANDIDATE && ctx.decided[i] === 0 && ctx.score[i]! >= threshold)
      ids[k++] = i;
  }
  const list = ids.subarray(0, k);
  if (Number.isFinite(ctx.quotaMax)) sortByRank(ctx, list);
  for (const i of list) if (ctx.perKec[ctx.kec[i]!]! < ctx.quotaMax) pick(ctx, i);
}

/**
 * `selectLoci` step 6, top-n and top-percent: walks the remaining candidates in ranking order,
 * skipping kecamatan at quota.max, until the target is reached. The walk reads only the best K
 * candidates (quickselect), K doubling whenever skips exhaust them.
 */
function fillTopN(ctx: SelectContext, target: number): void {
  const { score, values, buffer: ids, status, decided } = ctx;
  let upper = Number.POSITIVE_INFINITY;
  // Room for the villages a kecamatan at quota.max will skip.
  let want = 2 * Math.max(target - ctx.total, 1) + 64;
  while (ctx.total < target) {
    // Remaining candidates strictly below the previous batch, with their scores.
    let m = 0;
    for (let i = 0; i < ctx.n; i++) {
      const s = score[i]!;
      if (status[i] === STATUS_CANDIDATE && decided[i] === 0 && s < upper) {
        ids[m] = i;
        values[m++] = s;
      }
    }
    if (m === 0) return;
    let k = m;
    let kth = Number.NEGATIVE_INFINITY;
    if (m > want) {
      kth = kthLargest(values.subarray(0, m), want);
      k = 0;
      for (let p = 0; p < m; p++) if (score[ids[p]!]! >= kth) ids[k++] = ids[p]!;
    }
    const batch = ids.subarray(0, k);
    sortByRank(ctx, batch);
    for (const i of batch) {
      if (ctx.total >= target) return;
      if (ctx.perKec[ctx.kec[i]!]! < ctx.quotaMax) pick(ctx, i);
    }
    if (kth === Number.NEGATIVE_INFINITY) return;
    upper = kth;
    want *= 2;
  }
}

/**
 * The k-th largest of `values` (1-based), reordering them: Hoare's FIND (quickselect) with a
 * median-of-three pivot. `NaN` never occurs here (unranked villages are not candidates of
 * `s < upper`). Expected O(m).
 */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
