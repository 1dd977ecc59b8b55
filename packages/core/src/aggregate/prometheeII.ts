import type { AggregateOutput } from '../result.ts';
import { PREFERENCE_FUNCTIONS } from '../scenario/vocabulary.ts';
import type { IndicatorColumns } from '../types.ts';
import { checkDirections, prepareColumns } from './prepareColumns.ts';
import type { CriterionType } from './types.ts';

/** A PROMETHEE preference function by name. */
export type PreferenceFunctionName = (typeof PREFERENCE_FUNCTIONS)[number];

/**
 * A preference function with its thresholds in the criterion's own units: `q` indifference
 * (default 0), `p` strict preference (required for `v-shape` and `linear`, p > q ≥ 0).
 */
export interface PreferenceFunction {
  readonly type: PreferenceFunctionName;
  readonly q?: number;
  readonly p?: number;
}

/** Options of {@link prometheeII}. */
export interface PrometheeOptions {
  /** Criterion type of each weighted indicator; for priority, `higher-is-worse` is `benefit`. */
  readonly directions: Readonly<Record<string, CriterionType>>;
  /** One preference function for every criterion, or one per indicator id (default `usual`). */
  readonly preference?: PreferenceFunction | Readonly<Record<string, PreferenceFunction>>;
}

/**
 * PROMETHEE II net outranking flow (Brans & Vincke, "A preference ranking organisation method",
 * Management Science 31(6):647–656, 1985; Brans, Vincke & Mareschal, EJOR 24:228–238, 1986).
 *
 * Method: for criterion j and villages a, b, d = x_aj − x_bj (reversed for a cost) and the
 * preference P_j(a, b) = F_j(d) ∈ [0, 1]; π(a, b) = Σ_j w_j P_j(a, b) with weights summing to 1;
 * φ⁺(a) = Σ_b π(a, b)/(n − 1), φ⁻(a) = Σ_b π(b, a)/(n − 1) and the score is φ(a) = φ⁺ − φ⁻ in
 * [−1, 1], higher = higher priority. As pymcdm's `PROMETHEE_II` (its `usual`, `vshape` and
 * `vshape_2`).
 *
 * Instead of the n² pairs, each criterion's sums come from its sorted values with prefix sums
 * and binary search (all three functions are 0 for d ≤ q, 1 for d > p and linear between), so a
 * national table needs O(m · n log n) time and O(n) memory per criterion.
 *
 * Missing values: a village with a missing value on a weighted criterion is left out of every
 * comparison and gets `NaN`; the flows use the n complete villages. Fewer than two complete
 * villages give `NaN` everywhere. Details: `phiPlus`, `phiMinus`, and `net:<id>`, each
 * criterion's own net flow φ_j (so φ = Σ_j w_j φ_j).
 *
 * @param columns - Indicator columns (the pipeline passes the oriented normalised ones).
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1).
 * @param options - Criterion types and preference functions.
 * @returns Net flows; method `promethee-ii`.
 * @throws When a weighted indicator has no column or direction, or a preference function is
 *   unknown or lacks a valid `p`.
 * @example
 * // Zhao, Peng & Li (2013), Procedia Computer Science 17:181–188, usual preference
 * prometheeII(
 *   { c1: Float64Array.of(4, 3, 5), c2: Float64Array.of(3, 2, 1), c3: Float64Array.of(2, 4, 3) },
 *   { c1: 0.5, c2: 0.3, c3: 0.2 },
 *   { directions: { c1: 'benefit', c2: 'benefit', c3: 'benefit' } },
 * ).score; // => Float64Array [0.1, -0.3, 0.2]
 */
