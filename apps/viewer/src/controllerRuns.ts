/**
 * Scenario runs in the scoring worker: at most one run per slot in flight; while a slider is
 * dragged the latest scenario waits and the ones in between are skipped.
 */
import type { Diagnostic, Scenario } from '@lokus/core';
import { locale } from './i18n/index.ts';
import { perfMark } from './perfMark.ts';
import type { WorkerClient } from './worker/client.ts';
import type { RunSummary, Slot } from './worker/protocol.ts';
import { summaryFromWire } from './worker/summaryWire.ts';

export class ControllerRuns {
  readonly #worker: WorkerClient;
  readonly #onResult: (slot: Slot, summary: RunSummary) => Promise<void>;
  readonly #onIdle: () => void;
  readonly #inflight: Record<Slot, boolean> = { a: false, b: false };
  readonly #pending: Record<Slot, Scenario | null> = { a: null, b: null };
  /** Each slot's diagnostics last received (the worker does not re-send unchanged ones). */
  readonly #diagnostics: Record<Slot, readonly Diagnostic[] | null> = { a: null, b: null };
  /** Bumped when the dataset changes: results of older runs are dropped. */
  #generation = 0;

  constructor(
    worker: WorkerClient,
    onResult: (slot: Slot, summary: RunSummary) => Promise<void>,
    onIdle: () => void,
  ) {
    this.#worker = worker;
    this.#onResult = onResult;
    this.#onIdle = onIdle;
  }

  get busy(): boolean {
    return this.#inflight.a || this.#inflight.b;
  }

  /** Forgets queued runs; results still in flight are dropped when they arrive. */
  reset(): void {
    this.#generation++;
    this.#pending.a = null;
    this.#pending.b = null;
  }

  run(slot: Slot, scenario: Scenario): void {
    if (this.#inflight[slot]) {
      this.#pending[slot] = scenario;
      return;
    }
    this.#inflight[slot] = true;
    const generation = this.#generation;
    perfMark(`request-${slot}`);
    void this.#worker
      .request({ type: 'run', slot, scenario, locale: locale() })
      .then(async (res) => {
        if (res.type === 'run') {
          // Unpacked even when dropped: the next answer may say "the same diagnostics".
          const summary = summaryFromWire(res.summary, this.#diagnostics[slot]);
          this.#diagnostics[slot] = summary.diagnostics;
          if (generation === this.#generation) await this.#onResult(slot, summary);
        }
        this.#inflight[slot] = false;
        const next = this.#pending[slot];
        this.#pending[slot] = null;
        if (next) this.run(slot, next);
        else if (!this.busy) this.#onIdle();
      });
  }
}
