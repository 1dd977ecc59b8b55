import { COLUMN_HEADERS } from '@lokus/core';
import { findKey, keysOf, propertyName, propertyText } from './featureProperties.ts';
import type { AnyFeature } from './types.ts';

/**
 * Property names that commonly hold a village name, in order of preference: core's header
 * vocabulary `COLUMN_HEADERS.name` written as property names (`nama desa` → `nama_desa`).
 *
 * @example
 * NAME_PROPERTIES.includes('nama_desa'); // => true
 */
export const NAME_PROPERTIES: readonly string[] = Object.freeze(
  COLUMN_HEADERS.name.map(propertyName),
);

/**
 * Finds the feature property that holds village names: the first of the usual names
 * ({@link NAME_PROPERTIES}, case-insensitive) present with a non-empty string in some feature.
 *
 * Method: a scan of the property keys. O(features × properties).
 *
 * @returns The property name, or `null` when there is none.
 * @example
 * detectNameProperty([{ type: 'Feature', geometry: null, properties: { NAMOBJ: 'Bintoro' } }]);
 * // => 'NAMOBJ'
 */
export function detectNameProperty(features: readonly AnyFeature[]): string | null {
  const keys = keysOf(features);
  for (const wanted of NAME_PROPERTIES) {
    const key = findKey(keys, wanted);
    if (key === undefined) continue;
    if (features.some((f) => propertyText(f, key) !== '')) return key;
  }
  return null;
}
