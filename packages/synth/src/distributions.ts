import type { Rng } from '@lokus/core';

/**
 * A standard normal draw by the Box–Muller transform (Box & Muller 1958), one of the pair per
 * call. O(1).
 *
 * @example
 * normal(createRng(1)); // => 0.2645986399613152
 */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Creates a standard normal generator that uses both values of each Box–Muller pair, half the
 * cost of {@link normal} per draw. O(1) per draw.
 *
 * @example
 * const z = createNormal(createRng(1));
 * z(); // => 0.2645986399613152
 */
export function createNormal(rng: Rng): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const t = 2 * Math.PI * rng();
    spare = r * Math.sin(t);
    hasSpare = true;
    return r * Math.cos(t);
  };
}

/**
 * A gamma draw with the given shape and scale 1 (mean = shape), by Marsaglia & Tsang (2000),
 * "A simple method for generating gamma variables", with the `U^(1/shape)` boost for shape < 1.
 * O(1) expected.
 *
 * @example
 * gamma(createRng(1), 2); // => 2.032130987107602
 */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * (1 - rng()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A Poisson draw: Knuth's multiplication method below mean 10, else Hörmann's transformed
 * rejection with squeeze, PTRS (Hörmann 1993, "The transformed rejection method for generating
 * Poisson random variables", as in NumPy). Exact in distribution. O(mean) below 10, O(1) above.
 *
 * @example
 * poisson(createRng(1), 4); // => 9
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -mean + k * loglam - logFactorial(k)
    )
      return k;
  }
}

const LOG_FACTORIAL = [0, 0];
for (let k = 2; k < 16; k++) LOG_FACTORIAL.push(LOG_FACTORIAL[k - 1]! + Math.log(k));

/** ln k!, from a table below 16 and Stirling's series above (error < 1e-10). */
function logFactorial(k: number): number {
  if (k < 16) return LOG_FACTORIAL[k]!;
  const x = k + 1;
  return (
    (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3)
  );
}

/**
 * A negative-binomial draw as a gamma–Poisson mixture: Poisson with a gamma-distributed mean of
 * expectation `mean` and shape `size`, so the variance is `mean + mean² / size` (overdispersed,
 * skewed counts). O(mean) below 30, O(1) above.
 *
 * @example
 * negativeBinomial(createRng(1), 10, 2); // => 14
 */
export function negativeBinomial(rng: Rng, mean: number, size: number): number {
  return poisson(rng, (mean * gamma(rng, size)) / size);
}

/**
 * A binomial draw: exact Bernoulli sum for n ≤ 30, else the normal approximation rounded and
 * clamped to [0, n]. O(min(n, 30)).
 *
 * @example
 * binomial(createRng(1), 1000, 0.1); // => 103
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  if (n <= 30) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(rng));
  return Math.min(n, Math.max(0, k));
}

/** The logistic function `1 / (1 + e^(−x))`. */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The logit, inverse of {@link logistic}. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
