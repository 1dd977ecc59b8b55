import type { RegisterSpec } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { type StagePlan, stageQuery } from './stageSql.ts';

/** The numbered view of a register's rows: `r_<id>__rows`, quoted. */
export const numberedTable = (register: RegisterSpec): string => sqlName(`r_${register.id}__rows`);

/**
 * The SQL of the numbered view `r_<id>__rows`: the staged columns of every file row (before any
 * repair) and its 1-based row number `_row` in file order (Parquet's `file_row_number`, else a
 * row number over the file as read). Used only to find example rows of a problem and to keep
 * the first of repeated keys, so the counting path never pays for row order.
 *
 * @example
 * numberedSql(plan).startsWith('CREATE OR REPLACE TEMP VIEW "r_keluarga__rows"'); // => true
 */
export function numberedSql(plan: StagePlan): string {
  return `CREATE OR REPLACE TEMP VIEW ${numberedTable(plan.register)} AS\n${stageQuery(plan, true)}`;
}
