/**
 * Writes contiguity-districts.json: for each real district boundary file in the data directory
 * (`LOKUS_DATA_DIR`, default `../shared/data` beside the repository), the queen and rook
 * neighbour lists of `@lokus/geo` as counts and a SHA-256 of the lists (no boundary data is
 * stored). The committed file was made with the object-tree contiguity engine (before the
 * flat-array engine), so the test that reads it checks that the flat engine gives the same
 * neighbours.
 *
 * Run: `node --import tsx test/golden/geo/make-contiguity-districts.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { queenWeights, rookWeights, type SpatialWeights } from '@lokus/geo';
import type { Feature, Geometry } from 'geojson';

const dataDir =
  process.env.LOKUS_DATA_DIR ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const boundaryDir = `${dataDir}/boundaries`;
if (!existsSync(boundaryDir)) throw new Error(`no boundaries in ${boundaryDir}`);

/** Neighbour lists as one string, hashed. */
function digest(w: SpatialWeights): string {
  const rows: number[][] = [];
  for (let i = 0; i < w.n; i++)
    rows.push(Array.from(w.neighbours.subarray(w.offsets[i], w.offsets[i + 1])));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

const districts: Record<string, unknown> = {};
for (const file of readdirSync(boundaryDir)
  .filter((f) => f.endsWith('.geojson'))
  .sort()) {
  const features = (
    JSON.parse(readFileSync(`${boundaryDir}/${file}`, 'utf8')) as {
      features: Feature<Geometry>[];
    }
  ).features;
  const queen = queenWeights(features);
  const rook = rookWeights(features);
  districts[file] = {
    features: features.length,
    queenLinks: queen.neighbours.length,
    queenIslands: queen.islands.length,
    queenSha256: digest(queen),
    rookLinks: rook.neighbours.length,
    rookSha256: digest(rook),
  };
}
const out = new URL('./contiguity-districts.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({ generator: 'test/golden/geo/make-contiguity-districts.ts', engine: 'object-tree contiguity (before flat arrays)', districts }, null, 2)}\n`,
);
