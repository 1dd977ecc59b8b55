import type { SobolPart, SobolResult } from './types.ts';

/**
 * First-order and total Sobol indices from the runs of Saltelli's design (`sobolDesign`), one
 * per factor, named by `names`:
 * - first order, Saltelli et al. (2010), table 2 (b): V_i = (1/N) Σ_j f(B)_j·(f(A_B^i)_j − f(A)_j);
 * - total, Jansen (1999): V_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)²;
 * each divided by the variance of the output over the 2N runs of A and B (divisor 2N). The
 * first-order sum uses f(B) − mean instead of f(B), as SALib centres the outputs: the same
 * expectation (the mean of f(A_B^i) − f(A) is 0), a smaller variance when the output's mean is
 * large against its spread (a count of changes is).
 * With no output variance (the output never changes) every index is 0: there is nothing to
 * attribute. Plain Monte Carlo rows (no quasi-random sequence): the error shrinks as 1/√N.
 *
 * Sources: A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola (2010),
 * Comput. Phys. Commun. 181, 259–270; M. J. W. Jansen (1999), "Analysis of variance designs for
 * model output", Comput. Phys. Commun. 117, 35–43. O(N·k).
 *
 * @example
 * // f = x1 (x2 has no effect): A = [0, 0], [1, 1]; B = [1, 0], [0, 1].
 * const r = sobolIndices(
 *   { from: 0, to: 2, fA: Float64Array.of(0, 1), fB: Float64Array.of(1, 0), fAB: [Float64Array.of(1, 0), Float64Array.of(0, 1)] },
 *   ['x1', 'x2'],
 * );
 * r.indices.map((s) => [s.first, s.total]); // => [[2, 2], [0, 0]]
 */
export function sobolIndices(part: SobolPart, names: readonly string[]): SobolResult {
  const { fA, fB, fAB } = part;
  const N = fA.length;
  if (names.length !== fAB.length) {
    throw new Error('sobolIndices requires one name per factor');
  }
  let sum = 0;
  for (let j = 0; j < N; j++) sum += fA[j]! + fB[j]!;
  const mean = N > 0 ? sum / (2 * N) : Number.NaN;
  let ss = 0;
  for (let j = 0; j < N; j++) ss += (fA[j]! - mean) ** 2 + (fB[j]! - mean) ** 2;
  const variance = N > 0 ? ss / (2 * N) : Number.NaN;
  const indices = names.map((factor, i) => {
    const ab = fAB[i]!;
    let v = 0;
    let vt = 0;
    for (let j = 0; j < N; j++) {
      v += (fB[j]! - mean) * (ab[j]! - fA[j]!);
      vt += (fA[j]! - ab[j]!) ** 2;
    }
    if (!(variance > 0)) return { factor, first: 0, total: 0 };
    return { factor, first: v / N / variance, total: vt / (2 * N) / variance };
  });
  return { samples: N, mean, variance, indices };
}
