/**
 * Writes the synthetic sample district to data/sample/: villages.csv, villages.geojson and
 * indicators.json. Deterministic: re-running it gives byte-identical files.
 *
 * Run with `npx tsx scripts/generate-sample.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The root package does not depend on the workspace packages, so import the source directly.
import { generateDistrict } from '@lokus/synth';
import Papa from 'papaparse';

const SEED = 20250101;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');
mkdirSync(out, { recursive: true });

const district = generateDistrict({ seed: SEED });
const ids = district.indicators.map((m) => m.id);

const rows = district.records.map((r) => [
  r.code,
  r.name ?? '',
  r.code.slice(0, 8),
  r.kecamatanName ?? '',
  ...ids.map((id) => {
    const v = r.values[id];
    return v === null || v === undefined || Number.isNaN(v) ? '' : String(v);
  }),
]);
const csv = Papa.unparse(
  { fields: ['kode', 'nama', 'kode_kec', 'nama_kec', ...ids], data: rows },
  {
    newline: '\n',
  },
);
writeFileSync(join(out, 'villages.csv'), `${csv}\n`);

// One feature per line: small, and readable in a diff.
const features = district.boundaries.features.map((f) => JSON.stringify(f));
writeFileSync(
  join(out, 'villages.geojson'),
  `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`,
);

writeFileSync(join(out, 'indicators.json'), `${JSON.stringify(district.indicators, null, 2)}\n`);
console.log(
  JSON.stringify({
    seed: SEED,
    villages: district.records.length,
    indicators: ids.length,
    out: 'data/sample',
  }),
);
