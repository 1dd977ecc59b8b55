/**
 * Single-file build, in the page: starts one of the viewer's workers from its code carried in
 * the page. A `data:` URL worker is the one a page opened from `file://` may start (see
 * {@link inlineWorkers}), but Chromium refuses URLs over 2 MB, which the scoring worker with the
 * plan solver's WebAssembly exceeds; so the `data:` URL holds only the {@link workerLoader}, and
 * the code and its binary assets (gzip + base64, in the page's `<script type=
 * "application/octet-stream">` elements) follow as the first message, inflated in the worker.
 */
import { type LoaderPack, type PackedFile, workerLoader } from './workerLoader.ts';

/** What the build puts in place of a worker's URL: the element ids of its code and assets. */
export interface WorkerPack {
  readonly code: string;
  readonly assets: readonly string[];
}

function packedFile(id: string): PackedFile {
  const element = document.getElementById(`lokus-asset-${id}`);
  if (!element) throw new Error(`single-file page: packed file ${id} is missing`);
  return { b64: element.textContent ?? '', type: element.dataset.type ?? '' };
}

/**
 * The pack's files read from the page's elements (for the {@link workerLoader}).
 *
 * @example
 * loaderPack({ code: 'scoring', assets: [] }).code.type; // => 'text/javascript'
 */
export function loaderPack(pack: WorkerPack): LoaderPack {
  const assets: Record<string, PackedFile> = {};
  for (const id of pack.assets) assets[id] = packedFile(id);
  return { code: packedFile(pack.code), assets };
}

/** The `data:` URL of the {@link workerLoader} that every packed worker starts from. */
export const LOADER_URL = `data:text/javascript;charset=utf-8,${encodeURIComponent(`(${String(workerLoader)})(null);`)}`;

/**
 * Starts a module worker from a pack (the single-file build's stand-in for
 * `new Worker(new URL(…worker…, import.meta.url), options)`), or hands over the one the page
 * started with this pack before its code loaded.
 *
 * @example
 * const worker = packedWorker({ code: 'scoring', assets: [] });
 * worker instanceof Worker; // => true
 */
export function packedWorker(pack: WorkerPack, options: WorkerOptions = {}): Worker {
  // Started by the page before its code loaded (packPage.ts): taken over, once.
  const early = (globalThis as { __lokusEarly?: Record<string, Worker> }).__lokusEarly;
  const started = early?.[pack.code];
  if (early && started) {
    delete early[pack.code];
    return started;
  }
  const worker = new Worker(LOADER_URL, { ...options, type: 'module' });
  worker.postMessage({ __lokusPack: loaderPack(pack) });
  return worker;
}
