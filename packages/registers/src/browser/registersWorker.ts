/// <reference lib="dom" />
/**
 * The register worker (a module worker): one request at a time, answered by `answerRequest`.
 * Progress comes as `step` messages; the last message is the result or an error.
 */
import { answerRequest } from './answerRequest.ts';
import type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';

/** The part of a dedicated worker's global scope this worker uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<IndicatorsRequest>) => void) | null;
  postMessage(message: IndicatorsReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const step = (label: string) => scope.postMessage({ type: 'step', label });
  void answerRequest(event.data, step).then((reply) => scope.postMessage(reply));
};
