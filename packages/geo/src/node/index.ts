// Threads: Moran's I and local Moran permutations on Node worker threads
export {
  createSpatialPool,
  type SpatialPool,
  type SpatialPoolOptions,
} from './createSpatialPool.ts';
// Threads: the unit of work run on each thread
export {
  type LocalMoranJob,
  type MoranJob,
  runSpatialJob,
  type SpatialJob,
  type SpatialJobResult,
} from './spatialJobs.ts';
// Threads: start a worker thread from a module (TypeScript sources through tsx)
export { startWorker } from './startWorker.ts';
// Flat polygons: read a GeoJSON file in chunks, without its text or object tree
export { readFlatGeoJsonFile } from './readFlatGeoJsonFile.ts';
