import type { SobolPart } from './types.ts';

/** Options of {@link sobolDesign}. */
export interface SobolDesignOptions {
  /** First base sample (default 0). */
  readonly from?: number;
  /** One past the last base sample. */
  readonly to: number;
}

/**
 * Runs Saltelli's sampling design for Sobol indices on base samples `[from, to)`: for each
 * sample j, the model on row j of matrix A, on row j of matrix B, and, for each factor i, on row
 * j of A with factor i taken from B ("A_B^(i)"); N·(k + 2) runs for N samples and k factors.
 * `sample(matrix, j)` gives the factor values of row j of A (`matrix` 1) or B (2); values may be
 * anything (a factor can be a whole weight vector, a method name). Ranges merge by
 * concatenation (`mergeSobolParts`). Estimate the indices with `sobolIndices`.
 *
 * Source: A. Saltelli et al. (2010), "Variance based sensitivity analysis of model output.
 * Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181, 259–270.
 *
 * @example
 * const part = sobolDesign(
 *   (matrix, j) => [matrix * 10 + j, 0],
 *   [0, 1],
 *   (x) => x[0]! + x[1]!,
 *   { to: 2 },
 * );
 * [...part.fA, ...part.fB]; // => [10, 11, 20, 21]
 */
export function sobolDesign<T>(
  sample: (matrix: 1 | 2, index: number) => readonly T[],
  factors: readonly number[],
  evaluate: (values: readonly T[]) => number,
  options: SobolDesignOptions,
): SobolPart {
  const { from = 0, to } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to)) {
    throw new Error('sobolDesign requires whole numbers 0 ≤ from ≤ to');
  }
  const size = to - from;
  const fA = new Float64Array(size);
  const fB = new Float64Array(size);
  const fAB = factors.map(() => new Float64Array(size));
  for (let j = from; j < to; j++) {
    const a = sample(1, j);
    const b = sample(2, j);
    fA[j - from] = evaluate(a);
    fB[j - from] = evaluate(b);
    factors.forEach((g, i) => {
      const ab = a.slice();
      ab[g] = b[g]!;
      fAB[i]![j - from] = evaluate(ab);
    });
  }
  return { from, to, fA, fB, fAB };
}
