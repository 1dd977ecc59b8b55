/**
 * Single-file build, in the page: a `data:` URL for a worker that a library starts itself (the
 * MapLibre worker, `maplibregl.setWorkerUrl`): the {@link workerLoader} with the gzipped code
 * embedded (about 0.2 MB instead of 0.5 MB of text), inflated in the worker.
 */
import { loaderPack, type WorkerPack } from './packedWorker.ts';
import { workerLoader } from './workerLoader.ts';

/**
 * The worker URL of a pack.
 *
 * @example
 * packedWorkerUrl({ code: 'maplibre', assets: [] }).startsWith('data:text/javascript'); // => true
 */
export function packedWorkerUrl(pack: WorkerPack): string {
  const source = `(${String(workerLoader)})(${JSON.stringify(loaderPack(pack))});`;
  return `data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`;
}
