// A runner that keeps the weight-independent stages of one table between runs
export { createRunner, type Runner, type RunnerOptions } from './createRunner.ts';
