// Indicator metadata of the synthetic columns

// A fictional district: records, indicators and Voronoi village polygons
export {
  type GenerateDistrictOptions,
  generateDistrict,
  type SyntheticDistrict,
} from './generateDistrict.ts';
// A fictional country at Indonesia's scale, columnar first
export {
  type GenerateNationalOptions,
  generateNational,
  type NationalColumns,
  type SyntheticNation,
} from './generateNational.ts';
export { SYNTHETIC_SOURCE, SYNTHETIC_YEAR, sampleIndicators } from './sampleIndicators.ts';
export { type RoughenEdgesOptions, roughenEdges } from './roughenEdges.ts';
// Synthetic household registers (households and persons) consistent with village totals
export * from './registers/index.ts';

// Shared shapes
export type { SyntheticBoundaries, SyntheticVillageProperties } from './types.ts';
