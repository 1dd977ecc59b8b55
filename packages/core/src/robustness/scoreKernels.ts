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
    let p = 0;
    for (let j = 0; j < cols.length; j++) if (w[j]! !== 0) p += w[j]!;
    if (p > 0) accumulate(cols, w, (wj) => wj !== 0, out, { divisor: p, exp: false });
    else out.fill(Number.NaN);
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
 * Sets `out[i]` to `finish((0 + w_a·x_ia) + w_b·x_ib + …)` over the columns j that count (at
 * least one), in column order, four columns per pass over the villages: `((s + w₀x₀) + w₁x₁) + …`
 * is the same sequence of roundings as one pass per column, with a quarter of the reads and
 * writes of the sum. `finish` (x/divisor, or exp(x/divisor)) is applied in the last pass. No
 * column may have gaps.
 */
function accumulate(
  cols: readonly Float64Array[],
  w: Float64Array,
  counts: (wj: number) => boolean,
  out: Float64Array,
  finish: Finish,
): void {
  const used: number[] = [];
  for (let j = 0; j < cols.length; j++) if (counts(w[j]!)) used.push(j);
  // Single columns first, then groups of four: the order of the additions is unchanged.
  const singles = used.length % 4;
  for (let k = 0; k < used.length; k += k < singles ? 1 : 4) {
    const first = k === 0;
    const last = k + (k < singles ? 1 : 4) >= used.length;
    if (k < singles) addColumn(cols[used[k]!]!, w[used[k]!]!, out, first, last ? finish : null);
    else addFour(cols, w, used.slice(k, k + 4), out, first, last ? finish : null);
  }
}

/** How the last pass ends each sum: divided by `divisor`, then exponentiated when `exp`. */
interface Finish {
  readonly divisor: number;
  readonly exp: boolean;
}

/** `out[i] = s + wj·x[i]` with s = `out[i]`, or 0 when `first`; then `finish` when given. */
function addColumn(
  x: Float64Array,
  wj: number,
  out: Float64Array,
  first: boolean,
  finish: Finish | null,
): void {
  const n = out.length;
  const p = finish?.divisor ?? 1;
  const exp = finish?.exp === true;
  for (let i = 0; i < n; i++) {
    const s = (first ? 0 : out[i]!) + wj * x[i]!;
    out[i] = finish === null ? s : exp ? Math.exp(s / p) : s / p;
  }
}

/** `addColumn` for four columns in one pass: `(((s + w₀x₀) + w₁x₁) + w₂x₂) + w₃x₃`. */
function addFour(
  cols: readonly Float64Array[],
  w: Float64Array,
  four: readonly number[],
  out: Float64Array,
  first: boolean,
  finish: Finish | null,
): void {
  const [a, b, c, d] = [four[0]!, four[1]!, four[2]!, four[3]!];
  const [xa, xb, xc, xd] = [cols[a]!, cols[b]!, cols[c]!, cols[d]!];
  const [wa, wb, wc, wd] = [w[a]!, w[b]!, w[c]!, w[d]!];
  const n = out.length;
  const p = finish?.divisor ?? 1;
  const exp = finish?.exp === true;
  for (let i = 0; i < n; i++) {
    const s = (first ? 0 : out[i]!) + wa * xa[i]! + wb * xb[i]! + wc * xc[i]! + wd * xd[i]!;
    out[i] = finish === null ? s : exp ? Math.exp(s / p) : s / p;
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
  if (weightedGaps(gapped, w, (wj) => wj > 0)) {
    geometricWithGaps(logs, gapped, w, out, present);
    return;
  }
  let p = 0;
  for (let j = 0; j < logs.length; j++) if (w[j]! > 0) p += w[j]!;
  if (p > 0) accumulate(logs, w, (wj) => wj > 0, out, { divisor: p, exp: true });
  else out.fill(Number.NaN);
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
