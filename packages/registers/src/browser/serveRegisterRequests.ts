/// <reference lib="dom" />
import { answerRequest } from './answerRequest.ts';
import type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';

/** The part of a dedicated worker's global scope the register worker uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<IndicatorsRequest>) => void) | null;
  postMessage(message: IndicatorsReply): void;
}

/**
 * Makes the calling module worker the register worker: each request is answered by
 * `answerRequest`, progress comes as `step` messages and the last message of a request is its
 * result or an error. A worker module is one line: `serveRegisterRequests();`.
 *
 * @example
 * serveRegisterRequests(); // => undefined
 */
export function serveRegisterRequests(): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => {
    const step = (label: string) => scope.postMessage({ type: 'step', label });
    void answerRequest(event.data, step).then((reply) => scope.postMessage(reply));
  };
}
