/** Loads a dataset listed in the manifest. */
import {
  createTableFromColumns,
  type Diagnostic,
  type IndicatorMeta,
  type Scenario,
  type VillageTable,
} from '@lokus/core';
import { type ReadTableResult, readCsv, readGeoJson } from '@lokus/io';
import type { FeatureCollection, Geometry } from 'geojson';
import { perfMark } from '../perfMark.ts';
import { type Dataset, prepareDataset } from './dataset.ts';
import { boundariesOfRead, readScenarioFile } from './io.ts';
import type { DatasetEntry } from './manifest.ts';
import { prepareNationalDataset } from './nationalDataset.ts';
import { openNationalTiles } from './nationalTiles.ts';

async function bytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

/**
 * The table of a served file, read by column (no object per row: 84,000 at national scale).
 * The reader has checked the codes already (its diagnostics), so the table's own code checks are
 * not added again, as for an upload (`createTable` with `checkCodes: false`).
 */
function servedTable(read: ReadTableResult): {
  table: VillageTable | null;
  diagnostics: readonly Diagnostic[];
} {
  const c = read.columnar;
  if (!c || c.code.length === 0) return { table: null, diagnostics: read.diagnostics };
  const { table } = createTableFromColumns({
    code: c.code,
    ...(c.name ? { name: c.name } : {}),
    ...(c.kecamatanName ? { kecamatanName: c.kecamatanName } : {}),
    columns: c.values,
  });
  return { table, diagnostics: read.diagnostics };
}

/** Fetches, reads and joins one dataset of the manifest (in the scoring worker). */
export async function loadDataset(entry: DatasetEntry): Promise<Dataset> {
  const fileName = (url: string) => url.split('/').pop() ?? url;
  const table = bytes(entry.table);
  const rest = Promise.all([
    // National mode: the map reads the tiles; the GeoJSON is not fetched.
    entry.tiles ? new ArrayBuffer(0) : bytes(entry.boundaries),
    entry.indicators
      ? fetch(entry.indicators).then((r) => r.json() as Promise<IndicatorMeta[]>)
      : Promise.resolve(null),
    entry.scenario
      ? fetch(entry.scenario)
          .then((r) => r.text())
          .then((text) => readScenarioFile(fileName(entry.scenario!), text))
          .then((r) => r.scenario as Scenario)
          .catch(() => null)
      : Promise.resolve(null),
  ]);
  // National mode: the archive (tens of MB) is fetched once the table has arrived, so the two do
  // not share the connection, and it arrives while the table is being read.
  const opening = entry.tiles
    ? table.then(() => openNationalTiles(entry.tiles!, entry.id))
    : Promise.resolve(null);
  // Awaited below; a failure is reported there, not as an unhandled rejection meanwhile.
  opening.catch(() => undefined);
  rest.catch(() => undefined);
  const tableBytes = await table;
  perfMark('fetched');
  // The served datasets are CSV and GeoJSON: only those readers are loaded here.
  const tableFile = fileName(entry.table);
  const read = servedTable(
    readCsv(new Uint8Array(tableBytes), { file: tableFile, columnar: true }),
  );
  const [boundaryBytes, catalog, scenario] = await rest;
  const tiles = await opening;
  const boundaryFile = fileName(entry.boundaries);
  const bounds = tiles
    ? { featureCollection: { type: 'FeatureCollection', features: [] }, diagnostics: [] }
    : boundariesOfRead(readGeoJson(new Uint8Array(boundaryBytes), { file: boundaryFile }));
  perfMark('read');
  if (!read.table || !bounds.featureCollection) {
    const first = [...read.diagnostics, ...bounds.diagnostics].find((d) => d.severity === 'error');
    throw new Error(first?.message ?? 'dataset could not be read');
  }
  if (!scenario) throw new Error(`${entry.id}: no scenario file`);
  const options = {
    id: entry.id,
    synthetic: entry.synthetic,
    name: entry.name,
    attribution: entry.attribution,
    catalog: catalog ?? scenario.indicators,
    scenarioUrls: entry.scenarios,
    defaultScenario: scenario,
    diagnostics: [...read.diagnostics, ...bounds.diagnostics],
  };
  if (tiles) return prepareNationalDataset(read.table, tiles, options);
  return prepareDataset(
    read.table,
    bounds.featureCollection as FeatureCollection<Geometry | null>,
    options,
  );
}
