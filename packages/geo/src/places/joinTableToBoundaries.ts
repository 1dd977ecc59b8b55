import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import {
  type JoinByCodeOptions,
  type JoinResult,
  type JoinTable,
  joinByCode,
} from './joinByCode.ts';
import type { AnyFeatureCollection } from './types.ts';

/** A value that can go into a GeoJSON property. */
export type PropertyValue = string | number | boolean | null;

/** Options of {@link joinTableToBoundaries}. */
export interface JoinTableToBoundariesOptions extends JoinByCodeOptions {
  /**
   * More per-row values to merge (e.g. score, rank, selected), one entry per table row; they
   * override table columns and feature properties of the same name.
   */
  readonly properties?: Readonly<Record<string, ArrayLike<PropertyValue | undefined>>>;
}

/** Result of {@link joinTableToBoundaries}. */
export interface JoinTableToBoundariesResult {
  /**
   * Every input feature in input order, with its own properties plus the table's numeric
   * columns and `properties`; `null` where the value is missing (NaN) or the feature has no row.
   */
  readonly featureCollection: FeatureCollection<Geometry | null, GeoJsonProperties>;
  readonly join: JoinResult;
}

/** Normalises a value for GeoJSON: NaN, ±Infinity and undefined become `null`. */
function clean(v: PropertyValue | undefined): PropertyValue {
  if (v === undefined) return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/**
 * Joins a village table to boundaries ({@link joinByCode}) and returns every feature with the
 * table's values merged into its properties, ready for a map or a GeoJSON export. Features
 * without a row (e.g. kelurahan under a desa-only index such as IDM) are kept with `null`
 * values; table rows without a feature are listed in `join.unmatchedTable` with diagnostics.
 *
 * Method: hash join, then one new properties object per feature (inputs are not mutated;
 * geometries are shared, not copied). O((n + m) · c) for c merged columns.
 *
 * @param table - Codes and optional names, with optional `columns` (e.g. a `VillageTable`).
 * @example
 * const fc = {
 *   type: 'FeatureCollection',
 *   features: [
 *     { type: 'Feature', geometry: null, properties: { kode: '33.21.01.2001' } },
 *     { type: 'Feature', geometry: null, properties: { kode: '33.21.01.1001' } },
 *   ],
 * } as const;
 * const table = { code: ['3321012001'], columns: { idm: Float64Array.of(0.65) } };
 * joinTableToBoundaries(table, fc).featureCollection.features.map((f) => f.properties?.idm);
 * // => [0.65, null]
 */
export function joinTableToBoundaries(
  table: JoinTable & { readonly columns?: Readonly<Record<string, ArrayLike<number>>> },
  boundaries: AnyFeatureCollection,
  options: JoinTableToBoundariesOptions = {},
): JoinTableToBoundariesResult {
  const join = joinByCode(table, boundaries, options);
  const n = table.code.length;
  const merged: [string, ArrayLike<PropertyValue | undefined>][] = [
    ...Object.entries(table.columns ?? {}),
    ...Object.entries(options.properties ?? {}),
  ];
  for (const [id, values] of merged) {
    if (values == null || values.length !== n) {
      throw new Error(
        `joinTableToBoundaries requires column ${id} to have one value per row (${n})`,
      );
    }
  }
  const features: Feature<Geometry | null, GeoJsonProperties>[] = boundaries.features.map(
    (f, j) => {
      const row = join.rowOfFeature[j]!;
      const properties: Record<string, unknown> = { ...(f.properties ?? {}) };
      for (const [id, values] of merged) properties[id] = row === -1 ? null : clean(values[row]);
      return { ...f, properties };
    },
  );
  return { featureCollection: { type: 'FeatureCollection', features }, join };
}
