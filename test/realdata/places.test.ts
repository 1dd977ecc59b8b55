import { parseVillageCode } from '@lokus/core';
import {
  dissolveBy,
  featureArea,
  joinByCode,
  joinTableToBoundaries,
  labelPoint,
  validateGeometry,
} from '@lokus/geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_DIR,
  DISTRICTS,
  type IdmRow,
  loadBoundaries,
  loadIdm,
  SKIP_MESSAGE,
} from './districts.ts';

/** Even–odd point-in-polygon over every ring of every part, written apart from the library. */
function insideFeature(x: number, y: number, f: Feature): boolean {
  const g = f.geometry as Polygon | MultiPolygon;
  const parts: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let c = false;
  for (const rings of parts) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
      }
    }
  }
  return c;
}

describe.skipIf(DATA_DIR === '')(`places on the five districts (${SKIP_MESSAGE})`, () => {
  // Files are read in hooks, which do not run when the suite is skipped.
  let idm: IdmRow[] = [];
  beforeAll(() => {
    idm = loadIdm();
  });

  describe.each(DISTRICTS)('$file', (d) => {
    let fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
    beforeAll(() => {
      fc = loadBoundaries(d);
    });

    it('has the official numbers of villages and kecamatan, from kode_kec and from codes', () => {
      expect(fc.features).toHaveLength(d.villages);
      const fromKodeKec = new Set(fc.features.map((f) => f.properties?.kode_kec));
      const parsed = fc.features.map((f) => parseVillageCode(String(f.properties?.kode)));
      const fromCodes = new Set(parsed.map((p) => p?.kecamatan));
      expect(fromKodeKec.size).toBe(d.kecamatan);
      expect(fromCodes.size).toBe(d.kecamatan);
      expect(parsed.every((p) => p?.kabupaten === d.kabupaten)).toBe(true);
      expect(parsed.filter((p) => p?.kind === 'kelurahan')).toHaveLength(d.kelurahan);
    });

    it('validateGeometry finds no error in any village', () => {
      const errors = fc.features.flatMap((f, i) =>
        validateGeometry(f, { row: i + 1 }).diagnostics.filter((x) => x.severity === 'error'),
      );
      expect(errors).toEqual([]);
    });

    it('joinByCode joins the plain kode10 of the boundaries to the dotted kode', () => {
      const r = joinByCode({ code: fc.features.map((f) => String(f.properties?.kode)) }, fc, {
        codeProperty: 'kode10',
      });
      expect(r.matched).toBe(d.villages);
      expect([...r.joined]).toEqual(fc.features.map((_, i) => i));
    });

    it('IDM 2024 joins every desa and keeps every kelurahan with missing values', () => {
      const rows = idm.filter((r) => r.kode.startsWith(`${d.kabupaten}.`));
      expect(rows).toHaveLength(d.desaInIdm);
      const table = {
        code: rows.map((r) => r.kode),
        name: rows.map((r) => r.nama),
        columns: { idm: Float64Array.from(rows, (r) => r.idm) },
      };
      const { featureCollection, join } = joinTableToBoundaries(table, fc);
      expect(join.matched).toBe(d.desaInIdm);
      expect(join.unmatchedTable).toEqual([]);
      expect(join.unmatchedBoundaries).toHaveLength(d.kelurahan);
      for (const u of join.unmatchedBoundaries)
        expect(parseVillageCode(u.code)?.kind).toBe('kelurahan');
      expect(featureCollection.features).toHaveLength(d.villages);
      const missing = featureCollection.features.filter((f) => f.properties?.idm === null);
      expect(missing.map((f) => f.properties?.kode).sort()).toEqual(
        join.unmatchedBoundaries.map((u) => u.code).sort(),
      );
      expect(join.diagnostics.map((x) => x.code)).toEqual(
        new Array(d.kelurahan).fill('JOIN_UNMATCHED_BOUNDARY'),
      );
    });

    it('labelPoint lies inside every village', () => {
      const outside = fc.features.filter((f) => {
        const [x, y] = labelPoint(f as Feature<Polygon | MultiPolygon>);
        return !insideFeature(x, y, f);
      });
      expect(outside.map((f) => f.properties?.kode)).toEqual([]);
    });
  });

  it('dissolveBy Demak to kecamatan gives 14 outlines whose area is within 0.5% of the union of its villages', () => {
    const demak = loadBoundaries(DISTRICTS[0]!);
    const outlines = dissolveBy(demak, (f) => String(f.properties?.kode_kec));
    expect(outlines).toHaveLength(14);
    expect(outlines.reduce((s, f) => s + f.properties.count, 0)).toBe(249);
    const total = outlines.reduce((s, f) => s + featureArea(f), 0);
    // Reference: turf union (polyclip-ts) of all 249 villages, measured with turf area.
    const [union] = dissolveBy(demak, () => 'all', { method: 'union' });
    const reference = featureArea(union!);
    expect(Math.abs(total / reference - 1)).toBeLessThan(0.005);
    // The README's own check: about 978 km² for the district.
    expect(reference / 1e6).toBeGreaterThan(970);
    expect(reference / 1e6).toBeLessThan(990);
  }, 120_000);
});
