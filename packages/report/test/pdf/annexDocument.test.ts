import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/index.ts';
import { annexDate, annexDocument } from '../../src/pdf/annexDocument.ts';
import { sampleInputs } from './inputs.ts';

describe('annexDocument', () => {
  const { result, boundaries } = sampleInputs();
  const annex = buildAnnex(result, { districtName: 'Contoh' });

  it('annexDate takes the option, else 1 January of the annex year, never the clock', () => {
    expect(annexDate({ documentYear: 2026, heading: { year: 2025 } }).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(annexDate({ documentYear: null, heading: { year: null } }).toISOString()).toBe(
      '2000-01-01T00:00:00.000Z',
    );
    const d = new Date(Date.UTC(2026, 2, 3));
    expect(annexDate(annex, { date: d })).toBe(d);
    expect(() => annexDate(annex, { date: new Date(Number.NaN) })).toThrow(/valid date/);
  });

  it('annexDocument fixes the metadata dates and repeats the table header on every page', () => {
    const doc = annexDocument(annex, boundaries);
    expect(doc.info?.creationDate).toEqual(new Date(Date.UTC(annex.documentYear!, 0, 1)));
    expect(doc.info?.modDate).toEqual(doc.info?.creationDate);
    const table = (
      doc.content as { table?: { headerRows?: number; dontBreakRows?: boolean } }[]
    ).find((c) => c.table !== undefined);
    expect(table?.table).toMatchObject({ headerRows: 1, dontBreakRows: true });
    expect(doc.watermark).toMatchObject({ text: 'SINTETIS' });
  });

  it('annexDocument prints on F4 when asked and leaves the map out on request', () => {
    const doc = annexDocument(annex, boundaries, { pageSize: 'F4', map: false });
    expect(doc.pageSize).toEqual({ width: 609.45, height: 935.43 });
    expect(JSON.stringify(doc.content)).not.toContain('<svg');
    // Still marked synthetic: the boundaries say so even when the map is left out.
    expect(doc.watermark).toMatchObject({ text: 'SINTETIS' });
    expect(annexDocument(annex, null).watermark).toBeUndefined();
  });
});
