/**
 * Throws `"<fn> requires k to be a positive integer"` unless `k` is an integer ≥ 1.
 *
 * @example
 * checkK('quantile', 5); // => undefined
 */
export function checkK(fn: string, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new Error(`${fn} requires k to be a positive integer`);
}
