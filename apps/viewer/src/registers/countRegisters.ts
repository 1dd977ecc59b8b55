/**
 * Counts village indicators from register files in the register worker, with DuckDB-Wasm served
 * from the viewer's own origin (no CDN) and the definitions the command line uses. Loaded on
 * first use only: the database is about 33 MB of WebAssembly.
 */

import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { readDefinitions } from '@lokus/registers';
import {
  type IndicatorsReply,
  indicatorsInWorker,
  openRegisterDatabase,
} from '@lokus/registers/browser';
import definitionsText from '../../../../data/definitions/dtsen-desa.yaml?raw';

/** A register worker that is opening DuckDB-Wasm ahead of the files. */
export interface RegisterWorker {
  readonly worker: Worker;
  /** Stops the worker (when its files never come). */
  close(): void;
}

const bundle = () => ({
  module: new URL(wasmUrl, document.baseURI).href,
  worker: new URL(duckdbWorkerUrl, document.baseURI).href,
});

/**
 * Starts a register worker and has it open DuckDB-Wasm at once (seconds of loading and
 * compiling), so that the database is ready when the analyst has picked the files.
 *
 * @example
 * const ahead = prepareRegisters(); // the file chooser opens; later: countRegisters(files, say, ahead)
 */
export function prepareRegisters(): RegisterWorker {
  const worker = new Worker(new URL('./registers.worker.ts', import.meta.url), { type: 'module' });
  openRegisterDatabase(worker, bundle());
  return { worker, close: () => worker.terminate() };
}

/**
 * Runs the engine on `files` in the worker `ahead` (see {@link prepareRegisters}) or a fresh
 * one, closed afterwards; `onStep` gets its progress.
 *
 * @example
 * (await countRegisters([keluarga, anggota], () => {})).type; // => 'result'
 */
export async function countRegisters(
  files: readonly File[],
  onStep: (label: string) => void,
  ahead?: RegisterWorker,
): Promise<Exclude<IndicatorsReply, { type: 'step' | 'opened' }>> {
  const { definitions, diagnostics } = readDefinitions(definitionsText);
  if (definitions === null) {
    ahead?.close();
    return { type: 'error', message: diagnostics[0]?.message ?? '' };
  }
  const { worker, close } = ahead ?? prepareRegisters();
  try {
    return await indicatorsInWorker(worker, { bundle: bundle(), files, definitions }, onStep);
  } finally {
    close();
  }
}
