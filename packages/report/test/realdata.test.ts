/**
 * The report functions on the five real districts (IDM 2024 under data/scenarios/idm.yaml), when
 * LOKUS_DATA_DIR points at the real data: every locus reaches the table, the Indonesian CSV, the
 * record, the results GeoJSON and the annex.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTable, runScenario } from '@lokus/core';
import { readCsv, readScenario } from '@lokus/io';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../src/annex/buildAnnex.ts';
import { resultsGeoJson } from '../src/geojson/resultsGeoJson.ts';
import { readResultRecord } from '../src/record/readResultRecord.ts';
import { toResultRecord } from '../src/record/toResultRecord.ts';
import { writeResultRecord } from '../src/record/writeResultRecord.ts';
import { lociTable } from '../src/table/lociTable.ts';
import { writeLociCsv } from '../src/table/writeLociCsv.ts';

const DATA_DIR = process.env.LOKUS_DATA_DIR ?? '';
const DISTRICTS = [
  ['17.04', 'Kaur', 'desa-1704-kaur.geojson'],
  ['18.02', 'Lampung Tengah', 'desa-1802-lampung-tengah.geojson'],
  ['33.18', 'Pati', 'desa-3318-pati.geojson'],
  ['33.21', 'Demak', 'desa-3321-demak.geojson'],
  ['33.26', 'Pekalongan', 'desa-3326-pekalongan.geojson'],
] as const;

describe.skipIf(DATA_DIR === '')('report on the real districts', () => {
  const idmFile = join(DATA_DIR, 'indicators/idm-2024.csv');
  const lines = DATA_DIR === '' ? [] : readFileSync(idmFile, 'utf8').split(/\r?\n/);
  const scenarioFile = new URL('../../../data/scenarios/idm.yaml', import.meta.url);
  const scenario = readScenario(readFileSync(scenarioFile, 'utf8'), { file: 'idm.yaml' }).value;

  it.each(DISTRICTS)(
    '%s %s: every locus in the table, CSV, record, GeoJSON and annex',
    (code, name, boundaryFile) => {
      const text = [lines[0]!, ...lines.slice(1).filter((l) => l.startsWith(`${code}.`))].join(
        '\n',
      );
      const csv = readCsv(new TextEncoder().encode(text), { file: 'idm-2024.csv' });
      const { table } = createTable(csv.records, { checkCodes: false });
      const result = runScenario(table, scenario);
      expect(result.ok).toBe(true);
      const loci = table.code.filter((_, i) => result.stages!.selected.selected[i] === 1).sort();
      expect(loci.length).toBeGreaterThan(0);

      const t = lociTable(result, { lociOnly: true });
      expect(t.rows.map((r) => r.code).sort()).toEqual(loci);
      const back = readCsv(new TextEncoder().encode(writeLociCsv(t, { dialect: 'excel-id' })), {
        codeColumn: 'Kode',
      });
      expect(back.records.map((r) => r.code).sort()).toEqual(loci);

      const record = readResultRecord(writeResultRecord(toResultRecord(result)));
      expect(record.diagnostics).toEqual([]);
      expect(record.record!.villages.filter((v) => v.selected).map((v) => v.code)).toEqual(loci);

      const boundaries = JSON.parse(
        readFileSync(join(DATA_DIR, 'boundaries', boundaryFile), 'utf8'),
      ) as FeatureCollection;
      const { collection } = resultsGeoJson(result, boundaries);
      const mapped = collection.features
        .filter((f) => f.properties?.lokus === 1)
        .map((f) => f.properties?.kode as string);
      expect(mapped.sort()).toEqual(loci);

      const annex = buildAnnex(result, { districtName: name });
      expect(annex.loci.groups.flatMap((g) => g.loci.map((l) => l.code)).sort()).toEqual(loci);
      expect(annex.loci.groups.flatMap((g) => g.loci).every((l) => l.reason.length > 0)).toBe(true);
      expect(annex.heading.decreeOf).toBe(`KEPUTUSAN BUPATI ${name.toUpperCase()}`);
    },
  );
});