export function prometheeII(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
  options: PrometheeOptions,
): AggregateOutput {
  const { ids, cols, w, n } = prepareColumns('prometheeII', columns, weights);
  checkDirections('prometheeII', ids, options.directions, ['benefit', 'cost']);
  const complete = completeRows(cols, w, n);
  const m = complete.length;
  const phiPlus = new Float64Array(n).fill(Number.NaN);
  const phiMinus = new Float64Array(n).fill(Number.NaN);
  const score = new Float64Array(n).fill(Number.NaN);
  const details: Record<string, Float64Array> = { phiPlus, phiMinus };
  if (m >= 2) {
    const plus = new Float64Array(m);
    const minus = new Float64Array(m);
    for (let j = 0; j < cols.length; j++) {
      const f = preferenceOf(options.preference, ids[j]!);
      const sign = options.directions[ids[j]!] === 'benefit' ? 1 : -1;
      const x = Float64Array.from(complete, (i) => sign * cols[j]![i]!);
      const net = new Float64Array(n).fill(Number.NaN);
      details[`net:${ids[j]}`] = net;
      if (!(w[j]! > 0)) continue;
      const { out, inc } = criterionFlows(x, f);
      for (let k = 0; k < m; k++) {
        plus[k]! += w[j]! * out[k]!;
        minus[k]! += w[j]! * inc[k]!;
        net[complete[k]!] = (out[k]! - inc[k]!) / (m - 1);
      }
    }
    for (let k = 0; k < m; k++) {
      const i = complete[k]!;
      phiPlus[i] = plus[k]! / (m - 1);
      phiMinus[i] = minus[k]! / (m - 1);
      score[i] = phiPlus[i]! - phiMinus[i]!;
    }
  }
  return { method: 'promethee-ii', score, details, summary: {} };
}

/** Rows with a value on every positively weighted criterion. */
function completeRows(cols: readonly Float64Array[], w: Float64Array, n: number): Int32Array {
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let j = 0; j < cols.length && ok; j++) ok = !(w[j]! > 0) || !Number.isNaN(cols[j]![i]!);
    if (ok) keep.push(i);
  }
  return Int32Array.from(keep);
}

/** The preference function of one criterion, checked; thresholds as [q, p] (usual: [0, 0]). */
function preferenceOf(
  preference: PrometheeOptions['preference'],
  id: string,
): { q: number; p: number } {
  const f: PreferenceFunction | undefined =
    preference === undefined
      ? { type: 'usual' }
      : 'type' in preference && typeof preference.type === 'string'
        ? (preference as PreferenceFunction)
        : Object.hasOwn(preference, id)
          ? (preference as Readonly<Record<string, PreferenceFunction>>)[id]
          : { type: 'usual' };
  if (f === undefined || !PREFERENCE_FUNCTIONS.includes(f.type)) {
    throw new Error(
      `prometheeII requires a preference function among ${PREFERENCE_FUNCTIONS.join(', ')} for "${id}"`,
    );
  }
  if (f.type === 'usual') return { q: 0, p: 0 };
  const q = f.type === 'linear' ? (f.q ?? 0) : 0;
  const p = f.p ?? Number.NaN;
  if (!(Number.isFinite(q) && q >= 0 && Number.isFinite(p) && p > q)) {
    throw new Error(`prometheeII requires thresholds 0 ≤ q < p for "${id}"`);
  }
  return { q, p };
}

/**
 * Σ_b F(x_a − x_b) (`out`) and Σ_b F(x_b − x_a) (`inc`) for every a, with F = 0 for d ≤ q,
 * (d − q)/(p − q) for q < d ≤ p and 1 for d > p (p = q = 0: the usual step at 0). Values are
 * shifted by their minimum first, so that the prefix sums stay small.
 */
function criterionFlows(
  raw: Float64Array,
  { q, p }: { q: number; p: number },
): { out: Float64Array; inc: Float64Array } {
  const m = raw.length;
  const s = Float64Array.from(raw).sort();
  const min = s[0]!;
  for (let k = 0; k < m; k++) s[k] = s[k]! - min;
  const x = Float64Array.from(raw, (v) => v - min);
  const outFlow = new Float64Array(m);
  const incFlow = new Float64Array(m);
  const prefix = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) prefix[k + 1] = prefix[k]! + s[k]!;
  const width = p - q;
  for (let a = 0; a < m; a++) {
    const v = x[a]!;
    // Outgoing: b with x_b < v − p count fully; v − p ≤ x_b < v − q count (v − q − x_b)/(p − q).
    const full = below(s, v - p);
    const part = below(s, v - q);
    let out = full;
    if (part > full) out += ((part - full) * (v - q) - (prefix[part]! - prefix[full]!)) / width;
    // Incoming: x_b > v + p fully; v + q < x_b ≤ v + p count (x_b − v − q)/(p − q).
    const fullIn = m - atMost(s, v + p);
    const partIn = m - atMost(s, v + q);
    let inc = fullIn;
    if (partIn > fullIn) {
      const from = m - partIn;
      const to = m - fullIn;
      inc += (prefix[to]! - prefix[from]! - (partIn - fullIn) * (v + q)) / width;
    }
    outFlow[a] = out;
    incFlow[a] = inc;
  }
  return { out: outFlow, inc: incFlow };
}

/** Number of sorted values strictly below v. */
function below(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values at most v. */
function atMost(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
