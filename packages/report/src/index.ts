// Presenting numbers and fixed texts
export { type FormatDecimalOptions, formatDecimal } from './format/formatDecimal.ts';
export { formatIndicatorValue } from './format/formatIndicatorValue.ts';
export { roundTo } from './format/roundTo.ts';
export { REPORT_TEXT, type ReportTextKey } from './text/reportText.ts';

// Loci tables people can use, and their writers
export { documentDate } from './table/documentDate.ts';
export { indicatorDigits } from './table/indicatorDigits.ts';
export {
  type LociColumn,
  type LociRow,
  type ExcludedVillage,
  type LociTable,
  type LociTableOptions,
  lociTable,
} from './table/lociTable.ts';
export { villageReason } from './table/villageReason.ts';
export { type WriteLociCsvOptions, writeLociCsv } from './table/writeLociCsv.ts';
export { type WriteLociXlsxOptions, writeLociXlsx } from './table/writeLociXlsx.ts';

// Diagnostics
export type { ReportDiagnostic, ReportDiagnosticCode } from './diagnostics.ts';

// Result records: what a yearly run keeps for next year
export {
  type ReadResultRecordOptions,
  type ReadResultRecordResult,
  readResultRecord,
} from './record/readResultRecord.ts';
export { type ToResultRecordOptions, toResultRecord } from './record/toResultRecord.ts';
export * from './record/types.ts';
export { writeResultRecord } from './record/writeResultRecord.ts';
// The results map
export {
  type ResultsGeoJson,
  type ResultsGeoJsonOptions,
  resultsGeoJson,
} from './geojson/resultsGeoJson.ts';

// Year over year
export { changeCause } from './compare/changeCause.ts';
export { type ChangeTextInput, changeText } from './compare/changeText.ts';
export { type CompareYearsOptions, compareYears } from './compare/compareYears.ts';
export { indicatorMoves, type MoveContext } from './compare/indicatorMoves.ts';
export type * from './compare/types.ts';
export { yearSummary } from './compare/yearSummary.ts';

// Several years
export { graduateRule } from './trend/graduateRule.ts';
export { type TrendOptions, trend } from './trend/trend.ts';
export { type TrendTableOptions, trendTable } from './trend/trendTable.ts';
export { type TargetSpec, trendTarget } from './trend/trendTarget.ts';
export type * from './trend/types.ts';

// The decree annex content (rendered by the PDF writer and the viewer's print view)
export { annexField, FILL_IN } from './annex/annexField.ts';
export { type BuildAnnexOptions, buildAnnex } from './annex/buildAnnex.ts';
export { changesSection } from './annex/changesSection.ts';
export { lociSection } from './annex/lociSection.ts';
export { locusReason } from './annex/locusReason.ts';
export {
  type PlanSectionAssignment,
  type PlanSectionCoverage,
  planSection,
} from './annex/planSection.ts';
export { robustnessSection } from './annex/robustnessSection.ts';
export { scenarioSection } from './annex/scenarioSection.ts';
export { trendSection } from './annex/trendSection.ts';
export type * from './annex/types.ts';
