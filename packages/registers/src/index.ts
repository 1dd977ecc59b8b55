// Indicator definitions as data
export {
  checkDefinitions,
  type FieldRef,
  resolveField,
} from './definitions/checkDefinitions.ts';
export {
  type ParseDefinitionsOptions,
  type ParseDefinitionsResult,
  parseDefinitions,
} from './definitions/parseDefinitions.ts';
export { readDefinitions } from './definitions/readDefinitions.ts';
// SQL from the definitions (DuckDB dialect)
export {
  type AggregateSqlOptions,
  aggregateSql,
  villageGroupsTable,
  villageHashesUniqueSql,
} from './sql/aggregateSql.ts';
export { checkSql } from './sql/checkSql.ts';
export { conditionSql } from './sql/conditionSql.ts';
export { dedupSql } from './sql/dedupSql.ts';
export { type ExampleKind, exampleRowsSql } from './sql/exampleRowsSql.ts';
export { type KeyCounts, keysSql } from './sql/keysSql.ts';
export { numberedSql, numberedTable } from './sql/numberedSql.ts';
export { type CsvDialect, sniffSql, sourceSql } from './sql/sourceSql.ts';
export { sqlName } from './sql/sqlName.ts';
export { sqlValue } from './sql/sqlValue.ts';
export {
  type StagedSource,
  type StagePlan,
  parsedTable,
  stagedTable,
  stageQuery,
  stageSql,
  villageSql,
} from './sql/stageSql.ts';
// The engine, on any DuckDB (Node or Wasm)
export { type ArrowConnection, arrowRunner } from './engine/arrowRunner.ts';
export {
  checkOrphans,
  checkRegister,
  type RegisterCheck,
  type RegisterCounts,
  type RowCounts,
  rowCountsOf,
  rowProblems,
} from './engine/checkRegister.ts';
export { jsonRows } from './engine/jsonRows.ts';
export { type MatchedSources, matchSources } from './engine/matchSources.ts';
export { planRegisters, type RegisterPlan } from './engine/planRegisters.ts';
export {
  type IndicatorResult,
  type RunRegistersOptions,
  runRegisters,
} from './engine/runRegisters.ts';
export { safeErrorText } from './engine/safeErrorText.ts';
export type { SqlRunner, SqlSession } from './engine/SqlRunner.ts';
export {
  type KnownVillage,
  type SmallCellPolicy,
  type VillageValues,
  type VillageValuesOptions,
  villageValues,
} from './engine/villageValues.ts';
// Shapes and diagnostic codes
export * from './types.ts';
