/// <reference lib="dom" />
import { answerRequest } from './answerRequest.ts';
import type { IndicatorsReply, RegisterWorkerRequest } from './protocol.ts';
import { openWasmDatabase, type WasmBundle, type WasmDatabase } from './wasmDatabase.ts';

/** The part of a dedicated worker's global scope the register worker uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RegisterWorkerRequest>) => void) | null;
  postMessage(message: IndicatorsReply): void;
}

const sameBundle = (a: WasmBundle, b: WasmBundle) => a.module === b.module && a.worker === b.worker;

/**
 * Makes the calling module worker the register worker: an `open` request opens DuckDB-Wasm
 * ahead (answered by `opened`); each count request is answered by `answerRequest`, on the
 * database opened ahead when its bundle is the same, with progress as `step` messages and its
 * result or an error last. A worker module is one line: `serveRegisterRequests();`.
 *
 * @example
 * serveRegisterRequests(); // => undefined
 */
export function serveRegisterRequests(): void {
  const scope = self as unknown as WorkerScope;
  let ahead: { bundle: WasmBundle; database: Promise<WasmDatabase | null> } | null = null;
  scope.onmessage = (event) => {
    const request = event.data;
    if ('type' in request) {
      if (ahead !== null) return;
      const t0 = performance.now();
      const database = openWasmDatabase(request.bundle).then(
        (db) => {
          scope.postMessage({ type: 'opened', ms: Math.round(performance.now() - t0) });
          return db;
        },
        () => null,
      );
      ahead = { bundle: request.bundle, database };
      return;
    }
    const opened =
      ahead !== null && sameBundle(ahead.bundle, request.bundle) ? ahead.database : undefined;
    const unused = opened === undefined ? ahead?.database : undefined;
    ahead = null;
    void unused?.then((db) => db?.close());
    const step = (label: string) => scope.postMessage({ type: 'step', label });
    void answerRequest(request, step, opened).then((reply) => scope.postMessage(reply));
  };
}
