/**
 * Benchmark of the places functions on Pati (406 villages, 21 kecamatan): IDM 2024 join,
 * dissolve to kecamatan by shared edges and by turf union, dissolve to the kabupaten, label
 * points and geometry validation.
 *
 * Run: `LOKUS_DATA_DIR=<data directory> npx tsx test/realdata/places.bench.ts`. Prints one JSON
 * object of medians in milliseconds.
 */

import type { AnyFeature } from '@lokus/geo';
import {
  dissolveBy,
  joinByCode,
  joinTableToBoundaries,
  labelPoint,
  validateGeometry,
} from '@lokus/geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DATA_DIR, DISTRICTS, loadBoundaries, loadIdm, SKIP_MESSAGE } from './districts.ts';

if (DATA_DIR === '') {
  console.log(JSON.stringify({ skipped: SKIP_MESSAGE }));
  process.exit(0);
}

const pati = DISTRICTS.find((d) => d.file === 'desa-3318-pati')!;
const fc = loadBoundaries(pati);
const rows = loadIdm().filter((r) => r.kode.startsWith(`${pati.kabupaten}.`));
const table = {
  code: rows.map((r) => r.kode),
  name: rows.map((r) => r.nama),
  columns: { idm: Float64Array.from(rows, (r) => r.idm) },
};
const kec = (f: AnyFeature) => String(f.properties?.kode_kec);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(runs: number, warmup: number, fn: () => unknown): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return Math.round(median(t) * 100) / 100;
}

const edges = dissolveBy(fc, kec);
console.log(
  JSON.stringify({
    district: pati.file,
    villages: fc.features.length,
    kecamatan: edges.length,
    joinByCodeMs: time(21, 5, () => joinByCode(table, fc)),
    joinTableToBoundariesMs: time(21, 5, () => joinTableToBoundaries(table, fc)),
    dissolveKecamatanEdgesMs: time(11, 2, () => dissolveBy(fc, kec)),
    dissolveKecamatanUnionMs: time(3, 1, () => dissolveBy(fc, kec, { method: 'union' })),
    dissolveKabupatenEdgesMs: time(11, 2, () => dissolveBy(fc, () => 'all')),
    labelPointAllMs: time(5, 1, () =>
      fc.features.map((f) => labelPoint(f as Feature<Polygon | MultiPolygon>)),
    ),
    validateGeometryAllMs: time(5, 1, () => fc.features.map((f) => validateGeometry(f))),
    windingRepaired: fc.features.filter((f) =>
      validateGeometry(f).diagnostics.some((d) => d.code === 'GEOMETRY_WRONG_WINDING'),
    ).length,
  }),
);
