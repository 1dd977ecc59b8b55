/**
 * Year over year with the built binary: a constructed sequence of sample years. 2025 is the
 * fictional sample under campuran.yaml; in 2026 one locus's need falls to nothing (its desil-1
 * households, extreme poor, stunting and uninhabitable houses to 0, its IDM to 0.95); in 2027 a
 * second locus's does too. `compare` must find exactly those leaving with a fall in need, and the
 * villages entering in their place; `trend` must name them as the graduates of 2026 and 2027.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-years-'));
const rows = Papa.parse<Record<string, string>>(readFileSync(SAMPLE.table, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const scenarioText = readFileSync(SAMPLE.scenario, 'utf8');

interface RecordVillage {
  readonly code: string;
  readonly name: string;
  readonly selected: boolean;
  readonly reason: string;
  readonly rank: number | null;
}
const readRecord = (year: number): { villages: RecordVillage[] } =>
  JSON.parse(readFileSync(join(work, String(year), 'hasil-campuran.json'), 'utf8'));
const loci = (year: number) =>
  new Set(
    readRecord(year)
      .villages.filter((v) => v.selected)
      .map((v) => v.code),
  );

/** Writes the table and scenario of a year, with the need of `graduated` villages cut to none. */
function writeYear(year: number, graduated: readonly string[]): string {
  const table = join(work, `villages-${year}.csv`);
  const changed = rows.map((r) =>
    graduated.includes(r.kode!)
      ? {
          ...r,
          desil1_kk: '0',
          miskin_ekstrem_jiwa: '0',
          stunting_pct: '0',
          rtlh_unit: '0',
          idm: '0.95',
        }
      : r,
  );
  writeFileSync(table, Papa.unparse(changed));
  return table;
}

async function scoreYear(year: number, graduated: readonly string[]): Promise<void> {
  const table = writeYear(year, graduated);
  const scenario = join(work, `scenario-${year}`, 'campuran.yaml');
  mkdirSync(dirname(scenario), { recursive: true });
  // Same rules every year; only the year changes (the forced and carried villages stay listed).
  writeFileSync(scenario, scenarioText.replace(/^year: \d+$/m, `year: ${year}`));
  const run = await lokus([
    'score',
    scenario,
    '--data',
    table,
    '--out',
    join(work, String(year)),
    '--date',
    `${year}-01-15`,
    '--quiet',
  ]);
  if (run.code !== 0) throw new Error(`score ${year} failed: ${run.stderr}`);
}

let first = '';
let second = '';
beforeAll(async () => {
  buildLokus();
  await scoreYear(2025, []);
  // The two best-ranked loci chosen by rank alone (not forced, not carried over).
  const byRank = readRecord(2025)
    .villages.filter((v) => v.selected && v.reason === 'rank')
    .sort((a, b) => a.rank! - b.rank!);
  first = byRank[0]!.code;
  second = byRank[1]!.code;
  await scoreYear(2026, [first]);
  await scoreYear(2027, [first, second]);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus compare of a constructed year pair', { timeout: 60_000 }, () => {
  it('A B: the graduated locus left because its need fell; the entered are the new loci', async () => {
    const run = await lokus([
      'compare',
      join(work, '2025', 'hasil-campuran.json'),
      join(work, '2026', 'hasil-campuran.json'),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const c = JSON.parse(run.stdout);
    const before = loci(2025);
    const after = loci(2026);
    expect(c.left.map((v: { code: string }) => v.code)).toEqual([first]);
    expect(c.left[0].cause).toBe('need-fell');
    expect(c.left[0].text.length).toBeGreaterThan(10);
    const entered = [...after].filter((code) => !before.has(code)).sort();
    expect(c.entered.map((v: { code: string }) => v.code).sort()).toEqual(entered);
    expect(entered.length).toBeGreaterThan(0);
    expect(c.agreement.overlap).toBe([...after].filter((code) => before.has(code)).length);
  });

  it('--previous gives the same villages, in words for people', async () => {
    const run = await lokus([
      'compare',
      join(work, '2026', 'hasil-campuran.json'),
      '--previous',
      join(work, '2025', 'hasil-campuran.json'),
      '--lang',
      'en',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Left \(1\):/);
    expect(run.stdout).toContain(first);
    expect(run.stdout).toMatch(/Agreement: \d+ loci in both years/);
  });

  it('--previous with a scenario and --data scores this year first', async () => {
    const run = await lokus([
      'compare',
      join(work, 'scenario-2026', 'campuran.yaml'),
      '--data',
      join(work, 'villages-2026.csv'),
      '--previous',
      join(work, '2025', 'hasil-campuran.json'),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).left.map((v: { code: string }) => v.code)).toEqual([first]);
  });

  it('a broken record: exit 1 naming the file and the problem', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"format":"lokus-result", "villages": [');
    const run = await lokus(['compare', bad, join(work, '2026', 'hasil-campuran.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/RECORD_INVALID_JSON.*bad\.json/);
  });

  it('one record without --previous is a usage error (exit 2)', async () => {
    const run = await lokus(['compare', join(work, '2026', 'hasil-campuran.json')]);
    expect(run.code).toBe(2);
  });
});

describe('lokus trend over a constructed 2025–2027 sequence', { timeout: 60_000 }, () => {
  it('names the graduates of 2026 and 2027 and the loci of every year', async () => {
    const out = join(work, 'trend');
    const run = await lokus([
      'trend',
      join(work, '2027', 'hasil-campuran.json'),
      join(work, '2025', 'hasil-campuran.json'),
      join(work, '2026', 'hasil-campuran.json'),
      '--out',
      out,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const t = JSON.parse(run.stdout);
    expect(t.years).toEqual([2025, 2026, 2027]);
    expect(t.graduates.map((g: { code: string; year: number }) => [g.year, g.code])).toEqual([
      [2026, first],
      [2027, second],
    ]);
    const every = [...loci(2025)].filter((c) => loci(2026).has(c) && loci(2027).has(c)).sort();
    expect(t.stayed.map((s: { code: string }) => s.code).sort()).toEqual(every);
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'tren.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const row = csv.find((r) => r.Kode === first)!;
    expect([row['Lokus 2025'], row['Lokus 2026'], row['Lokus 2027']]).toEqual([
      'Ya',
      'Tidak',
      'Tidak',
    ]);
    expect(row['Lulus tahun']).toBe('2026');
  });

  it('prints the graduates by name for people', async () => {
    const files = [2025, 2026, 2027].map((y) => join(work, String(y), 'hasil-campuran.json'));
    const run = await lokus(['trend', ...files, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const names = new Map(readRecord(2025).villages.map((v) => [v.code, v.name]));
    expect(run.stdout).toMatch(/Graduated \(2\)/);
    expect(run.stdout).toContain(names.get(first)!);
    expect(run.stdout).toContain(names.get(second)!);
  });
});
