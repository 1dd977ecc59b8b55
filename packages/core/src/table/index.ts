// Village codes
export { normaliseVillageCode } from './normaliseVillageCode.ts';
export {
  type ParsedVillageCode,
  parseVillageCode,
  villageCodeNumber,
} from './parseVillageCode.ts';
export { type CheckVillageCodesOptions, checkVillageCodes } from './checkVillageCodes.ts';

// Building a table
export { type CreateTableFromRecordsOptions, createTable } from './createTable.ts';
export {
  type CreateTableOptions,
  type CreateTableResult,
  createTableFromColumns,
  type VillageColumnsInput,
} from './createTableFromColumns.ts';
export { type GroupIndex, groupIndex } from './groupIndex.ts';

// Checking and deriving values
export { type ValidateTableOptions, validateTable } from './validateTable.ts';
export { applyDenominators } from './applyDenominators.ts';
