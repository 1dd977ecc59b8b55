/**
 * True when the values cannot separate villages: fewer than two distinct present values (all
 * equal, a single present value, or none at all). `NaN` is ignored. The pipeline reports such an
 * indicator as `CONSTANT_INDICATOR`; `normalise` maps it to the middle of its output scale.
 *
 * Method: one pass. O(n).
 *
 * @example
 * isConstant(new Float64Array([3, NaN, 3])); // => true
 * isConstant(new Float64Array([3, 4])); // => false
 */
export function isConstant(values: ArrayLike<number>): boolean {
  let first = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return false;
  }
  return true;
}
