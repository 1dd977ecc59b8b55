// Places: joins by village code, dissolves, labels, bounds
export * from './places/index.ts';
// Flat polygons: typed arrays instead of the GeoJSON object tree
export * from './flat/index.ts';
// Spatial analysis: weights, Moran's I, LISA, Getis-Ord
export * from './spatial/index.ts';
