import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import {
  binomial,
  createNormal,
  gamma,
  logistic,
  logit,
  negativeBinomial,
  normal,
  poisson,
} from '../src/distributions.ts';

/** Sample mean and variance of `n` draws. */
function moments(draw: () => number, n = 40_000): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, variance: s2 / n - mean * mean };
}

// Reference moments are the textbook ones: N(0,1); Gamma(k,1) mean k, variance k;
// Poisson(λ) mean = variance = λ; NB(μ, r) variance μ + μ²/r; Binomial(n,p) mean np, var np(1−p).
describe('distributions', () => {
  it('normal and createNormal have mean 0 and variance 1', () => {
    const rng = createRng(1);
    for (const draw of [() => normal(rng), createNormal(rng)]) {
      const m = moments(draw);
      expect(m.mean).toBeCloseTo(0, 1);
      expect(m.variance).toBeCloseTo(1, 1);
    }
  });

  it('gamma(shape) has mean and variance equal to shape, also below shape 1', () => {
    const rng = createRng(2);
    for (const k of [0.5, 2, 7]) {
      const m = moments(() => gamma(rng, k));
      expect(Math.abs(m.mean - k) / k).toBeLessThan(0.03);
      expect(Math.abs(m.variance - k) / k).toBeLessThan(0.08);
    }
  });

  it('poisson(mean) matches mean and variance on both the Knuth and the PTRS branch', () => {
    const rng = createRng(3);
    for (const lambda of [0.7, 4, 12, 60, 900]) {
      const m = moments(() => poisson(rng, lambda));
      expect(Math.abs(m.mean - lambda) / lambda).toBeLessThan(0.03);
      expect(Math.abs(m.variance - lambda) / lambda).toBeLessThan(0.06);
    }
    expect(poisson(rng, 0)).toBe(0);
    expect(Number.isInteger(poisson(rng, 33.3))).toBe(true);
  });

  it('negativeBinomial(mean, size) is overdispersed: variance mean + mean²/size', () => {
    const rng = createRng(4);
    const m = moments(() => negativeBinomial(rng, 20, 2), 60_000);
    expect(Math.abs(m.mean - 20) / 20).toBeLessThan(0.03);
    expect(Math.abs(m.variance - 220) / 220).toBeLessThan(0.1);
  });

  it('binomial(n, p) stays in [0, n] with mean np on the exact and the normal branch', () => {
    const rng = createRng(5);
    for (const [n, p] of [
      [20, 0.3],
      [5000, 0.1],
    ] as const) {
      let lo = Infinity;
      let hi = -Infinity;
      const m = moments(() => {
        const k = binomial(rng, n, p);
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
        return k;
      });
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(n);
      expect(Math.abs(m.mean - n * p) / (n * p)).toBeLessThan(0.02);
      expect(Math.abs(m.variance - n * p * (1 - p)) / (n * p * (1 - p))).toBeLessThan(0.08);
    }
    expect(binomial(rng, 10, 1)).toBe(10);
    expect(binomial(rng, 10, 0)).toBe(0);
  });

  it('logit inverts logistic', () => {
    for (const p of [0.01, 0.3, 0.5, 0.97]) expect(logistic(logit(p))).toBeCloseTo(p, 12);
    expect(logistic(0)).toBe(0.5);
  });
});
