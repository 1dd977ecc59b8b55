/** Promise-based client of the scoring worker. */
import type { Request, Response } from './protocol.ts';

type Body<R> = R extends Request ? Omit<R, 'id'> : never;

/** Sends requests to the worker and resolves each with its response. */
export class WorkerClient {
  readonly #worker: Worker;
  #next = 1;
  readonly #pending = new Map<number, (r: Response) => void>();

  constructor() {
    this.#worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<Response>) => {
      const done = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      done?.(event.data);
    };
  }

  /** Posts one request; resolves with the worker's answer (type `error` on failure). */
  request(body: Body<Request>): Promise<Response> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ ...body, id } as Request);
    });
  }
}
