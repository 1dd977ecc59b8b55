import { type ResultRow, resultRows, type ScenarioResult } from '@lokus/core';
import { joinByCode, type PlacesDiagnostic } from '@lokus/geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Options of {@link resultsGeoJson}. */
export interface ResultsGeoJsonOptions {
  /** Language of the `keterangan` (reason in words) property; Bahasa Indonesia by default. */
  readonly lang?: 'id' | 'en';
  /** File name of the boundaries, written into the join diagnostics. */
  readonly file?: string;
}

/** Result of {@link resultsGeoJson}. */
export interface ResultsGeoJson {
  readonly collection: FeatureCollection;
  /** The join's diagnostics: villages without a boundary, boundaries without a village, … */
  readonly diagnostics: readonly PlacesDiagnostic[];
}

/**
 * The results map as GeoJSON: every boundary feature, in its order and with its geometry, gets
 * the result of its village as properties — the columns of core's `resultRows` (`peringkat`,
 * `kode`, `nama`, `kode_kec`, `nama_kec`, `jenis`, the indicator values, `skor`,
 * `peringkat_kecamatan`, `kelas`, `lokus`, `alasan`, `keterangan`). Features are matched by
 * village code with `joinByCode` of `@lokus/geo`; a feature without a village keeps its own
 * properties with `lokus: null`, and every village without a feature is in the diagnostics —
 * nothing is dropped silently. Write the collection with `writeGeoJson` of `@lokus/io`. O(n·m).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const square = (kode, x) => ({ type: 'Feature', properties: { kode },
 *   geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } });
 * const boundaries = { type: 'FeatureCollection', features: table.code.map((c, i) => square(c, i)) };
 * const { collection } = resultsGeoJson(result, boundaries);
 * collection.features.map((f) => f.properties?.lokus); // => [1, 0, 0]
 */
export function resultsGeoJson(
  result: ScenarioResult,
  boundaries: FeatureCollection,
  options: ResultsGeoJsonOptions = {},
): ResultsGeoJson {
  const { lang = 'id', file } = options;
  const join = joinByCode(
    result.table,
    boundaries,
    file === undefined ? {} : { boundaryFile: file },
  );
  const rows = new Map<string, ResultRow>();
  for (const row of resultRows(result, { locale: lang }).rows) rows.set(row.kode as string, row);
  const features = boundaries.features.map((f, k): Feature<Geometry | null> => {
    const i = join.rowOfFeature[k]!;
    const row = i < 0 ? undefined : rows.get(result.table.code[i]!);
    const properties = row === undefined ? { ...(f.properties ?? {}), lokus: null } : { ...row };
    return {
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties,
      geometry: f.geometry,
    };
  });
  return {
    collection: { type: 'FeatureCollection', features: features as Feature[] },
    diagnostics: join.diagnostics,
  };
}
