import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankScores } from '../../src/rank/rankScores.ts';
import type { SelectSpec } from '../../src/scenario/types.ts';
import { SELECT_MODES } from '../../src/scenario/vocabulary.ts';
import { selectLoci } from '../../src/select/selectLoci.ts';
import type { IndicatorColumns, VillageTable } from '../../src/types.ts';

/** A village table built by hand from dotted codes (kecamatan and kind derived from the code). */
function makeTable(codes: readonly string[], columns: IndicatorColumns = {}): VillageTable {
  return {
    length: codes.length,
    code: codes,
    name: codes.map((c) => `Desa ${c.slice(-3)}`),
    kecamatan: codes.map((c) => c.slice(0, 8)),
    kecamatanName: codes.map(() => ''),
    kabupaten: codes.map((c) => c.slice(0, 5)),
    province: codes.map((c) => c.slice(0, 2)),
    kind: codes.map((c) => (c[9] === '1' ? 'kelurahan' : 'desa')),
    columns,
  };
}

function run(
  codes: readonly string[],
  scores: readonly number[],
  spec: SelectSpec,
  columns?: IndicatorColumns,
) {
  const table = makeTable(codes, columns);
  const score = Float64Array.from(scores);
  const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
  return selectLoci({ table, score, ranked }, spec);
}

const codes6 = [
  '99.01.01.2001',
  '99.01.01.2002',
  '99.01.01.2003',
  '99.01.02.2001',
  '99.01.02.2002',
  '99.01.03.2001',
];
const scores6 = [90, 80, 70, 60, 50, 40];
const codesOf = (c: readonly string[], sel: Uint8Array): string[] =>
  c.filter((_, i) => sel[i] === 1);

