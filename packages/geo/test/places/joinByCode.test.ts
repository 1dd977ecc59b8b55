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
    expect(r.diagnostics[0]!.message).toContain('Did you mean 33.21.01.2011 (Ngemplak Wetan)?');
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

  it('joinByCode joins the first of duplicate codes on both sides and reports the rest', () => {
    const b = collection([
      feature({ kode: '33.21.01.2001' }),
      feature({ kode: '3321012001' }),
      feature({ kode: '33.21.01.2002' }),
    ]);
    const r = joinByCode({ code: ['3321012002', '33.21.01.2001', '33.21.01.2002'] }, b);
    expect([...r.joined]).toEqual([2, 0, -1]);
    expect(r.duplicates).toEqual([
      { side: 'table', code: '33.21.01.2002', indices: [0, 2] },
      { side: 'boundaries', code: '33.21.01.2001', indices: [0, 1] },
    ]);
    expect(r.unmatchedTable.map((u) => [u.row, u.reason])).toEqual([[2, 'duplicate']]);
    expect(r.unmatchedBoundaries.map((u) => [u.feature, u.reason])).toEqual([[1, 'duplicate']]);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual([
      'JOIN_DUPLICATE_CODE',
      'JOIN_DUPLICATE_CODE',
      'JOIN_UNMATCHED_BOUNDARY',
      'JOIN_UNMATCHED_TABLE',
    ]);
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

  it('joinByCode throws when no property holds village codes', () => {
    expect(() =>
      joinByCode({ code: ['33.21.01.2001'] }, collection([feature({ nama: 'A' })])),
    ).toThrow(/^joinByCode requires boundaries with a village-code property/);
    expect(() => joinByCode({ code: ['a'], name: [] }, collection([]))).toThrow(
      /^joinByCode requires/,
    );
  });
});
