import type { AnyFeature } from './types.ts';

// Helpers shared by the property detectors and the joins; not part of the public API.

/** Reads a property as text: strings trimmed, finite numbers in decimal, anything else `''`. */
export function propertyText(feature: AnyFeature, key: string): string {
  const v = feature.properties?.[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** Every property key of the features, in first-seen order. */
export function keysOf(features: readonly AnyFeature[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) seen.add(k);
  return [...seen];
}

/** The key whose lowercase form is `wanted`, preferring an exact match. */
export function findKey(keys: readonly string[], wanted: string): string | undefined {
  return keys.find((k) => k === wanted) ?? keys.find((k) => k.toLowerCase() === wanted);
}

/**
 * A header of core's vocabulary (in `headerKey` form) written as a property name, the way
 * boundary files spell them: `kode desa` → `kode_desa`, `kode 10` → `kode10`.
 */
export function propertyName(header: string): string {
  return header.replace(/([a-z]) (?=\d)/g, '$1').replace(/ /g, '_');
}
