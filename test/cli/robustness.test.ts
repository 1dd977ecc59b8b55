import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseRobustness, createTable } from '@lokus/core';
import { readCsv, readScenario } from '@lokus/io';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-robustness-'));
const args = (out: string, seed = 7) => [
  'robustness',
  SAMPLE.scenario,
  '--data',
  SAMPLE.table,
  '--draws',
  '200',
  '--seed',
  String(seed),
  '--out',
  out,
];

/** The analysis computed here, without the command. */
function expected(seed: number) {
  const csv = readCsv(readFileSync(SAMPLE.table), { file: 'villages.csv' });
  const { table } = createTable(csv.records, { checkCodes: false });
  const scenario = readScenario(readFileSync(SAMPLE.scenario, 'utf8'), { file: 'campuran.yaml' });
  const block = (scenario.value as { robustness?: object }).robustness ?? {};
  return analyseRobustness(table, scenario.value, { spec: { ...block, draws: 200, seed } }).result!;
}

beforeAll(() => buildLokus(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus robustness on the sample', { timeout: 90_000 }, () => {
  let run: Awaited<ReturnType<typeof lokus>>;
  beforeAll(async () => {
    run = await lokus([...args(join(work, 'a')), '--json']);
  }, 90_000);

  it('exits 0 and reports the flags, thresholds and borderline villages of the analysis', () => {
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    const want = expected(7);
    expect(json.draws).toBe(200);
    expect(json.thresholds).toEqual({ stableLocus: 0.9, stableNonLocus: 0.1 });
    expect(json.flags.borderline).toBe(want.flag.filter((f) => f === 'borderline').length);
    expect(json.flags.stableLocus + json.flags.borderline + json.flags.stableNonLocus).toBe(250);
    expect(json.meanLoci).toBe(want.meanLoci);
    for (const b of json.borderline) expect(b.reason.id).toMatch(/^Terpilih pada \d+% simulasi/);
  });

  it('writes one CSV row per village whose probabilities are those of analyseRobustness', () => {
    const csv = readFileSync(join(work, 'a', 'robustness-campuran.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const want = expected(7);
    expect(rows.length).toBe(250);
    rows.forEach((r, i) => {
      expect(r.kode).toBe(want.codes[i]);
      expect(Number(r.peluang)).toBe(want.probability[i]);
    });
  });

  it('writes the JSON with the spec, the Sobol indices and one entry per village', () => {
    const json = JSON.parse(readFileSync(join(work, 'a', 'robustness-campuran.json'), 'utf8'));
    const want = expected(7);
    expect(json.spec).toEqual(JSON.parse(JSON.stringify(want.spec)));
    expect(json.villages.length).toBe(250);
    expect(json.villages.map((v: { peluang: number }) => v.peluang)).toEqual([...want.probability]);
    expect(json.sobol.indices.map((s: { factor: string }) => s.factor)).toEqual(
      want.sobol!.indices.map((s) => s.factor),
    );
    expect(json.leaveOneOut.length).toBe(want.leaveOneOut.length);
  });

  it('the same seed writes the same CSV; another seed a different one', async () => {
    const again = await lokus(args(join(work, 'b')));
    expect(again.code, again.stderr).toBe(0);
    const other = await lokus(args(join(work, 'c'), 8));
    expect(other.code, other.stderr).toBe(0);
    const read = (d: string) => readFileSync(join(work, d, 'robustness-campuran.csv'), 'utf8');
    expect(read('b')).toBe(read('a'));
    expect(read('c')).not.toBe(read('a'));
  });

  it('--threads 1 and --threads 2 write byte-identical CSV and JSON; --threads 0 is a usage error', async () => {
    const one = await lokus([...args(join(work, 't1')), '--threads', '1']);
    const two = await lokus([...args(join(work, 't2')), '--threads', '2']);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    for (const name of ['robustness-campuran.csv', 'robustness-campuran.json']) {
      const a = readFileSync(join(work, 't1', name));
      expect(readFileSync(join(work, 't2', name)).equals(a)).toBe(true);
      // The first run used the default (two threads on two cores).
      expect(readFileSync(join(work, 'a', name)).equals(a)).toBe(true);
    }
    const zero = await lokus([...args(join(work, 't0')), '--threads', '0', '--lang', 'en']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--threads');
  });

  it('a bad robustness block exits 1 and names its path', async () => {
    const bad = join(work, 'bad.yaml');
    const text = readFileSync(SAMPLE.scenario, 'utf8');
    writeFileSync(bad, `${text}\nrobustness:\n  draws: 0\n`);
    const r = await lokus(['robustness', bad, '--data', SAMPLE.table, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain('robustness.draws');
  });
});

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe.skipIf(!hasPdftotext)('lokus annex --robustness', { timeout: 120_000 }, () => {
  it("adds the borderline villages of the scenario's robustness block, thresholds stated", async () => {
    const file = join(work, 'campuran.yaml');
    const text = readFileSync(SAMPLE.scenario, 'utf8');
    writeFileSync(file, `${text}\nrobustness:\n  draws: 200\n  seed: 7\n  sobol: 32\n`);
    const out = join(work, 'annex');
    const r = await lokus(['annex', file, '--data', SAMPLE.table, '--robustness', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    // One thread gives the same PDF bytes as the default (two on this machine's cores).
    const single = join(work, 'annex1');
    const one = await lokus([
      'annex',
      file,
      '--data',
      SAMPLE.table,
      '--robustness',
      '--threads',
      '1',
      '--out',
      single,
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(
      readFileSync(join(single, 'lampiran-campuran.pdf')).equals(
        readFileSync(join(out, 'lampiran-campuran.pdf')),
      ),
    ).toBe(true);
    const pdf = spawnSync('pdftotext', [join(out, 'lampiran-campuran.pdf'), '-'], {
      encoding: 'utf8',
    }).stdout.replace(/\s+/g, ' ');
    expect(pdf).toContain('Desa borderline dan alasannya');
    expect(pdf).toContain('sedikitnya 90% simulasi');
    expect(pdf).toContain('200 simulasi (seed 7)');
    const csv = readCsv(readFileSync(SAMPLE.table), { file: 'villages.csv' });
    const { table } = createTable(csv.records, { checkCodes: false });
    const scenario = readScenario(readFileSync(file, 'utf8'), { file: 'campuran.yaml' });
    const want = analyseRobustness(table, scenario.value).result!;
    const borderline = want.codes.filter((_, i) => want.flag[i] === 'borderline');
    expect(borderline.length).toBeGreaterThan(0);
    for (const code of borderline) expect(pdf).toContain(code);
    const plain = await lokus(['annex', file, '--data', SAMPLE.table, '--out', join(work, 'p')]);
    expect(plain.code, plain.stderr).toBe(0);
    const without = spawnSync('pdftotext', [join(work, 'p', 'lampiran-campuran.pdf'), '-'], {
      encoding: 'utf8',
    }).stdout;
    expect(without).not.toContain('borderline');
  });
});
