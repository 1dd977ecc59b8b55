import type { Classification } from '../result.ts';
import type { ClassifySpec } from '../scenario/types.ts';
import { boxPlot } from './boxPlot.ts';
import { equalInterval } from './equalInterval.ts';
import { fisherJenks } from './fisherJenks.ts';
import { headTail } from './headTail.ts';
import { idmStatus } from './idmStatus.ts';
import { manualBreaks } from './manualBreaks.ts';
import { quantile } from './quantile.ts';
import { stdMean } from './stdMean.ts';

/**
 * Classifies values for a map with the scheme named in `spec` (mapclassify's `classify(y, scheme,
 * k)`). `spec.k` is used by `quantile`, `equal-interval` and `fisher-jenks`; `manual` needs
 * `spec.breaks`; the other schemes take their defaults (`head-tail` with mapclassify's stop rule,
 * `std-mean` with multiples [-2, -1, 1, 2], `box-plot` with hinge 1.5). `spec.field` is not read
 * here: the caller picks the values.
 *
 * Method: dispatch to the scheme's function; see each for method and complexity.
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param spec - Scheme, k and (for `manual`) breaks.
 * @example
 * classify([1, 2, 3, 4], { scheme: 'quantile', k: 2 }).bins; // => [2.5, 4]
 */
export function classify(values: ArrayLike<number>, spec: ClassifySpec): Classification {
  switch (spec.scheme) {
    case 'quantile':
      return quantile(values, spec.k);
    case 'equal-interval':
      return equalInterval(values, spec.k);
    case 'fisher-jenks':
      return fisherJenks(values, spec.k);
    case 'head-tail':
      return headTail(values);
    case 'std-mean':
      return stdMean(values);
    case 'box-plot':
      return boxPlot(values);
    case 'manual':
      if (spec.breaks === undefined) throw new Error('classify requires breaks for scheme manual');
      return manualBreaks(values, spec.breaks);
    case 'idm-status':
      return idmStatus(values);
    default:
      throw new Error(`classify requires a known scheme, got ${String(spec.scheme)}`);
  }
}
