import type { IndicatorMeta, Label } from '../types.ts';
import { type ColumnFacts, columnFacts } from './columnFacts.ts';
import { COLUMN_HEADERS } from './columnHeaders.ts';
import type { ColumnInput, ColumnRole, ColumnSuggestion } from './columnRoles.ts';
import { headerKey } from './headerKey.ts';
import type { CatalogueEntry } from './indicatorCatalogue.ts';
import { type IndicatorMatch, matchIndicator } from './matchIndicator.ts';

/** Options of {@link suggestColumnRoles}. */
export interface SuggestColumnRolesOptions {
  /**
   * Score catalogue counts as their usual rate (`desil1_kk` → `desil1_pct` = ÷ `kk_total` × 100)
   * when the denominator's column is in the table (default `false`: counts stay counts).
   */
  readonly rates?: boolean;
  /** Number of cells in each column's `preview` (default 5). */
  readonly preview?: number;
}

const keys = (list: readonly string[]): Set<string> => new Set(list.map(headerKey));
const HEADERS = {
  code: keys(COLUMN_HEADERS.code),
  name: keys(COLUMN_HEADERS.name),
  kecamatanCode: keys(COLUMN_HEADERS.kecamatanCode),
  kecamatanName: keys(COLUMN_HEADERS.kecamatanName),
  bookkeeping: keys(COLUMN_HEADERS.bookkeeping),
};

interface Draft {
  readonly role: ColumnRole;
  readonly reason: Label;
  readonly identifierLike: boolean;
  readonly match: IndicatorMatch | null;
}

const draft = (role: ColumnRole, id: string, en: string, identifierLike = false): Draft => ({
  role,
  reason: { id, en },
  identifierLike,
  match: null,
});

/**
 * Proposes a role for each column of an uploaded table, for the analyst to confirm: the village
 * code, name and kecamatan columns from their headers ({@link COLUMN_HEADERS}) or, for the code,
 * from values that are Kemendagri codes; indicators and denominators only when the header names
 * an entry of {@link INDICATOR_CATALOGUE}, with the catalogue's direction, unit and dimension.
 * Nothing is guessed: row numbers (`No`), flags, years, codes, constant columns and columns that
 * count 1, 2, 3… are `ignore` and marked `identifierLike`; any other numeric column starts as
 * `ignore` until the analyst gives it a role and a direction; IDM starts as `ignore` when IKS, IKE
 * and IKL are all there (it is their mean). Every suggestion says why, in
 * Bahasa Indonesia and English, and carries the missing count and a preview. O(rows × columns).
 *
 * @example
 * const roles = suggestColumnRoles([
 *   { name: 'No', values: [1, 2, 3] },
 *   { name: 'Kode Desa', values: ['33.26.01.2001', '33.26.01.2002', '33.26.01.2003'] },
 *   { name: 'IDM', values: ['0,61', '0,72', '0,58'] },
 *   { name: 'skor_lain', values: [4, 9, 1] },
 * ]);
 * roles.map((r) => r.role); // => ['ignore', 'code', 'indicator', 'ignore']
 * roles[2].indicator?.direction; // => 'higher-is-better'
 */
export function suggestColumnRoles(
  columns: readonly ColumnInput[],
  options: SuggestColumnRolesOptions = {},
): ColumnSuggestion[] {
  const { rates = false, preview = 5 } = options;
  const facts = columns.map((c) => columnFacts(c, preview));
  const taken = new Set<ColumnRole>();
  const drafts = withoutDoubleCounting(columns.map((c, j) => roleOf(c.name, facts[j]!, taken)));
  const denominators = new Map<string, string>();
  drafts.forEach((d, j) => {
    if (d.role === 'denominator') denominators.set(d.match!.entry.id, columns[j]!.name);
  });
  return columns.map((c, j) => {
    const d = drafts[j]!;
    const f = facts[j]!;
    const base = {
      column: c.name,
      role: d.role,
      reason: d.reason,
      catalogueId: d.match?.entry.id ?? null,
      identifierLike: d.identifierLike,
      numeric: f.numeric,
      missing: f.missing,
      preview: f.preview,
    };
    if (d.match === null) return base;
    const den = rates ? denominators.get(d.match.entry.rate?.denominator ?? '') : undefined;
    return { ...base, indicator: catalogueMeta(d.match, c.name, den) };
  });
}

/**
 * IDM is the mean of IKS, IKE and IKL (Permendesa 2/2016): when all three are present, scoring IDM
 * too would count them twice, so IDM starts as `ignore` (the IDM scenario uses the three indices).
 */
