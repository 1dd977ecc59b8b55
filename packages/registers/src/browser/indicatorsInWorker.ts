/// <reference lib="dom" />
import type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';

/**
 * Sends register files to the register worker (a module worker that calls `serveRegisterRequests`) and resolves
 * with its final reply; `step` replies go to `onStep`. A worker that fails to load or throws
 * outside a request resolves as an `error` reply. The worker reads the files itself, so the
 * page never holds a register row, only the village table.
 *
 * @example
 * (await indicatorsInWorker(worker, { bundle, files, definitions })).type; // => 'result'
 */
export function indicatorsInWorker(
  worker: Worker,
  request: IndicatorsRequest,
  onStep: (label: string) => void = () => {},
): Promise<Exclude<IndicatorsReply, { type: 'step' }>> {
  return new Promise((resolve) => {
    const finish = (reply: Exclude<IndicatorsReply, { type: 'step' }>) => {
      worker.removeEventListener('message', listen);
      worker.removeEventListener('error', failed);
      resolve(reply);
    };
    const listen = (event: MessageEvent<IndicatorsReply>) => {
      if (event.data.type === 'step') onStep(event.data.label);
      else finish(event.data);
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
