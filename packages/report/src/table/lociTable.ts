import type { Label, ScenarioResult } from '@lokus/core';
import { roundTo } from '../format/roundTo.ts';
import { REPORT_TEXT } from '../text/reportText.ts';
import { indicatorDigits } from './indicatorDigits.ts';
import { villageReason } from './villageReason.ts';

/** One column of a {@link LociTable}. */
export interface LociColumn {
  /** Key of the value in every row, stable across languages (`rank`, `score`, `raw:idm`, …). */
  readonly key: string;
  /** Header shown to people, in the table's language; unique within the table. */
  readonly header: string;
  readonly type: 'text' | 'number';
  /** Decimals of a display column (`0` for whole numbers); absent for full-precision columns. */
  readonly digits?: number;
  /** `display`: rounded, for reading and printing; `full`: every digit, for checking. */
  readonly precision: 'display' | 'full';
  /** Suggested width in characters. */
  readonly width: number;
}

/** A row of a {@link LociTable}: column key → value (`null` for missing). */
export type LociRow = Readonly<Record<string, string | number | null>>;

/** A loci table ready for people: columns with headers, rows in rank order. */
export interface LociTable {
  readonly lang: 'id' | 'en';
  readonly columns: readonly LociColumn[];
  readonly rows: readonly LociRow[];
}

/**
 * A village of the input that was left out of the scoring (e.g. its code matches no boundary and
 * the analyst did not accept the suggested match): listed after the scored villages with why.
 */
export interface ExcludedVillage {
  /** The code as written in the input. */
  readonly code: string;
  readonly name: string;
  /** Kecamatan name or code, when the input had one. */
  readonly kecamatan?: string;
  /** Why it was left out, in words, in the table's language. */
  readonly reason: string;
}

/** Options of {@link lociTable}. */
export interface LociTableOptions {
  /** Header and text language, Bahasa Indonesia by default. */
  readonly lang?: 'id' | 'en';
  /** Only the loci (numbered 1…n) instead of every village. Default `false`. */
  readonly lociOnly?: boolean;
  /** Add the full-precision columns (score, raw and normalised indicator values). Default `true`. */
  readonly fullPrecision?: boolean;
  /**
   * Villages left out of the scoring, appended after the scored ones (not with `lociOnly`):
   * no rank, score or values, `Lokus` = `Dikeluarkan`, the reason as given, reason code
   * `excluded`. Default none.
   */
  readonly excluded?: readonly ExcludedVillage[];
}

const t = (label: Label, lang: 'id' | 'en'): string => label[lang];
const fin = (v: number | undefined): number | null =>
  v === undefined || !Number.isFinite(v) ? null : v;

/**
 * The loci table of a result as people read it: one row per village in rank order (unranked
 * last), Indonesian headers (English with `lang: 'en'`), the score rounded to 2 decimals and each
 * indicator rounded in its own unit (see `indicatorDigits`), `Ya`/`Tidak` for the locus column and
 * the reason in words; then, unless `fullPrecision: false`, the same numbers with every digit in
 * separate columns (score, indicator values as scored, normalised values). Values are copied from
 * the result's stages, never recomputed. O(n·m) for n villages and m indicators.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const loci = lociTable(result, { lociOnly: true });
 * loci.columns.slice(0, 4).map((c) => c.header); // => ['No', 'Peringkat', 'Kode', 'Desa/Kelurahan']
 * loci.rows.length; // => 1
 */
export function lociTable(result: ScenarioResult, options: LociTableOptions = {}): LociTable {
  const { lang = 'id', lociOnly = false, fullPrecision = true, excluded = [] } = options;
  const columns = lociColumns(result, lang, fullPrecision);
  const stages = result.stages;
  if (stages === null) return { lang, columns, rows: [] };
  const order = Array.from(stages.ranked.order).filter(
    (i) => !lociOnly || stages.selected.selected[i] === 1,
  );
  const rows = order.map((i, k) => lociRow(result, i, k + 1, lang, fullPrecision));
  if (!lociOnly)
    excluded.forEach((v) => {
      rows.push(excludedRow(columns, v, rows.length + 1, lang));
    });
  return { lang, columns, rows };
}

/** The row of a village left out: only who it is and why; every number empty. */
function excludedRow(
  columns: readonly LociColumn[],
  v: ExcludedVillage,
  no: number,
  lang: 'id' | 'en',
): LociRow {
  const row: Record<string, string | number | null> = {};
  for (const c of columns) row[c.key] = null;
  row.no = no;
  row.code = v.code;
  row.name = v.name;
  row.kecamatan = v.kecamatan ?? null;
  row.locus = t(REPORT_TEXT.excluded, lang);
  row.reason = v.reason;
  if ('reasonCode' in row) row.reasonCode = 'excluded';
  return row;
}

