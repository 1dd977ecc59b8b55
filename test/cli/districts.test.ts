/**
 * The five real districts (LOKUS_DATA_DIR): `lokus score` with the IDM scenario on the national
 * IDM 2024 table restricted by each district's boundaries. The loci must equal `runScenario` on
 * a table built here independently (Papa Parse, the district's desa rows plus its kelurahan with
 * missing values); a second run on Demak must be byte-identical.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTable, runScenario, type VillageRecord } from '@lokus/core';
import { readScenario } from '@lokus/io';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, DISTRICTS, loadBoundaries, SKIP_MESSAGE } from '../realdata/districts.ts';
import { buildLokus, lokus, type Run, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-districts-'));
const idmCsv = join(DATA_DIR, 'indicators', 'idm-2024.csv');
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

/** Loci of runScenario on the district's table, built without the command's code. */
function expectedLoci(file: string): string[] {
  const district = DISTRICTS.find((d) => d.file === file)!;
  const boundaries = loadBoundaries(district);
  const codes = new Set(boundaries.features.map((f) => String(f.properties?.kode)));
  const rows = Papa.parse<Record<string, string>>(readFileSync(idmCsv, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.filter((r) => codes.has(r.kode ?? ''));
  const records: VillageRecord[] = rows.map((r) => ({
    code: r.kode!,
    name: r.nama ?? '',
    values: { iks: num(r.iks), ike: num(r.ike), ikl: num(r.ikl), idm: num(r.idm) },
  }));
  const inTable = new Set(rows.map((r) => r.kode));
  for (const code of codes) if (!inTable.has(code)) records.push({ code, values: {} });
  const { table } = createTable(records);
  const scenario = readScenario(readFileSync(SAMPLE.idm, 'utf8'), { file: 'idm.yaml' }).value;
  const s = runScenario(table, scenario).stages!;
  return Array.from(s.ranked.order)
    .filter((i) => s.selected.selected[i] === 1)
    .map((i) => table.code[i]!);
}

const args = (file: string, out: string) => [
  'score',
  SAMPLE.idm,
  '--data',
  idmCsv,
  '--boundaries',
  join(DATA_DIR, 'boundaries', `${file}.geojson`),
  '--out',
  join(work, out, file),
  '--date',
  '2026-01-15',
  '--json',
];
const runs = new Map<string, Run>();

describe.skipIf(DATA_DIR === '')(
  'lokus score on the five real districts',
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      buildLokus();
      // Two processes at a time (the machine has two cores); Demak a second time, for the bytes.
      const jobs = [...DISTRICTS.map((d) => `a/${d.file}`), `b/${DISTRICTS[0]!.file}`];
      for (let k = 0; k < jobs.length; k += 2) {
        const batch = jobs.slice(k, k + 2);
        const done = await Promise.all(
          batch.map((job) => lokus(args(job.slice(2), job.slice(0, 1)))),
        );
        for (const [i, job] of batch.entries()) runs.set(job, done[i]!);
      }
    }, 300_000);
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    for (const d of DISTRICTS) {
      it(`${d.file}: every village kept, loci equal runScenario`, () => {
        const a = runs.get(`a/${d.file}`)!;
        expect(a.code, a.stderr).toBe(0);
        const json = JSON.parse(a.stdout);
        expect(json.villages).toBe(d.villages);
        expect(json.loci.map((l: { code: string }) => l.code)).toEqual(expectedLoci(d.file));
        const record = JSON.parse(readFileSync(join(work, 'a', d.file, 'hasil-idm.json'), 'utf8'));
        expect(record.villages).toHaveLength(d.villages);
        expect(record.district).toBe(d.kabupaten);
        const fc = JSON.parse(readFileSync(join(work, 'a', d.file, 'lokus-idm.geojson'), 'utf8'));
        expect(fc.features).toHaveLength(d.villages);
        expect(readdirSync(join(work, 'a', d.file))).toHaveLength(5);
      });
    }

    it('a second run on Demak gives byte-identical outputs', () => {
      const file = DISTRICTS[0]!.file;
      const b = runs.get(`b/${file}`)!;
      expect(b.code, b.stderr).toBe(0);
      const names = readdirSync(join(work, 'a', file)).sort();
      expect(readdirSync(join(work, 'b', file)).sort()).toEqual(names);
      for (const name of names) {
        const bytes = readFileSync(join(work, 'a', file, name));
        expect(bytes.equals(readFileSync(join(work, 'b', file, name))), name).toBe(true);
      }
    });
  },
);

it.skipIf(DATA_DIR !== '')('real districts skipped', () => {
  expect(SKIP_MESSAGE).toMatch(/LOKUS_DATA_DIR/);
});
