/**
 * Inputs of the annex PDF tests: the sample district (and Demak when LOKUS_DATA_DIR is set) run
 * through `@lokus/core`'s `runScenario`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTable, runScenario, type ScenarioResult } from '@lokus/core';
import { readCsv, readScenario } from '@lokus/io';
import type { FeatureCollection } from 'geojson';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DATA_DIR = process.env.LOKUS_DATA_DIR ?? '';

export interface AnnexInputs {
  readonly result: ScenarioResult;
  readonly boundaries: FeatureCollection;
}

function run(csvText: string, file: string, scenarioFile: string): ScenarioResult {
  const csv = readCsv(new TextEncoder().encode(csvText), { file });
  const { table } = createTable(csv.records, { file, checkCodes: false });
  const scenario = readScenario(readFileSync(scenarioFile, 'utf8'), { file: scenarioFile });
  const result = runScenario(table, scenario.value, { file });
  if (!result.ok)
    throw new Error(`scenario failed: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}

/** The fictional sample district with the mixed scenario. */
export function sampleInputs(): AnnexInputs {
  const csvFile = join(ROOT, 'data/sample/villages.csv');
  return {
    result: run(readFileSync(csvFile, 'utf8'), csvFile, join(ROOT, 'data/scenarios/campuran.yaml')),
    boundaries: JSON.parse(readFileSync(join(ROOT, 'data/sample/villages.geojson'), 'utf8')),
  };
}

/** Demak (33.21): IDM 2024 desa with the IDM scenario; `null` without LOKUS_DATA_DIR. */
export function demakInputs(): AnnexInputs | null {
  if (DATA_DIR === '') return null;
  const idmFile = join(DATA_DIR, 'indicators/idm-2024.csv');
  const lines = readFileSync(idmFile, 'utf8').split(/\r?\n/);
  const demak = [lines[0]!, ...lines.slice(1).filter((l) => l.startsWith('33.21.'))].join('\n');
  return {
    result: run(demak, idmFile, join(ROOT, 'data/scenarios/idm.yaml')),
    boundaries: JSON.parse(
      readFileSync(join(DATA_DIR, 'boundaries/desa-3321-demak.geojson'), 'utf8'),
    ),
  };
}
