import { describe, expect, it } from 'vitest';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';
import { validateTable } from '../../src/table/validateTable.ts';
import type { IndicatorMeta } from '../../src/types.ts';

const meta = (id: string, kind: IndicatorMeta['kind'], extra: Partial<IndicatorMeta> = {}) =>
  Object.freeze({
    id,
    label: { id, en: id },
    kind,
    direction: 'higher-is-worse',
    ...extra,
  }) as IndicatorMeta;

const NaN_ = Number.NaN;
const codes = ['3321012001', '3321012002', '3321012003', '3321012004'];

describe('validateTable', () => {
  const { table } = createTableFromColumns({
    code: codes,
    columns: {
      count: new Float64Array([1, -2, NaN_, 4]),
      share: new Float64Array([0, 1, 1.2, NaN_]),
      idx: new Float64Array([0.5, 1.5, NaN_, NaN_]),
      bin: new Float64Array([0, 1, 0.5, 1]),
      inf: new Float64Array([Number.POSITIVE_INFINITY, 1, 2, Number.NEGATIVE_INFINITY]),
      num: new Float64Array([5, 3, NaN_, 2]),
      den: new Float64Array([50, 0, 0, 10]),
      rate: new Float64Array([1, 2, 3, 4]),
    },
  });

  it('validateTable on a clean table returns no diagnostics', () => {
    const { table: clean } = createTableFromColumns({
      code: codes,
      columns: { a: new Float64Array([1, 2, 3, 4]) },
    });
    expect(validateTable(clean, [meta('a', 'count')])).toEqual([]);
  });

  it('validateTable reports EMPTY_TABLE for a table without rows', () => {
    const { table: empty } = createTableFromColumns({ code: [], columns: {} });
    expect(validateTable(empty, []).map((d) => [d.code, d.severity])).toEqual([
      ['EMPTY_TABLE', 'error'],
    ]);
  });

  it('validateTable reports code problems of a table built elsewhere, unless told not to', () => {
    const { table: dup } = createTableFromColumns({
      code: ['3321012001', '33.21.01.2001', 'x'],
      columns: {},
    });
    expect(validateTable(dup, []).map((d) => [d.code, d.row])).toEqual([
      ['DUPLICATE_VILLAGE_CODE', 2],
      ['MALFORMED_VILLAGE_CODE', 3],
    ]);
    expect(validateTable(dup, [], { checkCodes: false })).toEqual([]);
  });

  it('validateTable reports UNKNOWN_INDICATOR for a missing indicator or denominator column', () => {
    const out = validateTable(table, [
      meta('nope', 'count'),
      meta('num', 'rate', { denominator: 'missing_den' }),
    ]);
    expect(out.map((d) => [d.code, d.column, d.severity])).toEqual([
      ['UNKNOWN_INDICATOR', 'nope', 'error'],
      ['UNKNOWN_INDICATOR', 'missing_den', 'error'],
    ]);
  });

  it('validateTable reports NEGATIVE_COUNT with row, column, value and village, and MISSING_VALUE once', () => {
    const out = validateTable(table, [meta('count', 'count')], { file: 'demak.csv' });
    expect(out).toMatchObject([
      {
        code: 'NEGATIVE_COUNT',
        severity: 'error',
        row: 2,
        column: 'count',
        value: -2,
        village: '33.21.01.2002',
        file: 'demak.csv',
      },
      { code: 'MISSING_VALUE', severity: 'info', column: 'count', value: 1 },
    ]);
  });

  it('validateTable reports SHARE_OUT_OF_RANGE against the default range [0, 1]', () => {
    const out = validateTable(table, [meta('share', 'share')]);
    expect(out.map((d) => [d.code, d.row ?? null, d.value])).toEqual([
      ['SHARE_OUT_OF_RANGE', 3, 1.2],
      ['MISSING_VALUE', null, 1],
    ]);
  });

  it('validateTable uses a declared share range, e.g. percent [0, 100]', () => {
    const out = validateTable(table, [meta('share', 'share', { range: [0, 100] })]);
    expect(out.map((d) => d.code)).toEqual(['MISSING_VALUE']);
  });

  it('validateTable reports INDEX_OUT_OF_RANGE only when an index declares a range', () => {
    expect(
      validateTable(table, [meta('idx', 'index', { range: [0, 1] })]).map((d) => [d.code, d.row]),
    ).toEqual([
      ['INDEX_OUT_OF_RANGE', 2],
      ['MISSING_VALUE', undefined],
    ]);
    expect(validateTable(table, [meta('idx', 'index')]).map((d) => d.code)).toEqual([
      'MISSING_VALUE',
    ]);
  });

  it('validateTable reports BINARY_NOT_ZERO_ONE', () => {
    const out = validateTable(table, [meta('bin', 'binary')]);
    expect(out.map((d) => [d.code, d.row, d.value])).toEqual([['BINARY_NOT_ZERO_ONE', 3, 0.5]]);
  });

  it('validateTable reports NON_FINITE_VALUE for ±Infinity, not for NaN', () => {
    const out = validateTable(table, [meta('inf', 'rate')]);
    expect(out.map((d) => [d.code, d.row])).toEqual([
      ['NON_FINITE_VALUE', 1],
      ['NON_FINITE_VALUE', 4],
    ]);
  });

  it('validateTable reports ZERO_DENOMINATOR only where the numerator is present', () => {
    const out = validateTable(table, [meta('num', 'rate', { denominator: 'den', per: 100 })]);
    expect(out.map((d) => [d.code, d.row ?? null, d.column])).toEqual([
      ['ZERO_DENOMINATOR', 2, 'den'],
      ['MISSING_VALUE', null, 'num'],
    ]);
  });

  it('validateTable reports infinite or negative numerators and denominators of a ratio', () => {
    const { table: t } = createTableFromColumns({
      code: codes,
      columns: {
        num: new Float64Array([-1, 2, 3, Number.POSITIVE_INFINITY]),
        den: new Float64Array([10, -5, Number.NEGATIVE_INFINITY, 10]),
      },
    });
    const out = validateTable(t, [meta('num', 'rate', { denominator: 'den' })]);
    expect(out.map((d) => [d.code, d.row, d.column])).toEqual([
      ['NEGATIVE_COUNT', 1, 'num'],
      ['NEGATIVE_COUNT', 2, 'den'],
      ['NON_FINITE_VALUE', 3, 'den'],
      ['NON_FINITE_VALUE', 4, 'num'],
    ]);
  });

  it('validateTable checks a share with a denominator on the ratio times per', () => {
    const { table: t } = createTableFromColumns({
      code: codes.slice(0, 2),
      columns: { d1: new Float64Array([5, 60]), kk: new Float64Array([50, 50]) },
    });
    const out = validateTable(t, [meta('d1', 'share', { denominator: 'kk' })]);
    expect(out.map((d) => [d.code, d.row, d.value])).toEqual([['SHARE_OUT_OF_RANGE', 2, 1.2]]);
  });

  it('validateTable caps cell diagnostics per code and adds a summary with the remainder', () => {
    const n = 130;
    const { table: big } = createTableFromColumns({
      code: Array.from({ length: n }, (_, i) => `3321012${String(i + 1).padStart(3, '0')}`),
      columns: { a: new Float64Array(n).fill(-1) },
    });
    const out = validateTable(big, [meta('a', 'count')], { maxPerCode: 50 });
    const negative = out.filter((d) => d.code === 'NEGATIVE_COUNT');
    expect(negative).toHaveLength(51);
    expect(negative.filter((d) => d.row !== undefined)).toHaveLength(50);
    expect(negative[50]).toMatchObject({ value: 80, column: 'a' });
    expect(negative[50]?.message).toContain('80 more');
  });

  it('validateTable does not mutate the table or the frozen indicator list', () => {
    const before = table.columns.count!.slice();
    const indicators = Object.freeze([meta('count', 'count')]);
    validateTable(table, indicators);
    expect(table.columns.count).toEqual(before);
  });

  it('validateTable throws on a non-array indicator list', () => {
    expect(() => validateTable(table, null as unknown as IndicatorMeta[])).toThrow(
      /^validateTable requires/,
    );
  });

  it('validateTable counts the missing values of clean columns of every kind, one MISSING_VALUE each', () => {
    const { table } = createTableFromColumns({
      code: ['3321012001', '3321012002', '3321012003'],
      columns: {
        c: Float64Array.of(1, Number.NaN, 0),
        s: Float64Array.of(Number.NaN, Number.NaN, 0.5),
        i: Float64Array.of(-5, 7, Number.NaN),
        b: Float64Array.of(1, 0, Number.NaN),
        r: Float64Array.of(1, 2, 3),
      },
    });
    const meta = (id: string, kind: IndicatorMeta['kind']): IndicatorMeta => ({
      id,
      label: { id, en: id },
      kind,
      direction: 'higher-is-worse',
    });
    const out = validateTable(table, [
      meta('c', 'count'),
      meta('s', 'share'),
      meta('i', 'index'),
      meta('b', 'binary'),
      meta('r', 'rate'),
    ]);
    expect(out.map((d) => [d.code, d.column, d.value])).toEqual([
      ['MISSING_VALUE', 'c', 1],
      ['MISSING_VALUE', 's', 2],
      ['MISSING_VALUE', 'i', 1],
      ['MISSING_VALUE', 'b', 1],
    ]);
  });
});
