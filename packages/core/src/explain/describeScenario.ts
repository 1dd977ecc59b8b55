import type { Scenario, SelectSpec } from '../scenario/types.ts';
import { scenarioDefaults, VOCABULARY_LABELS } from '../scenario/vocabulary.ts';
import { formatNumber } from '../select/formatNumber.ts';
import { dimensionsOf, effectiveWeights } from '../weight/effectiveWeights.ts';

/** One indicator of a scenario in words. */
export interface DescribedIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  /** How to read it, e.g. `makin tinggi makin membutuhkan`. */
  readonly direction: string;
  /** Source and year, e.g. `Kemendesa PDTT, IDM, 2024`, or `null`. */
  readonly source: string | null;
  readonly dimension: string | null;
  /** Share of the score in [0, 1], or `null` when the weights come from the data. */
  readonly weight: number | null;
  /** The share as a percentage, e.g. `33,3%`, or how it is set (`dari data`). */
  readonly weightText: string;
}

/** A scenario in plain words: what is measured, how it is combined, how loci are picked. */
export interface ScenarioDescription {
  readonly name: string;
  /** The scenario's description, then how values are scaled, combined and gaps handled. */
  readonly paragraphs: readonly string[];
  readonly indicators: readonly DescribedIndicator[];
  /** Dimension weights as percentages (nested weights only), e.g. `IKS 33,3%`. */
  readonly dimensions: readonly {
    readonly id: string;
    readonly weight: number;
    readonly weightText: string;
  }[];
  /** Selection rules, one sentence each. */
  readonly rules: readonly string[];
  /** Everything as one plain text. */
  readonly text: string;
}

/** Options of {@link describeScenario}. */
export interface DescribeScenarioOptions {
  /** Language (default `id`). */
  readonly locale?: 'id' | 'en';
  /** The last run's weights (`result.stages.weights.weights`), to state entropy/CRITIC weights. */
  readonly current?: Readonly<Record<string, number>>;
  /** Village names by code, to name forced and carried-over villages. */
  readonly names?: Readonly<Record<string, string>>;
}

const pct = (w: number, locale: 'id' | 'en'): string => `${formatNumber(w * 100, locale, 1)}%`;

/**
 * A scenario in plain Bahasa Indonesia (English on request), without method jargon: each
 * indicator with its unit, source and year, how to read it and its weight as a percentage of the
 * score (and each dimension's weight under nested weights); how values are put on one scale and
 * combined, in words from `VOCABULARY_LABELS`; how gaps are handled; and every selection rule —
 * how many loci, whether villages are ranked within each kabupaten or province (`scope`), the
 * kecamatan quota, eligibility, villages forced in or out with their reasons,
 * last year's loci carried over. Works on a scenario as written (defaults filled as
 * `resolveScenario` would). O(m + rules).
 *
 * @example
 * describeScenario({
 *   name: 'IDM',
 *   indicators: [
 *     { id: 'iks', label: { id: 'IKS', en: 'IKS' }, kind: 'index', direction: 'higher-is-better', dimension: 'IKS' },
 *     { id: 'ike', label: { id: 'IKE', en: 'IKE' }, kind: 'index', direction: 'higher-is-better', dimension: 'IKE' },
 *   ],
 *   weights: { method: 'nested' },
 *   select: { mode: 'top-n', n: 25, quota: { max: 3 } },
 * }).rules; // => ['Dipilih 25 desa/kelurahan dengan skor tertinggi.', 'Setiap kecamatan mendapat paling banyak 3 lokus.']
 */
export function describeScenario(
  scenario: Scenario,
  options: DescribeScenarioOptions = {},
): ScenarioDescription {
  const { locale = 'id' } = options;
  const method = scenario.weights?.method ?? scenarioDefaults.weights.method;
  const fromData = (method === 'entropy' || method === 'critic') && options.current === undefined;
  const shares = fromData ? null : effectiveWeights(scenario, options);
  const indicators = scenario.indicators.map((ind): DescribedIndicator => {
    const source = [ind.source, ind.year].filter((x) => x !== undefined && x !== '').join(', ');
    const weight = shares === null ? null : shares[ind.id]!;
    return {
      id: ind.id,
      name: ind.label[locale],
      unit: ind.unit ?? null,
      direction: VOCABULARY_LABELS.direction[ind.direction][locale],
      source: source === '' ? null : source,
      dimension: ind.dimension ?? null,
      weight,
      weightText:
        weight === null ? (locale === 'id' ? 'dari data' : 'from the data') : pct(weight, locale),
    };
  });
  const dimensions =
    method === 'nested' && shares !== null ? dimensionShares(scenario, shares, locale) : [];
  const paragraphs = [
    scenario.description ?? '',
    methodText(scenario, locale),
    ...gaps(scenario, locale),
  ].filter((p) => p !== '');
  const rules = selectionRules(scenario, options.names ?? {}, locale);
  const text = [
    scenario.name,
    ...paragraphs,
    ...indicators.map((d) => indicatorLine(d, locale)),
    ...(dimensions.length > 0 ? [dimensionLine(dimensions, locale)] : []),
    ...rules,
  ].join('\n');
  return { name: scenario.name, paragraphs, indicators, dimensions, rules, text };
}

function dimensionShares(
  scenario: Scenario,
  shares: Readonly<Record<string, number>>,
  locale: 'id' | 'en',
): { id: string; weight: number; weightText: string }[] {
  return [...dimensionsOf(scenario)].map(([id, members]) => {
    const weight = members.reduce((a, j) => a + shares[scenario.indicators[j]!.id]!, 0);
    return { id, weight, weightText: pct(weight, locale) };
  });
}

