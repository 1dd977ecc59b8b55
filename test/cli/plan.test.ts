/**
 * `lokus plan check` and `lokus plan assign` on the shipped (synthetic) sample: a constructed
 * plan and agency list in a temporary folder, the built binary, the files it writes, and the
 * refusals (bad plan cells, an assignment that cannot exist) with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '@lokus/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLokus, lokus, REPO, SAMPLE } from './lokus.ts';

let work: string;
const RAT = [
  'OPD;Program;Kegiatan;Indikator;Target;Satuan Target;Anggaran (Rp);Sumber Dana;Desa/Kelurahan',
  'Dinas Sosial;Perlindungan sosial;PKH plus;desil1_kk;120;KK;600.000.000;APBD;semua lokus di kecamatan Banyuutomo',
  'Dinas Perkim;Rumah layak huni;Bedah rumah;RTLH;40;unit;800.000.000;APBD;"9901012002;9901022003"',
  'BAZNAS;Zakat produktif;Modal usaha;desil1_kk;30;KK;90.000.000;BAZNAS;9901012002',
  'Dinas Sosial;Perlindungan sosial;Bansos;desil1_kk;5;KK;10.000.000;APBD;9901012001',
].join('\n');
const OPD = [
  'OPD;Mandat;Min Desa;Maks Desa',
  ...[
    'Dinas Sosial;desil1_kk',
    'Dinas Perkim;rtlh_unit',
    'Dinkes;stunting_pct',
    'Dinpermades;idm',
  ].map((r) => `${r};1;5`),
  ...['Bappeda;miskin_ekstrem_jiwa', 'Dinkop UKM;desil1_kk', 'Dinnaker;desil1_kk'].map(
    (r) => `${r};1;5`,
  ),
].join('\n');

beforeAll(async () => {
  buildLokus();
  work = mkdtempSync(join(tmpdir(), 'lokus-plan-'));
  writeFileSync(join(work, 'rat.csv'), RAT);
  writeFileSync(join(work, 'opd.csv'), OPD);
  const run = await lokus(
    [
      'score',
      SAMPLE.scenario,
      '--data',
      SAMPLE.table,
      '--out',
      'out',
      '--date',
      '2026-01-15',
      '-q',
    ],
    work,
  );
  expect(run.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RESULT = 'out/hasil-campuran.json';

describe('lokus plan check', () => {
  it('reports coverage and writes the table of loci', async () => {
    const run = await lokus(
      ['plan', 'check', 'rat.csv', '--result', RESULT, '--out', 'plan', '--json'],
      work,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.rows).toBe(4);
    // Banyuutomo's loci plus 99.01.02.2003 (Perkim) are covered; 99.01.01.2001 is not a locus.
    expect(json.nonLoci.map((v: { code: string }) => v.code)).toEqual(['99.01.01.2001']);
    expect(json.doubles.map((d: { village: string }) => d.village)).toEqual(['99.01.01.2002']);
    expect(json.uncovered).toHaveLength(25 - 4);
    const { records } = readCsv(readFileSync(join(work, 'plan', 'cakupan-rencana.csv'), 'utf8'), {
      codeColumn: 'Kode',
    });
    expect(records).toHaveLength(25);
    const banyuwinangun = records.find((r) => r.code === '99.01.01.2002');
    // 600 M over Banyuutomo's 3 loci + 800 M over 2 villages + 90 M on this one.
    expect(banyuwinangun?.values['Anggaran (Rp)']).toBe(200_000_000 + 400_000_000 + 90_000_000);
    expect(existsSync(join(work, 'plan', 'cakupan-rencana.xlsx'))).toBe(true);
    const pdf = readFileSync(join(work, 'plan', 'lampiran-rencana.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [join(work, 'plan', 'lampiran-rencana.pdf'), '-'], {
      encoding: 'utf8',
    });
    if (text.status === 0) {
      expect(text.stdout).toContain('Rencana aksi pada lokus');
      expect(text.stdout).toContain(
        'Rencana aksi menjangkau 4 dari 25 lokus; 21 lokus belum mendapat program.',
      );
    }
  }, 60_000);

  it('refuses a plan with bad cells, naming file, row, column and value, and writes nothing', async () => {
    writeFileSync(
      join(work, 'bad.csv'),
      `${RAT.split('\n')[0]}\nDinas Sosial;PKH;;desil1_kk;;;-5;APBD;9901012002\nDinas Sosial;PKH;;desil1_kk;;;5;APBD;9901992002\n`,
    );
    const run = await lokus(
      ['plan', 'check', 'bad.csv', '--result', RESULT, '--out', 'bad', '--lang', 'en'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'PLAN_NEGATIVE_BUDGET — bad.csv, row 1 (2), column "Anggaran (Rp)": budget -5 is negative',
    );
    expect(run.stderr).toContain(
      'PLAN_UNKNOWN_VILLAGE — bad.csv, row 2 (3), column "Desa/Kelurahan"',
    );
    expect(existsSync(join(work, 'bad'))).toBe(false);
  }, 60_000);
});

describe('lokus plan assign', () => {
  it('assigns every locus an agency and explains each pair', async () => {
    const run = await lokus(
      ['plan', 'assign', RESULT, 'opd.csv', '--max-per-kecamatan', '2', '--out', 'plan', '--json'],
      work,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.status).toBe('optimal');
    const villages = new Set(json.assignments.map((a: { village: string }) => a.village));
    expect(villages.size).toBe(25);
    expect(json.assignments[0].text.id).toMatch(
      /^Dinas Sosial → Desa .+: Persentase KK desil 1 [\d,]+ %, tertinggi/,
    );
    const csv = readFileSync(join(work, 'plan', 'penugasan-opd.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'OPD,Kode,Desa/Kelurahan,Kecamatan,Poin,Ditetapkan Tim,Alasan',
    );
  }, 60_000);

  it('names the constraint that breaks and writes nothing', async () => {
    writeFileSync(
      join(work, 'few.csv'),
      'OPD;Mandat;Min Desa;Maks Desa\nDinas Sosial;desil1_kk;0;30\n',
    );
    const run = await lokus(
      ['plan', 'assign', RESULT, 'few.csv', '--out', 'few', '--lang', 'en'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /locus-coverage, 99\.\d\d\.\d\d\.\d{4}: the locus needs at least 1 agencies, but only 0 have a mandate for its needs/,
    );
    expect(readdirSync(work)).not.toContain('few');
  }, 60_000);
});

const DATA_DIR = process.env.LOKUS_DATA_DIR;
const EXAMPLES = join(REPO, 'data', 'examples', 'illustrative');

describe.skipIf(DATA_DIR === undefined)('the illustrative examples on real districts', () => {
  const idm = (): string => join(DATA_DIR!, 'indicators', 'idm-2024.csv');

  it("Demak's action plan: every locus covered, the CSR row shown off the loci", async () => {
    const score = await lokus(
      ['score', SAMPLE.idm, '--data', idm(), '--district', '33.21', '--out', 'demak', '-q'],
      work,
    );
    expect(score.code).toBe(0);
    const run = await lokus(
      [
        'plan',
        'check',
        join(EXAMPLES, 'demak-rencana-aksi-2026.csv'),
        '--result',
        'demak/hasil-idm.json',
        '--json',
      ],
      work,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.rows).toBe(11);
    expect(json.uncovered).toEqual([]);
    expect(json.nonLoci.map((v: { code: string }) => v.code)).toEqual(['33.21.04.2001']);
    expect(json.totals.budget).toBe(3_315_000_000);
  }, 120_000);

  it("Pati's agencies: one village each, every locus accompanied, the pin kept", async () => {
    const score = await lokus(
      ['score', SAMPLE.idm, '--data', idm(), '--district', '33.18', '--out', 'pati', '-q'],
      work,
    );
    expect(score.code).toBe(0);
    const run = await lokus(
      [
        'plan',
        'assign',
        'pati/hasil-idm.json',
        join(EXAMPLES, 'pati-daftar-opd.csv'),
        '--max-per-kecamatan',
        '2',
        '--json',
      ],
      work,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const pairs = json.assignments as { agency: string; village: string; pinned: boolean }[];
    expect(pairs).toHaveLength(25);
    expect(new Set(pairs.map((p) => p.village)).size).toBe(25);
    expect(pairs.find((p) => p.agency === 'Bappeda')).toMatchObject({
      village: '33.18.09.2013',
      pinned: true,
    });
  }, 120_000);
});
