/**
 * A hand-built annex content for layout tests of sections that a single run does not fill
 * (changes from last year, a trend) and for long tables. Built from a scenario result with the
 * plain facts only; the wording of the real annex comes from `buildAnnex`.
 */
import type { ScenarioResult } from '@lokus/core';
import type { AnnexContent, AnnexKecamatanGroup, AnnexLocus } from '../../src/annex/types.ts';

const field = (label: string, value: string | null = null) => ({
  label,
  value,
  placeholder: '………………………',
});

function groups(result: ScenarioResult): AnnexKecamatanGroup[] {
  const s = result.stages!;
  const t = result.table;
  const order = Array.from(s.ranked.order).filter((i) => s.selected.selected[i] === 1);
  const byKec = new Map<string, number[]>();
  for (const i of order) {
    const k = t.kecamatan[i]!;
    byKec.set(k, [...(byKec.get(k) ?? []), i]);
  }
  let no = 0;
  return [...byKec.keys()].sort().map((k) => {
    const loci: AnnexLocus[] = byKec.get(k)!.map((i) => ({
      no: ++no,
      kecamatanCode: k,
      kecamatan: t.kecamatanName[i] || k,
      code: t.code[i]!,
      name: t.name[i]!,
      kind: t.kind[i]!,
      kindLabel: t.kind[i] === 'desa' ? 'Desa' : 'Kelurahan',
      score: s.aggregated.score[i]!,
      scoreText: s.aggregated.score[i]!.toFixed(2).replace('.', ','),
      rank: s.ranked.rank[i]!,
      rankText: String(s.ranked.rank[i]),
      reasonCode: String(s.selected.reason[i]),
      reason: `Alasan: ${String(s.selected.reason[i])}; skor kebutuhan tinggi pada indikator utama.`,
    }));
    return { code: k, name: loci[0]!.kecamatan, loci };
  });
}

/** Annex content of a result, with optional changes and trend sections. */
export function fixtureAnnex(
  result: ScenarioResult,
  options: { district: string; withChanges?: boolean; withTrend?: boolean; lang?: 'id' | 'en' },
): AnnexContent {
  const g = groups(result);
  const all = g.flatMap((x) => x.loci);
  const year = result.scenario.year ?? 2026;
  const d = options.district.toUpperCase();
  return {
    lang: options.lang ?? 'id',
    heading: {
      annexLabel: 'LAMPIRAN',
      decreeOf: `KEPUTUSAN BUPATI ${d}`,
      decreeNumber: field('NOMOR'),
      decreeDate: field('TANGGAL'),
      about: `TENTANG PENETAPAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN TAHUN ${year}`,
      title: `DAFTAR DESA/KELURAHAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN KABUPATEN ${d} TAHUN ${year}`,
      district: { code: result.table.code[0]!.slice(0, 5), name: options.district },
      province: { code: result.table.code[0]!.slice(0, 2), name: null },
      year,
    },
    loci: {
      title: 'Daftar lokus',
      columns: [
        { key: 'no', label: 'No', align: 'right' },
        { key: 'kecamatan', label: 'Kecamatan', align: 'left' },
        { key: 'name', label: 'Desa/Kelurahan', align: 'left' },
        { key: 'code', label: 'Kode', align: 'left' },
        { key: 'score', label: 'Skor', align: 'right' },
        { key: 'rank', label: 'Peringkat', align: 'right' },
        { key: 'reason', label: 'Alasan', align: 'left' },
      ],
      groups: g,
      total: all.length,
      totalText: `Jumlah: ${all.length} desa/kelurahan di ${g.length} kecamatan`,
      notes: [],
    },
    map: {
      title: `Peta lokus Kabupaten ${options.district} tahun ${year}`,
      lociCodes: all.map((l) => l.code),
      legendLocus: 'Desa/kelurahan lokus',
      legendOther: 'Desa/kelurahan lain',
      northLabel: 'U',
      kecamatan: g.map((x) => ({ code: x.code, name: x.name })),
    },
    scenario: {
      title: 'Skenario penilaian',
      name: result.scenario.name,
      paragraphs: ['Skor kebutuhan dihitung dari indikator berikut; makin tinggi makin prioritas.'],
      indicators: result.indicators.map((id) => ({
        id,
        name: id,
        unit: null,
        direction: 'makin tinggi makin miskin',
        source: null,
        weight: 1 / result.indicators.length,
        weightText: `${((100 / result.indicators.length) | 0).toString()}%`,
      })),
      rules: ['Paling banyak 3 lokus per kecamatan.'],
    },
    changes: options.withChanges
      ? {
          title: 'Perubahan dari tahun lalu',
          previousYear: year - 1,
          summary: ['Dua desa masuk dan satu desa keluar.'],
          entered: all.slice(0, 2).map((l) => ({
            code: l.code,
            name: l.name,
            kecamatan: l.kecamatan,
            reason: 'Skor naik.',
          })),
          left: [
            {
              code: '99.01.01.2999',
              name: 'Desa Contoh',
              kecamatan: 'Contoh',
              reason: 'IDM membaik.',
            },
          ],
          agreement: [
            { label: 'Tumpang tindih', value: 0.9, text: 'Tumpang tindih: 23 dari 25 (92%)' },
          ],
        }
      : null,
    trend: options.withTrend
      ? {
          title: 'Tren 2025–2027',
          years: [2025, 2026, 2027],
          paragraphs: ['Jumlah rumah tangga miskin ekstrem di lokus turun.'],
          series: [
            { id: 'loci', label: 'Jumlah lokus', unit: null, values: [25, 25, 24] },
            {
              id: 'ekstrem',
              label: 'Jiwa miskin ekstrem di lokus',
              unit: 'jiwa',
              values: [1200, null, 830.5],
            },
          ],
          chartTitle: 'Capaian target',
          graduates: [
            {
              code: all[0]!.code,
              name: all[0]!.name,
              kecamatan: all[0]!.kecamatan,
              text: 'keluar 2027, IDM naik 0,08',
            },
          ],
          graduateRule: 'Lulus: keluar dari lokus karena kebutuhannya turun, bukan karena aturan.',
          stayed: [],
        }
      : null,
    robustness: null,
    plan: null,
    sources: {
      title: 'Sumber data',
      items: ['Data desa: contoh'],
      attributions: [
        'Batas desa: Kemendagri/BIG via cahyadsn/wilayah_boundaries (MIT)',
        'IDM 2024: Kemendesa PDTT',
      ],
      provenance: `lokus · input ${result.provenance.inputHash.slice(0, 12)} · skenario ${result.provenance.scenarioHash.slice(0, 12)}`,
    },
    signature: {
      place: field('Ditetapkan di', options.district),
      date: field('pada tanggal'),
      office: `BUPATI ${d}`,
      name: field('Nama'),
    },
    documentYear: year,
    footer: `Lampiran Keputusan Bupati ${options.district}`,
  };
}
