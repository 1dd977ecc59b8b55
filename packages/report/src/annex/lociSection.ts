import type { ScenarioResult } from '@lokus/core';
import { formatDecimal } from '../format/formatDecimal.ts';
import { REPORT_TEXT } from '../text/reportText.ts';
import { locusReason } from './locusReason.ts';
import type {
  AnnexColumn,
  AnnexKecamatanGroup,
  AnnexLang,
  AnnexLociTable,
  AnnexLocus,
} from './types.ts';

/**
 * The numbered loci table of the annex: loci grouped by kecamatan (kecamatan in code order, loci
 * by rank within each, ties by code), numbered 1…n over the whole table, with kind, code, score
 * (2 decimals), rank and the reason in words (`locusReason`); the total, and notes on a
 * shortfall against the requested number and on villages forced out. O(n log n + loci·m).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * lociSection(result, 'id').totalText; // => 'Jumlah: 1 desa/kelurahan di 1 kecamatan'
 */
export function lociSection(result: ScenarioResult, lang: AnnexLang): AnnexLociTable {
  const id = lang === 'id';
  const { table } = result;
  const s = result.stages;
  const order =
    s === null ? [] : Array.from(s.ranked.order).filter((i) => s.selected.selected[i] === 1);
  const byKecamatan = new Map<string, number[]>();
  for (const i of order) {
    const k = table.kecamatan[i]!;
    byKecamatan.set(k, [...(byKecamatan.get(k) ?? []), i]);
  }
  let no = 0;
  const groups: AnnexKecamatanGroup[] = [...byKecamatan.keys()].sort().map((code) => {
    const loci = byKecamatan.get(code)!.map((i): AnnexLocus => {
      no += 1;
      const score = s!.aggregated.score[i]!;
      const rank = s!.ranked.rank[i]!;
      return {
        no,
        kecamatanCode: code,
        kecamatan: table.kecamatanName[i] || code,
        code: table.code[i]!,
        name: table.name[i]!,
        kind: table.kind[i]!,
        kindLabel: REPORT_TEXT[table.kind[i]!][lang],
        score: Number.isFinite(score) ? score : null,
        scoreText: formatDecimal(score, { lang, digits: 2 }),
        rank: Number.isFinite(rank) ? rank : null,
        rankText: Number.isFinite(rank) ? String(rank) : '–',
        reasonCode: s!.selected.reason[i]!,
        reason: locusReason(result, i, lang),
      };
    });
    return { code, name: loci[0]!.kecamatan, loci };
  });
  return {
    title: id ? 'Daftar desa/kelurahan lokasi prioritas' : 'Priority villages (loci)',
    columns: lociColumns(lang),
    groups,
    total: no,
    totalText: id
      ? `Jumlah: ${no} desa/kelurahan di ${groups.length} kecamatan`
      : `Total: ${no} villages in ${groups.length} kecamatan`,
    notes: lociNotes(result, no, lang),
  };
}

function lociColumns(lang: AnnexLang): AnnexColumn[] {
  const t = (k: keyof typeof REPORT_TEXT) => REPORT_TEXT[k][lang];
  return [
    { key: 'no', label: t('no'), align: 'right' },
    { key: 'kecamatan', label: t('kecamatan'), align: 'left' },
    { key: 'name', label: t('village'), align: 'left' },
    { key: 'kind', label: t('kind'), align: 'left' },
    { key: 'code', label: t('code'), align: 'left' },
    { key: 'score', label: t('score'), align: 'right' },
    { key: 'rank', label: t('rank'), align: 'right' },
    { key: 'reason', label: t('reason'), align: 'left' },
  ];
}

function lociNotes(result: ScenarioResult, total: number, lang: AnnexLang): string[] {
  const id = lang === 'id';
  const { normalise, aggregate } = result.scenario;
  const hundred =
    normalise.range[0] === 0 &&
    normalise.range[1] === 100 &&
    (aggregate.method === 'arithmetic' || aggregate.method === 'geometric');
  const scale = hundred ? (id ? 'Skor 0–100' : 'Score 0–100') : id ? 'Skor' : 'Score';
  const notes: string[] = [
    id
      ? `${scale}: makin tinggi skor, makin tinggi prioritas; peringkat 1 adalah prioritas tertinggi.`
      : `${scale}: the higher the score, the higher the priority; rank 1 is the top priority.`,
  ];
  const n = result.scenario.select.mode === 'top-n' ? result.scenario.select.n : undefined;
  if (n !== undefined && total < n)
    notes.push(
      id
        ? `Terpilih ${total} lokus, kurang dari ${n} yang direncanakan, karena kuota kecamatan atau syarat kelayakan membatasi pilihan.`
        : `${total} loci were chosen, fewer than the ${n} planned, because the kecamatan quota or eligibility rules limit the choice.`,
    );
  for (const f of result.scenario.select.exclude ?? []) {
    const i = result.table.code.indexOf(f.code);
    const name = i < 0 ? f.code : `${result.table.name[i]} (${f.code})`;
    notes.push(id ? `${name} ditetapkan keluar: ${f.reason}.` : `${name} forced out: ${f.reason}.`);
  }
  return notes;
}
