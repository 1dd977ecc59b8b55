export { checkSchema } from './checkSchema.ts';
export { resolveScenario } from './resolveScenario.ts';
// The vocabularies of the scenario format and its defaults: one source for types, schema and UI
export {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  DIRECTIONS,
  INDICATOR_KINDS,
  MISSING_POLICIES,
  NORMALISE_METHODS,
  PREFERENCE_FUNCTIONS,
  SCOPES,
  SELECT_MODES,
  scenarioDefaults,
  TOPSIS_NORMALISATIONS,
  TREAT_METHODS,
  VILLAGE_KINDS,
  VOCABULARY_LABELS,
  WEIGHT_METHODS,
} from './vocabulary.ts';
export { type RunOptions, runScenario } from './runScenario.ts';
export type { ScenarioArgument } from './scenarioArgument.ts';
export { type SchemaNode, scenarioJsonSchema } from './scenarioJsonSchema.ts';
