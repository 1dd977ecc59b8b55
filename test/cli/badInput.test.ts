import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-bad-'));
const score = (scenario: string, data: string, out: string, ...more: string[]) => [
  'score',
  scenario,
  '--data',
  data,
  '--out',
  out,
  '--lang',
  'en',
  ...more,
];
const scenarioFile = (name: string, text: string): string => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => buildLokus(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus on bad input: a clear message, a non-zero exit, nothing written', {
  timeout: 60_000,
}, () => {
  it('a missing table: exit 1, names the file, no output folder', async () => {
    const out = join(work, 'missing');
    const run = await lokus(score(SAMPLE.scenario, join(work, 'nope.csv'), out));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/file not found: .*nope\.csv/);
    expect(existsSync(out)).toBe(false);
  });

  it('an unreadable XLSX: exit 1, XLSX_UNREADABLE with the file name', async () => {
    const bad = join(work, 'broken.xlsx');
    writeFileSync(bad, 'this is not a zip file at all');
    const out = join(work, 'xlsx');
    const run = await lokus(score(SAMPLE.scenario, bad, out));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/XLSX_UNREADABLE.*broken\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });

  it('a scenario with an unknown indicator: exit 1, UNKNOWN_INDICATOR naming it', async () => {
    const s = scenarioFile(
      'unknown.yaml',
      'name: t\nindicators:\n  - { id: nope, label: { id: x, en: x }, kind: rate, direction: higher-is-worse }\nselect: { mode: top-n, n: 3 }\n',
    );
    const out = join(work, 'unknown');
    const run = await lokus(score(s, SAMPLE.table, out));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error UNKNOWN_INDICATOR.*column nope/);
    expect(existsSync(out)).toBe(false);
    const check = await lokus(['validate', SAMPLE.table, '--scenario', s, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/UNKNOWN_INDICATOR/);
  });

  it('a scenario with all-zero weights: exit 1, the weights named', async () => {
    const s = scenarioFile(
      'zero.yaml',
      [
        'name: t',
        'indicators:',
        '  - { id: idm, label: { id: x, en: x }, kind: index, direction: higher-is-better, weight: 0 }',
        '  - { id: iks, label: { id: x, en: x }, kind: index, direction: higher-is-better, weight: 0 }',
        'weights: { method: manual }',
        'select: { mode: top-n, n: 3 }',
        '',
      ].join('\n'),
    );
    const out = join(work, 'zero');
    const run = await lokus(score(s, SAMPLE.table, out));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/SCENARIO_INVALID.*zero\.yaml.*weights are all zero/i);
    expect(existsSync(out)).toBe(false);
  });

  it('an output folder that cannot be made (a file is in the way): exit 3, nothing written', async () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, 'a file, not a folder');
    const run = await lokus(score(SAMPLE.scenario, SAMPLE.table, join(blocker, 'out')));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/not writable.*nothing was written/);
    const asFolder = await lokus(score(SAMPLE.scenario, SAMPLE.table, blocker));
    expect(asFolder.code).toBe(3);
    expect(readFileSync(blocker, 'utf8')).toBe('a file, not a folder');
  });

  it.skipIf(process.getuid?.() === 0)(
    'a read-only output folder: exit 3, nothing written',
    async () => {
      const dir = join(work, 'readonly');
      mkdirSync(dir, { mode: 0o555 });
      const run = await lokus(score(SAMPLE.scenario, SAMPLE.table, dir));
      expect(run.code).toBe(3);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('an existing output without --force: exit 3, the file untouched; with --force replaced', async () => {
    const out = join(work, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, 'lokus-campuran.csv'), 'mine\n');
    const run = await lokus(score(SAMPLE.scenario, SAMPLE.table, out));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/output exists: .*lokus-campuran\.csv; add --force/);
    expect(readdirSync(out)).toEqual(['lokus-campuran.csv']);
    expect(readFileSync(join(out, 'lokus-campuran.csv'), 'utf8')).toBe('mine\n');
    const forced = await lokus([
      ...score(SAMPLE.scenario, SAMPLE.table, out),
      '--force',
      '--quiet',
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(out, 'lokus-campuran.csv'), 'utf8')).toMatch(/^No,Rank,Code,/);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a table of another district than the boundaries: exit 1, nothing matches', async () => {
    const other = join(work, 'other.csv');
    writeFileSync(other, 'kode,nama,idm\n3321012001,A,0.5\n3321012002,B,0.6\n');
    const out = join(work, 'other');
    const run = await lokus(score(SAMPLE.idm, other, out, '--boundaries', SAMPLE.boundaries));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NO_VILLAGES_IN_DISTRICT|No village of the table/);
    expect(existsSync(out)).toBe(false);
  });

  it('--json on failure prints one JSON object with the exit code', async () => {
    const run = await lokus([
      ...score(SAMPLE.scenario, join(work, 'nope.csv'), join(work, 'j')),
      '--json',
    ]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ok: false, exitCode: 1 });
    expect(json.error).toMatch(/nope\.csv/);
  });

  it('validate lists the join report: a duplicated boundary code is named, scoring still runs', async () => {
    const fc = JSON.parse(readFileSync(SAMPLE.boundaries, 'utf8'));
    fc.features.push({ ...fc.features[0], properties: { ...fc.features[0].properties } });
    const dup = join(work, 'dup.geojson');
    writeFileSync(dup, JSON.stringify(fc));
    const run = await lokus(['validate', SAMPLE.table, '--boundaries', dup, '--lang', 'en']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/JOIN_DUPLICATE_CODE/);
    const other = await lokus([
      'validate',
      join(work, 'other.csv'),
      '--boundaries',
      SAMPLE.boundaries,
    ]);
    expect(other.code).toBe(1);
  });
});
