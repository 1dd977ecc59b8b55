import { AGGREGATE_METHODS } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/annex/buildAnnex.ts';
import { scenarioSection } from '../../src/annex/scenarioSection.ts';
import { sourcesBlock } from '../../src/pdf/sourcesBlock.ts';
import { toResultRecord } from '../../src/record/toResultRecord.ts';
import { sampleScenario, score } from '../fixtures/sample.ts';
import { lociOf, villages as v, years } from '../fixtures/years.ts';

const result = score('campuran');
const annex = buildAnnex(result, { districtName: 'Contoh' });
const loci = annex.loci.groups.flatMap((g) => g.loci);

describe('buildAnnex', () => {
  it('lists every locus once, numbered 1…n, grouped by kecamatan in code order, by rank within', () => {
    expect(loci.map((l) => l.code).sort()).toEqual([...lociOf(result)].sort());
    expect(loci.map((l) => l.no)).toEqual(Array.from({ length: 25 }, (_, k) => k + 1));
    const groupCodes = annex.loci.groups.map((g) => g.code);
    expect(groupCodes).toEqual([...groupCodes].sort());
    for (const g of annex.loci.groups) {
      const ranks = g.loci.map((l) => l.rank ?? Number.POSITIVE_INFINITY);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(g.loci.every((l) => l.kecamatanCode === g.code)).toBe(true);
    }
    expect(annex.loci.totalText).toBe(
      `Jumlah: 25 desa/kelurahan di ${annex.loci.groups.length} kecamatan`,
    );
  });

  it('gives each locus its score with a decimal comma, its rank and a reason in words', () => {
    const s = result.stages!;
    for (const l of loci) {
      const i = result.table.code.indexOf(l.code);
      expect(l.score).toBe(s.aggregated.score[i]);
      expect(l.scoreText).toBe(s.aggregated.score[i]!.toFixed(2).replace('.', ','));
      expect(l.rank).toBe(s.ranked.rank[i]);
    }
    const forced = loci.find((l) => l.code === '99.01.05.2010')!;
    expect(forced.reason).toBe('Ditetapkan masuk: Desa terdampak banjir rob 2025 (usulan Camat)');
    const ranked = loci.filter((l) => l.reasonCode === 'rank');
    expect(ranked.length).toBeGreaterThan(15);
    for (const l of ranked)
      expect(l.reason).toMatch(
        new RegExp(`^Peringkat ${l.rank} dari 250; kebutuhan menonjol: .+ [\\d,]+`),
      );
    const carried = loci.find((l) => l.reasonCode === 'carry-over')!;
    expect(carried.reason).toMatch(/^Lokus tahun lalu yang masih memenuhi syarat/);
  });

  it('has the heading block with fill-in fields, the signature and the map in Indonesian', () => {
    expect(annex.heading).toMatchObject({
      annexLabel: 'LAMPIRAN',
      decreeOf: 'KEPUTUSAN BUPATI CONTOH',
      decreeNumber: { label: 'NOMOR', value: null },
      about: 'TENTANG PENETAPAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN TAHUN 2026',
      district: { code: '99.01', name: 'Contoh' },
      year: 2026,
    });
    expect(annex.heading.decreeNumber.placeholder).toMatch(/^…+$/);
    expect(annex.signature.office).toBe('BUPATI CONTOH');
    expect(annex.map.lociCodes).toEqual([...lociOf(result)].sort());
    expect(annex.map.kecamatan).toHaveLength(14);
    expect(annex.documentYear).toBe(2026);
    expect(annex.changes).toBeNull();
    expect(annex.trend).toBeNull();
  });

  it('fills the decree fields given, for a kota', () => {
    const a = buildAnnex(result, {
      districtName: 'Pekalongan',
      districtKind: 'kota',
      decreeNumber: '400/12/2026',
      place: 'Pekalongan',
      signatory: 'Nama Wali Kota',
    });
    expect(a.heading.decreeOf).toBe('KEPUTUSAN WALI KOTA PEKALONGAN');
    expect(a.heading.decreeNumber.value).toBe('400/12/2026');
    expect(a.signature.office).toBe('WALI KOTA PEKALONGAN');
    expect(a.signature.name.value).toBe('Nama Wali Kota');
    expect(a.footer).toBe('Lampiran Keputusan Wali Kota Pekalongan Nomor 400/12/2026');
  });

  it('speaks English on request', () => {
    const en = buildAnnex(result, { districtName: 'Contoh', lang: 'en' });
    expect(en.heading.annexLabel).toBe('ANNEX');
    expect(en.loci.columns.map((c) => c.label)).toEqual([
      'No',
      'Kecamatan',
      'Desa/kelurahan',
      'Kind',
      'Code',
      'Score',
      'Rank',
      'Reason',
    ]);
    expect(en.loci.groups[0]!.loci[0]!.scoreText).toMatch(/^\d+\.\d\d$/);
    expect(en.scenario.rules[0]).toBe('The 25 villages with the highest scores are chosen.');
  });

  it('adds the changes from last year with the constructed entered and left villages', () => {
    const a = buildAnnex(years[2026], {
      previous: toResultRecord(years[2025]),
      districtName: 'Contoh',
    });
    expect(a.changes?.title).toBe('Perubahan dari tahun 2025');
    expect(a.changes?.left.map((x) => x.code).sort()).toEqual(
      [v.forcedOut2026, v.graduate2026, v.vanished2026].sort(),
    );
    expect(a.changes?.entered.map((x) => x.code).sort()).toEqual(
      [v.appeared2026, v.forcedIn2026, v.needRose2026].sort(),
    );
    expect(a.changes?.left.find((x) => x.code === v.graduate2026)?.reason).toMatch(
      /^kebutuhannya turun: /,
    );
    expect(a.changes?.agreement[0]?.text).toBe('22 dari 25');
  });

  it('adds the trend, in the annex language, with this year added to the records', () => {
    const records = [toResultRecord(years[2025]), toResultRecord(years[2026])];
    const a = buildAnnex(years[2027], { trend: records, lang: 'en', districtName: 'Contoh' });
    expect(a.trend?.years).toEqual([2025, 2026, 2027]);
    expect(a.trend?.graduates.map((g) => g.code)).toEqual([v.graduate2026, v.graduate2027]);
    expect(a.trend?.paragraphs[1]).toMatch(/^Persons in extreme poverty in the district: /);
    expect(a.trend?.series.every((s) => s.values.length === 3)).toBe(true);
  });

  it('is deterministic and leaves the result untouched', () => {
    expect(JSON.stringify(buildAnnex(result, { districtName: 'Contoh' }))).toBe(
      JSON.stringify(annex),
    );
  });
});

