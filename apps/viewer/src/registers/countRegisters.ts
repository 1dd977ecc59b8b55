/**
 * Counts village indicators from register files in the register worker, with DuckDB-Wasm served
 * from the viewer's own origin (no CDN) and the definitions the command line uses. Loaded on
 * first use only: the database is about 33 MB of WebAssembly.
 */

import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { readDefinitions } from '@lokus/registers';
import { type IndicatorsReply, indicatorsInWorker } from '@lokus/registers/browser';
import definitionsText from '../../../../data/definitions/dtsen-desa.yaml?raw';

/**
 * Runs the engine on `files` in a fresh worker (closed afterwards); `onStep` gets its progress.
 *
 * @example
 * (await countRegisters([keluarga, anggota], () => {})).type; // => 'result'
 */
export async function countRegisters(
  files: readonly File[],
  onStep: (label: string) => void,
): Promise<Exclude<IndicatorsReply, { type: 'step' }>> {
  const { definitions, diagnostics } = readDefinitions(definitionsText);
  if (definitions === null) return { type: 'error', message: diagnostics[0]?.message ?? '' };
  const bundle = {
    module: new URL(wasmUrl, document.baseURI).href,
    worker: new URL(duckdbWorkerUrl, document.baseURI).href,
  };
  const worker = new Worker(new URL('./registers.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await indicatorsInWorker(worker, { bundle, files, definitions }, onStep);
  } finally {
    worker.terminate();
  }
}
