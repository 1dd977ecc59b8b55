import type { IndicatorMeta } from '@lokus/core';

/**
 * Decimals to show for an indicator in its own unit: counts and 0/1 flags as whole numbers,
 * indices on a 0–1 scale with 4 decimals (as IDM is published), everything else (rates, shares,
 * per mille, indices on wider scales) with 2. O(1).
 *
 * @example
 * indicatorDigits({ id: 'idm', label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better', range: [0, 1] }); // => 4
 * indicatorDigits({ id: 'rtlh', label: { id: 'RTLH', en: 'RTLH' }, kind: 'count', direction: 'higher-is-worse' }); // => 0
 */
export function indicatorDigits(indicator: IndicatorMeta): number {
  if (indicator.denominator !== undefined) return 2;
  if (indicator.kind === 'count' || indicator.kind === 'binary') return 0;
  if (indicator.kind === 'index' && indicator.range !== undefined && indicator.range[1] <= 1)
    return 4;
  return 2;
}
