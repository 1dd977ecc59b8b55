// Types of the parts of shpjs (which ships none) that this package uses.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';

  /** Parses a zipped shapefile; one FeatureCollection per layer, each with its `fileName`. */
  export default function getShapefile(
    input: ArrayBuffer | Uint8Array,
  ): Promise<
    (FeatureCollection & { fileName?: string }) | (FeatureCollection & { fileName?: string })[]
  >;
}
