import type { ResolvedScenario, ScenarioResult } from '@lokus/core';
import { formatDecimal } from '../format/formatDecimal.ts';
import { REPORT_TEXT } from '../text/reportText.ts';
import type { AnnexIndicator, AnnexLang, AnnexScenario } from './types.ts';

type Words = Readonly<Record<AnnexLang, string>>;

const NORMALISE: Readonly<Record<ResolvedScenario['normalise']['method'], Words>> = {
  minmax: {
    id: 'diubah ke skala yang sama: nilai paling membutuhkan di kabupaten menjadi angka tertinggi, paling sedikit membutuhkan menjadi terendah',
    en: 'put on one scale: the value of greatest need in the district becomes the highest, the least need the lowest',
  },
  zscore: {
    id: 'dibandingkan dengan rata-rata kabupaten (berapa jauh di atas atau di bawahnya)',
    en: 'compared with the district average (how far above or below it)',
  },
  rank: {
    id: 'diganti dengan urutannya di kabupaten',
    en: 'replaced by its order in the district',
  },
  percentile: {
    id: 'dinyatakan sebagai persentase desa/kelurahan yang kebutuhannya lebih rendah',
    en: 'expressed as the share of villages with less need',
  },
  goalposts: {
    id: 'dibandingkan dengan batas bawah dan batas atas yang ditetapkan',
    en: 'compared with fixed lower and upper goalposts',
  },
};

const AGGREGATE: Readonly<Record<ResolvedScenario['aggregate']['method'], Words>> = {
  arithmetic: {
    id: 'Skor adalah jumlah nilai indikator yang dikalikan bobotnya.',
    en: 'The score is the sum of the indicator values times their weights.',
  },
  geometric: {
    id: 'Skor adalah perkalian berbobot nilai indikator, sehingga kebutuhan tinggi di satu indikator tidak tertutup oleh indikator lain.',
    en: 'The score multiplies the weighted indicator values, so high need in one indicator is not offset by the others.',
  },
  topsis: {
    id: 'Skor mengukur seberapa dekat desa/kelurahan ke kondisi paling membutuhkan dan seberapa jauh dari kondisi paling baik.',
    en: 'The score measures how close a village is to the greatest need and how far from the best condition.',
  },
  vikor: {
    id: 'Skor menggabungkan kebutuhan rata-rata dan kebutuhan terbesar di satu indikator.',
    en: 'The score combines the average need and the largest need in any one indicator.',
  },
  'alkire-foster': {
    id: 'Skor adalah bobot indikator di mana desa/kelurahan tergolong kekurangan (di bawah batas yang ditetapkan).',
    en: 'The score is the weight of the indicators in which the village is deprived (worse than the set cutoff).',
  },
  copeland: {
    id: 'Skor adalah hasil perbandingan berpasangan: berapa kali desa/kelurahan lebih membutuhkan daripada yang lain.',
    en: 'The score comes from pairwise comparison: how often a village shows more need than another.',
  },
};

const MISSING: Readonly<Record<ResolvedScenario['missing'], Words>> = {
  none: {
    id: 'Desa/kelurahan dengan nilai kosong tidak diberi peringkat.',
    en: 'Villages with a missing value are not ranked.',
  },
  mean: {
    id: 'Nilai kosong diisi rata-rata kabupaten.',
    en: 'Missing values take the district mean.',
  },
  median: {
    id: 'Nilai kosong diisi median kabupaten.',
    en: 'Missing values take the district median.',
  },
  'kecamatan-median': {
    id: 'Nilai kosong diisi median kecamatannya.',
    en: 'Missing values take the median of their kecamatan.',
  },
};

/**
 * The scenario of a result in plain words, for the annex and the workbook's scenario sheet:
 * what is measured (each indicator with unit, direction, source and its weight as a percentage
 * of the total), how values are put on one scale and combined, how missing values are handled,
 * and every selection rule (number of loci, quota, eligibility, villages forced in or out with
 * their reasons, last year's loci carried over). No method names, no formulas. O(m + rules).
 *
 * @example
 * // result: the sample district under data/scenarios/campuran.yaml
 * scenarioSection(result).rules[0]; // => 'Dipilih 25 desa/kelurahan dengan skor tertinggi.'
 */
