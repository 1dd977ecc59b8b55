/** Options of {@link checkSkewKurt} (COINr `check_SkewKurt()` defaults). */
export interface CheckSkewKurtOptions {
  /** Absolute skewness at or above which the test fails (default 2). */
  readonly skewMax?: number;
  /** Excess kurtosis at or above which the test fails (default 3.5). */
  readonly kurtMax?: number;
}

/** Result of {@link checkSkewKurt}. */
export interface SkewKurtCheck {
  /** True when |skew| < skewMax or kurtosis < kurtMax, or when either cannot be computed. */
  readonly pass: boolean;
  /** Sample skewness (`NaN` with fewer than 3 present values or no spread). */
  readonly skew: number;
  /** Sample excess kurtosis (`NaN` with fewer than 4 present values or no spread). */
  readonly kurtosis: number;
}

/**
 * COINr's outlier test: an indicator passes when its absolute skewness is below `skewMax` OR its
 * excess kurtosis is below `kurtMax`; it fails only when both are high. Missing values (`NaN`)
 * are ignored.
 *
 * Estimators: COINr's `skew()` and `kurt()` (R/treat.R), which copy e1071's `skewness()` and
 * `kurtosis()` with `type = 2`, the same as Excel's SKEW and KURT:
 * G1 = √(n(n−1))/(n−2) · g1 and G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3)), with g1, g2 the moment
 * ratios. simple-statistics' `sampleSkewness` and `sampleKurtosis` compute exactly these.
 * Where either cannot be computed (fewer than 3 or 4 values, or all values equal) COINr's test
 * returns `NA` and `Treat()` leaves the indicator untreated; here that is reported as a pass.
 *
 * Source: W. Becker et al., COINr (https://github.com/bluefoxr/COINr), `check_SkewKurt()`.
 * Complexity O(n).
 *
 * @example
 * checkSkewKurt(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100])).pass; // => false
 */
export function checkSkewKurt(
  values: ArrayLike<number>,
  options: CheckSkewKurtOptions = {},
): SkewKurtCheck {
  const { skewMax = 2, kurtMax = 3.5 } = options;
  // Two passes over the present values (mean, then central moments), no copy: this runs for
  // every indicator of every scenario run, so it stays a tight typed-array loop.
  let n = 0;
  let sum = 0;
  let first = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (n === 0) first = v;
    n++;
    sum += v;
  }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  // All equal: exactly no spread (the floating-point mean could fake a tiny one).
  let spread = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (v !== first) spread = true;
    const d = v - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  // e1071 type 2 (Joanes & Gill 1998, G1 and G2): the sample skewness and excess kurtosis of
  // Excel's SKEW/KURT and COINr's check_SkewKurt.
  const g1 = m3 / m2 ** 1.5;
  const g2 = m4 / (m2 * m2) - 3;
  const skew = spread && n >= 3 ? (g1 * Math.sqrt(n * (n - 1))) / (n - 2) : Number.NaN;
  const kurtosis =
    spread && n >= 4 ? (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3)) : Number.NaN;
  if (Number.isNaN(skew) || Number.isNaN(kurtosis)) return { pass: true, skew, kurtosis };
  return { pass: Math.abs(skew) < skewMax || kurtosis < kurtMax, skew, kurtosis };
}
