import { normaliseVillageCode } from '@lokus/core';
import fc from 'fast-check';
import type { Feature, Geometry } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import { readGeoJson } from '../src/readGeoJson.ts';

// Property tests of what the readers promise (seeded globally, see test/setup/fastCheck.ts):
// every data row has a record, valid codes come back normalised, every other code has a
// diagnostic on its row, and every boundary feature is either kept or set aside with a reason.

const codeCell = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 11, max: 94 }),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom(1, 2),
      fc.integer({ min: 0, max: 999 }),
    )
    .chain(([p, k, c, t, d]) => {
      const two = (n: number) => String(n).padStart(2, '0');
      const dotted = `${p}.${two(k)}.${two(c)}.${t}${String(d).padStart(3, '0')}`;
      return fc.constantFrom(dotted, dotted.replaceAll('.', ''), ` ${dotted} `);
    }),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);
const valueCell = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
  fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x.toFixed(4).replace('.', ',')),
  fc.constantFrom('', '-', 'NA', 'abc', '1.254', '12,5%'),
);
const rowArb = fc.tuple(codeCell, fc.string({ maxLength: 15 }), valueCell);

describe('readCsv keeps its promises on generated tables', () => {
  it('readCsv gives every data row a record, normalises valid codes and names every bad one', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(',', ';', '\t'),
        (rows, delimiter) => {
          const text = Papa.unparse([['kode', 'nama', 'nilai'], ...rows], { delimiter });
          const out = readCsv(text, { file: 'gen.csv' });
          expect(out.records).toHaveLength(rows.length);
          expect(out.codeColumn).toBe('kode');
          for (const d of out.diagnostics) expect(d.file).toBe('gen.csv');
          rows.forEach(([code], i) => {
            const canonical = normaliseVillageCode(code);
            const rowDiagnostics = out.diagnostics.filter((d) => d.row === i + 1);
            if (canonical !== null) {
              expect(out.records[i]?.code).toBe(canonical);
            } else {
              expect(rowDiagnostics.map((d) => d.code)).toContain('MALFORMED_VILLAGE_CODE');
            }
          });
          // A value read as missing from a non-missing cell has a diagnostic (row or column).
          if (out.numericColumns.includes('nilai')) {
            const columnWide = out.diagnostics.some(
              (d) => d.code === 'AMBIGUOUS_NUMBER_FORMAT' && d.column === 'nilai',
            );
            rows.forEach(([, , v], i) => {
              const missing = ['', '-', 'na'].includes(v.trim().toLowerCase());
              if (missing || columnWide || !Number.isNaN(out.records[i]?.values.nilai)) return;
              expect(out.diagnostics.some((d) => d.row === i + 1)).toBe(true);
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

const square = (x: number, y: number): number[][] => [
  [x, y],
  [x + 0.01, y],
  [x + 0.01, y + 0.01],
  [x, y + 0.01],
  [x, y],
];
const geometryArb = fc.oneof(
  fc
    .tuple(
      fc.double({ min: 106, max: 114, noNaN: true }),
      fc.double({ min: -8, max: -6, noNaN: true }),
    )
    .map(([x, y]): Geometry => ({ type: 'Polygon', coordinates: [square(x, y)] })),
  fc.constant<Geometry | null>(null),
  fc.constant<Geometry>({ type: 'Point', coordinates: [110.5, -6.9] }),
  fc.constant<Geometry>({ type: 'Polygon', coordinates: [square(0, 0)] }),
  fc.constant<Geometry>({
    type: 'Polygon',
    coordinates: [
      [
        [110.5, -6.9],
        [110.51, -6.89],
        [110.51, -6.9],
        [110.5, -6.89],
        [110.5, -6.9],
      ],
    ],
  }),
  fc.constant<Geometry>({ type: 'Polygon', coordinates: [square(-6.9, 110.5)] }),
);

describe('readGeoJson keeps its promises on generated boundaries', () => {
  it('readGeoJson keeps or sets aside every feature, each set-aside one with a warning naming it', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(geometryArb, { minLength: 1, maxLength: 12 }), (geometries) => {
        const features: Feature<Geometry | null>[] = geometries.map((geometry, i) => ({
          type: 'Feature',
          properties: { kode: `33.21.01.${2001 + i}` },
          geometry,
        }));
        const out = readGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), {
          file: 'gen.geojson',
        });
        for (const d of out.diagnostics) expect(d.file).toBe('gen.geojson');
        const refused = out.diagnostics.some(
          (d) => d.severity === 'error' && d.row === undefined && d.code !== 'NO_FEATURES',
        );
        if (refused) {
          expect(out.features.features).toEqual([]);
          return;
        }
        const kept = out.features.features.map((f) => f.properties?.kode as string);
        const aside = out.setAside.map((s) => s.code);
        expect([...kept, ...aside].sort()).toEqual(features.map((f) => f.properties?.kode).sort());
        for (const s of out.setAside) {
          expect(
            out.diagnostics.some(
              (d) => d.row === s.feature && d.code === s.reason && d.severity === 'warning',
            ),
          ).toBe(true);
        }
        expect(out.diagnostics.some((d) => d.code === 'NO_FEATURES')).toBe(kept.length === 0);
      }),
      { numRuns: 200 },
    );
  });
});