export function scenarioSection(
  result: ScenarioResult,
  options: { readonly lang?: AnnexLang } = {},
): AnnexScenario {
  const { lang = 'id' } = options;
  const s = result.scenario;
  const weights = result.stages?.weights.weights ?? {};
  const indicators = s.indicators.map((ind): AnnexIndicator => {
    const weight = weights[ind.id] ?? 0;
    const source = [ind.source, ind.year].filter((x) => x !== undefined && x !== '').join(', ');
    return {
      id: ind.id,
      name: ind.label[lang],
      unit: ind.unit ?? null,
      direction:
        ind.direction === 'higher-is-worse'
          ? REPORT_TEXT.higherIsWorse[lang]
          : REPORT_TEXT.higherIsBetter[lang],
      source: source === '' ? null : source,
      weight,
      weightText: `${formatDecimal(weight * 100, { lang, digits: 1 })}%`,
    };
  });
  const count = indicators.length;
  const intro =
    lang === 'id'
      ? `Setiap desa/kelurahan dinilai dengan ${count} indikator. Nilai tiap indikator ${NORMALISE[s.normalise.method].id}, sehingga makin tinggi berarti makin membutuhkan. ${AGGREGATE[s.aggregate.method].id} Makin tinggi skor, makin tinggi prioritasnya; peringkat 1 adalah prioritas tertinggi.`
      : `Each village is assessed on ${count} indicators. Each indicator's values are ${NORMALISE[s.normalise.method].en}, so that higher means more need. ${AGGREGATE[s.aggregate.method].en} The higher the score, the higher the priority; rank 1 is the top priority.`;
  const paragraphs = [s.description, intro, MISSING[s.missing][lang]].filter((p) => p !== '');
  return {
    title: lang === 'id' ? 'Cara penentuan lokus' : 'How the loci were chosen',
    name: s.name,
    paragraphs,
    indicators,
    rules: selectionRules(s, result, lang),
  };
}

function selectionRules(s: ResolvedScenario, result: ScenarioResult, lang: AnnexLang): string[] {
  const id = lang === 'id';
  const sel = s.select;
  const name = (code: string): string => {
    const i = result.table.code.indexOf(code);
    return i < 0 ? code : `${result.table.name[i]} (${code})`;
  };
  const rules: string[] = [];
  if (sel.mode === 'top-n')
    rules.push(
      id
        ? `Dipilih ${sel.n} desa/kelurahan dengan skor tertinggi.`
        : `The ${sel.n} villages with the highest scores are chosen.`,
    );
  else if (sel.mode === 'top-percent') {
    const p = formatDecimal(sel.percent ?? 0, { lang, digits: 0 });
    rules.push(
      id
        ? `Dipilih ${p}% desa/kelurahan dengan skor tertinggi.`
        : `The top ${p}% of villages by score are chosen.`,
    );
  } else {
    const x = formatDecimal(sel.threshold ?? 0, { lang, digits: 2 });
    rules.push(
      id
        ? `Dipilih setiap desa/kelurahan dengan skor paling sedikit ${x}.`
        : `Every village with a score of at least ${x} is chosen.`,
    );
  }
  const { min, max } = sel.quota ?? {};
  if (min !== undefined)
    rules.push(
      id
        ? `Setiap kecamatan mendapat paling sedikit ${min} lokus.`
        : `Every kecamatan gets at least ${min} loci.`,
    );
  if (max !== undefined)
    rules.push(
      id
        ? `Setiap kecamatan mendapat paling banyak ${max} lokus.`
        : `No kecamatan gets more than ${max} loci.`,
    );
  const kinds = sel.eligibility?.kinds;
  if (kinds !== undefined && kinds.length < 2)
    rules.push(
      id
        ? `Hanya ${kinds.join(' dan ')} yang dapat dipilih.`
        : `Only ${kinds.join(' and ')} can be chosen.`,
    );
  for (const m of sel.eligibility?.minimum ?? []) {
    const label = s.indicators.find((x) => x.id === m.indicator)?.label[lang] ?? m.indicator;
    const v = formatDecimal(m.min, { lang, digits: 2 });
    rules.push(
      id
        ? `Hanya desa/kelurahan dengan ${label} paling sedikit ${v} yang dapat dipilih.`
        : `Only villages with ${label} of at least ${v} can be chosen.`,
    );
  }
  for (const f of sel.include ?? [])
    rules.push(
      id
        ? `${name(f.code)} ditetapkan masuk: ${f.reason}.`
        : `${name(f.code)} is forced in: ${f.reason}.`,
    );
  for (const f of sel.exclude ?? [])
    rules.push(
      id
        ? `${name(f.code)} ditetapkan keluar: ${f.reason}.`
        : `${name(f.code)} is forced out: ${f.reason}.`,
    );
  const carry = sel.carryOver ?? [];
  if (carry.length > 0)
    rules.push(
      id
        ? `${carry.length} lokus tahun lalu dipertahankan bila masih memenuhi syarat.`
        : `${carry.length} of last year's loci are kept when still eligible.`,
    );
  return rules;
}
