import { basename } from 'node:path';
import { villageTiles, writePmtiles } from '@lokus/tiles';
import { CliError } from '../CliError.ts';
import { type Context, say, step, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { readBoundaryFile } from '../readBoundaryFile.ts';
import { writeOutputs } from '../writeOutputs.ts';

/** Options of `lokus tiles`. */
export interface TilesCommandOptions {
  /** Output folder (default `out`). */
  readonly out: string;
  /** File name of the archive (default: the boundaries' name with `.pmtiles`). */
  readonly name?: string;
  /** Highest zoom with tiles (default 10). */
  readonly maxZoom?: number;
  /** Layer of a zipped Shapefile, or object of a TopoJSON file. */
  readonly layer?: string;
  /** Attribution of the boundaries, kept in the archive. */
  readonly attribution?: string;
}

/**
 * `lokus tiles <boundaries>`: the villages as vector tiles in one PMTiles archive (layers `desa`,
 * `kecamatan`, `kabupaten`; see `@lokus/tiles`), for a map of many districts or the whole
 * country. Offline; the same boundaries give the same bytes. A village without a valid code is
 * a data error (exit 1) naming the feature.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const square = (kode, x) => ({ type: 'Feature', properties: { kode },
 *   geometry: { type: 'Polygon', coordinates: [[[110 + x, -7], [110.01 + x, -7], [110.01 + x, -6.99], [110 + x, -6.99], [110 + x, -7]]] } });
 * const boundaries = { type: 'FeatureCollection', features: [square('33.21.01.2001', 0), square('33.21.02.2001', 0.01)] };
 * writeFileSync(`${terminal.cwd}/desa.geojson`, JSON.stringify(boundaries));
 * const { json } = await tilesCommand(ctx, 'desa.geojson', { out: 'out', maxZoom: 9 });
 * [json.villages, json.tiles, json.outputs]; // => [2, 5, ['out/desa.pmtiles']]
 * new TextDecoder().decode(readFileSync(`${terminal.cwd}/out/desa.pmtiles`).subarray(0, 7)); // => 'PMTiles'
 * readFileSync(`${terminal.cwd}/out/desa.pmtiles`).length === json.bytes; // => true
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function tilesCommand(
  ctx: Context,
  file: string,
  options: TilesCommandOptions,
): Promise<CommandOutcome> {
  const name = options.name ?? `${basename(file).replace(/\.[^.]+$/, '')}.pmtiles`;
  step(ctx, `membaca ${file}`, `reading ${file}`);
  const boundaries = await readBoundaryFile(
    ctx,
    file,
    options.layer === undefined ? {} : { layer: options.layer },
  );
  printDiagnostics(ctx, boundaries.diagnostics);
  step(ctx, 'memotong petak peta', 'cutting the tiles');
  let bytes: Uint8Array;
  let tiles: number;
  try {
    const set = villageTiles(boundaries.features, {
      ...(options.maxZoom === undefined ? {} : { maxZoom: options.maxZoom }),
      ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
    });
    tiles = set.tiles.length;
    bytes = writePmtiles(set);
  } catch (error) {
    throw new CliError(EXIT.DATA, `${file}: ${(error as Error).message}`);
  }
  const written = writeOutputs(ctx, options.out, [{ name, content: bytes }]);
  for (const path of written) {
    say(
      ctx,
      tr(
        ctx.lang,
        `ditulis: ${path} (${tiles} petak, ${bytes.length} bita)`,
        `written: ${path} (${tiles} tiles, ${bytes.length} bytes)`,
      ),
    );
  }
  return {
    json: {
      ok: true,
      command: 'tiles',
      villages: boundaries.features.features.length,
      tiles,
      bytes: bytes.length,
      outputs: written,
      diagnostics: boundaries.diagnostics,
    },
  };
}
