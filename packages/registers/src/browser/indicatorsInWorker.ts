/// <reference lib="dom" />
import type { IndicatorsReply, IndicatorsRequest, OpenRequest } from './protocol.ts';
import type { WasmBundle } from './wasmDatabase.ts';

/**
 * Sends register files to the register worker (a module worker that calls `serveRegisterRequests`) and resolves
 * with its final reply; `step` replies go to `onStep` (an `opened` reply, of an earlier
 * {@link openRegisterDatabase}, is passed over). A worker that fails to load or throws
 * outside a request resolves as an `error` reply. The worker reads the files itself, so the
 * page never holds a register row, only the village table.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const definitions = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const bundle = { module: 'duckdb-eh.wasm', worker: 'duckdb-browser-eh.worker.js' };
 * // The other end of a message channel answers as the register worker does: steps, then the result
 * const { port1: worker, port2: inside } = new MessageChannel();
 * inside.onmessage = (event) => {
 *   inside.postMessage({ type: 'step', label: `counting ${event.data.definitions.name}` });
 *   const result = { columns: ['kk_total'], records: [{ code: '99.01.01.2001', values: { kk_total: 4 } }], small: {}, diagnostics: [], rows: { keluarga: 4 } };
 *   inside.postMessage({ type: 'result', result, timings: { openMs: 120, runMs: 35, openedAhead: false } });
 * };
 * const steps = [];
 * const reply = await indicatorsInWorker(worker, { bundle, files: [], definitions }, (label) => steps.push(label));
 * [reply.type, reply.result.records[0].values.kk_total, reply.timings, steps]; // => ['result', 4, { openMs: 120, runMs: 35, openedAhead: false }, ['counting dtsen-desa']]
 * const stopped = indicatorsInWorker(worker, { bundle, files: [], definitions });
 * worker.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: '' }));
 * await stopped; // => { type: 'error', message: 'the register worker stopped: not loaded' }
 * worker.close();
 */
export function indicatorsInWorker(
  worker: Worker,
  request: IndicatorsRequest,
  onStep: (label: string) => void = () => {},
): Promise<Exclude<IndicatorsReply, { type: 'step' | 'opened' }>> {
  return new Promise((resolve) => {
    const finish = (reply: Exclude<IndicatorsReply, { type: 'step' | 'opened' }>) => {
      worker.removeEventListener('message', listen);
      worker.removeEventListener('error', failed);
      resolve(reply);
    };
    const listen = (event: MessageEvent<IndicatorsReply>) => {
      if (event.data.type === 'step') onStep(event.data.label);
      else if (event.data.type !== 'opened') finish(event.data);
    };
    const failed = (event: ErrorEvent) => {
      event.preventDefault();
      finish({
        type: 'error',
        message: `the register worker stopped: ${event.message || 'not loaded'}`,
      });
    };
    worker.addEventListener('message', listen);
    worker.addEventListener('error', failed);
    worker.postMessage(request);
  });
}

/**
 * Asks the register worker to open DuckDB-Wasm now (loading and compiling it takes seconds),
 * so that it is ready when the files come: a page calls it when the analyst opens the file
 * chooser. The next {@link indicatorsInWorker} with the same bundle uses that database; the
 * worker answers `opened` once it is open.
 *
 * @example
 * const { port1: worker, port2: inside } = new MessageChannel();
 * const got = new Promise((resolve) => { inside.onmessage = (event) => resolve(event.data); });
 * openRegisterDatabase(worker, { module: 'duckdb-eh.wasm', worker: 'duckdb-browser-eh.worker.js' });
 * await got; // => { type: 'open', bundle: { module: 'duckdb-eh.wasm', worker: 'duckdb-browser-eh.worker.js' } }
 * worker.close();
 */
export function openRegisterDatabase(
  worker: Pick<Worker, 'postMessage'>,
  bundle: WasmBundle,
): void {
  const request: OpenRequest = { type: 'open', bundle };
  worker.postMessage(request);
}
