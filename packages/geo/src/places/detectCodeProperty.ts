import { COLUMN_HEADERS, parseVillageCode } from '@lokus/core';
import { findKey, keysOf, propertyName, propertyText } from './featureProperties.ts';
import type { AnyFeature } from './types.ts';

/**
 * Property names that commonly hold a Kemendagri village code, in order of preference: core's
 * header vocabulary `COLUMN_HEADERS.code` (the one list of code headers in lokus) written as
 * property names (`kode desa` → `kode_desa`, `kode 10` → `kode10`).
 *
 * @example
 * CODE_PROPERTIES.includes('kode10'); // => true
 */
export const CODE_PROPERTIES: readonly string[] = Object.freeze(
  COLUMN_HEADERS.code.map(propertyName),
);

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
