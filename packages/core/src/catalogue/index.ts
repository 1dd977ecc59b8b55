// The indicator catalogue and header vocabularies
export {
  type CatalogueEntry,
  type CatalogueId,
  type CatalogueRate,
  INDICATOR_CATALOGUE,
} from './indicatorCatalogue.ts';
export { COLUMN_HEADERS } from './columnHeaders.ts';
export { headerKey } from './headerKey.ts';
export { type IndicatorMatch, matchIndicator } from './matchIndicator.ts';

// Column roles of an uploaded table: suggested, confirmed, saved, reloaded
export {
  COLUMN_ROLES,
  type ColumnAssignment,
  type ColumnCell,
  type ColumnInput,
  type ColumnRole,
  type ColumnSuggestion,
} from './columnRoles.ts';
export { type SuggestColumnRolesOptions, suggestColumnRoles } from './suggestColumnRoles.ts';
export {
  type ScenarioFromColumnRoles,
  type ScenarioFromColumnRolesOptions,
  scenarioFromColumnRoles,
} from './scenarioFromColumnRoles.ts';
export {
  type ColumnRolesFromScenario,
  columnRolesFromScenario,
} from './columnRolesFromScenario.ts';
