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
 * Prepares a tiles dataset: the table is joined to features without geometry that carry the
 * archive's codes (property `kode`, the tiles' promoted id); the dataset keeps the join, not
 * those features (`boundaries` is empty), and no kecamatan outlines (the tiles hold them).
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
  const boundaries = codesCollection(opened.codes);
  const attribution =
    opened.tiles.attribution && !options.attribution.includes(opened.tiles.attribution)
      ? [...options.attribution, opened.tiles.attribution]
      : options.attribution;
  const ds = prepareDataset(table, boundaries, { ...options, attribution, maxOutlineVillages: 0 });
  // After the join the codes are not needed as features: 84,000 of them would only be copied
  // between the worker and the page (seconds at national scale). The map reads the tiles.
  return { ...ds, boundaries: { type: 'FeatureCollection', features: [] }, tiles: opened.tiles };
}

/**
 * The codes of an archive as features without geometry (property `kode`), for the join.
 *
 * @example
 * codesCollection(['11.01.01.1001']).features[0].properties; // => { kode: '11.01.01.1001' }
 */
export function codesCollection(codes: readonly string[]): FeatureCollection<null> {
  const features: Feature<null>[] = codes.map((kode) => ({
    type: 'Feature',
    properties: { kode },
    geometry: null,
  }));
  return { type: 'FeatureCollection', features };
}
