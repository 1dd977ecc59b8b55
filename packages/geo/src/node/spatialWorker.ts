/**
 * Entry point of a `createSpatialPool` worker thread: runs each job it is sent and posts the
 * result back (its arrays transferred, not copied).
 */
// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import { parentPort } from 'node:worker_threads';
import { runSpatialJob, type SpatialJob } from './spatialJobs.ts';

const port = parentPort;
if (port !== null) {
  port.on('message', (job: SpatialJob) => {
    const result = runSpatialJob(job);
    const buffers =
      result.kind === 'moran'
        ? [result.crossProducts.buffer]
        : [result.pSim.buffer, result.zSim.buffer];
    port.postMessage(result, buffers as ArrayBuffer[]);
  });
  port.postMessage('ready');
}