describe('selectLoci', () => {
  it('selectLoci(top-n) takes the n best ranked and says so', () => {
    const { output, diagnostics } = run(codes6, scores6, { mode: 'top-n', n: 3 });
    expect(Array.from(output.selected)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(output.count).toBe(3);
    expect(output.reason).toEqual([
      'rank',
      'rank',
      'rank',
      'below-cutoff',
      'below-cutoff',
      'below-cutoff',
    ]);
    expect(output.detail[2]).toBe('Ranked 3 of 6; top 3 loci');
    expect(diagnostics).toEqual([]);
  });

  it('selectLoci(top-percent) rounds percent × ranked villages to the nearest, halves up', () => {
    // 25% of 6 = 1.5 → 2
    const { output } = run(codes6, scores6, { mode: 'top-percent', percent: 25 });
    expect(output.count).toBe(2);
    expect(output.detail[0]).toBe('Ranked 1 of 6; top 25% of 6 ranked = 2 loci');
  });

  it('selectLoci(threshold) takes every village with score ≥ threshold', () => {
    const { output } = run(codes6, scores6, { mode: 'threshold', threshold: 70 });
    expect(codesOf(codes6, output.selected)).toEqual(codes6.slice(0, 3));
    expect(output.reason[2]).toBe('threshold');
    expect(output.reason[3]).toBe('below-cutoff');
  });

  it('selectLoci(quota.min) pulls in the best-ranked village of each kecamatan', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 3,
      quota: { min: 1 },
    });
    expect(codesOf(codes6, output.selected)).toEqual([
      '99.01.01.2001',
      '99.01.02.2001',
      '99.01.03.2001',
    ]);
    expect(output.reason[0]).toBe('rank');
    expect(output.reason[3]).toBe('quota-minimum');
    expect(output.detail[5]).toBe(
      'Quota minimum for kecamatan 99.01.03: best ranked eligible there (rank 1 in kecamatan; ranked 6 of 6)',
    );
    expect(output.reason[1]).toBe('below-cutoff');
    expect(output.detail[1]).toBe(
      'Ranked 2 of 6, within the top 3 loci, but those places went to higher rules (forced in, carry-over, quota minimum)',
    );
    expect(output.detail[4]).toBe('Below the cutoff (top 3 loci)');
    expect(diagnostics).toEqual([]);
  });

  it('selectLoci(quota.max) skips villages of a full kecamatan', () => {
    const { output } = run(codes6, scores6, { mode: 'top-n', n: 3, quota: { max: 1 } });
    expect(codesOf(codes6, output.selected)).toEqual([
      '99.01.01.2001',
      '99.01.02.2001',
      '99.01.03.2001',
    ]);
    expect(output.reason[1]).toBe('quota-maximum');
    expect(output.detail[1]).toMatch(/kecamatan 99\.01\.01 already has its maximum of 1 loci/);
  });

  it('selectLoci(impossible quotas) reports QUOTA_IMPOSSIBLE with the size of the gap', () => {
    const tooMany = run(codes6, scores6, { mode: 'top-n', n: 2, quota: { min: 1 } });
    expect(tooMany.diagnostics.map((d) => d.code)).toEqual([
      'QUOTA_IMPOSSIBLE',
      'QUOTA_MINIMUM_UNMET',
    ]);
    expect(tooMany.diagnostics[0]!.message).toMatch(/= 3 loci exceeds the target of 2 by 1/);
    expect(tooMany.output.count).toBe(2);
    const tooFew = run(codes6, scores6, { mode: 'top-n', n: 5, quota: { max: 1 } });
    expect(tooFew.diagnostics.map((d) => d.code)).toEqual(['QUOTA_IMPOSSIBLE', 'SELECTION_SHORT']);
    expect(tooFew.diagnostics[0]!.message).toMatch(/= 3 loci is 2 short of the target of 5/);
    expect(tooFew.output.count).toBe(3);
  });

  it('selectLoci(quota.min above a kecamatan size) reports QUOTA_MINIMUM_UNMET', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 6,
      quota: { min: 2 },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['QUOTA_MINIMUM_UNMET']);
    expect(diagnostics[0]!.message).toMatch(/kecamatan 99\.01\.03 .*only 1 eligible village/);
    expect(output.count).toBe(6);
  });

  it('selectLoci(forced include and exclude) applies them first and records the reason text', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 2,
      include: [{ code: '9901032001', reason: 'Rawan bencana' }],
      exclude: [{ code: '99.01.01.2001', reason: 'Sudah lokus program lain' }],
    });
    expect(codesOf(codes6, output.selected)).toEqual(['99.01.01.2002', '99.01.03.2001']);
    expect(output.reason[0]).toBe('forced-exclude');
    expect(output.detail[0]).toBe('Forced out: Sudah lokus program lain');
    expect(output.reason[5]).toBe('forced-include');
    expect(output.detail[5]).toBe('Forced in: Rawan bencana');
    expect(diagnostics).toEqual([]);
  });

  it('selectLoci(code forced in and out) keeps it out and reports SELECTION_CONFLICT', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 1,
      include: [{ code: '99.01.01.2001', reason: 'a' }],
      exclude: [{ code: '99.01.01.2001', reason: 'b' }],
    });
    expect(output.selected[0]).toBe(0);
    expect(diagnostics.map((d) => d.code)).toEqual(['SELECTION_CONFLICT']);
  });

  it('selectLoci(more forced in than n or quota.max) keeps them all and reports SELECTION_CONFLICT', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 1,
      quota: { max: 1 },
      include: [
        { code: '99.01.02.2001', reason: 'a' },
        { code: '99.01.02.2002', reason: 'b' },
      ],
    });
    expect(output.count).toBe(2);
    expect(codesOf(codes6, output.selected)).toEqual(['99.01.02.2001', '99.01.02.2002']);
    expect(diagnostics.map((d) => d.code)).toEqual(['SELECTION_CONFLICT', 'SELECTION_CONFLICT']);
  });

  it('selectLoci(unknown codes) reports FORCED_UNKNOWN_VILLAGE and CARRY_OVER_UNKNOWN_VILLAGE', () => {
    const { diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 1,
      include: [{ code: '99.01.09.2001', reason: 'x' }],
      exclude: [{ code: 'nonsense', reason: 'y' }],
      carryOver: ['9901092009'],
    });
    expect(diagnostics.map((d) => d.code)).toEqual([
      'FORCED_UNKNOWN_VILLAGE',
      'FORCED_UNKNOWN_VILLAGE',
      'CARRY_OVER_UNKNOWN_VILLAGE',
    ]);
    expect(diagnostics[0]!.message).toMatch(/not a village code/);
    expect(diagnostics[1]!.message).toMatch(/not in the table/);
  });

  it('selectLoci(carryOver) keeps last year’s eligible loci, counted toward n', () => {
    const { output } = run(
      codes6,
      scores6,
      {
        mode: 'top-n',
        n: 2,
        carryOver: ['9901022002', '99.01.03.2001'],
        eligibility: { minimum: [{ indicator: 'd1', min: 10 }] },
      },
      { d1: Float64Array.from([20, 20, 20, 20, 20, 5]) },
    );
    expect(codesOf(codes6, output.selected)).toEqual(['99.01.01.2001', '99.01.02.2002']);
    expect(output.reason[4]).toBe('carry-over');
    expect(output.detail[4]).toBe(
      "Carried over from last year's loci; still eligible (ranked 5 of 6)",
    );
    expect(output.reason[5]).toBe('ineligible-minimum');
    expect(output.detail[5]).toBe(
      "d1 = 5 is below the eligibility minimum 10; last year's locus, no longer eligible",
    );
  });

  it('selectLoci(eligibility.kinds, missing score) marks ineligible and unranked villages', () => {
    const codes = ['99.01.01.1001', '99.01.01.2001', '99.01.01.2002', '99.01.01.2003'];
    const { output } = run(codes, [9, 8, Number.NaN, 1], {
      mode: 'top-n',
      n: 3,
      eligibility: { kinds: ['desa'] },
    });
    expect(output.reason).toEqual(['ineligible-kind', 'rank', 'unranked', 'rank']);
  });

  it('selectLoci(eligibility on an absent column) reports UNKNOWN_INDICATOR and skips the rule', () => {
    const { output, diagnostics } = run(codes6, scores6, {
      mode: 'top-n',
      n: 2,
      eligibility: { minimum: [{ indicator: 'nope', min: 1 }] },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_INDICATOR']);
    expect(output.count).toBe(2);
  });

  it('selectLoci(tie at the cutoff) breaks it by code and says so', () => {
    const codes = ['99.01.01.2002', '99.01.01.2001', '99.01.01.2003'];
    const { output } = run(codes, [5, 5, 1], { mode: 'top-n', n: 1 });
    expect(Array.from(output.selected)).toEqual([0, 1, 0]);
    expect(output.detail[0]).toBe(
      'Ranked 1 of 3, tied with a selected village; ties at the cutoff are broken by village code (top 1 locus)',
    );
    expect(output.detail[1]).toBe('Ranked 1 of 3; top 1 locus');
  });

  it('selectLoci(spec without n) throws', () => {
    expect(() => run(codes6, scores6, { mode: 'top-n' })).toThrow(/^selectLoci requires spec\.n/);
  });

  it('selectLoci does not mutate its inputs', () => {
    const table = makeTable(Object.freeze([...codes6]), Object.freeze({ d1: new Float64Array(6) }));
    Object.freeze(table);
    const score = Float64Array.from(scores6);
    const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
    const copies = [score.slice(), ranked.rank.slice(), ranked.order.slice()];
    const spec: SelectSpec = Object.freeze({
      mode: 'top-n',
      n: 2,
      quota: Object.freeze({ min: 1, max: 2 }),
      include: Object.freeze([Object.freeze({ code: '99.01.03.2001', reason: 'x' })]),
      carryOver: Object.freeze(['99.01.02.2002']),
    });
    selectLoci({ table, score, ranked }, spec);
    expect([score, ranked.rank, ranked.order]).toEqual(copies);
  });
});

