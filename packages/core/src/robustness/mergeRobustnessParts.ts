import type { RobustnessPart, SobolPart } from './types.ts';

/**
 * Sorts parts by `from` (an empty part before a part starting where it sits) and checks that they
 * tile one range without gaps or overlaps.
 */
function ordered<T extends { readonly from: number; readonly to: number }>(
  fn: string,
  parts: readonly T[],
): T[] {
  if (parts.length === 0) throw new Error(`${fn} requires at least one part`);
  const sorted = [...parts].sort((a, b) => a.from - b.from || a.to - b.to);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.from !== sorted[k - 1]!.to) {
      throw new Error(
        `${fn} requires consecutive ranges (${sorted[k - 1]!.to} ≠ ${sorted[k]!.from})`,
      );
    }
  }
  return sorted;
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((s, a) => s + a.length, 0));
  let k = 0;
  for (const a of arrays) {
    out.set(a, k);
    k += a.length;
  }
  return out;
}

function addCounts(arrays: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(arrays[0]!.length);
  for (const a of arrays) for (let i = 0; i < a.length; i++) out[i]! += a[i]!;
  return out;
}

/**
 * Merges the tallies of consecutive draw ranges (from threads or machines) into the tally of
 * their union: counts add, per-draw values concatenate in draw order. The result is identical to
 * running the whole range at once. Throws when the ranges leave a gap or overlap. O(total size).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const { model } = prepareRobustness(table, scenario);
 * const whole = runRobustnessDraws(model!, { to: 10 });
 * const merged = mergeRobustnessParts([
 *   runRobustnessDraws(model!, { from: 5, to: 10 }),
 *   runRobustnessDraws(model!, { from: 0, to: 5 }),
 * ]);
 * merged.changes; // => Float64Array [2, 0, 2, 2, 2, 0, 0, 0, 0, 2]
 * merged.changes; // => whole.changes
 */
export function mergeRobustnessParts(parts: readonly RobustnessPart[]): RobustnessPart {
  const sorted = ordered('mergeRobustnessParts', parts);
  const hists = sorted.map((p) => p.rankHistogram);
  return {
    from: sorted[0]!.from,
    to: sorted[sorted.length - 1]!.to,
    selectedCount: addCounts(sorted.map((p) => p.selectedCount)),
    rankHistogram: hists.every((h) => h !== null) ? addCounts(hists as Uint32Array[]) : null,
    loci: concat(sorted.map((p) => p.loci)),
    changes: concat(sorted.map((p) => p.changes)),
    levelDraws: addCounts(sorted.map((p) => p.levelDraws)),
    levelSelected: addCounts(sorted.map((p) => p.levelSelected)),
  };
}

/**
 * Merges the runs of consecutive ranges of Sobol base samples (`sobolDesign`,
 * `runSobolSamples`) by concatenation in sample order; identical to one run of the whole range.
 *
 * @example
 * const a = sobolDesign((m, j) => [m + j], [0], (x) => x[0]!, { from: 0, to: 1 });
 * const b = sobolDesign((m, j) => [m + j], [0], (x) => x[0]!, { from: 1, to: 2 });
 * mergeSobolParts([b, a]).fA; // => Float64Array [1, 2]
 */
export function mergeSobolParts(parts: readonly SobolPart[]): SobolPart {
  const sorted = ordered('mergeSobolParts', parts);
  const k = sorted[0]!.fAB.length;
  return {
    from: sorted[0]!.from,
    to: sorted[sorted.length - 1]!.to,
    fA: concat(sorted.map((p) => p.fA)),
    fB: concat(sorted.map((p) => p.fB)),
    fAB: Array.from({ length: k }, (_, i) => concat(sorted.map((p) => p.fAB[i]!))),
  };
}
