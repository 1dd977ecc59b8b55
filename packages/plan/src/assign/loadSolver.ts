import highsLoader, { type InitOptions } from 'highs';
import type { AssignmentSolver } from './types.ts';

type Loader = (options?: InitOptions) => Promise<AssignmentSolver>;

/**
 * Loads HiGHS (the `highs` package: the HiGHS solver compiled to WebAssembly, MIT) for
 * {@link assignAgencies}. Nothing is fetched from the network: in Node the WebAssembly file is
 * read from the installed package; in a browser pass `locateFile` (or `wasmBinary`) to say where
 * the bundler put `highs.wasm`. Load once and reuse: every `solve` starts a fresh solver.
 *
 * @example
 * const solver = await loadSolver();
 * solver.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nBinary\n x\nEnd\n').ObjectiveValue; // => 1
 */
export function loadSolver(options: InitOptions = {}): Promise<AssignmentSolver> {
  // The package's ES module exports the loader as default; its CommonJS typings wrap it once more.
  const module = highsLoader as unknown as Loader | { default: Loader };
  const load = typeof module === 'function' ? module : module.default;
  return load(options);
}
