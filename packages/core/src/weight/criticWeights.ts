import type { WeightOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { weightRecord } from './normaliseWeights.ts';

/**
 * Objective weights by CRITIC (CRiteria Importance Through Intercriteria Correlation): an
 * indicator gets more weight when it varies more and agrees less with the others.
 *
 * Method (Diakoulaki, Mavrotas & Papayannakis, "Determining objective weights in multiple
 * criteria problems: the CRITIC method", *Computers & Operations Research* 22(7):763–770, 1995):
 * each column is rescaled to [0, 1] by min–max, σ_j is its standard deviation (population form;
 * the choice cancels out) and r_jk the Pearson correlation between columns j and k;
 * C_j = σ_j Σ_k (1 − r_jk) and w_j = C_j / Σ_k C_k.
 * Missing values are skipped: σ_j uses the present values of j, r_jk the villages where both are
 * present (pairwise complete). An undefined correlation (a constant column) counts as 0. When
 * every C_j is 0 (all columns constant) the weights are equal. O(n·m²).
 *
 * @param columns - Normalised indicator columns; the result follows their key order.
 * @returns Weights summing to 1, method `critic`.
 * @throws When there are no columns, the columns differ in length, or a value is infinite.
 * @example
 * criticWeights({ a: Float64Array.of(0, 1, 2), b: Float64Array.of(0, 2, 4) }).weights;
 * // => { a: 0.5, b: 0.5 }
 */
export function criticWeights(columns: IndicatorColumns): WeightOutput {
  const ids = Object.keys(columns);
  const m = ids.length;
  if (m === 0) throw new Error('criticWeights requires at least one indicator');
  const n = columns[ids[0]!]!.length;
  const scaled: Float64Array[] = [];
  const sd = new Float64Array(m);
  for (const id of ids) {
    const x = columns[id]!;
    if (x.length !== n) throw new Error('criticWeights requires columns of equal length');
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY)
        throw new Error(`criticWeights requires finite values, got ${v} in "${id}"`);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const range = hi - lo;
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      s[i] = Number.isNaN(v) ? Number.NaN : range > 0 ? (v - lo) / range : 0;
    }
    scaled.push(s);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = s[i]!;
      if (!Number.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    const mean = count > 0 ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = s[i]!;
      if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
    }
    sd[scaled.length - 1] = count > 0 ? Math.sqrt(ss / count) : 0;
  }
  // conflict_j = Σ_k (1 − r_jk); r_jj = 1 contributes nothing.
  const conflict = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    for (let k = j + 1; k < m; k++) {
      const r = pairwiseCorrelation(scaled[j]!, scaled[k]!);
      conflict[j]! += 1 - r;
      conflict[k]! += 1 - r;
    }
  }
  const c = sd.map((s, j) => s * conflict[j]!);
  const total = c.reduce((a, b) => a + b, 0);
  const w = total > 0 ? c.map((x) => x / total) : c.fill(1 / m);
  return { method: 'critic', weights: weightRecord(ids, w) };
}

/** Pearson correlation over the rows where both values are present; 0 when undefined. */
function pairwiseCorrelation(a: Float64Array, b: Float64Array): number {
  let sa = 0;
  let sb = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      sa += x;
      sb += y;
      count++;
    }
  }
  if (count < 2) return 0;
  const ma = sa / count;
  const mb = sb / count;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      sab += x * y;
      saa += x * x;
      sbb += y * y;
    }
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
