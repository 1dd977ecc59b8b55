import { describe, expect, it } from 'vitest';
import { topsis } from '../../src/aggregate/topsis.ts';
import { TOPSIS_NORMALISATIONS } from '../../src/scenario/vocabulary.ts';
import { goldenColumns, maxAbsDiff, pymcdm } from '../golden/pymcdm.ts';

// Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: A comparative analysis of VIKOR
// and TOPSIS", EJOR 156:445–455, numerical example: criterion 1 is a cost, criterion 2 a benefit,
// equal weights; the paper reports TOPSIS closeness 0.7621, 0.7222, 0.2379.
const X = { f1: Float64Array.of(1, 2, 5), f2: Float64Array.of(3000, 3750, 4500) };
const directions = { f1: 'cost', f2: 'benefit' } as const;

describe('topsis', () => {
  it('topsis reproduces the closeness values of Opricovic & Tzeng (2004)', () => {
    const out = topsis(X, { f1: 0.5, f2: 0.5 }, { directions });
    expect(out.method).toBe('topsis');
    expect(out.score[0]).toBeCloseTo(0.7621, 4);
    expect(out.score[1]).toBeCloseTo(0.7222, 4);
    expect(out.score[2]).toBeCloseTo(0.2379, 4);
    // d⁺ of A1 by hand: √30 norm, |0.5×1/√30 − 0.5×1/√30| = 0 and 0.5×(4500 − 3000)/√43312500.
    expect(out.details.dPlus![0]).toBeCloseTo((0.5 * 1500) / Math.sqrt(43_312_500), 12);
    expect(out.details.dMinus![0]).toBeCloseTo((0.5 * 4) / Math.sqrt(30), 12);
  });

  it('topsis is unchanged when every weight is scaled by a constant', () => {
    const a = topsis(X, { f1: 1, f2: 3 }, { directions }).score;
    const b = topsis(X, { f1: 7, f2: 21 }, { directions }).score;
    for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(a[i]!, 14);
  });

  it('topsis skips missing values and gives NaN to a village with none', () => {
    const out = topsis(
      {
        f1: Float64Array.of(1, 2, 5, Number.NaN),
        f2: Float64Array.of(3000, 3750, Number.NaN, Number.NaN),
      },
      { f1: 0.5, f2: 0.5 },
      { directions },
    );
    // Village 3 has only f1, at the worst value: distance 0 to the anti-ideal.
    expect(out.score[2]).toBe(0);
    expect(Number.isNaN(out.score[3])).toBe(true);
  });

  it('topsis throws on a missing direction', () => {
    expect(() => topsis(X, { f1: 1, f2: 1 }, { directions: { f1: 'cost' } })).toThrow(
      /^topsis requires/,
    );
  });

  it('topsis does not mutate its inputs', () => {
    const copy = X.f2.slice();
    topsis(Object.freeze({ ...X }), Object.freeze({ f1: 1, f2: 1 }), Object.freeze({ directions }));
    expect(X.f2).toEqual(copy);
  });

  it('topsis equals pymcdm TOPSIS with vector and with minmax normalisation on the golden matrix', () => {
    const { columns, weights, directions: types } = goldenColumns();
    const vector = topsis(columns, weights, { directions: types }).score;
    const explicit = topsis(columns, weights, { directions: types, normalise: 'vector' }).score;
    const minmax = topsis(columns, weights, { directions: types, normalise: 'minmax' }).score;
    expect(maxAbsDiff(vector, pymcdm.topsis.vector)).toBeLessThan(1e-12);
    expect(Array.from(explicit)).toEqual(Array.from(vector));
    expect(maxAbsDiff(minmax, pymcdm.topsis.minmax)).toBeLessThan(1e-12);
    // The two normalisations order these villages differently: the option matters.
    expect(maxAbsDiff(vector, minmax)).toBeGreaterThan(1e-3);
  });

  it('topsis with minmax normalisation equals pymcdm on the Opricovic & Tzeng example', () => {
    const out = topsis(X, { f1: 0.5, f2: 0.5 }, { directions, normalise: 'minmax' });
    expect(maxAbsDiff(out.score, pymcdm.topsis.opricovicTzengMinmax)).toBeLessThan(1e-12);
    expect(
      maxAbsDiff(
        topsis(X, { f1: 0.5, f2: 0.5 }, { directions }).score,
        pymcdm.topsis.opricovicTzengVector,
      ),
    ).toBeLessThan(1e-12);
  });

  it('topsis gives scores in [0, 1] under every offered normalisation, NaN where nothing is present', () => {
    const cols = {
      f1: Float64Array.of(1, 2, 5, Number.NaN),
      f2: Float64Array.of(3000, 3750, 4500, Number.NaN),
    };
    for (const normalise of TOPSIS_NORMALISATIONS) {
      const s = topsis(cols, { f1: 1, f2: 1 }, { directions, normalise }).score;
      for (let i = 0; i < 3; i++) expect(s[i]! >= 0 && s[i]! <= 1).toBe(true);
      expect(Number.isNaN(s[3])).toBe(true);
    }
  });

  it('topsis refuses goalposts as its normalisation', () => {
    expect(() =>
      topsis(X, { f1: 1, f2: 1 }, { directions, normalise: 'goalposts' as 'minmax' }),
    ).toThrow(/^topsis requires a normalisation/);
  });
});
