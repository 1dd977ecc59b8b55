// Diagnostics and shared types

// Geometry: outlines, labels, extents, areas, validation
export { bounds } from './bounds.ts';
export { pointInRing, signedArea } from './ring.ts';

// Joining a village table to boundaries by code
export { CODE_PROPERTIES, detectCodeProperty } from './detectCodeProperty.ts';
export { detectNameProperty, NAME_PROPERTIES } from './detectNameProperty.ts';
export {
  type DissolveByOptions,
  type DissolvedFeature,
  type DissolvedProperties,
  dissolveBy,
} from './dissolveBy.ts';
export { featureArea } from './featureArea.ts';
export {
  type JoinByCodeOptions,
  type JoinDuplicate,
  type JoinResult,
  type JoinSuggestion,
  type JoinTable,
  joinByCode,
  type UnmatchedBoundary,
  type UnmatchedReason,
  type UnmatchedRow,
} from './joinByCode.ts';
export {
  type JoinTableToBoundariesOptions,
  type JoinTableToBoundariesResult,
  joinTableToBoundaries,
  type PropertyValue,
} from './joinTableToBoundaries.ts';
export { type LabelPointOptions, labelPoint } from './labelPoint.ts';
// Village names
export { levenshtein } from './levenshtein.ts';
export { nameSimilarity } from './nameSimilarity.ts';
export { normaliseVillageName } from './normaliseVillageName.ts';
// Diagnostics
export { createDiagnosticTally, type DiagnosticTally } from './diagnosticTally.ts';
export {
  type SummariseDiagnosticsOptions,
  summariseDiagnostics,
} from './summariseDiagnostics.ts';
export type * from './types.ts';
export {
  type ValidateGeometryOptions,
  type ValidateGeometryResult,
  validateGeometry,
} from './validateGeometry.ts';