function indicatorLine(d: DescribedIndicator, locale: 'id' | 'en'): string {
  const unit = d.unit === null ? '' : ` (${d.unit})`;
  const source =
    d.source === null ? '' : locale === 'id' ? `; sumber: ${d.source}` : `; source: ${d.source}`;
  const weight = locale === 'id' ? `bobot ${d.weightText}` : `weight ${d.weightText}`;
  return `- ${d.name}${unit}: ${d.direction}; ${weight}${source}.`;
}

function dimensionLine(
  dims: readonly { id: string; weightText: string }[],
  locale: 'id' | 'en',
): string {
  const list = dims.map((d) => `${d.id} ${d.weightText}`).join(', ');
  return locale === 'id' ? `Bobot per dimensi: ${list}.` : `Weight of each dimension: ${list}.`;
}

/** How the values are scaled and combined, in words. */
function methodText(s: Scenario, locale: 'id' | 'en'): string {
  const norm = s.normalise?.method ?? scenarioDefaults.normalise.method;
  const agg = s.aggregate?.method ?? scenarioDefaults.aggregate.method;
  const w = s.weights?.method ?? scenarioDefaults.weights.method;
  const L = VOCABULARY_LABELS;
  return locale === 'id'
    ? `Setiap desa/kelurahan dinilai dengan ${s.indicators.length} indikator. Nilai tiap indikator disetarakan (${L.normalise[norm].id}) dan dibalik bila perlu, sehingga makin tinggi berarti makin membutuhkan. Bobot: ${L.weights[w].id}. Skor: ${L.aggregate[agg].id}; makin tinggi skor, makin tinggi prioritasnya, dan peringkat 1 adalah prioritas tertinggi.`
    : `Each village is assessed on ${s.indicators.length} indicators. Each indicator is put on one scale (${L.normalise[norm].en}) and turned around where needed, so that higher means more need. Weights: ${L.weights[w].en}. Score: ${L.aggregate[agg].en}; the higher the score, the higher the priority, and rank 1 is the top priority.`;
}

function gaps(s: Scenario, locale: 'id' | 'en'): string[] {
  const policy = s.missing ?? scenarioDefaults.missing;
  const text = VOCABULARY_LABELS.missing[policy][locale];
  return [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`];
}

/** Every selection rule as a sentence. */
function selectionRules(
  s: Scenario,
  names: Readonly<Record<string, string>>,
  locale: 'id' | 'en',
): string[] {
  const id = locale === 'id';
  const sel: SelectSpec = s.select ?? scenarioDefaults.select;
  const num = (x: number | undefined): string => formatNumber(x ?? Number.NaN, locale, 2);
  const who = (code: string): string =>
    names[code] === undefined ? code : `${names[code]} (${code})`;
  const rules: string[] = [];
  if (sel.mode === 'top-n')
    rules.push(
      id
        ? `Dipilih ${sel.n} desa/kelurahan dengan skor tertinggi.`
        : `The ${sel.n} villages with the highest scores are chosen.`,
    );
  else if (sel.mode === 'top-percent')
    rules.push(
      id
        ? `Dipilih ${num(sel.percent)}% desa/kelurahan dengan skor tertinggi.`
        : `The top ${num(sel.percent)}% of villages by score are chosen.`,
    );
  else
    rules.push(
      id
        ? `Dipilih setiap desa/kelurahan dengan skor paling sedikit ${num(sel.threshold)}.`
        : `Every village scoring at least ${num(sel.threshold)} is chosen.`,
    );
  const scope = scopeRule(s, locale);
  if (scope !== null) rules.push(scope);
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
    const ind = s.indicators.find((x) => x.id === m.indicator || x.column === m.indicator);
    const label = ind?.label[locale] ?? m.indicator;
    rules.push(
      id
        ? `Hanya desa/kelurahan dengan ${label} paling sedikit ${num(m.min)} yang dapat dipilih.`
        : `Only villages with ${label} of at least ${num(m.min)} can be chosen.`,
    );
  }
  for (const f of sel.include ?? [])
    rules.push(
      id
        ? `${who(f.code)} ditetapkan masuk: ${f.reason}.`
        : `${who(f.code)} is forced in: ${f.reason}.`,
    );
  for (const f of sel.exclude ?? [])
    rules.push(
      id
        ? `${who(f.code)} ditetapkan keluar: ${f.reason}.`
        : `${who(f.code)} is forced out: ${f.reason}.`,
    );
  const carry = sel.carryOver ?? [];
  if (carry.length > 0)
    rules.push(
      id
        ? `Lokus tahun lalu dipertahankan bila masih memenuhi syarat: ${carry.map(who).join(', ')}.`
        : `Last year's loci are kept when still eligible: ${carry.map(who).join(', ')}.`,
    );
  return rules.map((r) => r.replace(/\.\.$/, '.'));
}

/** Where villages are compared, when the scenario says: one pool, or each kabupaten or province. */
function scopeRule(s: Scenario, locale: 'id' | 'en'): string | null {
  const by = s.scope?.by;
  if (by === undefined) return null;
  const text = VOCABULARY_LABELS.scope[by][locale];
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  if (by === 'all') return `${sentence}.`;
  const area = by === 'kabupaten' ? 'kabupaten/kota' : locale === 'id' ? 'provinsi' : 'province';
  return locale === 'id'
    ? `${sentence}: jumlah, persentase, ambang dan kuota berlaku untuk setiap ${area} tersendiri.`
    : `${sentence}: the number, share, threshold and quotas apply to every ${area} on its own.`;
}