describe('scenarioSection', () => {
  it('states weights as percentages summing to 100 and the rules in words', () => {
    const s = scenarioSection(result);
    expect(s.indicators.map((i) => i.weightText)).toEqual(['25%', '25%', '12,5%', '12,5%', '25%']);
    expect(s.indicators.reduce((a, i) => a + i.weight, 0)).toBeCloseTo(1, 12);
    expect(s.indicators.at(-1)?.direction).toMatch(/^makin tinggi makin baik/);
    expect(s.rules).toContain('Setiap kecamatan mendapat paling banyak 3 lokus.');
    expect(s.paragraphs.join(' ')).not.toMatch(/minmax|arithmetic|aritmetika/i);
  });
  it('states what came from outside this computer only when asked, none included', () => {
    expect(annex.sources.outside).toBeUndefined();
    const none = buildAnnex(result, { outsideSources: [] });
    expect(none.sources.outside).toBe(
      'Sumber dari luar perangkat ini: tidak ada; semua data dan peta dibaca dari perangkat ini.',
    );
    const tiles = buildAnnex(result, {
      lang: 'en',
      outsideSources: ['https://tiles.example.org'],
    });
    expect(tiles.sources.outside).toBe('Sources outside this computer: https://tiles.example.org.');
    expect(sourcesBlock(tiles.sources).flatMap(textsOf).join(' ')).toContain(
      'https://tiles.example.org',
    );
  });
});

describe('buildAnnex over every aggregation method and example scenario', () => {
  const base = sampleScenario('kemiskinan-rumah-tangga') as Record<string, unknown>;
  it.each(AGGREGATE_METHODS.map((m) => [m]))(
    '%s: every locus has a rank and a reason in words',
    (method) => {
      // Alkire–Foster needs a deprivation cutoff per indicator: worse than 5 in its own unit.
      const indicators = (base.indicators as Record<string, unknown>[]).map((i) => ({
        ...i,
        cutoff: 5,
      }));
      const r = score({ ...base, indicators, aggregate: { method } });
      const a = buildAnnex(r, { districtName: 'Contoh' });
      const rows = a.loci.groups.flatMap((g) => g.loci);
      expect(rows.map((l) => l.code).sort()).toEqual([...lociOf(r)].sort());
      for (const l of rows) expect(l.reason).toMatch(/^[A-Z]/);
    },
  );
  it.each([['idm'], ['kemiskinan-rumah-tangga']])(
    '%s.yaml gives an annex with its rules',
    (name) => {
      const a = buildAnnex(score(name), { districtName: 'Contoh', lang: 'en' });
      expect(a.scenario.rules.length).toBeGreaterThan(0);
      expect(a.loci.total).toBe(lociOf(score(name)).size);
    },
  );
});

/** Every text string inside pdfmake content. */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') return Object.values(node).flatMap(textsOf);
  return [];
}
