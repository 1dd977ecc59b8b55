/**
 * Score kernels of the robustness draws: the arithmetic and geometric means of `arithmeticMean`
 * and `geometricMean`, computed exactly as those functions compute them (same weight rescaling,
 * same order of additions, so the same bits) but into a reused buffer, and for the geometric mean
 * from logarithms taken once per column rather than once per draw.
 * @module
 */

/** Rescales relative weights to sum to 1 (as `normaliseWeights` does). */
export function unitWeights(x: Float64Array, out: Float64Array): void {
  let sum = 0;
  for (let j = 0; j < x.length; j++) sum += x[j]!;
  for (let j = 0; j < x.length; j++) out[j] = x[j]! / sum;
}

/** `arithmeticMean`'s score into `out` (`present` is scratch); `w` sums to 1. */
export function arithmeticInto(
  cols: readonly Float64Array[],
  gapped: Uint8Array,
  w: Float64Array,
  out: Float64Array,
  present: Float64Array,
): void {
  const n = out.length;
  if (!weightedGaps(gapped, w, (wj) => wj !== 0)) {
    out.fill(0);
    accumulate(cols, w, (wj) => wj !== 0, out);
    let p = 0;
    for (let j = 0; j < cols.length; j++) if (w[j]! !== 0) p += w[j]!;
    for (let i = 0; i < n; i++) out[i] = p > 0 ? out[i]! / p : Number.NaN;
    return;
  }
  out.fill(0);
  present.fill(0);
  for (let j = 0; j < cols.length; j++) {
    const wj = w[j]!;
    if (wj === 0) continue;
    const x = cols[j]!;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (!Number.isNaN(v)) out[i]! += wj * v;
    }
  }
  for (let j = 0; j < cols.length; j++) {
    const wj = w[j]!;
    if (wj === 0) continue;
    const x = cols[j]!;
    for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) present[i]! += wj;
  }
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    out[i] = p > 0 ? out[i]! / p : Number.NaN;
  }
}

/** True when a column with gaps carries weight (`counts(w[j])`). */
function weightedGaps(
  gapped: Uint8Array,
  w: Float64Array,
  counts: (wj: number) => boolean,
): boolean {
  for (let j = 0; j < gapped.length; j++) if (gapped[j] === 1 && counts(w[j]!)) return true;
  return false;
}

/**
 * Adds w_j·x_ij to `out[i]` for the columns j that count, in column order, four columns per pass
 * over the villages: `((out + w₀x₀) + w₁x₁) + …` is the same sequence of roundings as one pass
 * per column, with a quarter of the reads and writes of `out`. No column may have gaps.
 */
function accumulate(
  cols: readonly Float64Array[],
  w: Float64Array,
  counts: (wj: number) => boolean,
  out: Float64Array,
): void {
  const used: number[] = [];
  for (let j = 0; j < cols.length; j++) if (counts(w[j]!)) used.push(j);
  const n = out.length;
  let k = 0;
  for (; k + 4 <= used.length; k += 4) {
    const [a, b, c, d] = [used[k]!, used[k + 1]!, used[k + 2]!, used[k + 3]!];
    const [xa, xb, xc, xd] = [cols[a]!, cols[b]!, cols[c]!, cols[d]!];
    const [wa, wb, wc, wd] = [w[a]!, w[b]!, w[c]!, w[d]!];
    for (let i = 0; i < n; i++)
      out[i] = out[i]! + wa * xa[i]! + wb * xb[i]! + wc * xc[i]! + wd * xd[i]!;
  }
  for (; k < used.length; k++) {
    const x = cols[used[k]!]!;
    const wj = w[used[k]!]!;
    for (let i = 0; i < n; i++) out[i]! += wj * x[i]!;
  }
}

/**
 * `geometricMean`'s logarithms of one column: log x, values ≤ 0 floored to 0.1 % of the column's
 * range, `NaN` kept.
 */
export function geometricLogs(x: Float64Array): Float64Array {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const logEpsilon = Math.log(hi > lo ? 1e-3 * (hi - lo) : 1e-3);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = Number.isNaN(v) ? v : v > 0 ? Math.log(v) : logEpsilon;
  }
  return out;
}

/**
 * `geometricMean`'s score into `out` from `geometricLogs` columns; `w` sums to 1. Columns without
 * a gap (`gapped[j]` = 0) skip the missing-value test; the present weight is then the same for
 * every village and added once, in the same column order.
 */
export function geometricInto(
  logs: readonly Float64Array[],
  gapped: Uint8Array,
  w: Float64Array,
  out: Float64Array,
  present: Float64Array,
): void {
  const n = out.length;
  if (weightedGaps(gapped, w, (wj) => wj > 0)) {
    geometricWithGaps(logs, gapped, w, out, present);
    return;
  }
  out.fill(0);
  accumulate(logs, w, (wj) => wj > 0, out);
  let p = 0;
  for (let j = 0; j < logs.length; j++) if (w[j]! > 0) p += w[j]!;
  for (let i = 0; i < n; i++) out[i] = p > 0 ? Math.exp(out[i]! / p) : Number.NaN;
}

/** `geometricInto` when a weighted column has gaps: the sums in column order, as the mean does. */
function geometricWithGaps(
  logs: readonly Float64Array[],
  gapped: Uint8Array,
  w: Float64Array,
  out: Float64Array,
  present: Float64Array,
): void {
  const n = out.length;
  out.fill(0);
  present.fill(0);
  for (let j = 0; j < logs.length; j++) {
    const wj = w[j]!;
    if (!(wj > 0)) continue;
    const lv = logs[j]!;
    if (gapped[j] === 0) {
      for (let i = 0; i < n; i++) {
        out[i]! += wj * lv[i]!;
        present[i]! += wj;
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const v = lv[i]!;
      if (Number.isNaN(v)) continue;
      out[i]! += wj * v;
      present[i]! += wj;
    }
  }
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    out[i] = p > 0 ? Math.exp(out[i]! / p) : Number.NaN;
  }
}