describe('selectLoci properties', () => {
  // Villages spread over up to 5 kecamatan, integer scores (ties happen), some missing.
  const village = fc.record({
    kec: fc.integer({ min: 1, max: 5 }),
    score: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 20 }) },
      { weight: 1, arbitrary: fc.constant(Number.NaN) },
    ),
  });
  const villages = fc
    .array(village, { minLength: 1, maxLength: 60 })
    .map((vs) =>
      vs.map((v, i) => ({ ...v, code: `99.01.0${v.kec}.2${String(i).padStart(3, '0')}` })),
    );
  const spec = fc.record({
    n: fc.integer({ min: 0, max: 30 }),
    min: fc.integer({ min: 0, max: 3 }),
    extra: fc.integer({ min: 0, max: 6 }),
  });

  it('selectLoci(feasible top-n with quotas) selects exactly n and respects min and max everywhere', () => {
    fc.assert(
      fc.property(villages, spec, (vs, { n, min, extra }) => {
        const max = min + extra;
        const codes = vs.map((v) => v.code);
        const { output, diagnostics } = run(
          codes,
          vs.map((v) => v.score),
          {
            mode: 'top-n',
            n,
            quota: { min, max },
          },
        );
        const perKec = new Map<string, { ranked: number; chosen: number }>();
        vs.forEach((v, i) => {
          const key = codes[i]!.slice(0, 8);
          const e = perKec.get(key) ?? { ranked: 0, chosen: 0 };
          if (!Number.isNaN(v.score)) e.ranked++;
          e.chosen += output.selected[i]!;
          perKec.set(key, e);
        });
        const k = perKec.size;
        const capacity = [...perKec.values()].reduce((s, e) => s + Math.min(e.ranked, max), 0);
        const minFeasible = [...perKec.values()].every((e) => e.ranked >= min);
        const feasible = min * k <= n && n <= capacity && minFeasible;
        if (feasible) {
          expect(output.count).toBe(n);
          for (const e of perKec.values()) {
            expect(e.chosen).toBeGreaterThanOrEqual(min);
            expect(e.chosen).toBeLessThanOrEqual(max);
          }
          expect(diagnostics).toEqual([]);
        } else {
          expect(diagnostics.length).toBeGreaterThan(0);
        }
        // Always: max respected (nothing is forced), count agrees with the flags.
        for (const e of perKec.values()) expect(e.chosen).toBeLessThanOrEqual(max);
        expect(output.count).toBe(output.selected.reduce((s, x) => s + x, 0));
      }),
    );
  });

  it('selectLoci gives every village exactly one reason, consistent with its flag and detail', () => {
    const selectedReasons = ['forced-include', 'carry-over', 'quota-minimum', 'rank', 'threshold'];
    fc.assert(
      fc.property(
        villages,
        spec,
        fc.constantFrom<SelectSpec['mode']>(...SELECT_MODES),
        fc.array(fc.nat(), { maxLength: 4 }),
        (vs, { n, min, extra }, mode, picks) => {
          const codes = vs.map((v) => v.code);
          const at = (k: number): string => codes[k % codes.length]!;
          const { output } = run(
            codes,
            vs.map((v) => v.score),
            {
              mode,
              n,
              percent: n * 3,
              threshold: 10,
              quota: { min, max: min + extra },
              include: picks.slice(0, 2).map((k) => ({ code: at(k), reason: 'in' })),
              exclude: picks.slice(2, 3).map((k) => ({ code: at(k), reason: 'out' })),
              carryOver: picks.slice(1).map(at),
            },
          );
          expect(output.reason).toHaveLength(vs.length);
          expect(output.detail).toHaveLength(vs.length);
          output.reason.forEach((r, i) => {
            expect(typeof r).toBe('string');
            expect(selectedReasons.includes(r)).toBe(output.selected[i] === 1);
            expect(output.detail[i]!.length).toBeGreaterThan(0);
          });
        },
      ),
    );
  });

  it('selectLoci(shuffled rows) selects the same villages by code', () => {
    fc.assert(
      fc.property(
        villages,
        spec,
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (vs, s, keys) => {
          const perm = vs.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const quota = { min: s.min, max: s.min + s.extra };
          const a = run(
            vs.map((v) => v.code),
            vs.map((v) => v.score),
            { mode: 'top-n', n: s.n, quota },
          );
          const b = run(
            perm.map((i) => vs[i]!.code),
            perm.map((i) => vs[i]!.score),
            {
              mode: 'top-n',
              n: s.n,
              quota,
            },
          );
          perm.forEach((i, j) => {
            expect(b.output.reason[j]).toBe(a.output.reason[i]);
            expect(b.output.detail[j]).toBe(a.output.detail[i]);
          });
        },
      ),
    );
  });
});
