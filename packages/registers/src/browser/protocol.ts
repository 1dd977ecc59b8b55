import type { IndicatorResult, RunRegistersOptions } from '../engine/runRegisters.ts';
import type { DefinitionSet } from '../types.ts';
import type { WasmBundle } from './wasmDatabase.ts';

/** What a page sends the register worker: the files stay in the browser, read by the worker. */
export interface IndicatorsRequest {
  readonly bundle: WasmBundle;
  readonly files: readonly File[];
  readonly definitions: DefinitionSet;
  readonly options?: Omit<RunRegistersOptions, 'onStep'>;
}

/**
 * What the register worker answers: the village table with its diagnostics (village counts,
 * codes and row numbers only; no row of a file leaves the worker) and its own timings, or an
 * error message without file content.
 */
export type IndicatorsReply =
  | {
      readonly type: 'result';
      readonly result: IndicatorResult;
      /** Milliseconds in the worker: opening DuckDB-Wasm, then the engine. */
      readonly timings: { readonly openMs: number; readonly runMs: number };
    }
  | { readonly type: 'step'; readonly label: string }
  | { readonly type: 'error'; readonly message: string };
