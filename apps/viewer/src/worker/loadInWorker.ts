/**
 * Opens a dataset of the manifest in the scoring worker: the worker fetches, reads, joins and
 * prepares it (kecamatan outlines, label points) off the main thread, keeps the table and the
 * boundaries for its runs, and answers with the prepared dataset for the map and the panels.
 */
import type { Dataset } from '../data/dataset.ts';
import type { DatasetEntry } from '../data/manifest.ts';
import type { WorkerClient } from './client.ts';
import { datasetFromWire } from './datasetWire.ts';

/** The entry with its URLs made absolute (the worker resolves against its own script URL). */
function absolute(entry: DatasetEntry): DatasetEntry {
  const url = (u: string) => new URL(u, document.baseURI).href;
  return {
    ...entry,
    table: url(entry.table),
    boundaries: url(entry.boundaries),
    indicators: entry.indicators ? url(entry.indicators) : null,
    scenario: entry.scenario ? url(entry.scenario) : null,
    scenarios: entry.scenarios.map(url),
    ...(entry.tiles ? { tiles: url(entry.tiles) } : {}),
  };
}

/**
 * Loads `entry` in `worker`; rejects with the reader's first error.
 *
 * @example
 * const ds = await loadInWorker(new WorkerClient(), manifest.datasets[0]);
 * ds.table.length > 0; // => true
 */
export async function loadInWorker(worker: WorkerClient, entry: DatasetEntry): Promise<Dataset> {
  const res = await worker.request({ type: 'load', entry: absolute(entry) });
  if (res.type === 'dataset') return datasetFromWire(res.dataset);
  throw new Error(res.type === 'error' ? res.message : `${entry.id}: not loaded`);
}
