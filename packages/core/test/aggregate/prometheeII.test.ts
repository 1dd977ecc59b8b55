import { describe, expect, it } from 'vitest';
import { prometheeII } from '../../src/aggregate/prometheeII.ts';
import { goldenColumns, maxAbsDiff, pymcdm } from '../golden/pymcdm.ts';

/** Net flows by the definition, over all n² pairs: the check of the sorted-sum method. */
function bruteForce(
  cols: Float64Array[],
  w: number[],
  sign: number[],
  pref: (d: number, j: number) => number,
): number[] {
  const n = cols[0]!.length;
  const total = w.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, (_, a) => {
    let s = 0;
    for (let b = 0; b < n; b++) {
      for (let j = 0; j < cols.length; j++) {
        const d = sign[j]! * (cols[j]![a]! - cols[j]![b]!);
        s += (w[j]! / total) * (pref(d, j) - pref(-d, j));
      }
    }
    return s / (n - 1);
  });
}

describe('prometheeII', () => {
  it('prometheeII reproduces the net flows of Zhao, Peng & Li (2013): 0.1, −0.3, 0.2', () => {
    // Procedia Computer Science 17:181–188, usual preference, weights 0.5, 0.3, 0.2.
    const out = prometheeII(
      { c1: Float64Array.of(4, 3, 5), c2: Float64Array.of(3, 2, 1), c3: Float64Array.of(2, 4, 3) },
      { c1: 0.5, c2: 0.3, c3: 0.2 },
      { directions: { c1: 'benefit', c2: 'benefit', c3: 'benefit' } },
    );
    expect(out.method).toBe('promethee-ii');
    expect(maxAbsDiff(out.score, [0.1, -0.3, 0.2])).toBeLessThan(1e-15);
    expect(maxAbsDiff(out.score, pymcdm.promethee.zhao.usual)).toBeLessThan(1e-15);
    expect(maxAbsDiff(out.details.phiPlus!, [0.55, 0.35, 0.6])).toBeLessThan(1e-15);
  });

  it('prometheeII equals pymcdm PROMETHEE_II with usual, vshape and vshape_2 (linear) preferences', () => {
    const { columns, weights, directions } = goldenColumns();
    const { p, q } = pymcdm.promethee;
    const per = (type: 'v-shape' | 'linear') =>
      Object.fromEntries(p.map((pj, j) => [`c${j}`, { type, p: pj, q: q[j]! }]));
    const usual = prometheeII(columns, weights, { directions }).score;
    const vshape = prometheeII(columns, weights, { directions, preference: per('v-shape') }).score;
    const linear = prometheeII(columns, weights, { directions, preference: per('linear') }).score;
    expect(maxAbsDiff(usual, pymcdm.promethee.usual)).toBeLessThan(1e-12);
    expect(maxAbsDiff(vshape, pymcdm.promethee.vshape)).toBeLessThan(1e-12);
    expect(maxAbsDiff(linear, pymcdm.promethee.linear)).toBeLessThan(1e-12);
  });

  it('prometheeII on random columns with ties equals the n² definition', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const cols = [0, 1, 2].map(() =>
      Float64Array.from({ length: 60 }, () => Math.round(next() * 20)),
    );
    const w = [0.5, 0.2, 0.3];
    const sign = [1, -1, 1];
    const pq = [
      [0, 0],
      [2, 7],
      [0, 5],
    ] as const;
    const linear = (d: number, j: number) => {
      const [q, p] = pq[j]!;
      if (p === 0) return d > 0 ? 1 : 0;
      return d <= q ? 0 : d > p ? 1 : (d - q) / (p - q);
    };
    const out = prometheeII(
      { a: cols[0]!, b: cols[1]!, c: cols[2]! },
      { a: 0.5, b: 0.2, c: 0.3 },
      {
        directions: { a: 'benefit', b: 'cost', c: 'benefit' },
        preference: {
          a: { type: 'usual' },
          b: { type: 'linear', q: 2, p: 7 },
          c: { type: 'v-shape', p: 5 },
        },
      },
    );
    expect(maxAbsDiff(out.score, bruteForce(cols, w, sign, linear))).toBeLessThan(1e-12);
  });

  it('prometheeII net flows sum to zero and each criterion net flow adds up to the score', () => {
    const { columns, weights, directions } = goldenColumns();
    const out = prometheeII(columns, weights, { directions });
    expect(Math.abs(out.score.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
    for (let i = 0; i < out.score.length; i++) {
      let s = 0;
      for (let j = 0; j < 4; j++) s += pymcdm.weights[j]! * out.details[`net:c${j}`]![i]!;
      expect(s).toBeCloseTo(out.score[i]!, 12);
    }
  });

  it('prometheeII leaves a village with a missing value out and compares the others among themselves', () => {
    const out = prometheeII(
      { a: Float64Array.of(1, Number.NaN, 3, 2) },
      { a: 1 },
      { directions: { a: 'benefit' } },
    );
    expect(Array.from(out.score)).toEqual([-1, Number.NaN, 1, 0]);
  });

  it('prometheeII requires p > q ≥ 0 for linear and a known preference function', () => {
    const cols = { a: Float64Array.of(1, 2) };
    const directions = { a: 'benefit' } as const;
    expect(() =>
      prometheeII(cols, { a: 1 }, { directions, preference: { type: 'linear', q: 3, p: 2 } }),
    ).toThrow(/prometheeII requires thresholds/);
    expect(() =>
      prometheeII(cols, { a: 1 }, { directions, preference: { type: 'gaussian' as 'usual' } }),
    ).toThrow(/prometheeII requires a preference function/);
  });
});
