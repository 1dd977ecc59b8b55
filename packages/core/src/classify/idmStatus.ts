import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';

const THRESHOLDS = [0.4907, 0.5989, 0.7072, 0.8155] as const;
const LABELS = ['Sangat Tertinggal', 'Tertinggal', 'Berkembang', 'Maju', 'Mandiri'] as const;

/**
 * IDM status of each desa from its Indeks Desa Membangun value: ≤ 0.4907 Sangat Tertinggal,
 * ≤ 0.5989 Tertinggal, ≤ 0.7072 Berkembang, ≤ 0.8155 Maju, above that Mandiri (Permendesa PDTT
 * 2/2016). Always 5 classes with these labels, some possibly empty; the last bound is 1 (the top of
 * the index) or the maximum value if that is higher. Values are not checked against [0, 1].
 *
 * Method: fixed thresholds, first class whose bound is ≥ the value. O(n).
 *
 * @param values - IDM values in [0, 1]; `NaN` = missing (class -1, not counted).
 * @example
 * idmStatus([0.45, 0.6, 0.83]).classOf; // => Int32Array [ 0, 2, 4 ]
 */
export function idmStatus(values: ArrayLike<number>): Classification {
  let top = 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && v > top) top = v;
  }
  return binValues(values, [...THRESHOLDS, top], 'idm-status', LABELS);
}
