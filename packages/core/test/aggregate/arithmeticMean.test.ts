import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arithmeticMean } from '../../src/aggregate/arithmeticMean.ts';

const cols = {
  a: Float64Array.of(10, 0, 50, Number.NaN),
  b: Float64Array.of(20, Number.NaN, 50, Number.NaN),
};

const matrix = (n: number, m: number) =>
  fc.array(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: n, maxLength: n }), {
    minLength: m,
    maxLength: m,
  });

function toColumns(rows: number[][]): Record<string, Float64Array> {
  return Object.fromEntries(rows.map((c, j) => [`i${j}`, Float64Array.from(c)]));
}

describe('arithmeticMean', () => {
  it('arithmeticMean is the weighted mean, renormalised over present values, NaN when none', () => {
    const out = arithmeticMean(cols, { a: 1, b: 3 });
    expect(out.method).toBe('arithmetic');
    // (1×10 + 3×20)/4 = 17.5; village 2 has only a → 0; village 4 has nothing.
    expect(Array.from(out.score)).toEqual([17.5, 0, 50, Number.NaN]);
    expect(Array.from(out.details.coverage!)).toEqual([1, 0.25, 1, 0]);
  });

  it('arithmeticMean ignores columns without a weight and throws on a weight without a column', () => {
    expect(Array.from(arithmeticMean(cols, { a: 1 }).score)).toEqual([10, 0, 50, Number.NaN]);
    expect(() => arithmeticMean(cols, { a: 1, zz: 1 })).toThrow(/^arithmeticMean requires/);
    expect(() => arithmeticMean(cols, { a: -1, b: 1 })).toThrow(/^arithmeticMean requires/);
  });

  it('arithmeticMean is unchanged when every weight is scaled by a constant', () => {
    fc.assert(
      fc.property(
        matrix(5, 3),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rows, ws, c) => {
          const columns = toColumns(rows);
          const w = Object.fromEntries(ws.map((x, j) => [`i${j}`, x]));
          const wc = Object.fromEntries(ws.map((x, j) => [`i${j}`, x * c]));
          const s1 = arithmeticMean(columns, w).score;
          const s2 = arithmeticMean(columns, wc).score;
          for (let i = 0; i < s1.length; i++) expect(s2[i]).toBeCloseTo(s1[i]!, 9);
        },
      ),
      { seed: 20_240_601 },
    );
  });

  it('arithmeticMean never lowers a village score when one of its values rises', () => {
    fc.assert(
      fc.property(
        matrix(4, 3),
        fc.nat(3),
        fc.nat(2),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (rows, i, j, delta) => {
          const columns = toColumns(rows);
          const w = { i0: 1, i1: 2, i2: 3 };
          const before = arithmeticMean(columns, w).score[i]!;
          const raised = { ...columns, [`i${j}`]: columns[`i${j}`]!.slice() };
          raised[`i${j}`]![i]! += delta;
          expect(arithmeticMean(raised, w).score[i]!).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { seed: 7 },
    );
  });

  it('arithmeticMean does not mutate its inputs', () => {
    const a = cols.a.slice();
    const weights = Object.freeze({ a: 1, b: 1 });
    arithmeticMean(Object.freeze({ ...cols }), weights);
    expect(cols.a).toEqual(a);
  });
});

describe('arithmeticMean at scale', () => {
  it('arithmeticMean(columns, weights) over 5,000 villages equals the sum taken village by village in column order', () => {
    const n = 5000;
    let seed = 1;
    const next = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const columns: Record<string, Float64Array> = {};
    const weights: Record<string, number> = {};
    for (let j = 0; j < 7; j++) {
      columns[`c${j}`] = Float64Array.from({ length: n }, () =>
        next() < 0.05 ? Number.NaN : next() * 100,
      );
      weights[`c${j}`] = j === 3 ? 0 : 0.1 + next();
    }
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    const w = Object.values(weights).map((x) => x / total);
    const cols = Object.values(columns);
    const { score } = arithmeticMean(columns, weights);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      let present = 0;
      cols.forEach((x, j) => {
        if (w[j] !== 0 && !Number.isNaN(x[i]!)) sum += w[j]! * x[i]!;
      });
      cols.forEach((x, j) => {
        if (w[j] !== 0 && !Number.isNaN(x[i]!)) present += w[j]!;
      });
      expect(score[i]).toBe(present > 0 ? sum / present : Number.NaN);
    }
  });
});
