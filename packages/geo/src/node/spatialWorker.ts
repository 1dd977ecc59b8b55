/**
 * Entry point of a `createSpatialPool` worker thread: runs each job it is sent and posts the
 * result back (its arrays transferred, not copied). A job's typed arrays arrive as positions in
 * the pool's shared buffer (`SharedArena`), read in place.
 */
// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import { parentPort } from 'node:worker_threads';
import { SharedArena } from './sharedArena.ts';
import { runSpatialJob, type SpatialJob, type WorkerMessage } from './spatialJobs.ts';

const port = parentPort;
if (port !== null) {
  port.on('message', ({ shared, buffer, from, to }: WorkerMessage) => {
    const job = { ...(SharedArena.restore(shared, buffer) as object), from, to } as SpatialJob;
    const result = runSpatialJob(job);
    const buffers =
      result.kind === 'moran'
        ? [result.crossProducts.buffer]
        : [result.pSim.buffer, result.zSim.buffer];
    port.postMessage(result, buffers as ArrayBuffer[]);
  });
  port.postMessage('ready');
}
