import { conditionSql, sqlName, sqlValue } from '@lokus/registers';
import { describe, expect, it } from 'vitest';

describe('sqlName and sqlValue', () => {
  it('sqlName doubles inner double quotes, so a header cannot close the identifier', () => {
    expect(sqlName('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
  });
  it('sqlValue doubles inner single quotes and writes numbers as they are', () => {
    expect(sqlValue("x' OR '1'='1")).toBe("'x'' OR ''1''=''1'");
    expect(sqlValue(-2.5)).toBe('-2.5');
    expect(() => sqlValue(Number.NaN)).toThrow(/sqlValue requires a finite number/);
  });
});

describe('conditionSql', () => {
  it('writes each operator', () => {
    const c = '"x"';
    expect(conditionSql(c, { eq: 1 })).toBe('"x" = 1');
    expect(conditionSql(c, { eq: 'ya' })).toBe(`"x" = 'ya'`);
    expect(conditionSql(c, { in: [0, 2] })).toBe('"x" IN (0, 2)');
    expect(conditionSql(c, { between: [7, 18] })).toBe('"x" BETWEEN 7 AND 18');
    expect(conditionSql(c, { lt: 1 })).toBe('"x" < 1');
    expect(conditionSql(c, { le: 1 })).toBe('"x" <= 1');
    expect(conditionSql(c, { gt: 1 })).toBe('"x" > 1');
    expect(conditionSql(c, { ge: 1 })).toBe('"x" >= 1');
  });
});