function lociColumns(result: ScenarioResult, lang: 'id' | 'en', full: boolean): LociColumn[] {
  const text = (key: string, label: Label, width: number): LociColumn => ({
    key,
    header: t(label, lang),
    type: 'text',
    precision: 'display',
    width,
  });
  const number = (key: string, header: string, digits: number, width: number): LociColumn => ({
    key,
    header,
    type: 'number',
    digits,
    precision: 'display',
    width,
  });
  const fullColumn = (key: string, header: string): LociColumn => ({
    key,
    header: `${header} (${t(REPORT_TEXT.fullPrecision, lang)})`,
    type: 'number',
    precision: 'full',
    width: Math.min(40, header.length + 18),
  });
  const indicators = result.scenario.indicators;
  const heading = (id: string): string => {
    const ind = indicators.find((x) => x.id === id);
    if (ind === undefined) return id;
    return ind.unit ? `${ind.label[lang]} (${ind.unit})` : ind.label[lang];
  };
  const columns: LociColumn[] = [
    number('no', t(REPORT_TEXT.no, lang), 0, 5),
    number('rank', t(REPORT_TEXT.rank, lang), 0, 10),
    text('code', REPORT_TEXT.code, 15),
    text('name', REPORT_TEXT.village, 24),
    text('kind', REPORT_TEXT.kind, 11),
    text('kecamatanCode', REPORT_TEXT.kecamatanCode, 10),
    text('kecamatan', REPORT_TEXT.kecamatan, 20),
    number('score', t(REPORT_TEXT.score, lang), 2, 8),
    number('rankInKecamatan', t(REPORT_TEXT.rankInKecamatan, lang), 0, 12),
    number('class', t(REPORT_TEXT.mapClass, lang), 0, 8),
    text('locus', REPORT_TEXT.locus, 7),
    text('reason', REPORT_TEXT.reason, 48),
    ...result.indicators.map((id) => {
      const ind = indicators.find((x) => x.id === id);
      return number(`value:${id}`, heading(id), ind ? indicatorDigits(ind) : 2, 16);
    }),
  ];
  if (!full) return uniqueHeaders(columns);
  return uniqueHeaders([
    ...columns,
    text('reasonCode', REPORT_TEXT.reasonCode, 16),
    fullColumn('full:score', t(REPORT_TEXT.score, lang)),
    ...result.indicators.map((id) => fullColumn(`raw:${id}`, heading(id))),
    ...result.indicators.map((id) =>
      fullColumn(`normalised:${id}`, `${heading(id)} ${t(REPORT_TEXT.normalised, lang)}`),
    ),
  ]);
}

/** Headers must be unique (CSV readers key on them): a repeated one gets its key appended. */
function uniqueHeaders(columns: LociColumn[]): LociColumn[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    const header = seen.has(c.header) ? `${c.header} [${c.key}]` : c.header;
    seen.add(header);
    return header === c.header ? c : { ...c, header };
  });
}

function lociRow(
  result: ScenarioResult,
  i: number,
  no: number,
  lang: 'id' | 'en',
  full: boolean,
): LociRow {
  const { table, indicators } = result;
  const s = result.stages!;
  const score = fin(s.aggregated.score[i]);
  const klass = s.classes.classOf[i]!;
  const row: Record<string, string | number | null> = {
    no,
    rank: fin(s.ranked.rank[i]),
    code: table.code[i]!,
    name: table.name[i]!,
    kind: t(REPORT_TEXT[table.kind[i]!], lang),
    kecamatanCode: table.kecamatan[i]!,
    kecamatan: table.kecamatanName[i] || table.kecamatan[i]!,
    score: roundTo(score, 2),
    rankInKecamatan: fin(s.ranked.rankInKecamatan[i]),
    class: klass < 0 ? null : klass + 1,
    locus: t(s.selected.selected[i] === 1 ? REPORT_TEXT.yes : REPORT_TEXT.no_, lang),
    reason: villageReason(result, i, { lang }),
  };
  for (const id of indicators) {
    const ind = result.scenario.indicators.find((x) => x.id === id);
    row[`value:${id}`] = roundTo(s.raw[id]?.[i], ind ? indicatorDigits(ind) : 2);
  }
  if (!full) return row;
  row.reasonCode = s.selected.reason[i] ?? null;
  row['full:score'] = score;
  for (const id of indicators) row[`raw:${id}`] = fin(s.raw[id]?.[i]);
  for (const id of indicators) row[`normalised:${id}`] = fin(s.normalised[id]?.[i]);
  return row;
}
