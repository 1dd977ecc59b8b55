/**
 * `lokus tiles` with the built binary: the sample's boundaries become one PMTiles archive equal
 * to `writePmtiles(villageTiles(…))` of `@lokus/tiles` (whose own tests read it back); a village
 * without a valid code is a data error (exit 1) naming the feature; an existing archive is not
 * overwritten without --force.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { villageTiles, writePmtiles } from '@lokus/tiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-tiles-'));
beforeAll(() => buildLokus(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus tiles', { timeout: 120_000 }, () => {
  it('writes the archive the library makes, and reports it in the JSON', async () => {
    const run = await lokus([
      'tiles',
      SAMPLE.boundaries,
      '--out',
      work,
      '--max-zoom',
      '9',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.villages).toBe(250);
    const bytes = readFileSync(join(work, 'villages.pmtiles'));
    expect(json.bytes).toBe(bytes.length);
    const boundaries = JSON.parse(readFileSync(SAMPLE.boundaries, 'utf8'));
    const expected = writePmtiles(villageTiles(boundaries, { maxZoom: 9 }));
    expect(Buffer.from(expected).equals(bytes)).toBe(true);
    expect(json.tiles).toBe(villageTiles(boundaries, { maxZoom: 9 }).tiles.length);
  });

  it('refuses to overwrite the archive without --force (exit 3)', async () => {
    const run = await lokus(['tiles', SAMPLE.boundaries, '--out', work, '--max-zoom', '9']);
    expect(run.code).toBe(3);
  });

  it('a village without a valid code stops with exit 1, naming the feature and the value', async () => {
    const boundaries = JSON.parse(readFileSync(SAMPLE.boundaries, 'utf8'));
    for (const f of boundaries.features) delete f.properties.kode10;
    boundaries.features[9].properties.kode = 'bukan-kode';
    const file = join(work, 'rusak.geojson');
    writeFileSync(file, JSON.stringify(boundaries));
    const run = await lokus(['tiles', file, '--out', join(work, 'rusak')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rusak\.geojson.*feature 10.*bukan-kode/);
    expect(existsSync(join(work, 'rusak', 'rusak.pmtiles'))).toBe(false);
  });
});
