import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import { mergeSobolParts } from '../../src/robustness/mergeRobustnessParts.ts';
import { sobolAnalysis } from '../../src/robustness/sobolAnalysis.ts';
import { sobolDesign } from '../../src/robustness/sobolDesign.ts';
import { sobolIndices } from '../../src/robustness/sobolIndices.ts';
import { streamSeed } from '../../src/robustness/streamSeed.ts';
import type { Rng } from '../../src/types.ts';

// Ishigami & Homma (1990), a = 7, b = 0.1, x_i ~ U(−π, π). Analytic indices (Saltelli et al.
// 2010, Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2,
// V2 = a²/8, V3 = 0, VT1 = V1 + V13, VT3 = V13 = b²π⁸(1/18 − 1/50).
const a = 7;
const b = 0.1;
const pi4 = Math.PI ** 4;
const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 18 + 0.5;
const V1 = (1 + (b * pi4) / 5) ** 2 / 2;
const V2 = (a * a) / 8;
const V13 = b * b * pi4 * pi4 * (1 / 18 - 1 / 50);
const ANALYTIC = {
  first: [V1 / V, V2 / V, 0],
  total: [(V1 + V13) / V, V2 / V, V13 / V],
};
const ishigami = (x: readonly number[]): number =>
  Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!);
const uniform = (rng: Rng): number => Math.PI * (2 * rng() - 1);

/** Tolerance on every index with N = 20,000 base samples (80,000 runs). */
const TOLERANCE = 0.03;

describe('sobolAnalysis', () => {
  it('the analytic Ishigami indices are the published ones', () => {
    expect(ANALYTIC.first.map((s) => s.toFixed(4))).toEqual(['0.3139', '0.4424', '0.0000']);
    expect(ANALYTIC.total.map((s) => s.toFixed(4))).toEqual(['0.5576', '0.4424', '0.2437']);
  });

  for (const seed of [1, 2, 3]) {
    it(`sobolAnalysis of Ishigami (seed ${seed}) is within ${TOLERANCE} of S1 and ST`, () => {
      const r = sobolAnalysis([uniform, uniform, uniform], ishigami, { samples: 20_000, seed });
      expect(r.indices.map((s) => s.factor)).toEqual(['x1', 'x2', 'x3']);
      r.indices.forEach((s, i) => {
        expect(Math.abs(s.first - ANALYTIC.first[i]!)).toBeLessThan(TOLERANCE);
        expect(Math.abs(s.total - ANALYTIC.total[i]!)).toBeLessThan(TOLERANCE);
      });
      expect(Math.abs(r.variance - V) / V).toBeLessThan(0.03);
    });
  }

  it('sobolAnalysis with the same seed gives identical indices, another seed different ones', () => {
    const run = (seed: number) =>
      sobolAnalysis([uniform, uniform, uniform], ishigami, { samples: 500, seed });
    expect(run(9)).toEqual(run(9));
    expect(run(9).indices[0]!.first).not.toBe(run(10).indices[0]!.first);
  });
});

describe('sobolIndices', () => {
  it('sobolIndices of an additive model attributes the variance to the right factors', () => {
    // y = 2·x1 + x2, independent uniforms: S1 = ST = 4/5, 1/5; x3 inert.
    const f = (x: readonly number[]) => 2 * x[0]! + x[1]!;
    const u = (rng: Rng) => rng();
    const r = sobolAnalysis([u, u, u], f, { samples: 20_000, seed: 4 });
    const got = r.indices.map((s) => [s.first, s.total]);
    const want = [
      [0.8, 0.8],
      [0.2, 0.2],
      [0, 0],
    ];
    got.forEach((pair, i) => {
      expect(Math.abs(pair[0]! - want[i]![0]!)).toBeLessThan(0.02);
      expect(Math.abs(pair[1]! - want[i]![1]!)).toBeLessThan(0.02);
    });
    expect(r.indices[2]).toEqual({ factor: 'x3', first: 0, total: 0 });
  });

  it('sobolIndices of a constant output are all 0 (nothing to attribute)', () => {
    const part = sobolDesign(
      () => [1, 2],
      [0, 1],
      () => 5,
      { to: 10 },
    );
    const r = sobolIndices(part, ['p', 'q']);
    expect(r.variance).toBe(0);
    expect(r.indices).toEqual([
      { factor: 'p', first: 0, total: 0 },
      { factor: 'q', first: 0, total: 0 },
    ]);
  });

  it('sobolIndices requires one name per factor', () => {
    const part = sobolDesign(
      () => [1],
      [0],
      () => 1,
      { to: 2 },
    );
    expect(() => sobolIndices(part, [])).toThrow(/^sobolIndices requires/);
  });
});

describe('sobolDesign', () => {
  const sample = (matrix: 1 | 2, j: number) =>
    [0, 1, 2].map((g) => uniform(createRng(streamSeed(5, matrix, j, g))));

  it('sobolDesign split into ranges and merged equals one run', () => {
    const whole = sobolDesign(sample, [0, 1, 2], ishigami, { to: 300 });
    const parts = [
      sobolDesign(sample, [0, 1, 2], ishigami, { from: 200, to: 300 }),
      sobolDesign(sample, [0, 1, 2], ishigami, { from: 0, to: 77 }),
      sobolDesign(sample, [0, 1, 2], ishigami, { from: 77, to: 200 }),
    ];
    expect(mergeSobolParts(parts)).toEqual(whole);
  });

  it('mergeSobolParts refuses a gap', () => {
    const p = (from: number, to: number) => sobolDesign(sample, [0], ishigami, { from, to });
    expect(() => mergeSobolParts([p(0, 5), p(6, 9)])).toThrow(/^mergeSobolParts requires/);
  });

  it('sobolDesign takes factor i of A_B^(i) from B and the others from A', () => {
    const part = sobolDesign(
      (m, j) => [m * 100 + j, m * 10],
      [0, 1],
      (x) => x[0]! + 1000 * x[1]!,
      { to: 1 },
    );
    expect([...part.fA]).toEqual([100 + 10_000]);
    expect([...part.fB]).toEqual([200 + 20_000]);
    expect([...part.fAB[0]!]).toEqual([200 + 10_000]);
    expect([...part.fAB[1]!]).toEqual([100 + 20_000]);
  });
});
