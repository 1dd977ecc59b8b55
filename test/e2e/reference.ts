/**
 * Reference results for the browser tests, computed in Node with the packages themselves: the
 * sample table read with `@lokus/io`, scored with `runScenario`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTable, runScenario, type ScenarioResult, type VillageTable } from '@lokus/core';
import { readCsv } from '@lokus/io';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folder of the synthetic sample the viewer serves. */
export const sampleDir = process.env.LOKUS_SAMPLE_DIR ?? join(repo, 'data', 'sample');

/** The sample village table, read as the viewer reads it. */
export function sampleTable(): VillageTable {
  const read = readCsv(readFileSync(join(sampleDir, 'villages.csv')), { file: 'villages.csv' });
  return createTable(read.records, { file: 'villages.csv' }).table;
}

/** The sample's village polygons. */
export function sampleBoundaries(): GeoJSON.FeatureCollection {
  return JSON.parse(readFileSync(join(sampleDir, 'villages.geojson'), 'utf8'));
}

/** Decodes the viewer's URL hash (base64url JSON). */
export function decodeState(url: string): Record<string, unknown> {
  const hash = new URL(url).hash.slice(1);
  return JSON.parse(Buffer.from(hash, 'base64url').toString('utf8'));
}

/** Runs the scenario found in a viewer URL on the sample table. */
export function referenceRun(
  url: string,
  key: 'scenario' | 'scenarioB' = 'scenario',
): ScenarioResult {
  return runScenario(sampleTable(), decodeState(url)[key]);
}

/** Real data directory (LOKUS_DATA_DIR), or undefined when the tests run on the sample only. */
export const dataDir = process.env.LOKUS_DATA_DIR;

/** A district's IDM 2024 rows from the data directory, read as the viewer reads them. */
export function idmTable(prefix: string): VillageTable {
  const text = readFileSync(join(dataDir ?? '', 'indicators', 'idm-2024.csv'), 'utf8');
  const lines = text.split(/\r?\n/);
  const kept = [lines[0], ...lines.slice(1).filter((l) => l.startsWith(prefix))].join('\n');
  const read = readCsv(kept, { file: 'idm-2024.csv' });
  return createTable(read.records, { file: 'idm-2024.csv', checkCodes: false }).table;
}
