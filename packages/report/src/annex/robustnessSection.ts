import {
  borderlineReasons,
  type Label,
  type RobustnessResult,
  type ScenarioResult,
  VOCABULARY_LABELS,
} from '@lokus/core';
import { formatDecimal } from '../format/formatDecimal.ts';
import type { AnnexBorderline, AnnexLang, AnnexRobustness } from './types.ts';

const pct = (p: number): string => `${Math.round(p * 100)}%`;

const FACTOR_WORDS: Record<string, Label> = {
  weights: { id: 'bobot', en: 'weights' },
  normalise: { id: 'penyetaraan nilai', en: 'putting values on one scale' },
  aggregate: { id: 'cara menggabungkan', en: 'how values are combined' },
  dropIndicator: { id: 'menghapus satu indikator', en: 'dropping one indicator' },
};

/**
 * The annex section "Desa borderline dan alasannya" ("Borderline villages and why") from a
 * robustness analysis of the result's scenario (`analyseRobustness` of `@lokus/core`): what was
 * varied and how often (draws, seed), the thresholds of the flags stated as numbers, how many
 * villages are stable loci, borderline and stable non-loci, the choices that matter most (total
 * Sobol indices of the number of changed villages), and one row per borderline village — most
 * probable first — with its probability, rank interval and the reason in words
 * (`borderlineReasons`). Names and kecamatan come from the result's table, matched by code.
 * O(n + borderline × (levels + indicators)).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const robustness = analyseRobustness(table, scenario).result!;
 * const section = robustnessSection(robustness, runScenario(table, scenario), 'id');
 * section.title; // => 'Desa borderline dan alasannya'
 * section.villages.map((v) => `${v.code} ${v.probabilityText}`);
 * // => ['99.01.01.2002 51%', '99.01.01.2001 49%']
 */
export function robustnessSection(
  robustness: RobustnessResult,
  result: ScenarioResult,
  lang: AnnexLang,
): AnnexRobustness {
  const id = lang === 'id';
  const labels = Object.fromEntries(result.scenario.indicators.map((i) => [i.id, i.label]));
  const where = new Map(result.table.code.map((code, i) => [code, i]));
  const villages = borderlineReasons(robustness, { labels }).map((b): AnnexBorderline => {
    const i = where.get(b.code);
    const t = result.table;
    return {
      code: b.code,
      name: i === undefined ? '' : t.name[i]!,
      kecamatan: i === undefined ? '' : t.kecamatanName[i] || t.kecamatan[i]!,
      baseLocus: b.baseLocus,
      baseLocusText: b.baseLocus ? (id ? 'lokus' : 'locus') : id ? 'bukan lokus' : 'not a locus',
      probability: b.probability,
      probabilityText: pct(b.probability),
      rankText: b.rank === null ? '–' : rankInterval(b.rank),
      reason: b.text[lang],
    };
  });
  const { thresholds } = robustness.spec;
  return {
    title: id ? 'Desa borderline dan alasannya' : 'Borderline villages and why',
    thresholds,
    paragraphs: [
      method(robustness, lang),
      id
        ? `Desa/kelurahan disebut lokus stabil bila terpilih pada sedikitnya ${pct(thresholds.stableLocus)} simulasi, bukan lokus stabil bila terpilih pada paling banyak ${pct(thresholds.stableNonLocus)} simulasi, dan borderline di antara keduanya.`
        : `A village is a stable locus when selected in at least ${pct(thresholds.stableLocus)} of the draws, a stable non-locus when selected in at most ${pct(thresholds.stableNonLocus)}, and borderline in between.`,
      counts(robustness, lang),
      ...sensitivity(robustness, lang),
    ],
    columns: [
      { key: 'code', label: id ? 'Kode' : 'Code', align: 'left' },
      { key: 'name', label: id ? 'Desa/kelurahan' : 'Village', align: 'left' },
      { key: 'kecamatan', label: 'Kecamatan', align: 'left' },
      { key: 'baseLocus', label: id ? 'Skenario' : 'Scenario', align: 'left' },
      { key: 'probability', label: id ? 'Peluang' : 'Probability', align: 'right' },
      { key: 'rank', label: id ? 'Peringkat 5–95%' : 'Rank 5–95%', align: 'center' },
      { key: 'reason', label: id ? 'Alasan' : 'Why', align: 'left' },
    ],
    villages,
    empty: id
      ? 'Tidak ada desa/kelurahan borderline: setiap desa/kelurahan stabil di bawah pilihan yang diuji.'
      : 'No borderline villages: every village is stable under the choices tested.',
  };
}

