import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import { rankScores } from '../../src/rank/rankScores.ts';
import { createLociSelector } from '../../src/robustness/createLociSelector.ts';
import type { SelectSpec } from '../../src/scenario/types.ts';
import { SELECT_MODES } from '../../src/scenario/vocabulary.ts';
import { selectLoci } from '../../src/select/selectLoci.ts';
import { createTable } from '../../src/table/createTable.ts';
import type { Rng, VillageTable } from '../../src/types.ts';

/** A random table: up to 6 kecamatan, desa and kelurahan, one raw column `pop`. */
function randomTable(rng: Rng): VillageTable {
  const n = 3 + Math.floor(rng() * 90);
  const kecs = 1 + Math.floor(rng() * 6);
  const records = Array.from({ length: n }, (_, i) => ({
    code: `99.01.${String(1 + Math.floor(rng() * kecs)).padStart(2, '0')}.${rng() < 0.1 ? 1 : 2}${String(i + 1).padStart(3, '0')}`,
    values: { pop: Math.floor(rng() * 10) },
  }));
  return createTable(records).table;
}

/** A random score with ties (few distinct values) and some unranked villages. */
function randomScore(rng: Rng, n: number): Float64Array {
  const levels = 2 + Math.floor(rng() * 20);
  return Float64Array.from({ length: n }, () =>
    rng() < 0.05 ? Number.NaN : Math.floor(rng() * levels),
  );
}

function randomSpec(rng: Rng, table: VillageTable): SelectSpec {
  const n = table.length;
  const some = (p: number): string[] => table.code.filter(() => rng() < p);
  const mode = SELECT_MODES[Math.floor(rng() * SELECT_MODES.length)]!;
  const min = rng() < 0.5 ? Math.floor(rng() * 3) : undefined;
  const max = rng() < 0.5 ? (min ?? 0) + Math.floor(rng() * 4) : undefined;
  return {
    mode,
    n: Math.floor(rng() * n),
    percent: rng() * 60,
    threshold: Math.floor(rng() * 15),
    ...(min === undefined && max === undefined ? {} : { quota: { min, max } }),
    ...(rng() < 0.3 ? { eligibility: { kinds: ['desa'] as const } } : {}),
    ...(rng() < 0.3 ? { eligibility: { minimum: [{ indicator: 'pop', min: 2 }] } } : {}),
    include: some(0.05).map((code) => ({ code, reason: 'in' })),
    exclude: some(0.05).map((code) => ({ code, reason: 'out' })),
    carryOver: rng() < 0.5 ? some(0.2) : [],
  } as SelectSpec;
}

describe('createLociSelector', () => {
  it('createLociSelector picks the same loci as selectLoci on 200 random tables, scores and rules', () => {
    const rng = createRng(20261202);
    let compared = 0;
    for (let t = 0; t < 200; t++) {
      const table = randomTable(rng);
      const spec = randomSpec(rng, table);
      const first = randomScore(rng, table.length);
      const ranked = rankScores(first, { codes: table.code, groups: table.kecamatan });
      const base = selectLoci({ table, score: first, ranked }, spec).output;
      const select = createLociSelector(table, spec, base.reason);
      const out = new Uint8Array(table.length);
      // The same selector on several scores: buffers are reused between calls.
      for (let k = 0; k < 3; k++) {
        const score = k === 0 ? first : randomScore(rng, table.length);
        // Unranked villages are part of the static state only through the score.
        for (let i = 0; i < score.length; i++) if (Number.isNaN(first[i]!)) score[i] = Number.NaN;
        const r = rankScores(score, { codes: table.code, groups: table.kecamatan });
        const expected = selectLoci({ table, score, ranked: r }, spec).output;
        const count = select(score, out);
        expect([...out], `table ${t}, score ${k}`).toEqual([...expected.selected]);
        expect(count).toBe(expected.count);
        compared++;
      }
    }
    expect(compared).toBe(600);
  }, 60_000);

  it('createLociSelector picks the same loci as selectLoci on large tables, where it takes the best candidates in batches', () => {
    // Thousands of villages and few loci: the fill reads batches above a sampled cut, and with
    // few distinct scores (many ties) falls back to the exact K-th largest.
    const rng = createRng(20261203);
    for (let t = 0; t < 12; t++) {
      const n = 2000 + Math.floor(rng() * 2000);
      const kecs = 20 + Math.floor(rng() * 200);
      const records = Array.from({ length: n }, (_, i) => ({
        code: `99.01.${String(1 + Math.floor(rng() * kecs)).padStart(3, '0')}.2${String(i + 1).padStart(4, '0')}`,
        values: {},
      }));
      const { table } = createTable(records);
      const levels = [2, 50, 1e9][t % 3]!;
      const score = Float64Array.from({ length: n }, () =>
        rng() < 0.02 ? Number.NaN : Math.floor(rng() * levels),
      );
      const quota = t % 3 === 0 ? undefined : { min: t % 2, max: 1 + (t % 4) };
      const spec: SelectSpec =
        t % 5 === 4
          ? { mode: 'top-percent', percent: 3 + t, ...(quota ? { quota } : {}) }
          : {
              mode: 'top-n',
              n: levels === 2 ? 10 : 10 + Math.floor(rng() * 300),
              ...(quota ? { quota } : {}),
            };
      const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
      const expected = selectLoci({ table, score, ranked }, spec).output;
      const out = new Uint8Array(n);
      const list = new Int32Array(n);
      const count = createLociSelector(table, spec, expected.reason)(score, out, list);
      expect([...out], `table ${t}`).toEqual([...expected.selected]);
      expect(count).toBe(expected.count);
      // The list names the same villages.
      const listed = new Uint8Array(n);
      for (const i of list.subarray(0, count)) listed[i] = 1;
      expect([...listed]).toEqual([...out]);
    }
  }, 60_000);

  it('createLociSelector walks past a kecamatan at quota.max beyond the first batch', () => {
    // 60 villages in one kecamatan score highest; quota.max 1 forces the walk far down.
    const records = Array.from({ length: 100 }, (_, i) => ({
      code: `99.01.${i < 60 ? '01' : String(2 + (i % 30)).padStart(2, '0')}.2${String(i + 1).padStart(3, '0')}`,
      values: {},
    }));
    const { table } = createTable(records);
    const score = Float64Array.from({ length: 100 }, (_, i) => 1000 - i);
    const spec: SelectSpec = { mode: 'top-n', n: 20, quota: { max: 1 } };
    const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
    const expected = selectLoci({ table, score, ranked }, spec).output;
    const out = new Uint8Array(100);
    expect(createLociSelector(table, spec, expected.reason)(score, out)).toBe(20);
    expect([...out]).toEqual([...expected.selected]);
  });
});
