import { describe, expect, it } from 'vitest';
import { toResultRecord } from '../../src/record/toResultRecord.ts';
import { writeLociCsv } from '../../src/table/writeLociCsv.ts';
import { trend } from '../../src/trend/trend.ts';
import { trendTable } from '../../src/trend/trendTable.ts';
import { lociOf, villages as v, years } from '../fixtures/years.ts';

const records = [years[2027], years[2025], years[2026]].map((r) => toResultRecord(r));
const t = trend(records);

describe('trend over a constructed 2025–2027 sequence', () => {
  it('orders the years and follows every village present in any year', () => {
    expect(t.years).toEqual([2025, 2026, 2027]);
    expect(t.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(t.villages).toHaveLength(251); // 250 + the code that appeared in 2026
    const vanished = t.villages.find((x) => x.code === v.vanished2026)!;
    expect(vanished.years.map((y) => y.selected)).toEqual([true, null, null]);
    const appeared = t.villages.find((x) => x.code === v.appeared2026)!;
    expect(appeared.years[0]).toMatchObject({ rank: null, selected: null });
  });

  it('names exactly the constructed graduates, not the villages that left by a rule', () => {
    expect(t.graduates.map((g) => [g.code, g.year])).toEqual([
      [v.graduate2026, 2026],
      [v.graduate2027, 2027],
    ]);
    const left = t.comparisons.flatMap((c) => c.left.map((x) => x.code));
    expect(left).toContain(v.forcedOut2026);
    expect(left).toContain(v.vanished2026);
    expect(t.graduateRule).toMatch(/^Desa\/kelurahan lulus pada tahun t bila/);
  });

  it('lists the villages that were loci every year, as the results say', () => {
    const every = [...lociOf(years[2025])]
      .filter((c) => lociOf(years[2026]).has(c) && lociOf(years[2027]).has(c))
      .sort();
    expect(t.stayed.map((s) => s.code)).toEqual(every);
    expect(every.length).toBeGreaterThan(15);
    expect(t.stayed.map((s) => s.code)).not.toContain(v.forcedOut2026);
  });

  it('follows the extreme-poverty persons in the loci and the district, from the data', () => {
    expect(t.target?.column).toBe('miskin_ekstrem_jiwa');
    for (const [k, y] of ([2025, 2026, 2027] as const).entries()) {
      const r = years[y];
      const col = r.table.columns.miskin_ekstrem_jiwa!;
      let district = 0;
      let loci = 0;
      for (let i = 0; i < r.table.length; i++) {
        district += col[i]!;
        if (r.stages!.selected.selected[i] === 1) loci += col[i]!;
      }
      expect(t.target!.inDistrict[k]).toBe(district);
      expect(t.target!.inLoci[k]).toBe(loci);
    }
    // The graduates' extreme poverty fell to the least needy village's: the district sum fell.
    expect(t.target!.inDistrict[2]!).toBeLessThan(t.target!.inDistrict[0]!);
    expect(t.target!.text[0]).toMatch(
      /^Penduduk miskin ekstrem di kabupaten: [\d.]+ jiwa pada 2025, [\d.]+ jiwa pada 2027 \(-[\d,]+%\)\.$/,
    );
  });

  it('gives chart series with one value per year', () => {
    expect(t.series.map((s) => s.id)).toEqual([
      'loci',
      'graduates',
      'target-district',
      'target-loci',
    ]);
    expect(t.series[0]!.values).toEqual([25, 25, 25]);
    expect(t.series[1]!.values).toEqual([null, 1, 1]);
    for (const s of t.series) expect(s.values).toHaveLength(3);
  });

  it('shows the key indicators per village and year (the heaviest three by default)', () => {
    expect(t.indicators.map((i) => i.id)).toHaveLength(3);
    const g = t.villages.find((x) => x.code === v.graduate2026)!;
    const id = t.indicators[0]!.id;
    expect(g.years[0]!.indicators[id]).toBe(
      years[2025].stages!.raw[id]![years[2025].table.code.indexOf(v.graduate2026)],
    );
  });

  it('refuses a repeated or missing year with a YEAR_ORDER error', () => {
    const twice = trend([records[0]!, records[0]!]);
    expect(twice.diagnostics.map((d) => [d.code, d.severity])).toEqual([['YEAR_ORDER', 'error']]);
    expect(twice.graduates).toEqual([]);
    const none = trend([{ ...records[0]!, year: null }]);
    expect(none.diagnostics[0]?.code).toBe('YEAR_ORDER');
  });

  it('follows a target the caller names, with a goal', () => {
    const custom = trend(records, {
      target: { column: 'desil1_kk', unit: 'KK', goal: 0 },
      lang: 'en',
    });
    expect(custom.target?.column).toBe('desil1_kk');
    expect(custom.target?.text.at(-1)).toMatch(/^Goal 0 KK: [\d,]+ KK to go\.$/);
  });
});

describe('trendTable', () => {
  it('lays the trend out for the CSV writer: rank and locus per year, graduates marked', () => {
    const table = trendTable(t);
    expect(table.columns.slice(0, 5).map((c) => c.header)).toEqual([
      'Kode',
      'Desa/Kelurahan',
      'Kecamatan',
      'Peringkat 2025',
      'Lokus 2025',
    ]);
    expect(table.rows).toHaveLength(251);
    const g = table.rows.find((r) => r.code === v.graduate2026)!;
    expect(g).toMatchObject({
      'locus:2025': 'Ya',
      'locus:2026': 'Tidak',
      'rank:2025': 3,
      graduated: 2026,
      lociYears: 1,
    });
    const gone = table.rows.find((r) => r.code === v.vanished2026)!;
    expect(gone['locus:2026']).toBeNull();
    const csv = writeLociCsv(table);
    expect(csv.split('\r\n')).toHaveLength(252);
  });
});
