import { describeDiagnostic } from '@lokus/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentDate } from '../../src/table/documentDate.ts';
import { writeLociXlsx } from '../../src/table/writeLociXlsx.ts';
import { score } from '../fixtures/sample.ts';

const result = score('campuran');
// Each write takes about a second on a busy machine: write once, read many times.
const written = writeLociXlsx(result);

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('writeLociXlsx', { timeout: 30_000 }, () => {
  it('is byte-identical on re-run, dated from the scenario year', async () => {
    const a = await written;
    const b = await writeLociXlsx(result);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const workbook = await open(a);
    expect(workbook.created.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const other = await writeLociXlsx(result, { date: new Date(Date.UTC(2026, 5, 30)) });
    expect(Buffer.from(other).equals(Buffer.from(a))).toBe(false);
  });

  it('has the four sheets; Lokus is frozen, filtered, A4 landscape fitted to width with a repeated header', async () => {
    const workbook = await open(await written);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Lokus',
      'Nilai lengkap',
      'Skenario',
      'Provenans',
    ]);
    const sheet = workbook.getWorksheet('Lokus')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(sheet.headerFooter.oddHeader).toBe('&CLokus campuran 2026');
    expect(sheet.rowCount).toBe(251);
    expect(sheet.getRow(1).getCell(2).value).toBe('Peringkat');
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(20);
  });

  it('Lokus holds rounded numbers, Nilai lengkap every digit', async () => {
    const workbook = await open(await written);
    const header = (name: string) =>
      (workbook.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
    const loci = workbook.getWorksheet('Lokus')!;
    const full = workbook.getWorksheet('Nilai lengkap')!;
    const scoreCol = header('Lokus').indexOf('Skor') + 1;
    const fullCol = header('Nilai lengkap').indexOf('Skor (presisi penuh)') + 1;
    expect(scoreCol).toBeGreaterThan(0);
    expect(fullCol).toBeGreaterThan(0);
    const s = result.stages!;
    const top = s.ranked.order[0]!;
    expect(full.getRow(2).getCell(fullCol).value).toBe(s.aggregated.score[top]);
    expect(loci.getRow(2).getCell(scoreCol).value).toBe(
      Math.round(s.aggregated.score[top]! * 100) / 100,
    );
    expect(loci.getColumn(scoreCol).numFmt).toBe('0.00');
  });

  it('Skenario has the scenario in words and as YAML; Provenans the hashes and diagnostics', async () => {
    const workbook = await open(await written);
    const text = (name: string) => {
      const out: string[] = [];
      workbook.getWorksheet(name)!.eachRow((row) => {
        out.push((row.values as unknown[]).slice(1).map(String).join('\t'));
      });
      return out.join('\n');
    };
    const scenario = text('Skenario');
    expect(scenario).toContain('Dipilih 25 desa/kelurahan dengan skor tertinggi.');
    expect(scenario).toContain('name: Lokus campuran');
    const provenance = text('Provenans');
    expect(provenance).toContain(result.provenance.inputHash);
    expect(provenance).toContain(result.provenance.scenarioHash);
    expect(provenance).toContain('2026-01-01');
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(provenance).toContain(describeDiagnostic(d));
  });

  it('English sheet names on request', async () => {
    const workbook = await open(await writeLociXlsx(result, { lang: 'en', lociOnly: true }));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Loci',
      'Full values',
      'Scenario',
      'Provenance',
    ]);
    expect(workbook.getWorksheet('Loci')!.rowCount).toBe(26);
  });
});

describe('documentDate', () => {
  it('takes the option, else 1 January of the year, else the epoch; rejects an invalid date', () => {
    expect(documentDate({ date: new Date(5), year: 2026 }).getTime()).toBe(5);
    expect(documentDate({ year: 2026 }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(documentDate({}).getTime()).toBe(0);
    expect(() => documentDate({ date: new Date(Number.NaN) })).toThrow(/documentDate requires/);
  });
});

describe('writeLociXlsx excluded villages', { timeout: 30_000 }, () => {
  it('lists a left-out village on the Lokus sheet with its reason', async () => {
    const excluded = [{ code: '33.26.99.2001', name: 'Desa Salah', reason: 'Kode tidak cocok' }];
    const workbook = await open(await writeLociXlsx(result, { excluded }));
    const sheet = workbook.getWorksheet('Lokus')!;
    const last = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(last).toContain('33.26.99.2001');
    expect(last).toContain('Dikeluarkan');
    expect(last).toContain('Kode tidak cocok');
    expect(sheet.rowCount).toBe(result.table.length + 2);
  });
});
