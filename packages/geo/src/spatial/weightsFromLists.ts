import type { SpatialWeights, WeightsStyle } from './types.ts';

/**
 * Builds CSR weights from neighbour lists (0-based indices), e.g. neighbours read from a file or
 * from R spdep's `nb` object (minus 1). Each row is sorted by neighbour index; weights default to
 * 1 (`binary`), otherwise `weights[i][k]` belongs to `neighbours[i][k]` (`custom`).
 *
 * Method: counts then copies, sorting each row. O(nnz log d) for maximum degree d.
 *
 * @param neighbours - One list of neighbour indices per observation.
 * @param weights - Optional weights in the same shape.
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1]]);
 * Array.from(w.offsets); // => [0, 1, 3, 4]
 */
export function weightsFromLists(
  neighbours: readonly (readonly number[])[],
  weights?: readonly (readonly number[])[],
): SpatialWeights {
  const n = neighbours.length;
  if (weights !== undefined && weights.length !== n) {
    throw new Error('weightsFromLists requires one weight list per neighbour list');
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const row = neighbours[i]!;
    if (weights !== undefined && weights[i]!.length !== row.length) {
      throw new Error(`weightsFromLists requires as many weights as neighbours (row ${i})`);
    }
    offsets[i + 1] = offsets[i]! + row.length;
  }
  const nnz = offsets[n]!;
  const cols = new Int32Array(nnz);
  const vals = new Float64Array(nnz);
  for (let i = 0; i < n; i++) {
    const row = neighbours[i]!;
    const order = row.map((_, k) => k).sort((a, b) => row[a]! - row[b]!);
    let at = offsets[i]!;
    let last = -1;
    for (const k of order) {
      const j = row[k]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new Error(`weightsFromLists requires neighbour indices in 0..${n - 1} (row ${i})`);
      }
      if (j === last) throw new Error(`weightsFromLists requires distinct neighbours (row ${i})`);
      last = j;
      cols[at] = j;
      vals[at++] = weights === undefined ? 1 : weights[i]![k]!;
    }
  }
  const style: WeightsStyle = weights === undefined ? 'binary' : 'custom';
  return { n, offsets, neighbours: cols, weights: vals, style };
}
