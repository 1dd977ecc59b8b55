import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, REPO } from './lokus.ts';

const FIXTURE = join(REPO, 'packages', 'registers', 'test', 'fixtures', 'kecil');
const KELUARGA = join(FIXTURE, 'keluarga.csv');
const ANGGOTA = join(FIXTURE, 'anggota.csv');
const DEFINITIONS = join(REPO, 'data', 'definitions', 'dtsen-desa.yaml');
const work = mkdtempSync(join(tmpdir(), 'lokus-cli-indicators-'));

beforeAll(() => buildLokus(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every NIK, name, address and birth date of the fixture register. */
function personalValues(): string[] {
  const rows = (f: string) =>
    Papa.parse<Record<string, string>>(readFileSync(f, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  return [
    ...rows(KELUARGA).flatMap((r) => [r.nik_kepala!, r.nama_kepala!, r.alamat!]),
    ...rows(ANGGOTA).flatMap((r) => [r.nik!, r.nama!, r.tanggal_lahir!]),
  ];
}

describe('lokus indicators', { timeout: 60_000 }, () => {
  it('writes the village table with the hand-counted values and the small cells, with progress', async () => {
    const out = join(work, 'a', 'indikator.csv');
    const run = await lokus([
      'indicators',
      KELUARGA,
      ANGGOTA,
      '--definitions',
      DEFINITIONS,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'kode,kk_total,penduduk,desil1_kk,desil12_kk,miskin_ekstrem_jiwa,rtlh_unit,tanpa_air_kk,tanpa_sanitasi_kk,atps_anak,sel_kecil',
    );
    expect(lines[1]).toBe(
      '99.01.01.2001,4,10,2,3,6,2,2,2,3,kk_total desil1_kk desil12_kk rtlh_unit tanpa_air_kk tanpa_sanitasi_kk atps_anak',
    );
    expect(lines).toHaveLength(4);
    expect(run.stderr).toMatch(/… reading keluarga/);
    expect(run.stderr).toMatch(/… counting per village/);
    expect(run.stdout).toMatch(/3 desa, 9 indikator, 19 sel kecil/);
  });

  it('no NIK, name, address or birth date in the table, the JSON, standard output or standard error', async () => {
    const k = readFileSync(KELUARGA, 'utf8').split('\n');
    k[2] = k[2]!.replace('99.01.01.2001', '99.01.09.2001');
    k[4] = k[4]!.replace(',1,1,0,1', ',99,1,0,1');
    const households = join(work, 'keluarga-bermasalah.csv');
    writeFileSync(households, `${k.join('\n').trimEnd()}\n${k[1]}\n`);
    const villages = join(work, 'desa.csv');
    writeFileSync(
      villages,
      'kode,nama\n99.01.01.2001,Banyuutomo\n99.01.01.2002,Banyuwinangun\n99.01.02.1001,Bulumanis\n',
    );
    const out = join(work, 'b', 'indikator.csv');
    const args = [
      'indicators',
      households,
      ANGGOTA,
      '--definitions',
      DEFINITIONS,
      '--villages',
      villages,
    ];
    const text = await lokus([...args, '--out', out, '--rates', '--small-cells', 'suppress']);
    const json = await lokus(['--json', ...args]);
    expect([text.code, json.code]).toEqual([0, 0]);
    expect(text.stderr).toMatch(/UNKNOWN_VILLAGE_CODE/);
    expect(text.stderr).toMatch(/DUPLICATE_HOUSEHOLD_KEY/);
    expect(JSON.parse(json.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain(
      'IMPOSSIBLE_VALUE',
    );
    const table = readFileSync(out, 'utf8');
    expect(table).toMatch(/^kode,nama,kecamatan,/);
    const outputs = [table, text.stdout, text.stderr, json.stdout, json.stderr].join('\n');
    expect(personalValues().filter((v) => outputs.includes(v))).toEqual([]);
  });

  it('errors (a personal column in the definitions, a missing column) exit 1 and write nothing', async () => {
    const defs = join(work, 'pribadi.yaml');
    writeFileSync(
      defs,
      readFileSync(DEFINITIONS, 'utf8').replace(
        'where: { desil: { eq: 1 } }',
        'where: { nama_kepala: { eq: 1 } }',
      ),
    );
    const out = join(work, 'c', 'indikator.csv');
    const run = await lokus([
      'indicators',
      KELUARGA,
      ANGGOTA,
      '--definitions',
      defs,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DEFINITION_PERSONAL_FIELD/);
    expect(existsSync(out)).toBe(false);
    const noCol = join(work, 'tanpa-desil.csv');
    writeFileSync(noCol, readFileSync(KELUARGA, 'utf8').replace(',desil,', ',desil_x,'));
    const run2 = await lokus([
      'indicators',
      noCol,
      ANGGOTA,
      '--definitions',
      DEFINITIONS,
      '--out',
      out,
    ]);
    expect(run2.code).toBe(1);
    expect(run2.stderr).toMatch(/MISSING_COLUMN.*desil/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite an output without --force (exit 3), and needs --definitions (exit 2)', async () => {
    const out = join(work, 'd.csv');
    writeFileSync(out, 'lama\n');
    const run = await lokus([
      'indicators',
      KELUARGA,
      ANGGOTA,
      '--definitions',
      DEFINITIONS,
      '--out',
      out,
    ]);
    expect(run.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('lama\n');
    const usage = await lokus(['indicators', KELUARGA]);
    expect(usage.code).toBe(2);
  });
});
