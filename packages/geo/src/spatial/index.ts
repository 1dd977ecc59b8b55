// Points: area-weighted centroids of polygons
export { centroids } from './centroids.ts';
export { type ClusterMapOptions, type ClusterMapResult, clusterMap } from './clusterMap.ts';
// Weights: distance band around points
export { type DistanceBandOptions, distanceBandWeights } from './distanceBandWeights.ts';
// Statistics: Benjamini–Hochberg false discovery rate
export { type FdrResult, fdr } from './fdr.ts';
// Statistics: Getis–Ord Gi and Gi*
export { type GetisOrdOptions, type GetisOrdResult, getisOrdG } from './getisOrdG.ts';
// Points: haversine distance
export { EARTH_RADIUS_KM, greatCircleDistance } from './greatCircleDistance.ts';
// Weights utility: add self-neighbours (Gi*)
export { includeSelf } from './includeSelf.ts';
// Weights utility: observations without neighbours
export { islands } from './islands.ts';
// Weights: k nearest points
export { knnWeights } from './knnWeights.ts';
// Statistics: local Moran (LISA)
export {
  LISA_LABELS,
  type LocalMoranOptions,
  type LocalMoranResult,
  localMoran,
} from './localMoran.ts';
// Statistics: local Moran in parts (setup, permutations by range, result), for threads
export { finishLocalMoran } from './finishLocalMoran.ts';
export { localMoranPermutations } from './localMoranPermutations.ts';
export { type LocalMoranSetup, prepareLocalMoran } from './prepareLocalMoran.ts';
// Statistics: analytic moments of local Moran
export { type LocalMoranMoments, localMoranMoments } from './localMoranMoments.ts';
// Statistics: global General G of Getis–Ord
export { type GeneralGOptions, type GeneralGResult, generalG } from './generalG.ts';
// Statistics: global Moran's I
export { type MoranOptions, type MoranResult, moranI } from './moranI.ts';
// Statistics: Moran's I in parts (setup, permuted cross products by range, result), for threads
export { finishMoran } from './finishMoran.ts';
export { type MoranSetup, prepareMoran } from './prepareMoran.ts';
export { permutedCrossProducts, type WeightMomentsLike } from './permutedCrossProducts.ts';
// Randomness: seed words and the per-permutation shuffle of the permutation tests
export { permutationShuffle, permutationWords } from './permutationShuffle.ts';
export { seedWords } from './seedWords.ts';
// Weights: queen contiguity of polygons
export { queenWeights } from './queenWeights.ts';
// Weights: rook contiguity of polygons
export { rookWeights } from './rookWeights.ts';
// Weights utility: row standardisation (style W)
export { rowStandardise } from './rowStandardise.ts';
// Weights utility: drop observations (e.g. villages with missing values)
export { subsetWeights } from './subsetWeights.ts';
// Types: CSR weights, diagnostics, options
export type * from './types.ts';
// Weights: from neighbour lists
export { weightsFromLists } from './weightsFromLists.ts';
// Weights utility: summary (neighbour counts, islands, symmetry)
export { type WeightsSummary, weightsSummary } from './weightsSummary.ts';
