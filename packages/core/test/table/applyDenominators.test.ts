import { describe, expect, it } from 'vitest';
import { applyDenominators } from '../../src/table/applyDenominators.ts';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';
import type { IndicatorMeta } from '../../src/types.ts';

const meta = (id: string, extra: Partial<IndicatorMeta> = {}): IndicatorMeta => ({
  id,
  label: { id, en: id },
  kind: 'rate',
  direction: 'higher-is-worse',
  ...extra,
});

describe('applyDenominators', () => {
  const { table } = createTableFromColumns({
    code: ['3321012001', '3321012002', '3321012003', '3321012004'],
    columns: {
      d1: new Float64Array([5, 3, Number.NaN, 4]),
      kk: new Float64Array([50, 0, 10, Number.NaN]),
    },
  });

  it('applyDenominators divides by the denominator times per, NaN where it is 0 or missing', () => {
    const out = applyDenominators(table, [meta('d1', { denominator: 'kk', per: 100 })]);
    expect(Array.from(out.d1!)).toEqual([10, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('applyDenominators defaults per to 1', () => {
    const out = applyDenominators(table, [meta('d1', { denominator: 'kk' })]);
    expect(out.d1![0]).toBeCloseTo(0.1, 15);
  });

  it('applyDenominators shares a column without denominator (tables are immutable) and copies a ratio', () => {
    const out = applyDenominators(
      table,
      [meta('d1'), meta('r', { denominator: 'kk' })].map((m, i) =>
        i === 1 ? { ...m, id: 'r', column: 'd1' } : m,
      ),
    );
    expect(out.d1).toBe(table.columns.d1);
    expect(out.r).not.toBe(table.columns.d1);
    expect(out.r![0]).toBeCloseTo(table.columns.d1![0]! / table.columns.kk![0]!, 15);
  });

  it('applyDenominators throws when an indicator or denominator column is missing', () => {
    expect(() => applyDenominators(table, [meta('nope')])).toThrow(
      /^applyDenominators requires a column for indicator nope/,
    );
    expect(() => applyDenominators(table, [meta('d1', { denominator: 'nope' })])).toThrow(
      /^applyDenominators requires a column for denominator nope/,
    );
  });
});
