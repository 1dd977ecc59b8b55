/** Client of the robustness worker: one analysis at a time, a new start replaces the running one. */
import type { RobustnessSpec, VillageTable } from '@lokus/core';
import type { RobustnessResponse, RobustnessView } from './robustnessProtocol.ts';

/** What the client reports while an analysis runs and when it ends. */
export interface RobustnessListener {
  readonly onProgress: (done: number, total: number) => void;
  readonly onDone: (view: RobustnessView) => void;
  readonly onFailed: (message: string) => void;
}

export class RobustnessClient {
  #worker: Worker | null = null;
  #job = 0;
  readonly #listener: RobustnessListener;

  constructor(listener: RobustnessListener) {
    this.#listener = listener;
  }

  /** The worker starts with the first analysis, not with the page. */
  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./robustness.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<RobustnessResponse>) => {
      const m = event.data;
      if (m.job !== this.#job) return; // an answer of a replaced analysis
      if (m.type === 'progress') this.#listener.onProgress(m.done, m.total);
      else if (m.type === 'done') this.#listener.onDone(m.view);
      else this.#listener.onFailed(m.message);
    };
    this.#worker = worker;
    return worker;
  }

  /** Starts an analysis of `scenario` on `table`; the running one, if any, stops. */
  start(table: VillageTable, scenario: unknown, spec: RobustnessSpec): void {
    this.#job++;
    this.#ensure().postMessage({ type: 'start', job: this.#job, table, scenario, spec });
  }

  /** Stops the running analysis; its answers are ignored. */
  cancel(): void {
    this.#job++;
    this.#worker?.postMessage({ type: 'cancel', job: this.#job });
  }
}
