// Flat polygons: typed-array layout of polygon features
export type { FlatPolygons } from './types.ts';
// Flat polygons: from GeoJSON features
export { flatPolygons } from './flatPolygons.ts';
// Flat polygons: read a GeoJSON FeatureCollection without its object tree
export {
  type GeoJsonSource,
  type ReadFlatGeoJsonOptions,
  readFlatGeoJson,
} from './readFlatGeoJson.ts';
