import { parseVillageCode } from '@lokus/core';
import { type AnyFeature, detectCodeProperty } from '@lokus/geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A village polygon with its code and kecamatan, as the map draws it. */
export interface MapVillage {
  /** Canonical dotted code, or the raw property text when it is malformed. */
  readonly code: string;
  /** Kecamatan code `PP.KK.CC` (from the code, else a `kode_kec` property, else `''`). */
  readonly kecamatan: string;
  readonly feature: Feature<Polygon | MultiPolygon>;
}

const KECAMATAN_CODE_PROPERTIES = ['kode_kec', 'kd_kec', 'kode_kecamatan'] as const;
const KECAMATAN_NAME_PROPERTIES = ['nama_kec', 'nm_kec', 'kecamatan', 'nama_kecamatan'] as const;

function text(feature: AnyFeature, keys: readonly string[]): string {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  for (const key of keys) {
    const value = props[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return '';
}

/**
 * The polygons of a boundary collection with their village and kecamatan codes, plus any
 * kecamatan names the boundaries carry. Features without a polygon are skipped (nothing to draw).
 * The code property is found with `@lokus/geo`'s `detectCodeProperty`. O(n).
 *
 * @example
 * const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
 * mapShapes({
 *   type: 'FeatureCollection',
 *   features: [{ type: 'Feature', properties: { kode: '3321012001', nama_kec: 'Mranggen' },
 *     geometry: { type: 'Polygon', coordinates: square } }],
 * }).kecamatanNames.get('33.21.01');
 * // => 'Mranggen'
 */
export function mapShapes(boundaries: FeatureCollection): {
  villages: MapVillage[];
  kecamatanNames: Map<string, string>;
  synthetic: boolean;
} {
  const features = (boundaries?.features ?? []) as AnyFeature[];
  const codeKey = detectCodeProperty(features);
  const villages: MapVillage[] = [];
  const kecamatanNames = new Map<string, string>();
  let synthetic = false;
  for (const feature of features) {
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    const raw = codeKey === null ? '' : text(feature, [codeKey]);
    const parsed = parseVillageCode(raw);
    const kecamatan = parsed?.kecamatan ?? text(feature, KECAMATAN_CODE_PROPERTIES);
    const name = text(feature, KECAMATAN_NAME_PROPERTIES);
    if (kecamatan !== '' && name !== '' && !kecamatanNames.has(kecamatan)) {
      kecamatanNames.set(kecamatan, name);
    }
    if ((feature.properties as Record<string, unknown> | null)?.synthetic === true)
      synthetic = true;
    villages.push({
      code: parsed?.code ?? raw,
      kecamatan,
      feature: feature as Feature<Polygon | MultiPolygon>,
    });
  }
  return { villages, kecamatanNames, synthetic };
}
