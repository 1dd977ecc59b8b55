import { rankScores } from '../rank/rankScores.ts';
import type { NotSelectedReason, SelectedReason } from '../result.ts';
import type { SelectSpec } from '../scenario/types.ts';
import { groupIndex } from '../table/groupIndex.ts';
import { normaliseVillageCode } from '../table/normaliseVillageCode.ts';
import type { VillageTable } from '../types.ts';
import { sortByRank } from './sortByRank.ts';

/**
 * Picks the loci for one score vector into `out` (1 = locus) and returns their number; when
 * `list` (of at least the table's length) is given, its first entries receive the loci's
 * indices too (forced ones first, then in the order picked).
 */
export type LociSelector = (score: Float64Array, out: Uint8Array, list?: Int32Array) => number;

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
  const forcedIn = Uint8Array.from(status, (s) => (s === STATUS_FORCED_IN ? 1 : 0));
  const forcedList = Int32Array.from(forcedIn.keys()).filter((i) => forcedIn[i] === 1);
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
    sample: new Float64Array(1024),
    score: new Float64Array(0),
    out: new Uint8Array(0),
    list: null,
    total: 0,
  };
  const targetOf = (score: Float64Array): number => {
    if (spec.mode === 'top-n') return spec.n ?? 0;
    if (spec.mode === 'threshold') return Number.POSITIVE_INFINITY;
    let ranked = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(score[i]!)) ranked++;
    return Math.round(((spec.percent ?? 0) / 100) * ranked);
  };
  return (score, out, list) => {
    ctx.score = score;
    ctx.out = out;
    ctx.list = list ?? null;
    list?.set(forcedList);
    ctx.decided.fill(0);
    ctx.perKec.set(forcedPerKec);
    ctx.total = forcedTotal;
    out.set(forcedIn);
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
  /** Scratch of `batchCut`. */
  readonly sample: Float64Array;
  score: Float64Array;
  out: Uint8Array;
  /** Receives each pick after the forced villages, when the caller asks for the list. */
  list: Int32Array | null;
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

/** Sorts `ctx.buffer[from..to)` into ranking order (`sortByRank`, keys in `ctx.values`). */
function sortRange(ctx: SelectContext, from: number, to: number): void {
  sortByRank(ctx.buffer.subarray(from, to), ctx.score, ctx.codeRank, ctx.values.subarray(from, to));
}

function pick(ctx: SelectContext, i: number): void {
  ctx.out[i] = 1;
  if (ctx.list !== null) ctx.list[ctx.total] = i;
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
  sortRange(ctx, 0, k);
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
      sortRange(ctx, from, k);
      k = from + need;
    }
  }
  const chosen = ids.subarray(0, k);
  if (ctx.total + k > target) sortRange(ctx, 0, k);
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
    // `NaN` fails both comparisons; the rarer decided test comes last.
    if (s > bestScore || (s === bestScore && (best < 0 || codeRank[i]! < codeRank[best]!))) {
      if (decided[i] === 1) continue;
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
  if (Number.isFinite(ctx.quotaMax)) sortRange(ctx, 0, k);
  for (const i of list) if (ctx.perKec[ctx.kec[i]!]! < ctx.quotaMax) pick(ctx, i);
}

/**
 * `selectLoci` step 6, top-n and top-percent: walks the remaining candidates in ranking order,
 * skipping kecamatan at quota.max, until the target is reached. The walk reads only a batch of
 * the best candidates, those scoring at least a cut that about K of them reach (`batchCut`), K
 * doubling whenever skips exhaust a batch. Any cut gives the same walk: a batch holds every
 * remaining candidate at or above its cut, so it is the head of the ranking order.
 */
function fillTopN(ctx: SelectContext, target: number): void {
  const { score, values, buffer: ids } = ctx;
  let upper = Number.POSITIVE_INFINITY;
  // Room for the villages a kecamatan at quota.max will skip.
  let want = 2 * Math.max(target - ctx.total, 1) + 16;
  while (ctx.total < target) {
    // Remaining candidates strictly below the previous batch and at or above the cut.
    let cut = batchCut(ctx, upper, want);
    let k = collect(ctx, upper, cut);
    // A sample far off (many ties, say): the exact K-th largest of what was kept.
    if (k > 4 * want) {
      const kept = k;
      cut = kthLargest(values.subarray(0, kept), want);
      k = 0;
      for (let p = 0; p < kept; p++) if (score[ids[p]!]! >= cut) ids[k++] = ids[p]!;
    }
    if (k === 0) return;
    const batch = ids.subarray(0, k);
    sortRange(ctx, 0, k);
    for (const i of batch) {
      if (ctx.total >= target) return;
      if (ctx.perKec[ctx.kec[i]!]! < ctx.quotaMax) pick(ctx, i);
    }
    if (cut === Number.NEGATIVE_INFINITY) return;
    upper = cut;
    want *= 2;
  }
}

/** Undecided candidates scoring in `[cut, upper)` into `ctx.buffer`/`ctx.values`; how many. */
function collect(ctx: SelectContext, upper: number, cut: number): number {
  const { score, values, buffer: ids, status, decided } = ctx;
  let k = 0;
  for (let i = 0; i < ctx.n; i++) {
    const s = score[i]!;
    if (s >= cut && s < upper && status[i] === STATUS_CANDIDATE && decided[i] === 0) {
      ids[k] = i;
      values[k++] = s;
    }
  }
  return k;
}

/**
 * A cut that about `want` of the undecided candidates below `upper` reach, or −∞ (take them
 * all) when there are about that many: the matching order statistic of the candidates among an
 * evenly strided sample of at most `ctx.sample.length` villages. O(sample), whatever n.
 */
function batchCut(ctx: SelectContext, upper: number, want: number): number {
  const { n, score, status, decided, sample } = ctx;
  const size = Math.min(n, sample.length);
  let e = 0;
  for (let t = 0; t < size; t++) {
    const i = Math.floor((t * n) / size);
    const s = score[i]!;
    if (s < upper && status[i] === STATUS_CANDIDATE && decided[i] === 0) sample[e++] = s;
  }
  // Expected candidates e·n/size; the cut sits at rank want·size/n of the sample.
  if (e === 0 || e * n <= want * size) return Number.NEGATIVE_INFINITY;
  return kthLargest(sample.subarray(0, e), Math.ceil((want * size) / n));
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
