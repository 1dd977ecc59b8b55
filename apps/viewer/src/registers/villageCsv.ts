import type { IndicatorResult } from '@lokus/registers';

/**
 * The register's village table as CSV text for the load dialog's table reader: `kode` and one
 * column per indicator, an empty cell where a value is missing. Written by hand because every
 * cell is a canonical village code or a number (nothing to quote), unlike a general CSV writer's
 * input.
 *
 * @example
 * villageCsv({ columns: ['kk_total'], records: [{ code: '99.01.01.2001', values: { kk_total: 4 } }], small: {}, diagnostics: [], rows: {} });
 * // => 'kode,kk_total\n99.01.01.2001,4\n'
 */
export function villageCsv(result: IndicatorResult): string {
  const lines = [['kode', ...result.columns].join(',')];
  for (const r of result.records) {
    const cells = result.columns.map((c) => {
      const v = r.values[c];
      return v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
    });
    lines.push([r.code, ...cells].join(','));
  }
  return `${lines.join('\n')}\n`;
}
