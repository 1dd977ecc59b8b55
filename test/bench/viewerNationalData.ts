/**
 * A synthetic nation as a viewer dataset folder (what `LOKUS_SAMPLE_DIR` points the viewer's data
 * plugin at): `villages.csv` (codes, names, 20 indicators), `indicators.json`, and
 * `villages.pmtiles` — the village boundaries as vector tiles made by `@lokus/tiles` (the same
 * function `lokus tiles` runs). The boundaries are `generateNational` polygons (labelled
 * synthetic); `detail: 'realistic'` gives about 90 vertices per village as in the real districts.
 *
 * Cutting the tiles of 84,000 realistic villages takes minutes and more than Node's default heap,
 * so a folder is made once per (villages, detail, seed, zoom) under the system's temporary folder
 * and reused; `fresh: true` remakes it. Run as a script to make one in its own process:
 * `node --max-old-space-size=12000 --import tsx test/bench/viewerNationalData.ts 84000 realistic 9`
 * prints the folder as JSON.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCsv } from '@lokus/io';
import { generateNational } from '@lokus/synth';
import { villageTiles, writePmtiles } from '@lokus/tiles';

/** Options of {@link nationalDataset}. */
export interface NationalDatasetOptions {
  readonly villages: number;
  readonly detail?: 'realistic' | 'light';
  readonly seed?: number;
  /** Highest zoom of the tiles (default 10, as `lokus tiles`). */
  readonly maxZoom?: number;
  /** Also write `villages.geojson` (default false: the national mode reads the tiles only). */
  readonly geojson?: boolean;
  readonly fresh?: boolean;
}

/** The folder, and how it was made (times in ms; null when reused). */
export interface NationalDataset {
  readonly dir: string;
  readonly villages: number;
  readonly tilesMs: number | null;
}

/**
 * Makes (or reuses) the dataset folder.
 *
 * @example
 * const { dir } = nationalDataset({ villages: 2000, detail: 'light' });
 * existsSync(join(dir, 'villages.pmtiles')); // => true
 */
export function nationalDataset(options: NationalDatasetOptions): NationalDataset {
  const { villages, detail = 'realistic', seed = 1, maxZoom = 10 } = options;
  const dir = join(tmpdir(), `lokus-nation-${villages}-${detail}-${seed}-z${maxZoom}`);
  const done = join(dir, 'villages.pmtiles');
  if (!options.fresh && existsSync(done) && (!options.geojson || existsSync(geojsonOf(dir)))) {
    return { dir, villages, tilesMs: null };
  }
  mkdirSync(dir, { recursive: true });
  const nation = generateNational({ seed, villages, polygons: true, detail });
  const { code, name, kecamatanName, columns } = nation.columns;
  const ids = nation.indicators.map((m) => m.id);
  const rows = code.map((c, i) => {
    const row: Record<string, string | number | null> = {
      kode: c,
      nama: name[i]!,
      nama_kec: kecamatanName[i]!,
    };
    for (const id of ids) {
      const v = columns[id]![i]!;
      row[id] = Number.isFinite(v) ? v : null;
    }
    return row;
  });
  writeFileSync(
    join(dir, 'villages.csv'),
    writeCsv(rows, { columns: ['kode', 'nama', 'nama_kec', ...ids] }),
  );
  writeFileSync(join(dir, 'indicators.json'), JSON.stringify(nation.indicators));
  if (options.geojson) writeFileSync(geojsonOf(dir), JSON.stringify(nation.boundaries));
  const t0 = performance.now();
  const bytes = writePmtiles(
    villageTiles(nation.boundaries!, {
      maxZoom,
      attribution: 'Data sintetis / synthetic data: lokus generator',
    }),
  );
  const tilesMs = Math.round(performance.now() - t0);
  // Written under a temporary name first: a folder with the archive is always complete.
  writeFileSync(`${done}.part`, bytes);
  renameSync(`${done}.part`, done);
  return { dir, villages: code.length, tilesMs };
}

const geojsonOf = (dir: string) => join(dir, 'villages.geojson');

/** Removes a dataset folder. */
export function removeNationalDataset(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [villages, detail, maxZoom] = process.argv.slice(2);
  const made = nationalDataset({
    villages: Number(villages ?? 84_000),
    detail: detail === 'light' ? 'light' : 'realistic',
    maxZoom: Number(maxZoom ?? 10),
  });
  console.log(JSON.stringify(made));
}
