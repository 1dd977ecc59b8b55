/**
 * Queen and rook weights from flat arrays equal the object-tree engine's on the five real
 * districts: test/golden/geo/contiguity-districts.json holds the neighbour lists' counts and
 * SHA-256 made by that engine (test/golden/geo/make-contiguity-districts.ts, run before the flat
 * engine). Boundaries are read from LOKUS_DATA_DIR (default ../shared/data beside the
 * repository); the test is skipped when they are absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatPolygons } from '../../src/flat/flatPolygons.ts';
import { readFlatGeoJson } from '../../src/flat/readFlatGeoJson.ts';
import { contiguity } from '../../src/spatial/contiguity.ts';
import type { SpatialWeights } from '../../src/spatial/types.ts';

const golden = JSON.parse(
  readFileSync(
    new URL('../../../../test/golden/geo/contiguity-districts.json', import.meta.url),
    'utf8',
  ),
) as {
  districts: Record<
    string,
    {
      features: number;
      queenLinks: number;
      queenSha256: string;
      rookLinks: number;
      rookSha256: string;
    }
  >;
};
const dataDir =
  process.env.LOKUS_DATA_DIR ??
  fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const present = existsSync(`${dataDir}/boundaries`);

function digest(w: SpatialWeights): string {
  const rows: number[][] = [];
  for (let i = 0; i < w.n; i++) {
    rows.push(Array.from(w.neighbours.subarray(w.offsets[i], w.offsets[i + 1])));
  }
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe.skipIf(!present)('contiguity of the five real districts (LOKUS_DATA_DIR)', () => {
  for (const [file, want] of Object.entries(golden.districts)) {
    it(`queen and rook weights from flat arrays of ${file} equal the object-tree engine's`, () => {
      const bytes = readFileSync(`${dataDir}/boundaries/${file}`);
      const fromReader = readFlatGeoJson(bytes);
      const fromTree = flatPolygons(JSON.parse(bytes.toString('utf8')).features);
      expect(fromReader.coordinates).toEqual(fromTree.coordinates);
      expect(fromReader.length).toBe(want.features);
      // One stripe (the whole map), the default, and stripes of 1,000 vertices (20–40 seams).
      for (const stripe of [Number.MAX_SAFE_INTEGER, undefined, 1000]) {
        const queen = contiguity('queenWeights', fromReader, 'queen', {}, stripe);
        const rook = contiguity('rookWeights', fromReader, 'rook', {}, stripe);
        expect(queen.neighbours.length).toBe(want.queenLinks);
        expect(digest(queen)).toBe(want.queenSha256);
        expect(rook.neighbours.length).toBe(want.rookLinks);
        expect(digest(rook)).toBe(want.rookSha256);
      }
    });
  }
});

it.skipIf(present)('contiguity of the five real districts is skipped: set LOKUS_DATA_DIR', () => {
  expect(present).toBe(false);
});
