import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Options of {@link writeGeoJson}. */
export interface WriteGeoJsonOptions {
  /** Decimal places kept in coordinates (e.g. 6 ≈ 0.1 m); all of them when absent. */
  readonly precision?: number;
}

/**
 * Writes a FeatureCollection as GeoJSON text (RFC 7946) in a fixed layout: members in the order
 * `type`, `id`, `bbox`, `properties`, `geometry` (geometries: `type`, then `coordinates` or
 * `geometries`), properties in their own order, one feature per line, a final newline. Foreign
 * members (e.g. the obsolete `crs`) are left out and non-finite numbers become `null`, so the
 * same collection always gives the same bytes.
 *
 * Method: `JSON.stringify` of rebuilt objects. O(size).
 *
 * @example
 * writeGeoJson({ features: [], type: 'FeatureCollection' });
 * // => '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function writeGeoJson(fc: FeatureCollection, options: WriteGeoJsonOptions = {}): string {
  if (fc == null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features as unknown)) {
    throw new Error('writeGeoJson requires a GeoJSON FeatureCollection');
  }
  const { precision } = options;
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 15)
  ) {
    throw new Error('writeGeoJson requires a precision between 0 and 15');
  }
  const scale = precision === undefined ? 0 : 10 ** precision;
  const coordinate = (x: number): number | null =>
    !Number.isFinite(x) ? null : scale === 0 ? x : Math.round(x * scale) / scale;
  const coordinates = (c: unknown): unknown =>
    Array.isArray(c) ? c.map(coordinates) : typeof c === 'number' ? coordinate(c) : c;
  const geometry = (g: Geometry | null): unknown => {
    if (g == null) return null;
    if (g.type === 'GeometryCollection') {
      return { type: g.type, geometries: g.geometries.map(geometry) };
    }
    return { type: g.type, coordinates: coordinates(g.coordinates) };
  };
  const finite = (_key: string, v: unknown): unknown =>
    typeof v === 'number' && !Number.isFinite(v) ? null : v;
  const feature = (f: Feature): string =>
    JSON.stringify(
      {
        type: 'Feature',
        ...(f.id === undefined ? {} : { id: f.id }),
        ...(f.bbox === undefined ? {} : { bbox: f.bbox }),
        properties: f.properties ?? null,
        geometry: geometry(f.geometry),
      },
      finite,
    );
  const head = JSON.stringify({
    type: 'FeatureCollection',
    ...(fc.bbox === undefined ? {} : { bbox: fc.bbox }),
  });
  return `${head.slice(0, -1)},"features":[\n${fc.features.map(feature).join(',\n')}${fc.features.length > 0 ? '\n' : ''}]}\n`;
}
