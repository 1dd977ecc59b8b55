const LOG_SQRT_2PI = 0.9189385332046728;

/**
 * Upper tail of the standard normal distribution, P(Z > x), to about 1e-15 relative accuracy
 * (needed for the tiny p-values of strongly clustered maps).
 *
 * Method: for |x| < 3 the Taylor series of Φ (Marsaglia 2004, "Evaluating the normal
 * distribution", J. Stat. Softw. 11(4)); beyond, Laplace's continued fraction for the Mills ratio
 * evaluated with the modified Lentz algorithm. O(1).
 */
export function normalTail(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 1 - normalTail(-x);
  if (x < 3) {
    let s = x;
    let t = 0;
    let b = x;
    const q = x * x;
    let i = 1;
    while (s !== t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return 0.5 - s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  }
  if (x > 40) return 0;
  // x + 1/(x + 2/(x + 3/(x + …))) by modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    d = x + k * d;
    d = d === 0 ? 1 / tiny : 1 / d;
    c = x + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-0.5 * x * x - LOG_SQRT_2PI) / f;
}

/** Two-sided normal p-value, 2 P(Z > |z|). */
export function twoSidedP(z: number): number {
  return 2 * normalTail(Math.abs(z));
}
