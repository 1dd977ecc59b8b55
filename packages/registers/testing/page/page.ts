/// <reference lib="dom" />
/**
 * The register engine's test and benchmark page: register files chosen in `#files` go to the
 * register worker (DuckDB-Wasm served from this page's own origin); the reply lands in
 * `window.registersReply` and `#result`, with the page's wall time from choice to answer.
 * As in the viewer, opening the file chooser (a click on `#files`) starts the worker and opens
 * DuckDB-Wasm ahead of the files; `window.registersOpened` then holds the worker's opening time.
 */

import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import definitionsText from '../../../../data/definitions/dtsen-desa.yaml?raw';
import { indicatorsInWorker, openRegisterDatabase } from '../../src/browser/indicatorsInWorker.ts';
import type { IndicatorsReply } from '../../src/browser/protocol.ts';
import { readDefinitions } from '../../src/definitions/readDefinitions.ts';

const { definitions } = readDefinitions(definitionsText);
const input = document.querySelector<HTMLInputElement>('#files')!;
const status = document.querySelector<HTMLElement>('#status')!;
const out = document.querySelector<HTMLElement>('#result')!;
const bundle = {
  module: new URL(wasmUrl, document.baseURI).href,
  worker: new URL(duckdbWorkerUrl, document.baseURI).href,
};

const startWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let ahead: Worker | null = null;

input.addEventListener('click', () => {
  if (ahead !== null) return;
  ahead = startWorker();
  ahead.addEventListener('message', (event: MessageEvent<IndicatorsReply>) => {
    if (event.data.type === 'opened') Object.assign(window, { registersOpened: event.data.ms });
  });
  openRegisterDatabase(ahead, bundle);
});

input.addEventListener('change', async () => {
  const files = Array.from(input.files ?? []);
  const t0 = performance.now();
  const worker = ahead ?? startWorker();
  ahead = null;
  const reply = await indicatorsInWorker(
    worker,
    { bundle, files, definitions: definitions! },
    (l) => {
      status.textContent = l;
    },
  );
  worker.terminate();
  const pageMs = Math.round(performance.now() - t0);
  Object.assign(window, { registersReply: { ...reply, pageMs } });
  status.textContent = reply.type === 'result' ? `done in ${pageMs} ms` : reply.message;
  out.textContent = JSON.stringify(reply, null, 1).slice(0, 20_000);
});
status.textContent = 'ready';
