import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankScores } from '../../src/rank/rankScores.ts';

const code = (i: number): string =>
  `99.01.${String(Math.floor(i / 100) + 1).padStart(2, '0')}.2${String(i % 100).padStart(3, '0')}`;

describe('rankScores', () => {
  it('rankScores(score) gives rank 1 to the highest score and min rank to ties (1, 2, 2, 4)', () => {
    // R: rank(-c(5, 9, 5, 1), ties.method = "min") gives 2 1 2 4
    const r = rankScores(new Float64Array([5, 9, 5, 1]), { codes: [0, 1, 2, 3].map(code) });
    expect(Array.from(r.rank)).toEqual([2, 1, 2, 4]);
  });

  it('rankScores(score).order breaks ties by village code ascending, not by row', () => {
    const codes = ['99.01.01.2003', '99.01.01.2001', '99.01.01.2002'];
    const r = rankScores(new Float64Array([7, 7, 7]), { codes });
    expect(Array.from(r.rank)).toEqual([1, 1, 1]);
    expect(Array.from(r.order).map((i) => codes[i])).toEqual([
      '99.01.01.2001',
      '99.01.01.2002',
      '99.01.01.2003',
    ]);
  });

  it('rankScores(score with NaN) leaves NaN scores unranked and last in order, by code', () => {
    const codes = ['99.01.01.2004', '99.01.01.2002', '99.01.01.2001', '99.01.01.2003'];
    const r = rankScores(new Float64Array([Number.NaN, 3, Number.NaN, 1]), { codes });
    expect(Array.from(r.rank)).toEqual([Number.NaN, 1, Number.NaN, 2]);
    expect(Array.from(r.rankInKecamatan)).toEqual([Number.NaN, 1, Number.NaN, 2]);
    expect(Array.from(r.order)).toEqual([1, 3, 2, 0]);
  });

  it('rankScores(score, { groups }) ranks within each kecamatan with the same tie rule', () => {
    const groups = ['A', 'B', 'A', 'A', 'B'];
    const r = rankScores(new Float64Array([4, 10, 8, 4, 2]), {
      codes: [0, 1, 2, 3, 4].map(code),
      groups,
    });
    expect(Array.from(r.rank)).toEqual([3, 1, 2, 3, 5]);
    expect(Array.from(r.rankInKecamatan)).toEqual([2, 1, 1, 2, 2]);
  });

  it('rankScores(score) without groups gives rankInKecamatan equal to rank', () => {
    const r = rankScores(new Float64Array([1, 2, 3]), { codes: [0, 1, 2].map(code) });
    expect(Array.from(r.rankInKecamatan)).toEqual(Array.from(r.rank));
  });

  it('rankScores(score with ±Infinity and -0) orders them as numbers, -0 tied with 0', () => {
    const codes = [0, 1, 2, 3, 4].map(code);
    const r = rankScores(
      Float64Array.from([0, Number.NEGATIVE_INFINITY, -0, Number.POSITIVE_INFINITY, -1e-300]),
      {
        codes,
      },
    );
    expect(Array.from(r.rank)).toEqual([2, 5, 2, 1, 4]);
  });

  it('rankScores(codes not in the dotted form) still breaks ties by code-unit order', () => {
    const codes = ['b', 'ab', 'a', 'B'];
    const r = rankScores(new Float64Array(4), { codes });
    expect(Array.from(r.order, (i) => codes[i])).toEqual(['B', 'a', 'ab', 'b']);
  });

  it('rankScores(score) with mismatched codes throws', () => {
    expect(() => rankScores(new Float64Array(2), { codes: ['a'] })).toThrow(/^rankScores requires/);
  });

  it('rankScores(score) does not mutate its inputs', () => {
    const score = new Float64Array([3, 1, 2, Number.NaN]);
    const before = score.slice();
    const codes = Object.freeze([0, 1, 2, 3].map(code));
    const groups = Object.freeze(['A', 'A', 'B', 'B']);
    rankScores(score, { codes, groups });
    expect(score).toEqual(before);
  });

  it('rankScores(distinct scores) ranks are a permutation of 1..n and follow order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 60,
          comparator: (a, b) => a === b,
        }),
        (values) => {
          const r = rankScores(Float64Array.from(values), { codes: values.map((_, i) => code(i)) });
          const sorted = Array.from(r.rank).sort((a, b) => a - b);
          expect(sorted).toEqual(values.map((_, i) => i + 1));
          for (let k = 0; k < values.length; k++) expect(r.rank[r.order[k]!]).toBe(k + 1);
        },
      ),
    );
  });

  it('rankScores(shuffled rows) gives every village the same ranks by code', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.NaN)), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        (values, keys) => {
          const n = values.length;
          const codes = values.map((_, i) => code(i));
          const groups = codes.map((c) => c.slice(0, 8));
          const perm = Array.from({ length: n }, (_, i) => i).sort(
            (a, b) => keys[a]! - keys[b]! || a - b,
          );
          const r1 = rankScores(Float64Array.from(values), { codes, groups });
          const r2 = rankScores(
            Float64Array.from(perm, (i) => values[i]!),
            {
              codes: perm.map((i) => codes[i]!),
              groups: perm.map((i) => groups[i]!),
            },
          );
          perm.forEach((i, j) => {
            expect(r2.rank[j]).toBe(r1.rank[i]);
            expect(r2.rankInKecamatan[j]).toBe(r1.rankInKecamatan[i]);
          });
          expect(Array.from(r2.order, (j) => codes[perm[j]!])).toEqual(
            Array.from(r1.order, (i) => codes[i]),
          );
        },
      ),
    );
  });
});

describe('rankScores with groups under the default min ties (one pass)', () => {
  /** Rank = 1 + the number of present scores strictly above (R's ties.method = "min"). */
  const reference = (score: Float64Array, within: (j: number) => boolean): Float64Array =>
    score.map((s) => {
      if (Number.isNaN(s)) return Number.NaN;
      let above = 0;
      score.forEach((t, j) => {
        if (within(j) && t > s) above++;
      });
      return above + 1;
    });

  it('rank and rankInKecamatan equal the counting definition, with ties, NaN and -0 (fast-check)', () => {
    const scoreValue = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(Number.NaN, -0, 0.1 + 0.2, 0.3),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: scoreValue, g: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 60,
        }),
        (rows) => {
          const score = Float64Array.from(rows, (r) => r.s);
          const groups = rows.map((r) => `99.01.0${r.g + 1}`);
          const r = rankScores(score, { codes: rows.map((_, i) => code(i)), groups });
          expect(Array.from(r.rank)).toEqual(Array.from(reference(score, () => true)));
          const inGroup = score.map((_, i) => {
            const own = reference(score, (j) => groups[j] === groups[i]);
            return own[i]!;
          });
          expect(Array.from(r.rankInKecamatan)).toEqual(Array.from(inGroup));
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
