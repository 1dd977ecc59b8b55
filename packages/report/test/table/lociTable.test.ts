import { createTable, REASON_LABELS, runScenario } from '@lokus/core';
import { readCsv } from '@lokus/io';
import { describe, expect, it } from 'vitest';
import { lociTable } from '../../src/table/lociTable.ts';
import { villageReason } from '../../src/table/villageReason.ts';
import { writeLociCsv } from '../../src/table/writeLociCsv.ts';
import { sampleRecords, sampleScenario, score } from '../fixtures/sample.ts';

const result = score('campuran');
const s = result.stages!;

describe('lociTable', () => {
  it('lists every village in rank order with Indonesian headers, loci numbered 1…n', () => {
    const table = lociTable(result);
    expect(table.rows).toHaveLength(250);
    expect(table.columns.slice(0, 4).map((c) => c.header)).toEqual([
      'No',
      'Peringkat',
      'Kode',
      'Desa/Kelurahan',
    ]);
    expect(table.rows.map((r) => r.code)).toEqual(
      Array.from(s.ranked.order, (i) => result.table.code[i]),
    );
    const loci = lociTable(result, { lociOnly: true });
    expect(loci.rows).toHaveLength(s.selected.count);
    expect(loci.rows.map((r) => r.no)).toEqual(
      Array.from({ length: s.selected.count }, (_, k) => k + 1),
    );
    expect(new Set(loci.rows.map((r) => r.locus))).toEqual(new Set(['Ya']));
  });

  it('rounds the display score to 2 decimals and keeps the full score in its own column', () => {
    const table = lociTable(result);
    for (const row of table.rows.slice(0, 20)) {
      const i = result.table.code.indexOf(row.code as string);
      expect(row['full:score']).toBe(s.aggregated.score[i]);
      expect(row.score).toBeCloseTo(s.aggregated.score[i]!, 2);
      expect(String(row.score).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it('rounds indicators in their units: counts whole, IDM to 4 decimals, rates to 2', () => {
    const table = lociTable(result);
    const digits = Object.fromEntries(
      table.columns.filter((c) => c.key.startsWith('value:')).map((c) => [c.key, c.digits]),
    );
    expect(digits).toEqual({
      'value:desil1_pct': 2,
      'value:miskin_ekstrem_permil': 2,
      'value:stunting_pct': 2,
      'value:rtlh_per100kk': 2,
      'value:idm': 4,
    });
    const header = table.columns.find((c) => c.key === 'value:idm')!.header;
    expect(header).toBe('Indeks Desa Membangun (indeks 0–1)');
  });

  it('gives reasons in words, with the forced reason, and English on request', () => {
    const forced = result.table.code.indexOf('99.01.05.2010');
    expect(villageReason(result, forced)).toBe(
      'ditetapkan masuk: Desa terdampak banjir rob 2025 (usulan Camat)',
    );
    const table = lociTable(result, { lang: 'en' });
    expect(table.columns[1]!.header).toBe('Rank');
    const row = table.rows.find((r) => r.code === '99.01.07.2001')!;
    expect(row.reason).toBe(
      `${REASON_LABELS['forced-exclude'].en}: Sudah menjadi lokus program provinsi 2026`,
    );
    expect(row.locus).toBe('No');
  });

  it('has unique headers (a CSV needs them)', () => {
    const headers = lociTable(result).columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});

describe('writeLociCsv', () => {
  const table = lociTable(result);

  it('plain: UTF-8 without BOM, comma-separated, dot decimals', () => {
    const text = writeLociCsv(table);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]!.startsWith('No,Peringkat,Kode,Desa/Kelurahan')).toBe(true);
    expect(text).toMatch(/,\d+\.\d+,/);
  });

  it('excel-id: BOM, semicolons, decimal comma; parses back with readCsv to the same numbers', () => {
    const text = writeLociCsv(table, { dialect: 'excel-id' });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]!.startsWith('No;Peringkat;Kode;Desa/Kelurahan')).toBe(
      true,
    );
    const fields = text.split(/[;\r\n]+/);
    expect(fields.filter((f) => /^-?\d+\.\d+$/.test(f))).toEqual([]);
    expect(fields.filter((f) => /^-?\d+,\d+$/.test(f)).length).toBeGreaterThan(250);
    const back = readCsv(new TextEncoder().encode(text), { file: 'lokus.csv', codeColumn: 'Kode' });
    expect(back.delimiter).toBe(';');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.records).toHaveLength(250);
    const scoreFull = table.columns.find((c) => c.key === 'full:score')!.header;
    const idm = table.columns.find((c) => c.key === 'value:idm')!.header;
    for (const [k, rec] of back.records.entries()) {
      const row = table.rows[k]!;
      expect(rec.code).toBe(row.code);
      expect(rec.values[scoreFull]).toBe(row['full:score']);
      expect(rec.values.Skor).toBe(row.score);
      const v = rec.values[idm];
      expect(v === undefined || v === null || Number.isNaN(v) ? null : v).toBe(row['value:idm']);
    }
  });

  it('is byte-identical on re-run', () => {
    expect(writeLociCsv(lociTable(result), { dialect: 'excel-id' })).toBe(
      writeLociCsv(table, { dialect: 'excel-id' }),
    );
  });
});

describe('lociTable edge cases', () => {
  it('keeps headers unique when two indicators share a label', () => {
    const scenario = sampleScenario('campuran') as { indicators: { label: unknown }[] };
    const same = { id: 'Sama', en: 'Same' };
    const twin = score({
      ...scenario,
      indicators: scenario.indicators.map((ind, k) =>
        k < 2 ? { ...ind, label: same, unit: '%' } : ind,
      ),
    });
    const headers = lociTable(twin).columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers).toContain('Sama (%)');
    expect(headers).toContain('Sama (%) [value:miskin_ekstrem_permil]');
  });

  it('gives the columns and no rows for a result that could not be scored', () => {
    const scenario = sampleScenario('campuran');
    const { table } = createTable(sampleRecords, { checkCodes: false });
    const failed = runScenario(table, { ...scenario, normalise: { method: 'magic' } } as unknown);
    expect(failed.ok).toBe(false);
    const t = lociTable(failed);
    expect(t.rows).toEqual([]);
    expect(t.columns[1]!.header).toBe('Peringkat');
  });
});

