/**
 * `lokus annex` with the built binary on the sample: the decree annex PDF is written, its text
 * (pdftotext, Debian's poppler-utils) holds every locus's name and code, the changes from last
 * year appear with `--previous`, and a second run gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, SAMPLE } from './lokus.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-cli-annex-'));
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const inputs = ['--data', SAMPLE.table, '--boundaries', SAMPLE.boundaries];
const pdfText = (file: string): string =>
  spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;

beforeAll(async () => {
  buildLokus();
  const score = await lokus([
    'score',
    SAMPLE.scenario,
    ...inputs,
    '--out',
    join(work, 'score'),
    '-q',
  ]);
  if (score.code !== 0) throw new Error(score.stderr);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lokus annex on the sample', { timeout: 120_000 }, () => {
  let a: Awaited<ReturnType<typeof lokus>>;
  beforeAll(async () => {
    a = await lokus([
      'annex',
      SAMPLE.scenario,
      ...inputs,
      '--out',
      join(work, 'a'),
      '--decree-number',
      '400.14/123/2026',
      '--district-name',
      'Kabupaten Contoh',
      '--json',
    ]);
  }, 120_000);

  it('writes a PDF and reports it in the JSON', () => {
    expect(a.code, a.stderr).toBe(0);
    const json = JSON.parse(a.stdout);
    expect(json.loci).toBe(25);
    const bytes = readFileSync(join(work, 'a', 'lampiran-campuran.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPdftotext)(
    'the PDF text holds every locus name and code and the decree number',
    () => {
      const text = pdfText(join(work, 'a', 'lampiran-campuran.pdf'));
      const record = JSON.parse(readFileSync(join(work, 'score', 'hasil-campuran.json'), 'utf8'));
      const loci = record.villages.filter((v: { selected: boolean }) => v.selected);
      expect(loci).toHaveLength(25);
      for (const v of loci as { code: string; name: string }[]) {
        expect(text, v.code).toContain(v.code);
        expect(text, v.name).toContain(v.name);
      }
      expect(text).toContain('400.14/123/2026');
      // "Kabupaten Contoh" is read as kind and name: the heading says it once, the map names it.
      expect(text).toContain('KABUPATEN CONTOH');
      expect(text).not.toMatch(/KABUPATEN\s+KABUPATEN/);
      expect(text).not.toContain('99.01 ');
    },
  );

  it('a second run gives the same bytes', async () => {
    const b = await lokus([
      'annex',
      SAMPLE.scenario,
      ...inputs,
      '--out',
      join(work, 'b'),
      '--decree-number',
      '400.14/123/2026',
      '--district-name',
      'Kabupaten Contoh',
      '-q',
    ]);
    expect(b.code, b.stderr).toBe(0);
    const x = readFileSync(join(work, 'a', 'lampiran-campuran.pdf'));
    expect(x.equals(readFileSync(join(work, 'b', 'lampiran-campuran.pdf')))).toBe(true);
  });

  it.skipIf(!hasPdftotext)('--previous adds the changes from last year', async () => {
    const out = join(work, 'prev');
    const run = await lokus([
      'annex',
      SAMPLE.scenario,
      ...inputs,
      '--previous',
      join(work, 'score', 'hasil-campuran.json'),
      '--out',
      out,
      '--lang',
      'en',
      '-q',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(pdfText(join(out, 'lampiran-campuran.pdf'))).toMatch(/last year/i);
  });

  it('refuses to overwrite the annex without --force (exit 3)', async () => {
    const run = await lokus(['annex', SAMPLE.scenario, ...inputs, '--out', join(work, 'a')]);
    expect(run.code).toBe(3);
    expect(existsSync(join(work, 'a', 'lampiran-campuran.pdf'))).toBe(true);
  });
});
