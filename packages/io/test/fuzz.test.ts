import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import { readGeoJson } from '../src/readGeoJson.ts';
import { readScenario } from '../src/readScenario.ts';
import { readTopoJson } from '../src/readTopoJson.ts';

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '33.21.01.2001',
    '3321012001',
    '8,95',
    '1.254.204',
    '12,5%',
    '-',
    '',
    '<b>x</b>',
    '"',
  ),
);
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  )
  .map(([sep, rows]) => ['kode,nama,nilai', ...rows.map((r) => r.join(sep))].join('\n'));

describe('readers on arbitrary input', () => {
  it('readCsv never throws, and every row it keeps has a diagnostic or a record', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, fc.string()), (text) => {
        const out = readCsv(text, { file: 'fuzz.csv' });
        expect(Array.isArray(out.records)).toBe(true);
        for (const d of out.diagnostics) expect(d.file).toBe('fuzz.csv');
      }),
      { numRuns: 300 },
    );
  });

  it('readCsv never throws on arbitrary bytes (any encoding)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => readCsv(bytes, { file: 'bytes.csv' })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('readGeoJson, readTopoJson and readScenario answer arbitrary JSON with diagnostics, not exceptions', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        expect(() => readGeoJson(text, { file: 'x.geojson' })).not.toThrow();
        expect(() => readTopoJson(text, { file: 'x.topojson' })).not.toThrow();
        expect(() => readScenario(text, { file: 'x.yaml' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