describe('lociTable excluded villages', () => {
  const excluded = [
    { code: '33.26.99.2001', name: 'Desa Salah', kecamatan: 'Kajen', reason: 'Kode tidak cocok' },
  ];

  it('lists a left-out village last with its reason, no rank and no numbers', () => {
    const table = lociTable(result, { excluded });
    expect(table.rows).toHaveLength(result.table.length + 1);
    const last = table.rows.at(-1)!;
    expect(last).toMatchObject({
      no: result.table.length + 1,
      rank: null,
      code: '33.26.99.2001',
      name: 'Desa Salah',
      kecamatan: 'Kajen',
      locus: 'Dikeluarkan',
      reason: 'Kode tidak cocok',
      reasonCode: 'excluded',
      score: null,
      'full:score': null,
    });
    expect(lociTable(result, { excluded, lang: 'en' }).rows.at(-1)!.locus).toBe('Left out');
    expect(lociTable(result, { excluded, lociOnly: true }).rows).toHaveLength(s.selected.count);
  });

  it('keeps the left-out row in both CSV dialects', () => {
    for (const dialect of ['plain', 'excel-id'] as const) {
      const csv = writeLociCsv(lociTable(result, { excluded }), { dialect });
      const lines = csv.trimEnd().split(/\r?\n/);
      expect(lines).toHaveLength(result.table.length + 2);
      const last = lines.at(-1)!;
      for (const text of [
        '33.26.99.2001',
        'Desa Salah',
        'Kajen',
        'Dikeluarkan',
        'Kode tidak cocok',
      ])
        expect(last).toContain(text);
    }
  });
});
