/// <reference path="./shpjs.d.ts" />
import type { FeatureCollection } from 'geojson';
import shp from 'shpjs';
import { finishBoundaries } from './finishBoundaries.ts';
import { toBytes } from './textDecoder.ts';
import type { IoDiagnostic, ReadBoundariesResult } from './types.ts';

/** Options of {@link readShapefileZip}. */
export interface ReadShapefileZipOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Name of the layer (the `.shp` file name without extension) when the zip holds several. */
  readonly layer?: string;
}

type Layer = FeatureCollection & { fileName?: string };

/**
 * Reads village boundaries from a zipped ESRI Shapefile (`.shp`, `.dbf`, and optionally `.prj`
 * and `.cpg`) into a WGS84 longitude/latitude FeatureCollection.
 *
 * With a `.prj`, projected coordinates (e.g. UTM zone 49S, EPSG:32749) are reprojected by proj4;
 * a `.prj` that proj4 cannot read is refused with `SHAPEFILE_UNKNOWN_PROJECTION` and no features,
 * as are projected coordinates without a `.prj` (`PROJECTED_COORDINATES`), so boundaries are
 * never drawn in the wrong place. Then the features are checked like {@link readGeoJson}
 * (swapped axes, geometry validity). Other problems: `EMPTY_FILE`, `SHAPEFILE_UNREADABLE`
 * (not a zip, or no `.shp` inside); `SHAPEFILE_LAYER_CHOSEN` (info) when the zip holds several
 * layers and none was named.
 *
 * Method: shpjs (github.com/calvinmetcalf/shapefile-js), which unzips, parses the `.shp` and
 * `.dbf` and applies the `.prj` with proj4. O(positions).
 *
 * @example
 * const { diagnostics } = await readShapefileZip(new Uint8Array(0), { file: 'desa.zip' });
 * diagnostics.map((d) => d.code); // => ['EMPTY_FILE']
 */
export async function readShapefileZip(
  input: Uint8Array | ArrayBuffer,
  options: ReadShapefileZipOptions = {},
): Promise<ReadBoundariesResult> {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new Error('readShapefileZip requires a Uint8Array or an ArrayBuffer');
  }
  const where = options.file === undefined ? {} : { file: options.file };
  const none = (d: IoDiagnostic): ReadBoundariesResult => ({
    features: { type: 'FeatureCollection', features: [] },
    diagnostics: [d],
  });
  const bytes = toBytes(input);
  if (bytes.byteLength === 0) {
    return none({ code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where });
  }
  let layers: Layer[];
  try {
    const out = (await shp(bytes)) as Layer | Layer[];
    layers = Array.isArray(out) ? out : [out];
  } catch (e) {
    // proj4 throws plain strings for projection definitions it cannot read; everything else
    // (unzip, .shp parsing) throws Error objects.
    if (typeof e === 'string') {
      return none({
        code: 'SHAPEFILE_UNKNOWN_PROJECTION',
        severity: 'error',
        message: `The .prj file names a projection that cannot be read (${e.slice(0, 200)}); reproject the shapefile to WGS84 (EPSG:4326) or a UTM zone and try again.`,
        ...where,
      });
    }
    return none({
      code: 'SHAPEFILE_UNREADABLE',
      severity: 'error',
      message: `The file is not a readable zipped shapefile (${e instanceof Error ? e.message : String(e)}).`,
      ...where,
    });
  }
  const diagnostics: IoDiagnostic[] = [];
  const names = layers.map((l) => l.fileName ?? '');
  let layer = layers[0];
  if (options.layer !== undefined) {
    layer = layers.find((l) => l.fileName === options.layer);
    if (layer === undefined) {
      return none({
        code: 'SHAPEFILE_UNREADABLE',
        severity: 'error',
        message: `The zip has no layer ${JSON.stringify(options.layer)}; it has ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
        ...where,
        value: names,
      });
    }
  } else if (layers.length > 1) {
    diagnostics.push({
      code: 'SHAPEFILE_LAYER_CHOSEN',
      severity: 'info',
      message: `The zip holds ${layers.length} layers; read the first, ${JSON.stringify(names[0])}.`,
      ...where,
      value: names,
    });
  }
  const result = finishBoundaries(
    { type: 'FeatureCollection', features: layer?.features ?? [] },
    {
      ...where,
      projectedHint: 'add the .prj file of the shapefile to the zip, or reproject it to WGS84',
    },
  );
  return { features: result.features, diagnostics: [...diagnostics, ...result.diagnostics] };
}