/** `50–128`, or `73` when both ends meet. */
function rankInterval(rank: { readonly low: number; readonly high: number }): string {
  const r = (x: number): string => (Number.isFinite(x) ? String(Math.round(x)) : '–');
  return rank.low === rank.high ? r(rank.low) : `${r(rank.low)}–${r(rank.high)}`;
}

/** What the draws varied and how many there were. */
function method(r: RobustnessResult, lang: AnnexLang): string {
  const id = lang === 'id';
  const s = r.spec;
  const varied: string[] = [];
  if (s.weights.method === 'uniform' && s.weights.factor > 0)
    varied.push(
      id
        ? `setiap bobot diubah acak dalam ±${pct(s.weights.factor)}`
        : `each weight varied at random within ±${pct(s.weights.factor)}`,
    );
  if (s.weights.method === 'dirichlet')
    varied.push(
      id
        ? `bobot diundi di sekitar bobot yang disepakati (Dirichlet, konsentrasi ${formatDecimal(s.weights.concentration, { lang, digits: 0 })})`
        : `weights drawn around the agreed weights (Dirichlet, concentration ${formatDecimal(s.weights.concentration, { lang, digits: 0 })})`,
    );
  if (s.normalise.length > 1)
    varied.push(
      `${id ? 'penyetaraan nilai' : 'scaling'}: ${s.normalise.map((m) => VOCABULARY_LABELS.normalise[m][lang]).join('; ')}`,
    );
  if (s.aggregate.length > 1)
    varied.push(
      `${id ? 'penggabungan' : 'combining'}: ${s.aggregate.map((m) => VOCABULARY_LABELS.aggregate[m][lang]).join('; ')}`,
    );
  if (s.dropIndicator > 0)
    varied.push(
      id
        ? `satu indikator dihapus pada ${pct(s.dropIndicator)} simulasi`
        : `one indicator dropped in ${pct(s.dropIndicator)} of the draws`,
    );
  const what =
    varied.length === 0 ? (id ? 'tanpa perubahan pilihan' : 'with no choice varied') : '';
  return id
    ? `Kestabilan daftar lokus diuji dengan ${s.draws} simulasi (seed ${s.seed}), masing-masing menjalankan aturan pemilihan skenario (termasuk kuota) dengan pilihan yang diubah: ${varied.join('; ') || what}.`
    : `The stability of the list was tested with ${s.draws} draws (seed ${s.seed}), each running the scenario's selection rules (quotas included) with the choices varied: ${varied.join('; ') || what}.`;
}

/** How many villages carry each flag, and how much the list moves per draw. */
function counts(r: RobustnessResult, lang: AnnexLang): string {
  const n = { 'stable-locus': 0, borderline: 0, 'stable-non-locus': 0, baseBorderline: 0 };
  r.flag.forEach((f, i) => {
    n[f]++;
    if (f === 'borderline' && r.base.selected[i] === 1) n.baseBorderline++;
  });
  const mean = formatDecimal(r.changes.mean, { lang, digits: 1 });
  return lang === 'id'
    ? `Hasilnya: ${n['stable-locus']} lokus stabil, ${n.borderline} borderline (${n.baseBorderline} di antaranya lokus dalam skenario ini) dan ${n['stable-non-locus']} bukan lokus stabil. Rata-rata ${mean} desa/kelurahan berbeda dari daftar skenario per simulasi.`
    : `Result: ${n['stable-locus']} stable loci, ${n.borderline} borderline (${n.baseBorderline} of them loci in this scenario) and ${n['stable-non-locus']} stable non-loci. On average ${mean} villages differ from the scenario's list per draw.`;
}

/** The choices by total Sobol index, largest first; nothing when there are none. */
function sensitivity(r: RobustnessResult, lang: AnnexLang): string[] {
  const indices = [...(r.sobol?.indices ?? [])].sort((a, b) => b.total - a.total);
  if (indices.length === 0) return [];
  const list = indices
    .map(
      (s) =>
        `${FACTOR_WORDS[s.factor]?.[lang] ?? s.factor} ${formatDecimal(Math.max(0, s.total), { lang, digits: 2 })}`,
    )
    .join(', ');
  return [
    lang === 'id'
      ? `Pilihan yang paling menggeser daftar (indeks Sobol total dari jumlah desa yang berubah, penaksir Jansen): ${list}.`
      : `The choices that move the list most (total Sobol index of the number of changed villages, Jansen estimator): ${list}.`,
  ];
}
