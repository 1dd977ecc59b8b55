import type { Diagnostic } from '@lokus/core';

/**
 * How the weights were made: `binary` (1 for a neighbour), `row` (each row sums to 1, islands keep
 * an empty row), `distance` (inverse-distance powers) or `custom` (given by the caller).
 */
export type WeightsStyle = 'binary' | 'row' | 'distance' | 'custom';

/**
 * Sparse spatial weights in compressed sparse row (CSR) form.
 *
 * Observation `i`'s neighbours are `neighbours[offsets[i] .. offsets[i + 1] - 1]`, sorted
 * ascending, with weights `weights[offsets[i] .. offsets[i + 1] - 1]` in the same order. `offsets`
 * has `n + 1` entries (`offsets[0] = 0`, `offsets[n]` = number of stored weights). A row is empty
 * for an island. A self-weight (`j = i`) is stored only where asked for (`includeSelf`). Memory is
 * 4 (n + 1) + 12 × nnz bytes: about 6 MB for 84,000 villages with 6 neighbours each.
 */
export interface SpatialWeights {
  /** Number of observations. */
  readonly n: number;
  /** Row starts, length `n + 1`. */
  readonly offsets: Int32Array;
  /** Column (neighbour) indices, 0-based, ascending within each row. */
  readonly neighbours: Int32Array;
  /** Weight of each stored (row, neighbour) pair. */
  readonly weights: Float64Array;
  readonly style: WeightsStyle;
}

/** Diagnostic codes of spatial weights. */
export type SpatialDiagnosticCode =
  /** A polygon or point with no neighbour. */
  | 'ISLAND'
  /** A feature without geometry or without any coordinate (treated as an island). */
  | 'EMPTY_GEOMETRY'
  /** A geometry that is neither `Polygon` nor `MultiPolygon` (treated as an island). */
  | 'UNSUPPORTED_GEOMETRY';

/** A coded problem found while building weights. `row` is the 1-based feature number. */
export type SpatialDiagnostic = Diagnostic<SpatialDiagnosticCode>;

/** Contiguity weights with the islands found and the diagnostics of the input. */
export interface ContiguityWeights extends SpatialWeights {
  /** Indices of features without any neighbour, ascending. */
  readonly islands: Int32Array;
  readonly diagnostics: readonly SpatialDiagnostic[];
}

/** Options of {@link queenWeights} and {@link rookWeights}. */
export interface ContiguityOptions {
  /**
   * Snapping grid, in coordinate units (default 1e-7, about 1 cm in degrees). Vertices closer than
   * this in both x and y always count as the same point.
   */
  readonly tolerance?: number;
  /** Property holding the village code, copied into diagnostics (default `kode`). */
  readonly idProperty?: string;
}

/**
 * Points as `[x, y]` pairs or as one interleaved `Float64Array` (`x0, y0, x1, y1, …`, as returned
 * by {@link centroids}).
 */
export type Points = Float64Array | readonly (readonly [number, number])[];
