/// <reference lib="dom" />
import type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';

/**
 * Sends register files to the register worker (`@lokus/registers/browser/worker`) and resolves
 * with its final reply; `step` replies go to `onStep`. The worker reads the files itself, so the
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
    const listen = (event: MessageEvent<IndicatorsReply>) => {
      if (event.data.type === 'step') return onStep(event.data.label);
      worker.removeEventListener('message', listen);
      resolve(event.data);
    };
    worker.addEventListener('message', listen);
    worker.postMessage(request);
  });
}
