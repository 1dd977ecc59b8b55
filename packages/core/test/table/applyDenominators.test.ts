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

  it('applyDenominators returns a copy of a column without denominator', () => {
    const before = table.columns.d1!.slice();
    const out = applyDenominators(table, [meta('d1')]);
    expect(out.d1).not.toBe(table.columns.d1);
    expect(out.d1).toEqual(before);
    out.d1![0] = 99;
    expect(table.columns.d1).toEqual(before);
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
