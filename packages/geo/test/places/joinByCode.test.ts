import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { joinByCode } from '../../src/places/joinByCode.ts';

const feature = (properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: null,
  properties,
});
const collection = (features: Feature<Geometry | null>[]): FeatureCollection<Geometry | null> =>
  Object.freeze({
    type: 'FeatureCollection',
    features: Object.freeze(features) as Feature<Geometry | null>[],
  });

describe('joinByCode', () => {
  it('joinByCode joins dotted table codes to plain boundary codes', () => {
    const b = collection([
      feature({ kode10: '3321012002', nama: 'B' }),
      feature({ kode10: '3321012001', nama: 'A' }),
    ]);
    const table = Object.freeze({ code: Object.freeze(['33.21.01.2001', '33.21.01.2002']) });
    const r = joinByCode(table, b);
    expect([...r.joined]).toEqual([1, 0]);
    expect([...r.rowOfFeature]).toEqual([1, 0]);
    expect(r.matched).toBe(2);
    expect(r.codeProperty).toBe('kode10');
    expect(r.nameProperty).toBe('nama');
    expect(r.diagnostics).toEqual([]);
  });

  it('joinByCode joins plain table codes to dotted boundary codes', () => {
    const b = collection([feature({ kode: '33.21.01.2001' })]);
    expect([...joinByCode({ code: ['3321012001'] }, b).joined]).toEqual([0]);
  });

  it('joinByCode reports unmatched rows and features, each with one diagnostic', () => {
    const b = collection([
      feature({ kode: '33.21.01.2001', nama: 'Banyumeneng' }),
      feature({ kode: '33.21.01.1001', nama: 'Bintoro' }),
    ]);
    const r = joinByCode({ code: ['33.21.01.2001', '33.21.02.2005'], name: ['x', 'Y'] }, b);
    expect(r.matched).toBe(1);
    expect(r.unmatchedTable.map((u) => [u.row, u.code, u.reason])).toEqual([
      [1, '33.21.02.2005', 'no-partner'],
    ]);
    expect(r.unmatchedBoundaries.map((u) => [u.feature, u.code, u.name])).toEqual([
      [1, '33.21.01.1001', 'Bintoro'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.row, d.village])).toEqual([
      ['JOIN_UNMATCHED_TABLE', 2, '33.21.02.2005'],
      ['JOIN_UNMATCHED_BOUNDARY', 2, '33.21.01.1001'],
    ]);
  });

  it('joinByCode suggests a similar name in the same kecamatan only', () => {
    const b = collection([
      feature({ kode: '33.21.01.2011', nama: 'Ngemplak Wetan' }),
      feature({ kode: '33.21.07.2011', nama: 'Ngemplik Wetan' }),
    ]);
    const r = joinByCode({ code: ['33.21.01.2099'], name: ['Desa Ngemplik Wetan'] }, b);
    const s = r.unmatchedTable[0]!.suggestions;
    expect(s.map((x) => [x.index, x.reason])).toEqual([[0, 'name']]);
    expect(s[0]!.similarity).toBeCloseTo(1 - 1 / 13, 12);
    const unmatched = r.diagnostics.find((d) => d.code === 'JOIN_UNMATCHED_TABLE');
    expect(unmatched?.message).toContain('Did you mean 33.21.01.2011 (Ngemplak Wetan)?');
  });

  it('joinByCode suggests codes one digit off, in any kecamatan', () => {
    const b = collection([
      feature({ kode: '33.21.01.2013', nama: 'Other' }),
      feature({ kode: '33.21.11.2012', nama: 'Far' }),
      feature({ kode: '33.21.01.2031', nama: 'Two digits' }),
    ]);
    const r = joinByCode({ code: ['33.21.01.2012'], name: ['Sido Mulyo'] }, b);
    expect(r.unmatchedTable[0]!.suggestions.map((x) => [x.code, x.reason])).toEqual([
      ['33.21.01.2013', 'code'],
      ['33.21.11.2012', 'code'],
    ]);
    // And the other way round, from the boundary side.
    expect(r.unmatchedBoundaries[0]!.suggestions.map((x) => [x.index, x.reason])).toEqual([
      [0, 'code'],
    ]);
  });

  it('joinByCode ranks a code-and-name near miss first', () => {
    const b = collection([
      feature({ kode: '33.21.01.2005', nama: 'Sidomulyo' }),
      feature({ kode: '33.21.01.2031', nama: 'Sidomulya' }),
    ]);
    const r = joinByCode({ code: ['33.21.01.2015'], name: ['Sidomulyo'] }, b);
    expect(r.unmatchedTable[0]!.suggestions.map((x) => [x.index, x.reason])).toEqual([
      [0, 'code-and-name'],
      [1, 'name'],
    ]);
  });

  it('joinByCode joins the first duplicate table row, and no boundary of a repeated code (an error each)', () => {
    const b = collection([
      feature({ kode: '33.21.01.2001' }),
      feature({ kode: '3321012001' }),
      feature({ kode: '33.21.01.2002' }),
    ]);
    const r = joinByCode({ code: ['3321012002', '33.21.01.2001', '33.21.01.2002'] }, b);
    // Two shapes claim 33.21.01.2001: neither is drawn under that code.
    expect([...r.joined]).toEqual([2, -1, -1]);
    expect(r.duplicates).toEqual([
      { side: 'table', code: '33.21.01.2002', indices: [0, 2] },
      { side: 'boundaries', code: '33.21.01.2001', indices: [0, 1] },
    ]);
    expect(r.unmatchedTable.map((u) => [u.row, u.reason])).toEqual([
      [1, 'duplicate-boundary'],
      [2, 'duplicate'],
    ]);
    expect(r.unmatchedBoundaries.map((u) => [u.feature, u.reason])).toEqual([
      [0, 'duplicate'],
      [1, 'duplicate'],
    ]);
    expect(
      r.diagnostics
        .filter((d) => d.code === 'JOIN_DUPLICATE_CODE')
        .map((d) => [d.severity, d.row, d.village]),
    ).toEqual([
      ['warning', 3, '33.21.01.2002'],
      ['error', 1, '33.21.01.2001'],
      ['error', 2, '33.21.01.2001'],
    ]);
    expect(r.refused).toBe(false);
  });

  it('joinByCode joins malformed codes only on identical text and never joins missing codes', () => {
    const b = collection([feature({ kode: 'X-17' }), feature({ kode: '' }), feature({})]);
    const r = joinByCode({ code: ['X-17', '', 'x-17'] }, b, { codeProperty: 'kode' });
    expect([...r.joined]).toEqual([0, -1, -1]);
    expect(r.unmatchedTable.map((u) => u.reason)).toEqual(['missing-code', 'no-partner']);
    expect(r.unmatchedBoundaries.map((u) => u.reason)).toEqual(['missing-code', 'missing-code']);
    expect(r.diagnostics.filter((d) => d.code === 'JOIN_MALFORMED_CODE').map((d) => d.row)).toEqual(
      [1, 3, 1],
    );
  });

  it('joinByCode puts every row and every feature in exactly one of matched or unmatched', () => {
    const codeArb = fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([c, t, d]) => `33.21.0${c}.${t}${String(d).padStart(3, '0')}`);
    fc.assert(
      fc.property(
        fc.array(codeArb, { maxLength: 30 }),
        fc.array(codeArb, { maxLength: 30 }),
        (tc, bc) => {
          const b = collection(
            bc.map((k, i) => feature({ kode: i % 2 ? k.replace(/\./g, '') : k })),
          );
          const r = joinByCode({ code: tc }, b, { codeProperty: 'kode' });
          const rows = new Set(r.unmatchedTable.map((u) => u.row));
          const feats = new Set(r.unmatchedBoundaries.map((u) => u.feature));
          expect(rows.size).toBe(r.unmatchedTable.length);
          for (let i = 0; i < tc.length; i++) expect(r.joined[i] === -1).toBe(rows.has(i));
          for (let j = 0; j < bc.length; j++) expect(r.rowOfFeature[j] === -1).toBe(feats.has(j));
          expect(r.matched + r.unmatchedTable.length).toBe(tc.length);
          expect(r.matched + r.unmatchedBoundaries.length).toBe(bc.length);
          for (let i = 0; i < tc.length; i++) {
            const j = r.joined[i]!;
            if (j !== -1) expect(bc[j]!.replace(/\./g, '')).toBe(tc[i]!.replace(/\./g, ''));
          }
          const unmatchedDiagnostics = r.diagnostics.filter((d) =>
            d.code.startsWith('JOIN_UNMATCHED'),
          );
          expect(unmatchedDiagnostics.length).toBe(rows.size + feats.size);
        },
      ),
    );
  });

  it('joinByCode reports boundaries without a code property instead of throwing', () => {
    const r = joinByCode(
      { code: ['33.21.01.2001'] },
      collection([feature({ nama: 'A', id: 'x' })]),
      { boundaryFile: 'desa.geojson' },
    );
    expect(r.diagnostics.find((d) => d.code === 'JOIN_CODE_PROPERTY_NOT_FOUND')).toMatchObject({
      code: 'JOIN_CODE_PROPERTY_NOT_FOUND',
      severity: 'error',
      file: 'desa.geojson',
      value: ['nama', 'id'],
    });
    expect(r.refused).toBe(true);
    expect(r.codeProperty).toBeNull();
    expect(r.unmatchedBoundaries.map((u) => u.reason)).toEqual(['missing-code']);
    // A shapefile without its .dbf: features with no properties at all.
    const bare = joinByCode({ code: ['33.21.01.2001'] }, collection([feature({})]));
    expect(bare.diagnostics.map((d) => d.message).join()).toMatch(/no properties/);
    const named = joinByCode({ code: ['33.21.01.2001'] }, collection([feature({ kode: 'a' })]), {
      codeProperty: 'KODE_DESA',
    });
    expect(named.diagnostics.map((d) => d.code)).toContain('JOIN_CODE_PROPERTY_NOT_FOUND');
  });

  it('joinByCode still throws for programmer errors', () => {
    expect(() => joinByCode({ code: ['a'], name: [] }, collection([]))).toThrow(
      /^joinByCode requires/,
    );
    expect(() => joinByCode({ code: ['a'] }, {} as never)).toThrow(/^joinByCode requires/);
  });

  it('joinByCode refuses a table of another district (nothing matches)', () => {
    const b = collection([feature({ kode: '33.21.01.2001' }), feature({ kode: '33.21.01.2002' })]);
    const r = joinByCode({ code: ['35.07.01.2001', '35.07.01.2002'] }, b, { tableFile: 't.csv' });
    expect(r.refused).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'JOIN_NOTHING_MATCHED',
      severity: 'error',
      file: 't.csv',
      value: { tableDistricts: ['35.07'], boundaryDistricts: ['33.21'] },
    });
    expect(r.diagnostics[0]?.message).toMatch(/different districts/);
    const empty = joinByCode({ code: ['33.21.01.2001'] }, collection([]));
    expect(empty.refused).toBe(true);
    expect(empty.diagnostics[0]?.message).toMatch(/holds no features/);
    expect(joinByCode({ code: ['33.21.01.2001'] }, b).refused).toBe(false);
  });

  it('joinByCode reports kode and kode10 that disagree, joining by the chosen one', () => {
    const b = collection([
      feature({ kode: '33.21.01.2001', kode10: '3321012001' }),
      feature({ kode: '33.21.01.2002', kode10: '3321012009' }),
    ]);
    const r = joinByCode({ code: ['33.21.01.2001', '33.21.01.2002'] }, b);
    expect(r.matched).toBe(2);
    expect(r.diagnostics.map((d) => [d.code, d.row, d.column, d.value, d.village])).toEqual([
      ['JOIN_CODE_CONFLICT', 2, 'kode10', '3321012009', '33.21.01.2002'],
    ]);
  });

  it("joinByCode names the reader's reason for a boundary that was set aside", () => {
    const b = collection([feature({ kode: '33.21.01.2001' })]);
    const r = joinByCode({ code: ['33.21.01.2001', '3321012002'] }, b, {
      setAside: [{ code: '33.21.01.2002', reason: 'GEOMETRY_SELF_INTERSECTION' }],
    });
    expect(r.unmatchedTable.map((u) => u.reason)).toEqual(['boundary-set-aside']);
    expect(r.diagnostics.at(-1)?.message).toMatch(/set aside \(GEOMETRY_SELF_INTERSECTION\)/);
  });

  it('joinByCode summarises 200,000 unmatched rows: count and first examples', {
    timeout: 120_000,
  }, () => {
    const b = collection(
      Array.from({ length: 30 }, (_, i) =>
        feature({ kode: `33.21.01.${2001 + i}`, nama: `Desa ${i}` }),
      ),
    );
    const n = 200_000;
    const code = Array.from({ length: n }, (_, i) => `33.${22 + (i % 50)}.01.${1000 + (i % 8999)}`);
    for (let i = 0; i < 30; i++) code[i] = `33.21.01.${2001 + i}`;
    const r = joinByCode({ code }, b);
    expect(r.matched).toBe(30);
    expect(r.unmatchedTable).toHaveLength(n - 30);
    const unmatched = r.diagnostics.filter((d) => d.code === 'JOIN_UNMATCHED_TABLE');
    expect(unmatched).toHaveLength(51);
    expect(unmatched[50]?.value).toMatchObject({ count: n - 30, omitted: n - 80 });
    expect(r.unmatchedTable[5000]?.suggestions).toEqual([]);
  });
});
