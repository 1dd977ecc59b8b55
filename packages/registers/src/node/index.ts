// The register engine on DuckDB's Node API
export {
  type ComputeIndicatorsOptions,
  computeIndicators,
} from './computeIndicators.ts';
export { type DuckDbRunner, type DuckDbRunnerOptions, duckdbRunner } from './duckdbRunner.ts';
export { loadXlsx } from './loadXlsx.ts';
