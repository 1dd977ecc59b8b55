import { describe, expect, it } from 'vitest';
import { readXlsx } from '../src/readXlsx.ts';
import { writeXlsx } from '../src/writeXlsx.ts';

const sheets = Object.freeze([
  Object.freeze({
    name: 'lokus',
    columns: Object.freeze(['kode', 'nama', 'skor']),
    rows: Object.freeze([
      Object.freeze({ kode: '33.21.01.2001', nama: '=HYPERLINK("x")', skor: 0.82 }),
      Object.freeze({ kode: '33.21.01.2002', nama: 'B', skor: Number.NaN }),
    ]),
  }),
]);

/** MS-DOS date and time fields of every local header and central directory entry. */
function zipStamps(bytes: Uint8Array): number[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let p = 0; p + 4 <= bytes.length; p++) {
    const sig = v.getUint32(p, true);
    if (sig === 0x04034b50) out.push(v.getUint16(p + 10, true), v.getUint16(p + 12, true));
    if (sig === 0x02014b50) out.push(v.getUint16(p + 12, true), v.getUint16(p + 14, true));
  }
  return out;
}

describe('writeXlsx', () => {
  it('writeXlsx gives byte-identical files for the same input, even seconds apart', async () => {
    const a = await writeXlsx(sheets, { provenance: { inputHash: 'abc' } });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = await writeXlsx(sheets, { provenance: { inputHash: 'abc' } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writeXlsx stamps every zip entry with the given date', async () => {
    const bytes = await writeXlsx(sheets, { date: new Date('2025-03-04T05:06:08Z') });
    const stamps = zipStamps(bytes);
    expect(stamps.length).toBeGreaterThan(10);
    // DOS time 05:06:08 = (5 << 11) | (6 << 5) | 4; DOS date 2025-03-04 = (45 << 9) | (3 << 5) | 4.
    const expected = [(5 << 11) | (6 << 5) | 4, (45 << 9) | (3 << 5) | 4];
    for (let i = 0; i < stamps.length; i += 2) expect(stamps.slice(i, i + 2)).toEqual(expected);
  });

  it('writeXlsx writes a Provenance sheet of key/value rows and reads back', async () => {
    const bytes = await writeXlsx(sheets, {
      provenance: { version: '0.1.0', scenarioHash: 'f00' },
    });
    const main = await readXlsx(bytes);
    expect(main.sheets).toEqual(['lokus', 'Provenance']);
    expect(main.records.map((r) => [r.code, r.name, r.values.skor])).toEqual([
      ['33.21.01.2001', '=HYPERLINK("x")', 0.82],
      ['33.21.01.2002', 'B', Number.NaN],
    ]);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const provenance = workbook.getWorksheet('Provenance');
    expect(
      provenance
        ?.getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      ['key', 'value'],
      ['version', '0.1.0'],
      ['scenarioHash', 'f00'],
    ]);
    // Text that looks like a formula is stored as text, not as a formula.
    expect(workbook.getWorksheet('lokus')?.getCell('B2').value).toBe('=HYPERLINK("x")');
  });

  it('writeXlsx requires valid, distinct sheet names', async () => {
    await expect(writeXlsx([{ name: 'a/b', columns: [], rows: [] }])).rejects.toThrow(
      /^writeXlsx requires sheet names/,
    );
    await expect(
      writeXlsx([{ name: 'Provenance', columns: [], rows: [] }], { provenance: {} }),
    ).rejects.toThrow(/^writeXlsx requires distinct sheet names/);
  });
});
