/**
 * The worker side of {@link createRobustnessPool}: a thread started with `workerData`
 * {@link ROBUSTNESS_WORKER} answers each job with its parts. In the bundled `lokus.js` the
 * workers load the bundle itself, so this module's check runs there too; any other thread
 * (the command's own, a test runner's) ignores it.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  type RobustnessJob,
  type RobustnessJobParts,
  robustnessModel,
  runRobustnessJob,
} from './robustnessJob.ts';

/** Marks a robustness worker thread (its `workerData`). */
export const ROBUSTNESS_WORKER = { lokusRobustnessWorker: true } as const;

/**
 * Whether this thread is a robustness worker (then the command line must not run in it).
 *
 * @example
 * isRobustnessWorker(); // => false
 */
export function isRobustnessWorker(): boolean {
  return (
    !isMainThread &&
    parentPort !== null &&
    (workerData as typeof ROBUSTNESS_WORKER | null)?.lokusRobustnessWorker === true
  );
}

/** The buffers of a share's typed arrays, transferred rather than copied to the calling thread. */
function transferablesOf(parts: RobustnessJobParts): ArrayBuffer[] {
  const arrays = [
    ...Object.values(parts.draws),
    ...(parts.sobol === null ? [] : [parts.sobol.fA, parts.sobol.fB, ...parts.sobol.fAB]),
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (ArrayBuffer.isView(a)) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}

if (isRobustnessWorker()) {
  const port = parentPort!;
  port.on('message', (job: RobustnessJob) => {
    const model = robustnessModel(job.table, job.scenario, job.spec, job.file);
    const parts = runRobustnessJob(model, job);
    port.postMessage(parts, transferablesOf(parts));
  });
  port.postMessage('ready');
}
