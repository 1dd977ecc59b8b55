// Running the command line
export { actions } from './actions.ts';
export { CliError } from './CliError.ts';
export type { Context, Lang, Terminal } from './Context.ts';
export { EXIT, type ExitCode } from './exitCodes.ts';
export { runCli } from './runCli.ts';

// Robustness on worker threads (the same result as one thread)
export {
  createRobustnessPool,
  defaultRobustnessThreads,
  type RobustnessPool,
} from './robustnessPool.ts';

// Steps the commands share
export { freshFolder } from './freshFolder.ts';
export { restrictToDistrict, type Restricted, type RestrictOptions } from './restrictToDistrict.ts';
