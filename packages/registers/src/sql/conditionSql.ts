import type { Condition } from '../types.ts';
import { sqlValue } from './sqlValue.ts';

/**
 * The SQL predicate of one condition on an already quoted column expression. Texts are
 * literals (quotes doubled), never spliced as SQL.
 *
 * @example
 * conditionSql('"desil"', { between: [1, 2] }); // => '"desil" BETWEEN 1 AND 2'
 * conditionSql('"sekolah"', { in: [0, 2] }); // => '"sekolah" IN (0, 2)'
 */
export function conditionSql(column: string, condition: Condition): string {
  if ('eq' in condition) return `${column} = ${sqlValue(condition.eq)}`;
  if ('in' in condition) return `${column} IN (${condition.in.map(sqlValue).join(', ')})`;
  if ('between' in condition) {
    const [lo, hi] = condition.between;
    return `${column} BETWEEN ${sqlValue(lo)} AND ${sqlValue(hi)}`;
  }
  if ('lt' in condition) return `${column} < ${sqlValue(condition.lt)}`;
  if ('le' in condition) return `${column} <= ${sqlValue(condition.le)}`;
  if ('gt' in condition) return `${column} > ${sqlValue(condition.gt)}`;
  return `${column} >= ${sqlValue(condition.ge)}`;
}
