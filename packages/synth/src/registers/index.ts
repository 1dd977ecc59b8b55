// Synthetic household registers (DTSEN-like households and persons)
export { type GenerateRegistersOptions, generateRegisters } from './generateRegisters.ts';
export { generateVillageRegister } from './generateVillageRegister.ts';
export { pickIndices } from './pickIndices.ts';
export {
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  registerCsvLines,
  SYNTHETIC_LABEL,
} from './registerCsv.ts';
export type { HouseholdRow, PersonRow, VillageRegister, VillageTotals } from './types.ts';
