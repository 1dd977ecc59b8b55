/**
 * Rounds half away from zero to `digits` decimals, for the display columns of a table (the full
 * value is kept in its own column). `null` for a missing or non-finite value. O(1).
 *
 * Method: scaled `Math.round` of the absolute value, corrected with `Number.EPSILON` so that
 * decimal ties such as 1.005 round up as written.
 *
 * @example
 * roundTo(72.3456, 2); // => 72.35
 * roundTo(Number.NaN, 2); // => null
 */
export function roundTo(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  const rounded =
    (Math.sign(value) * Math.round(Math.abs(value) * scale * (1 + Number.EPSILON))) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}
