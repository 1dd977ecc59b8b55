/**
 * Checks a weight per id and rescales the weights to sum to 1. Internal to the weight and
 * aggregate stages; not part of the public API.
 * @module
 */

/**
 * Returns the weights of `ids`, in that order, divided by their sum.
 *
 * @param fn - Name of the public function, used in error messages.
 * @param weights - Weight by id; every id needs a finite, non-negative weight.
 * @param ids - The ids to weigh; must be non-empty and unique.
 * @throws When an id is missing, a weight is negative or not finite, or all weights are zero.
 */
export function normaliseWeights(
  fn: string,
  weights: Readonly<Record<string, number>>,
  ids: readonly string[],
): Float64Array {
  if (ids.length === 0) throw new Error(`${fn} requires at least one indicator`);
  if (new Set(ids).size !== ids.length) throw new Error(`${fn} requires unique indicator ids`);
  const w = new Float64Array(ids.length);
  let sum = 0;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    const x = Object.hasOwn(weights, id) ? weights[id] : undefined;
    if (x === undefined) throw new Error(`${fn} requires a weight for indicator "${id}"`);
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
      throw new Error(`${fn} requires finite non-negative weights, got ${x} for "${id}"`);
    w[j] = x;
    sum += x;
  }
  if (!(sum > 0)) throw new Error(`${fn} requires at least one positive weight`);
  for (let j = 0; j < w.length; j++) w[j] = w[j]! / sum;
  return w;
}

/** Builds a plain record from ids and a weight vector, in id order. */
export function weightRecord(ids: readonly string[], w: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let j = 0; j < ids.length; j++) out[ids[j]!] = w[j]!;
  return out;
}
