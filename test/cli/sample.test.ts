import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTable, runScenario } from '@lokus/core';
import { readCsv, readScenario, readXlsx } from '@lokus/io';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-sample-'));
const args = (out: string) => [
  'score',
  SAMPLE.scenario,
  '--data',
  SAMPLE.table,
  '--boundaries',
  SAMPLE.boundaries,
  '--out',
  out,
  '--date',
  '2026-01-15',
];

/** The loci codes of `runScenario` on the sample, computed here without the command. */
function expectedLoci(): string[] {
  const csv = readCsv(readFileSync(SAMPLE.table), { file: 'villages.csv' });
  const { table } = createTable(csv.records, { checkCodes: false });
  const scenario = readScenario(readFileSync(SAMPLE.scenario, 'utf8'), { file: 'campuran.yaml' });
  const result = runScenario(table, scenario.value);
  const s = result.stages!;
  return Array.from(s.ranked.order)
    .filter((i) => s.selected.selected[i] === 1)
    .map((i) => table.code[i]!);
}

beforeAll(() => buildLokus(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus score on the sample', { timeout: 60_000 }, () => {
  let first: Awaited<ReturnType<typeof lokus>>;
  beforeAll(async () => {
    first = await lokus([...args(join(work, 'a')), '--json']);
  }, 60_000);

  it('exits 0 and prints one JSON object with the loci and the outputs', () => {
    expect(first.code, first.stderr).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json.ok).toBe(true);
    expect(json.villages).toBe(250);
    expect(json.loci.map((l: { code: string }) => l.code)).toEqual(expectedLoci());
  });

  it('prints the loci table with the reasons in words, in the language asked for', async () => {
    for (const [lang, words] of [
      ['id', 'peringkatnya masuk batas pemilihan'],
      ['en', 'ranked within the selection'],
    ] as const) {
      const run = await lokus(['--lang', lang, ...args(join(work, `text-${lang}`))]);
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stdout.split('\n').filter((l) => /\d{2}\.\d{2}\.\d{2}\.\d{4}/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      expect(run.stdout).toContain(words);
      expect(run.stdout).not.toMatch(/\s(rank|quota-minimum|carry-over)\s*$/m);
    }
  });

  it('writes a loci CSV whose loci equal runScenario', () => {
    const text = readFileSync(join(work, 'a', 'lokus-campuran.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(250);
    const loci = rows.filter((r) => r.Lokus === 'Ya').map((r) => r.Kode);
    expect(loci).toEqual(expectedLoci());
  });

  it('writes an XLSX with the same villages in the same order and a provenance sheet', async () => {
    const bytes = readFileSync(join(work, 'a', 'lokus-campuran.xlsx'));
    const sheet = await readXlsx(bytes, { sheet: 'Lokus' });
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(join(work, 'a', 'lokus-campuran.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(sheet.records.map((r) => r.code)).toEqual(csv.map((r) => r.Kode));
    expect(sheet.sheets).toContain('Provenans');
  });

  it('writes a result record whose loci equal runScenario', () => {
    const record = JSON.parse(readFileSync(join(work, 'a', 'hasil-campuran.json'), 'utf8'));
    expect(record.format).toBe('lokus-result');
    expect(record.provenance.date).toBe('2026-01-15');
    const loci = record.villages
      .filter((v: { selected: boolean }) => v.selected)
      .map((v: { code: string }) => v.code);
    expect(loci.sort()).toEqual(expectedLoci().sort());
  });

  it('writes a results GeoJSON with rank, score and locus per village', () => {
    const fc = JSON.parse(readFileSync(join(work, 'a', 'lokus-campuran.geojson'), 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(250);
    const loci = fc.features.filter(
      (f: { properties: { lokus: number } }) => f.properties.lokus === 1,
    );
    expect(loci.map((f: { properties: { kode: string } }) => f.properties.kode).sort()).toEqual(
      expectedLoci().sort(),
    );
  });

  it('writes a provenance JSON with hashes, version, date and reader options', () => {
    const p = JSON.parse(readFileSync(join(work, 'a', 'provenans-campuran.json'), 'utf8'));
    expect(p.date).toBe('2026-01-15');
    expect(p.inputs.table.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.inputs.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.inputHash).toMatch(/^[0-9a-f]+$/);
    expect(p.readerOptions.table.delimiter).toBe(',');
    expect(p.readerOptions.table.encoding).toBe('utf-8');
    expect(p.loci).toBe(expectedLoci().length);
  });

  it('gives byte-identical outputs on a second run', async () => {
    const second = await lokus([...args(join(work, 'b')), '--quiet']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe('');
    const names = readdirSync(join(work, 'a')).sort();
    expect(readdirSync(join(work, 'b')).sort()).toEqual(names);
    for (const name of names) {
      expect(
        readFileSync(join(work, 'b', name)).equals(readFileSync(join(work, 'a', name))),
        name,
      ).toBe(true);
    }
  });
});

describe('lokus validate and help', { timeout: 60_000 }, () => {
  it('validate passes the sample with its scenario (exit 0) and lists its notes', async () => {
    const run = await lokus([
      'validate',
      SAMPLE.table,
      '--scenario',
      SAMPLE.scenario,
      '--lang',
      'en',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/250 villages; 0 errors/);
  });

  it('--help works on every command, with the exit codes', async () => {
    const commands = [
      'validate',
      'score',
      'compare',
      'annex',
      'trend',
      'robustness',
      'serve',
      'init',
    ];
    const runs = await Promise.all(commands.map((cmd) => lokus([cmd, '--help'])));
    for (const [i, cmd] of commands.entries()) {
      const run = runs[i]!;
      expect(run.code, cmd).toBe(0);
      expect(run.stdout, cmd).toMatch(new RegExp(`Usage: lokus ${cmd}`));
      expect(run.stdout, cmd).toMatch(/Exit codes:/);
    }
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const run = await lokus(['score', SAMPLE.scenario, '--data', SAMPLE.table, '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--bogus'/);
  });
});

describe('lokus init', { timeout: 60_000 }, () => {
  it('writes a commented starter scenario that validates and scores the sample', async () => {
    const file = join(work, 'init', 'skenario.yaml');
    const run = await lokus(['init', '33.21', '--year', '2027', '--out', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, district: '33.21', year: 2027 });
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Skenario awal/m);
    const parsed = readScenario(text, { file: 'skenario.yaml' });
    expect(parsed.diagnostics).toEqual([]);
    const scenario = parsed.value as { indicators: { id: string }[]; year: number };
    expect(scenario.year).toBe(2027);
    expect(scenario.indicators.map((i) => i.id)).toEqual([
      'idm',
      'desil1_pct',
      'miskin_ekstrem_permil',
      'rtlh_per100kk',
      'stunting_pct',
    ]);
    const check = await lokus(['validate', SAMPLE.table, '--scenario', file, '--lang', 'en']);
    expect(check.code, check.stdout).toBe(0);
    const again = await lokus(['init', '33.21', '--out', file]);
    expect(again.code).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a code that is not a kabupaten code (exit 2)', async () => {
    const run = await lokus(['init', '33.2x', '--out', join(work, 'init', 'bad.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/33\.21/);
  });
});
