import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { quantileSortedType7 } from './quantileSortedType7.ts';
import { sortedFinite } from './sortedFinite.ts';

/** Options of {@link boxPlot}. */
export interface BoxPlotOptions {
  /** Multiple of the interquartile range that sets the fences (default 1.5, Tukey's). */
  readonly hinge?: number;
}

/**
 * Box-plot classification (mapclassify's `BoxPlot`). With type 7 quartiles Q1, Q2, Q3 and
 * IQR = Q3 − Q1 the bounds are Q1 − hinge·IQR, Q1, Q2, Q3, Q3 + hinge·IQR, max: class 0 holds low
 * outliers, 1 the lower whisker, 2 and 3 the two halves of the box, 4 the upper whisker and 5 the
 * high outliers. When no value lies above the upper fence there are only 5 classes and the last
 * bound is the fence itself (above the maximum). Class indices keep these meanings whatever the
 * data, so tied quartiles give repeated bounds and empty classes rather than fewer classes
 * (bounds are then ascending but not strictly); no finite value gives `k = 0`.
 *
 * Method: Tukey's fences on R type 7 quartiles. O(n log n) for the sort.
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param options - `hinge` ≥ 0, default 1.5.
 * @example
 * boxPlot([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]).bins; // => [-3.5, 3.25, 5.5, 7.75, 14.5, 100]
 */
export function boxPlot(
  values: ArrayLike<number>,
  { hinge = 1.5 }: BoxPlotOptions = {},
): Classification {
  if (!(hinge >= 0 && Number.isFinite(hinge))) {
    throw new Error('boxPlot requires a finite hinge ≥ 0');
  }
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return binValues(values, [], 'box-plot');
  const q1 = quantileSortedType7(sorted, 0.25);
  const q2 = quantileSortedType7(sorted, 0.5);
  const q3 = quantileSortedType7(sorted, 0.75);
  const max = sorted[n - 1]!;
  const pivot = hinge * (q3 - q1);
  const upper = q3 + pivot;
  const bins = [q1 - pivot, q1, q2, q3, upper];
  if (upper < max) bins.push(max);
  return binValues(values, bins, 'box-plot');
}
