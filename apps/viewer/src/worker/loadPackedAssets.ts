/**
 * In a worker of the single-file page, the binary assets (the plan solver's WebAssembly) are
 * inflated on first use (see offline/build/workerLoader.ts); elsewhere they are files and there is
 * nothing to wait for.
 */

/**
 * Resolves once the packed binary assets of this worker can be read (at once outside the
 * single-file page). Await it before importing code that reads one.
 *
 * @example
 * await loadPackedAssets(); // then: await import('../plan/planInWorker.ts')
 */
export function loadPackedAssets(): Promise<void> {
  const load = (globalThis as { __lokusLoadAssets?: () => Promise<void> }).__lokusLoadAssets;
  return load ? load() : Promise.resolve();
}
