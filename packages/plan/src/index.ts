// Shared types
export type * from './types.ts';

// Diagnostics: codes, severities and sentences (English and Bahasa Indonesia)
export { type PlanDiagnosticWhere, planDiagnostic } from './messages/planDiagnostic.ts';
export { PLAN_DIAGNOSTICS, type PlanDiagnosticCode } from './messages/planDiagnosticCodes.ts';

// Reading a plan and an agency list
export { FUNDING_SOURCES, type FundingSource, fundingSource } from './read/fundingSources.ts';
export {
  AGENCY_COLUMNS,
  type AgencyColumnKey,
  PLAN_COLUMNS,
  type PlanColumnKey,
} from './read/planColumns.ts';
export { CATALOGUE_INDICATOR_IDS, catalogueId, planIndicator } from './read/planIndicator.ts';
export { readAgencies } from './read/readAgencies.ts';
export { type ReadPlanOptions, readPlan } from './read/readPlan.ts';
export { type ReadSheetOptions, readSheet, type Sheet, type SheetCell } from './read/readSheet.ts';
export {
  cellsBeyondHeader,
  cellText,
  type ColumnSpec,
  type SheetColumns,
  sheetColumns,
} from './read/sheetColumns.ts';
export {
  type ScopeIndex,
  type ScopeReading,
  scopeIndex,
  villageScope,
} from './read/villageScope.ts';

// The villages of a result: loci, needs (explain step), poor households
export { districtRanks } from './villages/districtRanks.ts';
export { type PlanVillagesOptions, planVillages } from './villages/planVillages.ts';

// Coverage of the loci by the plan
export { planCoverage } from './coverage/planCoverage.ts';
export type * from './coverage/types.ts';

// Agency ↔ village assignment (integer programme, HiGHS)
export { assignAgencies } from './assign/assignAgencies.ts';
export { loadSolver } from './assign/loadSolver.ts';
export {
  type AssignmentConstraint,
  assignmentConstraints,
} from './assign/assignmentConstraints.ts';
export { assignmentText } from './assign/assignmentText.ts';
export { candidates } from './assign/candidates.ts';
export { constraintText } from './assign/constraintText.ts';
export { lpText } from './assign/lpText.ts';
export { needText } from './assign/needText.ts';
export { precheck } from './assign/precheck.ts';
export * from './assign/types.ts';

// Tables for people (CSV, XLSX)
export { assignmentTable } from './tables/assignmentTable.ts';
export { coverageTable } from './tables/coverageTable.ts';
export type { PlanTable } from './tables/planTable.ts';

// Templates and JSON Schemas of the plan and agency files
export { agencyJsonSchema, planJsonSchema } from './templates/planJsonSchema.ts';
export { planTemplate } from './templates/planTemplate.ts';
