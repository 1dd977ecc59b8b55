import { type CatalogueEntry, INDICATOR_CATALOGUE } from '@lokus/core';

/** Options of {@link starterScenario}. */
export interface StarterScenarioOptions {
  /** Year of the decision written into the scenario. */
  readonly year: number;
}

/** Indicators switched on in the starter (the rest are written commented out). */
const ACTIVE = new Set(['desil1_kk', 'miskin_ekstrem_jiwa', 'stunting_pct', 'rtlh_unit', 'idm']);

const q = (s: string): string => JSON.stringify(s);

/** One catalogue indicator as YAML lines (its rate when it has one), with a comment above. */
function indicatorLines(e: CatalogueEntry): string[] {
  const r = e.rate;
  const dir =
    e.direction === 'higher-is-better'
      ? 'makin tinggi makin baik / higher is better'
      : 'makin tinggi makin butuh / higher is more need';
  const body = [
    `- id: ${r ? r.id : e.id}`,
    ...(r ? [`  column: ${e.id}`] : []),
    `  label: { id: ${q(r ? r.label.id : e.label.id)}, en: ${q(r ? r.label.en : e.label.en)} }`,
    `  unit: ${q(r ? r.unit : e.unit)}`,
    `  kind: ${r ? 'rate' : e.kind}`,
    ...(e.range && !r ? [`  range: [${e.range[0]}, ${e.range[1]}]`] : []),
    `  direction: ${e.direction}`,
    ...(r ? [`  denominator: ${r.denominator}`, `  per: ${r.per}`] : []),
    `  dimension: ${e.dimension}`,
    `  source: ${q(e.source)}`,
  ];
  const on = ACTIVE.has(e.id);
  return [
    `  # ${e.label.id} — ${dir}${r ? `; kolom ${e.id} dibagi ${r.denominator} × ${r.per}` : ''}`,
    ...body.map((l) => (on ? `  ${l}` : `  # ${l}`)),
  ];
}

/**
 * A commented starter scenario (YAML) for a district: the indicator catalogue's usual TKPK
 * indicators with their direction, unit, denominator and source (five switched on, the others
 * commented out, ready to switch on), nested equal weights by dimension, the kecamatan median for
 * missing values, min–max normalisation, and 25 loci with at most 3 per kecamatan. Every line a
 * TKPK may change has a comment in Bahasa Indonesia. The text parses and validates as a scenario.
 *
 * @example
 * starterScenario('33.21', { year: 2027 }).includes('name: "Lokus Kabupaten 33.21 2027"'); // => true
 */
export function starterScenario(district: string, options: StarterScenarioOptions): string {
  const indicators = INDICATOR_CATALOGUE.filter((e) => e.role === 'indicator');
  const dimensions = [
    ...new Set(indicators.filter((e) => ACTIVE.has(e.id)).map((e) => e.dimension)),
  ];
  return [
    `# Skenario awal lokus desa untuk kabupaten ${district} (dibuat oleh \`lokus init\`).`,
    '# Ubah sesuai kesepakatan TKPK, lalu periksa dengan:',
    '#   lokus validate <tabel.csv> --scenario <berkas ini>',
    '# Nama kolom tabel desa harus sama dengan `column` (atau `id`) setiap indikator.',
    `name: ${q(`Lokus Kabupaten ${district} ${options.year}`)}`,
    'description: >-',
    '  Skenario awal: indikator DTSEN, layanan dasar dan IDM dengan bobot sama per dimensi.',
    '# Tahun keputusan (lampiran Keputusan Bupati).',
    `year: ${options.year}`,
    '# Indikator: hapus tanda # di depan baris untuk menyalakan indikator lain dari katalog.',
    'indicators:',
    ...indicators.flatMap(indicatorLines),
    '# Nilai kosong: median desa lain di kecamatan yang sama (dicatat di diagnostik).',
    'missing: kecamatan-median',
    'normalise: { method: minmax, range: [0, 100] }',
    '# Bobot: setiap dimensi sama besar; indikator dalam satu dimensi juga sama besar.',
    'weights:',
    '  method: nested',
    `  dimensions: { ${dimensions.map((d) => `${d}: 1`).join(', ')} }`,
    'aggregate: { method: arithmetic }',
    '# Pemilihan: 25 lokus, paling banyak 3 per kecamatan.',
    'select:',
    '  mode: top-n',
    '  n: 25',
    '  quota: { max: 3 }',
    'classify: { scheme: quantile, k: 5 }',
    '',
  ].join('\n');
}
