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
 * Asks the register worker to open DuckDB-Wasm now, before any file comes (while the analyst
 * picks the files); the next request with the same bundle uses that database. Answered by
 * `opened` once it is open (nothing if it fails: the request then opens it again and reports
 * the error).
 */
export interface OpenRequest {
  readonly type: 'open';
  readonly bundle: WasmBundle;
}

/** Every message a page sends the register worker. */
export type RegisterWorkerRequest = IndicatorsRequest | OpenRequest;

/**
 * What the register worker answers: the village table with its diagnostics (village counts,
 * codes and row numbers only; no row of a file leaves the worker) and its own timings, or an
 * error message without file content.
 */
export type IndicatorsReply =
  | {
      readonly type: 'result';
      readonly result: IndicatorResult;
      /**
       * Milliseconds in the worker: opening DuckDB-Wasm (only the wait, when an `open` request
       * started it before), then the engine.
       */
      readonly timings: {
        readonly openMs: number;
        readonly runMs: number;
        /** Whether the database was the one an `open` request opened ahead. */
        readonly openedAhead: boolean;
      };
    }
  | { readonly type: 'step'; readonly label: string }
  /** DuckDB-Wasm was opened in `ms` after an {@link OpenRequest}. */
  | { readonly type: 'opened'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
