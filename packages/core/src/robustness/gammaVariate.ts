import type { Rng } from '../types.ts';

/** A standard normal variate by the Box–Muller transform (two uniforms per call). */
function normalVariate(rng: Rng): number {
  const u1 = 1 - rng(); // in (0, 1]
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A Gamma(shape, 1) variate. Method: G. Marsaglia and W. W. Tsang (2000), "A simple method for
 * generating gamma variables", ACM TOMS 26(3), squeeze and rejection for shape ≥ 1; for
 * shape < 1, Gamma(shape + 1)·U^(1/shape) (their §6). Shape 0 gives 0. Expected O(1).
 *
 * Hand-written: the workspace's statistics library samples no distributions, and a Dirichlet
 * needs only this.
 *
 * @example
 * gammaVariate(0, createRng(1)); // => 0
 */
export function gammaVariate(shape: number, rng: Rng): number {
  if (!(shape >= 0)) throw new Error('gammaVariate requires a shape ≥ 0');
  if (shape === 0) return 0;
  if (shape < 1) return gammaVariate(shape + 1, rng) * (1 - rng()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalVariate(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