function withoutDoubleCounting(drafts: Draft[]): Draft[] {
  const ids = new Set(drafts.filter((d) => d.role === 'indicator').map((d) => d.match!.entry.id));
  if (!(ids.has('iks') && ids.has('ike') && ids.has('ikl'))) return drafts;
  return drafts.map((d) =>
    d.role === 'indicator' && d.match!.entry.id === 'idm' && !d.match!.asRate
      ? {
          ...draft(
            'ignore',
            'IDM adalah rata-rata IKS, IKE dan IKL yang sudah dipakai; pilih IDM atau ketiga indeksnya, jangan keduanya',
            'IDM is the mean of IKS, IKE and IKL, which are used; choose IDM or its three indices, not both',
          ),
          match: d.match,
        }
      : d,
  );
}

/** The role of one column: identifiers first, then bookkeeping, then the catalogue. */
function roleOf(name: string, f: ColumnFacts, taken: Set<ColumnRole>): Draft {
  const once = (role: ColumnRole, id: string, en: string): Draft => {
    if (taken.has(role)) {
      return draft('ignore', `kolom ${id} kedua; yang pertama dipakai`, `a second ${en}`, true);
    }
    taken.add(role);
    return draft(role, `judul kolom "${name}" menunjukkan ${id}`, `header "${name}" names ${en}`);
  };
  if (HEADERS.code.has(f.key)) return once('code', 'kode desa', 'the village code');
  if (HEADERS.kecamatanCode.has(f.key))
    return once('kecamatan-code', 'kode kecamatan', 'the kecamatan code');
  if (HEADERS.kecamatanName.has(f.key))
    return once('kecamatan-name', 'nama kecamatan', 'the kecamatan name');
  if (HEADERS.name.has(f.key) && !f.numeric)
    return once('name', 'nama desa/kelurahan', 'the village name');
  if (HEADERS.bookkeeping.has(f.key)) {
    return draft(
      'ignore',
      `"${name}" adalah kolom pencatatan (nomor, penanda, tahun), bukan indikator`,
      `"${name}" is a bookkeeping column (number, flag, year), not an indicator`,
      true,
    );
  }
  if (f.codeLike) {
    if (!taken.has('code')) return once('code', 'kode desa', 'the village code');
    return draft('ignore', 'berisi kode wilayah', 'holds area codes', true);
  }
  if (!f.numeric) return draft('ignore', 'kolom teks', 'a text column');
  return numericRole(name, f);
}

/** A numeric column that is not an identifier by its header. */
function numericRole(name: string, f: ColumnFacts): Draft {
  if (f.sequential)
    return draft('ignore', 'berisi nomor urut 1, 2, 3…', 'counts 1, 2, 3… (row numbers)', true);
  if (f.yearLike) return draft('ignore', 'berisi tahun', 'holds years', true);
  if (f.constant)
    return draft('ignore', 'nilainya sama di semua baris', 'has one value in every row', true);
  const match = matchIndicator(name);
  if (match === null) {
    return draft(
      'ignore',
      `"${name}" tidak ada di katalog indikator; pilih peran dan arahnya bila ingin dipakai`,
      `"${name}" is not in the indicator catalogue; choose its role and direction to use it`,
    );
  }
  return { role: match.entry.role, reason: match.reason, identifierLike: false, match };
}

/** Indicator metadata from a catalogue match, as a count, its rate, or a given rate column. */
function catalogueMeta(
  match: IndicatorMatch,
  column: string,
  denominator: string | undefined,
): IndicatorMeta {
  const e: CatalogueEntry = match.entry;
  const rate = e.rate;
  const common = { direction: e.direction, dimension: e.dimension, source: e.source };
  let meta: IndicatorMeta;
  if (rate !== undefined && match.asRate) {
    meta = { id: rate.id, label: rate.label, unit: rate.unit, kind: 'rate', ...common };
  } else if (rate !== undefined && denominator !== undefined && match.entry.role === 'indicator') {
    meta = { id: rate.id, label: rate.label, unit: rate.unit, kind: 'rate', ...common };
    meta = { ...meta, denominator, per: rate.per };
  } else {
    meta = { id: e.id, label: e.label, unit: e.unit, kind: e.kind, ...common };
    if (e.range !== undefined) meta = { ...meta, range: e.range };
  }
  return meta.id === column ? meta : { ...meta, column };
}
