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
  out.fill(0);
  let gaps = false;
  for (let j = 0; j < cols.length; j++) {
    const wj = w[j]!;
    if (wj === 0) continue;
    const x = cols[j]!;
    if (gapped[j] === 1) {
      gaps = true;
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (!Number.isNaN(v)) out[i]! += wj * v;
      }
    } else for (let i = 0; i < n; i++) out[i]! += wj * x[i]!;
  }
  if (gaps) {
    present.fill(0);
    for (let j = 0; j < cols.length; j++) {
      const wj = w[j]!;
      if (wj === 0) continue;
      const x = cols[j]!;
      if (gapped[j] === 0) for (let i = 0; i < n; i++) present[i]! += wj;
      else for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) present[i]! += wj;
    }
    for (let i = 0; i < n; i++) {
      const p = present[i]!;
      out[i] = p > 0 ? out[i]! / p : Number.NaN;
    }
    return;
  }
  let p = 0;
  for (let j = 0; j < cols.length; j++) if (w[j]! !== 0) p += w[j]!;
  for (let i = 0; i < n; i++) out[i] = p > 0 ? out[i]! / p : Number.NaN;
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
  out.fill(0);
  let gaps = false;
  for (let j = 0; j < logs.length; j++) {
    const wj = w[j]!;
    if (!(wj > 0)) continue;
    const lv = logs[j]!;
    if (gapped[j] === 1) {
      gaps = true;
      continue;
    }
    for (let i = 0; i < n; i++) out[i]! += wj * lv[i]!;
  }
  if (gaps) {
    geometricWithGaps(logs, gapped, w, out, present);
    return;
  }
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
