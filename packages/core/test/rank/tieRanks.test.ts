import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankScores } from '../../src/rank/rankScores.ts';
import { TIE_POLICIES } from '../../src/rank/tiePolicies.ts';
import { tieRanks } from '../../src/rank/tieRanks.ts';

/** Reference ranks written by test/golden/rank/make-rank.R (base R `rank(-score, ties.method)`). */
const golden: {
  generator: string;
  score: (number | null)[];
  kecamatan: string[];
  rank: Record<string, (number | null)[]>;
  rankInKecamatan: Record<string, (number | null)[]>;
} = JSON.parse(
  readFileSync(new URL('../../../../test/golden/rank/rank.json', import.meta.url), 'utf8'),
);

const asNumbers = (xs: (number | null)[]): number[] => xs.map((x) => (x === null ? Number.NaN : x));
const codes = golden.score.map((_, i) => `99.01.01.2${String(i + 1).padStart(3, '0')}`);

describe('tieRanks', () => {
  it('tieRanks gives R rank() values for 9, 5, 5, 1 under each policy', () => {
    const score = Float64Array.of(5, 9, 5, 1);
    const order = Int32Array.of(1, 0, 2, 3);
    const expected = {
      min: [2, 1, 2, 4],
      average: [2.5, 1, 2.5, 4],
      max: [3, 1, 3, 4],
      dense: [2, 1, 2, 3],
      first: [2, 1, 3, 4],
    };
    for (const ties of TIE_POLICIES) {
      const out = new Float64Array(4);
      tieRanks(order, score, ties, out);
      expect(Array.from(out)).toEqual(expected[ties]);
    }
  });

  it.each(TIE_POLICIES.map((t) => [t]))(
    'rankScores(ties: %s) equals R rank(-score) overall and within each kecamatan',
    (ties) => {
      const r = rankScores(Float64Array.from(asNumbers(golden.score)), {
        codes,
        groups: golden.kecamatan,
        ties,
      });
      expect(r.ties).toBe(ties);
      expect(Array.from(r.rank)).toEqual(asNumbers(golden.rank[ties]!));
      expect(Array.from(r.rankInKecamatan)).toEqual(asNumbers(golden.rankInKecamatan[ties]!));
    },
  );

  it('rankScores states min as its default tie policy and refuses an unknown one', () => {
    const r = rankScores(Float64Array.of(1, 1), { codes: codes.slice(0, 2) });
    expect(r.ties).toBe('min');
    expect(() =>
      rankScores(Float64Array.of(1), { codes: codes.slice(0, 1), ties: 'random' as 'min' }),
    ).toThrow(/^rankScores requires a tie policy/);
  });

  it('rankScores(ties: first) numbers tied villages in code order, not row order', () => {
    const r = rankScores(Float64Array.of(4, 4, 4), {
      codes: ['99.01.01.2003', '99.01.01.2001', '99.01.01.2002'],
      ties: 'first',
    });
    expect(Array.from(r.rank)).toEqual([3, 1, 2]);
  });
});
