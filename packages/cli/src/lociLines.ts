import { REASON_LABELS, type ScenarioResult } from '@lokus/core';
import { type Lang, tr } from './Context.ts';

/**
 * The loci of a result as aligned text lines for the terminal, best ranked first: rank, code,
 * name, kecamatan, score (two decimals, Indonesian or English number format) and the reason in
 * words (core's `REASON_LABELS`, in the language asked for).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * lociLines(result, 'en');
 * // => ['#  code           name      kecamatan  score   reason', '1  33.21.01.2001  Sukamaju  Kaliwungu  100.00  ranked within the selection']
 */
export function lociLines(result: ScenarioResult, lang: Lang): string[] {
  const s = result.stages;
  if (s === null) return [];
  const table = result.table;
  const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const head = {
    rank: '#',
    code: tr(lang, 'kode', 'code'),
    name: tr(lang, 'nama', 'name'),
    kecamatan: 'kecamatan',
    score: tr(lang, 'skor', 'score'),
    reason: tr(lang, 'alasan', 'reason'),
  };
  const rows = Array.from(s.ranked.order)
    .filter((i) => s.selected.selected[i] === 1)
    .map((i) => ({
      rank: String(s.ranked.rank[i]),
      code: table.code[i]!,
      name: table.name[i]!,
      kecamatan: table.kecamatanName[i] || table.kecamatan[i]!,
      score: fmt.format(s.aggregated.score[i]!),
      reason: REASON_LABELS[s.selected.reason[i]!][lang],
    }));
  const keys = Object.keys(head) as (keyof typeof head)[];
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(head[k].length, ...rows.map((r) => r[k].length))]),
  );
  return [head, ...rows].map((r) =>
    keys
      .map((k) => r[k].padEnd(width[k]!))
      .join('  ')
      .trimEnd(),
  );
}
