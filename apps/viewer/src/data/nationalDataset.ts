/**
 * A dataset whose boundaries are vector tiles (national or many-district mode): the table is
 * joined by code to the village codes the archive lists, so a row without a polygon gets the
 * join's diagnostic like any other dataset, and the map reads the geometry from the tiles only.
 */
import type { VillageTable } from '@lokus/core';
import type { Feature, FeatureCollection } from 'geojson';
import { type Dataset, type PrepareOptions, prepareDataset } from './dataset.ts';
import type { OpenedTiles } from './nationalTiles.ts';

/**
 * Prepares a tiles dataset: features without geometry carry the archive's codes (property
 * `kode`, the tiles' promoted id), no kecamatan outlines are dissolved (the tiles hold them).
 *
 * @example
 * const ds = prepareNationalDataset(table, await openNationalTiles(url, 'nation'), options);
 * ds.codeProperty; // => 'kode'
 */
export function prepareNationalDataset(
  table: VillageTable,
  opened: OpenedTiles,
  options: PrepareOptions,
): Dataset {
  const features: Feature<null>[] = opened.codes.map((kode) => ({
    type: 'Feature',
    properties: { kode },
    geometry: null,
  }));
  const boundaries: FeatureCollection<null> = { type: 'FeatureCollection', features };
  const attribution =
    opened.tiles.attribution && !options.attribution.includes(opened.tiles.attribution)
      ? [...options.attribution, opened.tiles.attribution]
      : options.attribution;
  const ds = prepareDataset(table, boundaries, { ...options, attribution, maxOutlineVillages: 0 });
  return { ...ds, tiles: opened.tiles };
}
