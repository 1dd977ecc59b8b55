import type { SpatialWeights } from './types.ts';

/** Copies `y` into a Float64Array, requiring one finite value per observation of `w`. */
export function checkValues(fn: string, y: ArrayLike<number>, w: SpatialWeights): Float64Array {
  if (y.length !== w.n) {
    throw new Error(`${fn} requires one value per observation (${y.length} values, ${w.n} rows)`);
  }
  const out = Float64Array.from(y);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) {
      throw new Error(
        `${fn} requires finite values (value ${i} is ${out[i]}); drop missing villages with subsetWeights first`,
      );
    }
  }
  if (out.length < 3) throw new Error(`${fn} requires at least 3 observations`);
  return out;
}
