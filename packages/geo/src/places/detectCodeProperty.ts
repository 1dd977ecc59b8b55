import { parseVillageCode } from '@lokus/core';
import { findKey, keysOf, propertyText } from './featureProperties.ts';
import type { AnyFeature } from './types.ts';

/**
 * Property names that commonly hold a Kemendagri village code, in order of preference.
 *
 * @example
 * CODE_PROPERTIES.includes('kode'); // => true
 */
export const CODE_PROPERTIES: readonly string[] = Object.freeze([
  'kode',
  'kode10',
  'kode_desa',
  'kodedesa',
  'kd_desa',
  'kode_kemendagri',
  'kdepum',
  'kode_wilayah',
  'village_code',
  'code',
  'id_desa',
  'iddesa',
]);

/**
 * Finds the feature property that holds village codes: among the usual names
 * ({@link CODE_PROPERTIES}, case-insensitive) the first with the most values that parse as a
 * Kemendagri code, dotted or plain; failing those, any property with the most parseable values.
 *
 * Method: count parseable values per candidate. O(features × properties).
 *
 * @returns The property name, or `null` when no property holds a single valid code.
 * @example
 * detectCodeProperty([{ type: 'Feature', geometry: null, properties: { KODE10: 3321012001 } }]);
 * // => 'KODE10'
 */
export function detectCodeProperty(features: readonly AnyFeature[]): string | null {
  const keys = keysOf(features);
  const count = (key: string): number => {
    let n = 0;
    for (const f of features) if (parseVillageCode(propertyText(f, key)) !== null) n++;
    return n;
  };
  let best: string | null = null;
  let bestCount = 0;
  for (const wanted of CODE_PROPERTIES) {
    const key = findKey(keys, wanted);
    if (key === undefined) continue;
    const n = count(key);
    if (n > bestCount) [best, bestCount] = [key, n];
  }
  if (best !== null) return best;
  for (const key of keys) {
    const n = count(key);
    if (n > bestCount) [best, bestCount] = [key, n];
  }
  return best;
}
