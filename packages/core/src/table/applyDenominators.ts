import type { IndicatorColumns, IndicatorMeta, VillageTable } from '../types.ts';

/**
 * Returns the value of each indicator as it is scored, keyed by indicator id: a copy of its
 * column (`column`, default the id; the table's own array, shared, since tables are immutable),
 * or, when the
 * indicator declares a `denominator`, value ÷ denominator × `per` (default `per` 1). The result
 * is `NaN` where the value or the denominator is missing or the denominator is 0.
 *
 * Method: one loop per indicator. O(n · indicators).
 *
 * @throws When an indicator or its denominator has no column (`validateTable` reports this as
 * `UNKNOWN_INDICATOR` first).
 * @example
 * const { table } = createTableFromColumns({
 *   code: ['3321012001', '3321012002'],
 *   columns: { d1: new Float64Array([5, 3]), kk: new Float64Array([50, 0]) },
 * });
 * applyDenominators(table, [{ id: 'd1', label: { id: 'D1', en: 'D1' }, kind: 'rate',
 *   direction: 'higher-is-worse', denominator: 'kk', per: 100 }]).d1; // => Float64Array [10, NaN]
 */
export function applyDenominators(
  table: VillageTable,
  indicators: readonly IndicatorMeta[],
): IndicatorColumns {
  if (!Array.isArray(indicators)) throw new Error('applyDenominators requires an indicator array');
  const out: Record<string, Float64Array> = {};
  for (const meta of indicators) {
    const col = table.columns[meta.column ?? meta.id];
    if (col === undefined) {
      throw new Error(
        `applyDenominators requires a column for indicator ${meta.column ?? meta.id}`,
      );
    }
    if (meta.denominator === undefined) {
      out[meta.id] = col;
      continue;
    }
    const den = table.columns[meta.denominator];
    if (den === undefined) {
      throw new Error(`applyDenominators requires a column for denominator ${meta.denominator}`);
    }
    const per = meta.per ?? 1;
    const n = col.length;
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = den[i]!;
      v[i] = d === 0 ? Number.NaN : (col[i]! / d) * per;
    }
    out[meta.id] = v;
  }
  return out;
}
