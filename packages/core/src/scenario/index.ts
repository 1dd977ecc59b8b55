export { checkSchema } from './checkSchema.ts';
export { resolveScenario, scenarioDefaults } from './resolveScenario.ts';
export { type RunOptions, runScenario } from './runScenario.ts';
export { type SchemaNode, scenarioJsonSchema } from './scenarioJsonSchema.ts';
