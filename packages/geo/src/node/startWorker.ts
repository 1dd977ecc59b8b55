// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `url` and resolves once it posts 'ready'. A TypeScript
 * source (`.ts`, as in this repository's tests and benchmarks) is loaded through `tsx`'s
 * loader, which a worker does not inherit; a built `.js` file is loaded directly. `workerData`
 * is passed on.
 *
 * @example
 * const source = "import { parentPort } from 'node:worker_threads'; parentPort.postMessage('ready');";
 * const worker = await startWorker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
 * await worker.terminate(); // => 1
 */
export async function startWorker(
  url: URL,
  options: Pick<WorkerOptions, 'workerData'> = {},
): Promise<Worker> {
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
        { ...options, eval: true },
      )
    : new Worker(url, options);
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', () => {
      worker.off('error', reject);
      resolve();
    });
  });
  return worker;
}
