import { parseVillageCode, villageCodeNumber } from '@lokus/core';
import { CODE_PROPERTIES, detectCodeProperty } from './detectCodeProperty.ts';
import { detectNameProperty } from './detectNameProperty.ts';
import { createDiagnosticTally, type DiagnosticTally } from './diagnosticTally.ts';
import { findKey, keysOf, propertyText } from './featureProperties.ts';
import { nameSimilarity } from './nameSimilarity.ts';
import type { AnyFeature, AnyFeatureCollection, PlacesDiagnostic } from './types.ts';

/** The table side of a join: village codes (dotted or plain) and optional names. */
export interface JoinTable {
  readonly code: readonly string[];
  readonly name?: readonly string[];
}

/** Options of {@link joinByCode}. */
export interface JoinByCodeOptions {
  /** Feature property holding the village code; detected when absent (`kode`, `kode10`, …). */
  readonly codeProperty?: string;
  /** Feature property holding the village name; detected when absent (`nama`, `NAMOBJ`, …). */
  readonly nameProperty?: string;
  /** Least name similarity (see `nameSimilarity`) for a name suggestion. Default 0.75. */
  readonly minNameSimilarity?: number;
  /** Most suggestions kept per unmatched entry. Default 3. */
  readonly maxSuggestions?: number;
  /** Unmatched entries per side that get suggestions, the first ones. Default 1,000. */
  readonly maxSuggestedEntries?: number;
  /** Diagnostics kept per code before the rest are summarised (`summariseDiagnostics`). Default 50. */
  readonly maxDiagnosticsPerCode?: number;
  /**
   * Boundaries a reader set aside (an invalid geometry, null island, …), with the reason: table
   * rows of these codes are reported as `boundary-set-aside` with the reason, not as unknown.
   */
  readonly setAside?: readonly { readonly code: string; readonly reason: string }[];
  /** Name of the table's file, written into the diagnostics about table rows. */
  readonly tableFile?: string;
  /** Name of the boundary file, written into the diagnostics about features. */
  readonly boundaryFile?: string;
}

/** A near miss on the other side of the join for an unmatched entry. */
export interface JoinSuggestion {
  /** Index on the other side: a feature index for a table row, a row index for a feature. */
  readonly index: number;
  readonly code: string;
  readonly name: string;
  /**
   * `code`: the codes differ in exactly one digit; `name`: similar names in the same kecamatan;
   * `code-and-name`: both.
   */
  readonly reason: 'code' | 'name' | 'code-and-name';
  /** Name similarity in [0, 1] (0 when either name is missing). */
  readonly similarity: number;
}

/**
 * Why an entry found no partner: `no-partner`; `duplicate` (its code repeats on its own side:
 * a later table row, or any of several boundaries sharing a code); `missing-code`;
 * `duplicate-boundary` (a table row whose code several boundaries claim, all set aside);
 * `boundary-set-aside` (a table row whose boundary a reader set aside, see `setAside`).
 */
export type UnmatchedReason =
  | 'no-partner'
  | 'duplicate'
  | 'missing-code'
  | 'duplicate-boundary'
  | 'boundary-set-aside';

/** A table row that found no boundary. */
export interface UnmatchedRow {
  /** 0-based row index in the table. */
  readonly row: number;
  /** Canonical code, or the code as written when it is malformed. */
  readonly code: string;
  readonly name: string;
  readonly reason: UnmatchedReason;
  readonly suggestions: readonly JoinSuggestion[];
}

/** A boundary feature that found no table row. */
export interface UnmatchedBoundary {
  /** 0-based feature index in the collection. */
  readonly feature: number;
  /** Canonical code, or the code as written when it is malformed. */
  readonly code: string;
  readonly name: string;
  readonly reason: UnmatchedReason;
  readonly suggestions: readonly JoinSuggestion[];
}

/**
 * A code seen more than once on one side: in the table the first row is joined; in the
 * boundaries none is (the shapes cannot all be that village).
 */
export interface JoinDuplicate {
  readonly side: 'table' | 'boundaries';
  readonly code: string;
  /** 0-based indices (rows or features) in input order. */
  readonly indices: readonly number[];
}

/** Result of {@link joinByCode}. */
export interface JoinResult {
  /** Per table row: the index of its feature, or -1. */
  readonly joined: Int32Array;
  /** Per feature: the index of its table row, or -1. */
  readonly rowOfFeature: Int32Array;
  /** Number of joined pairs. */
  readonly matched: number;
  readonly unmatchedTable: readonly UnmatchedRow[];
  readonly unmatchedBoundaries: readonly UnmatchedBoundary[];
  readonly duplicates: readonly JoinDuplicate[];
  /**
   * One `JOIN_UNMATCHED_TABLE` / `JOIN_UNMATCHED_BOUNDARY` per unmatched entry, plus
   * `JOIN_DUPLICATE_CODE` per repeated occurrence (an error for every boundary sharing a code),
   * `JOIN_MALFORMED_CODE` per malformed code, `JOIN_CODE_CONFLICT` per feature whose code
   * properties disagree, and the errors `JOIN_CODE_PROPERTY_NOT_FOUND` and
   * `JOIN_NOTHING_MATCHED`. Beyond `maxDiagnosticsPerCode` of one code the rest are summarised
   * (count and first examples). `row` is 1-based (row or feature number).
   */
  readonly diagnostics: readonly PlacesDiagnostic[];
  /**
   * `true` when the join is meaningless and must not be applied: nothing matched (an empty side,
   * no code property, or a table of another district).
   */
  readonly refused: boolean;
  /** The feature property the codes were read from (`null` only for an empty collection). */
  readonly codeProperty: string | null;
  /** The feature property the names were read from, `null` when none. */
  readonly nameProperty: string | null;
}

/** Never called: the tally is full and only counts. */
const unreachable = (): never => {
  throw new Error('joinByCode: a full tally built a diagnostic');
};

/** Join key: the integer PPKKCCTDDD of a valid code, `raw:<text>` when malformed, `''` when missing. */
type Key = number | string;

/** One side of the join, prepared. */
interface Side {
  /** Canonical code, or the trimmed text when malformed. */
  readonly code: string[];
  readonly name: readonly string[];
  readonly key: Key[];
}

/** Kecamatan code (`PP.KK.CC`) of entry `i`'s valid code, else `''`. */
const kecamatanOf = (side: Side, i: number): string =>
  typeof side.key[i] === 'number' ? side.code[i]!.slice(0, 8) : '';

/** `PP.KK.CC.TDDD` of a code's integer. */
function canonical(value: number): string {
  const c = String(value).padStart(10, '0');
  return `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}.${c.slice(6)}`;
}

/**
 * Keys and canonical codes, parsed without allocation (`villageCodeNumber`); a code already in
 * canonical form is kept as the same string, so a million table codes cost no new strings.
 */
function prepare(codes: readonly string[], names: readonly string[]): Side {
  const n = codes.length;
  const side: Side = {
    code: new Array<string>(n),
    name: names.length === n ? names : Array.from({ length: n }, (_, i) => names[i] ?? ''),
    key: new Array<Key>(n),
  };
  for (let i = 0; i < n; i++) {
    const raw: unknown = codes[i];
    const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
    const value = villageCodeNumber(text);
    if (value >= 0) {
      side.key[i] = value;
      side.code[i] = text.length === 13 && text.charCodeAt(2) === 46 ? text : canonical(value);
    } else {
      const trimmed = text.trim();
      side.key[i] = trimmed === '' ? '' : `raw:${trimmed}`;
      side.code[i] = trimmed;
    }
  }
  return side;
}

/** Near misses for entry `i` of `from` among the unmatched entries of `to`. */
function suggest(
  from: Side,
  i: number,
  to: Side,
  unmatchedTo: readonly number[],
  byCode10: ReadonlyMap<number, number>,
  minSimilarity: number,
  max: number,
): JoinSuggestion[] {
  const found = new Map<number, { code: boolean; similarity: number }>();
  const value = from.key[i];
  if (typeof value === 'number') {
    // Every code one digit away: 10 positions × 9 other digits, on the integer PPKKCCTDDD.
    for (let place = 1; place < 1e10; place *= 10) {
      const digit = Math.floor(value / place) % 10;
      for (let d = 0; d < 10; d++) {
        if (d === digit) continue;
        const j = byCode10.get(value + (d - digit) * place);
        if (j !== undefined) found.set(j, { code: true, similarity: 0 });
      }
    }
  }
  const name = from.name[i]!;
  const kec = kecamatanOf(from, i);
  if (name !== '') {
    for (const j of unmatchedTo) {
      // Same kecamatan when both codes are valid; anywhere when this code is malformed.
      if (kec !== '' && kecamatanOf(to, j) !== kec) continue;
      const s = nameSimilarity(name, to.name[j]!);
      const hit = found.get(j);
      if (hit !== undefined) hit.similarity = s;
      else if (s >= minSimilarity) found.set(j, { code: false, similarity: s });
    }
  }
  const out: JoinSuggestion[] = [];
  for (const [j, hit] of found) {
    const byName = hit.similarity >= minSimilarity;
    out.push({
      index: j,
      code: to.code[j]!,
      name: to.name[j]!,
      reason: hit.code ? (byName ? 'code-and-name' : 'code') : 'name',
      similarity: hit.similarity,
    });
  }
  const order = { 'code-and-name': 0, name: 1, code: 2 } as const;
  out.sort(
    (a, b) =>
      order[a.reason] - order[b.reason] ||
      b.similarity - a.similarity ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : a.index - b.index),
  );
  return out.slice(0, max);
}

/** First index per key; later indices of a key collected as duplicates. */
function index(side: Side, label: JoinDuplicate['side']) {
  const first = new Map<Key, number>();
  const groups = new Map<Key, number[]>();
  for (let i = 0; i < side.key.length; i++) {
    const k = side.key[i]!;
    if (k === '') continue;
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else {
      const g = groups.get(k);
      if (g === undefined) groups.set(k, [f, i]);
      else g.push(i);
    }
  }
  const duplicates: JoinDuplicate[] = [];
  for (const indices of groups.values()) {
    duplicates.push({ side: label, code: side.code[indices[0]!]!, indices });
  }
  // Boundaries sharing a code are all set aside: none may stand for the village.
  if (label === 'boundaries') for (const k of groups.keys()) first.delete(k);
  return { first, duplicates, repeated: new Set(groups.keys()) };
}

/** Per feature, other code properties that parse to a different valid code than `key`. */
function codeConflicts(
  features: readonly AnyFeature[],
  key: string,
  where: { readonly file?: string },
): PlacesDiagnostic[] {
  const keys = keysOf(features);
  const others = CODE_PROPERTIES.map((c) => findKey(keys, c)).filter(
    (k): k is string => k !== undefined && k !== key,
  );
  const out: PlacesDiagnostic[] = [];
  features.forEach((f, j) => {
    const mine = parseVillageCode(propertyText(f, key))?.code;
    if (mine === undefined) return;
    for (const other of new Set(others)) {
      const theirs = parseVillageCode(propertyText(f, other))?.code;
      if (theirs === undefined || theirs === mine) continue;
      out.push({
        code: 'JOIN_CODE_CONFLICT',
        severity: 'warning',
        message: `Feature ${j + 1}: property ${key} says ${mine} but ${other} says ${theirs}; joined by ${key}. Check which code is right.`,
        ...where,
        row: j + 1,
        column: other,
        value: propertyText(f, other),
        village: mine,
      });
    }
  });
  return out;
}

/** District prefixes (`PP.KK`) of the valid codes of a side, sorted. */
const districts = (side: Side): string[] =>
  [
    ...new Set(
      side.key.filter((k): k is number => typeof k === 'number').map((k) => Math.floor(k / 1e6)),
    ),
  ]
    .sort((a, b) => a - b)
    .slice(0, 5)
    .map((d) => {
      const c = String(d).padStart(4, '0');
      return `${c.slice(0, 2)}.${c.slice(2)}`;
    });

/** The error for a join where nothing matched, or `null` when something did. */
function nothingMatched(t: Side, b: Side, matched: number): PlacesDiagnostic | null {
  if (matched > 0) return null;
  const n = t.key.length;
  const m = b.key.length;
  const why =
    n === 0
      ? 'the table has no rows'
      : m === 0
        ? 'the boundary file holds no features'
        : districts(t).some((d) => districts(b).includes(d))
          ? 'no village code is in both files'
          : `table districts ${districts(t).join(', ') || '(no valid codes)'}, boundary districts ${districts(b).join(', ') || '(no valid codes)'}: the files are probably of different districts`;
  return {
    code: 'JOIN_NOTHING_MATCHED',
    severity: 'error',
    message: `None of the ${n} table rows matches any of the ${m} boundaries (${why}); the join cannot be applied.`,
    value: {
      tableRows: n,
      boundaries: m,
      tableDistricts: districts(t),
      boundaryDistricts: districts(b),
    },
  };
}

/**
 * Joins a village table to boundary features by Kemendagri village code, accepting dotted
 * (`33.21.01.2001`) and plain (`3321012001`) codes on either side. Never drops a village
 * silently: every table row is either joined or listed in `unmatchedTable`, every feature is
 * either joined or listed in `unmatchedBoundaries`, each unmatched entry with one diagnostic
 * and with near-miss suggestions from the unmatched entries on the other side: codes one digit
 * away, and names (normalised, see `nameSimilarity`) similar within the same kecamatan.
 *
 * Rules: codes are compared in canonical form; a malformed code joins only an identical
 * malformed text; a missing code joins nothing. When a code repeats in the table, its first
 * row is joined and the others are reported (`JOIN_DUPLICATE_CODE`, reason `duplicate`); when it
 * repeats in the boundaries, none of them is joined and each is an error (one village's shape is
 * never drawn under another's code). User data never throws: boundaries without a code property
 * give `JOIN_CODE_PROPERTY_NOT_FOUND`, and a join where nothing matches (another district, an
 * empty side) gives `JOIN_NOTHING_MATCHED` and `refused: true`. Features whose code properties
 * disagree (`kode` and `kode10`) are joined by the chosen property with `JOIN_CODE_CONFLICT`.
 *
 * Method: hash join on the canonical code. O(n + m) for the join; suggestions cost
 * O(u·k·L²) for u ≤ `maxSuggestedEntries` unmatched entries, k unmatched candidates per
 * kecamatan and names of length L.
 *
 * @param table - Village codes and optional names, e.g. a `VillageTable`.
 * @param boundaries - Village polygons with a code property.
 * @example
 * const fc = {
 *   type: 'FeatureCollection',
 *   features: [{ type: 'Feature', geometry: null, properties: { kode10: '3321012001' } }],
 * } as const;
 * joinByCode({ code: ['33.21.01.2001', '33.21.01.2002'] }, fc).joined; // => Int32Array [0, -1]
 */
export function joinByCode(
  table: JoinTable,
  boundaries: AnyFeatureCollection,
  options: JoinByCodeOptions = {},
): JoinResult {
  checkJoinInput(table, boundaries);
  const features: readonly AnyFeature[] = boundaries.features;
  const diagnostics = createDiagnosticTally<PlacesDiagnostic>(options.maxDiagnosticsPerCode);
  const tWhere = options.tableFile === undefined ? {} : { file: options.tableFile };
  const bWhere = options.boundaryFile === undefined ? {} : { file: options.boundaryFile };
  // 1. The code and name properties; both sides keyed by their codes' integers.
  const codeProperty = resolveCodeProperty(features, options, bWhere, diagnostics);
  const nameProperty = options.nameProperty ?? detectNameProperty(features);
  const t = prepare(table.code, table.name ?? []);
  const b = prepare(
    features.map((f) => (codeProperty === null ? '' : propertyText(f, codeProperty))),
    features.map((f) => (nameProperty === null ? '' : propertyText(f, nameProperty))),
  );
  const tIndex = index(t, 'table');
  const bIndex = index(b, 'boundaries');
  // 2. Match first occurrences (boundaries sharing a code are all set aside).
  const { joined, rowOfFeature, matched } = matchKeys(tIndex.first, bIndex.first, t, b);
  const ctx: JoinContext = {
    t,
    b,
    tIndex,
    bIndex,
    diagnostics,
    tWhere,
    bWhere,
    codeProperty,
    setAside: setAsideCodes(options),
    suggestFor: createSuggester(t, b, joined, rowOfFeature, options),
  };
  // 3. Malformed, conflicting and duplicated codes. 4. Every unmatched entry, with suggestions.
  reportCodeProblems(ctx, features);
  const unmatchedTable = unmatchedTableRows(ctx, joined);
  const unmatchedBoundaries = unmatchedBoundaryFeatures(ctx, rowOfFeature);
  const refusal = nothingMatched(t, b, matched);
  const list = diagnostics.list();
  if (refusal !== null) list.unshift({ ...refusal, ...tWhere });
  return {
    joined,
    rowOfFeature,
    matched,
    unmatchedTable,
    unmatchedBoundaries,
    duplicates: [...tIndex.duplicates, ...bIndex.duplicates],
    diagnostics: list,
    refused: refusal !== null,
    codeProperty,
    nameProperty,
  };
}

/** Programmer errors: a table without a code array, names of another length, no collection. */
function checkJoinInput(table: JoinTable, boundaries: AnyFeatureCollection): void {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.code)) {
    throw new Error('joinByCode requires a table with a code array');
  }
  if (table.name !== undefined && table.name.length !== table.code.length) {
    throw new Error('joinByCode requires table.name to have one entry per code');
  }
  if (boundaries?.type !== 'FeatureCollection' || !Array.isArray(boundaries.features)) {
    throw new Error('joinByCode requires a GeoJSON FeatureCollection');
  }
}

/** The property asked for or detected, if some feature has it; else null with a diagnostic. */
function resolveCodeProperty(
  features: readonly AnyFeature[],
  options: JoinByCodeOptions,
  bWhere: { readonly file?: string },
  diagnostics: DiagnosticTally<PlacesDiagnostic>,
): string | null {
  let codeProperty = options.codeProperty ?? detectCodeProperty(features);
  if (codeProperty !== null && !keysOf(features).includes(codeProperty)) codeProperty = null;
  if (codeProperty === null && features.length > 0) {
    const keys = keysOf(features);
    diagnostics.push({
      code: 'JOIN_CODE_PROPERTY_NOT_FOUND',
      severity: 'error',
      message: `${options.codeProperty === undefined ? 'No feature property holds village codes' : `No feature has the property ${options.codeProperty}`}; the boundaries have ${keys.length === 0 ? 'no properties (a shapefile without its .dbf?)' : `the properties ${keys.slice(0, 10).join(', ')}`}. Name the code property (e.g. kode, kode10).`,
      ...bWhere,
      ...(options.codeProperty === undefined ? {} : { column: options.codeProperty }),
      value: keys.slice(0, 20),
    });
  }
  return codeProperty;
}

/** Joins each table key's first row to the boundary with that key. */
function matchKeys(
  tFirst: ReadonlyMap<Key, number>,
  bFirst: ReadonlyMap<Key, number>,
  t: Side,
  b: Side,
): { joined: Int32Array; rowOfFeature: Int32Array; matched: number } {
  const joined = new Int32Array(t.key.length).fill(-1);
  const rowOfFeature = new Int32Array(b.key.length).fill(-1);
  let matched = 0;
  for (const [k, row] of tFirst) {
    const f = bFirst.get(k);
    if (f === undefined) continue;
    joined[row] = f;
    rowOfFeature[f] = row;
    matched++;
  }
  return { joined, rowOfFeature, matched };
}

/** The codes of boundaries a reader set aside, with the reason (first reason per code). */
function setAsideCodes(options: JoinByCodeOptions): Map<Key, string> {
  const setAside = new Map<Key, string>();
  for (const x of options.setAside ?? []) {
    const c = villageCodeNumber(String(x.code));
    if (c >= 0 && !setAside.has(c)) setAside.set(c, x.reason);
  }
  return setAside;
}

/** What the reporting steps share. */
interface JoinContext {
  readonly t: Side;
  readonly b: Side;
  readonly tIndex: ReturnType<typeof index>;
  readonly bIndex: ReturnType<typeof index>;
  readonly diagnostics: DiagnosticTally<PlacesDiagnostic>;
  readonly tWhere: { readonly file?: string };
  readonly bWhere: { readonly file?: string };
  readonly codeProperty: string | null;
  readonly setAside: ReadonlyMap<Key, string>;
  /** Suggestions for the k-th unmatched entry i of a side. */
  readonly suggestFor: (from: Side, i: number, k: number) => JoinSuggestion[];
}

/**
 * Name and code suggestions for unmatched entries, from the other side's unmatched entries; the
 * code10 lookups are built on first use (with every feature matched, a million unmatched rows
 * need no index); only the first `maxSuggestedEntries` entries of a side get suggestions.
 */
function createSuggester(
  t: Side,
  b: Side,
  joined: Int32Array,
  rowOfFeature: Int32Array,
  options: JoinByCodeOptions,
): JoinContext['suggestFor'] {
  const { minNameSimilarity = 0.75, maxSuggestions = 3, maxSuggestedEntries = 1000 } = options;
  const unmatchedRows: number[] = [];
  for (let i = 0; i < joined.length; i++) if (joined[i] === -1) unmatchedRows.push(i);
  const unmatchedFeatures: number[] = [];
  for (let j = 0; j < rowOfFeature.length; j++) {
    if (rowOfFeature[j] === -1) unmatchedFeatures.push(j);
  }
  const code10Map = (side: Side, list: readonly number[]) => {
    const m = new Map<number, number>();
    for (const i of list) {
      const k = side.key[i];
      if (typeof k === 'number' && !m.has(k)) m.set(k, i);
    }
    return m;
  };
  let tByCode10: Map<number, number> | null = null;
  let bByCode10: Map<number, number> | null = null;
  const none: JoinSuggestion[] = [];
  Object.freeze(none);
  return (from, i, k) => {
    if (k >= maxSuggestedEntries) return none;
    if (from === t) {
      if (bByCode10 === null) bByCode10 = code10Map(b, unmatchedFeatures);
      return suggest(t, i, b, unmatchedFeatures, bByCode10, minNameSimilarity, maxSuggestions);
    }
    if (tByCode10 === null) tByCode10 = code10Map(t, unmatchedRows);
    return suggest(b, i, t, unmatchedRows, tByCode10, minNameSimilarity, maxSuggestions);
  };
}

/** Why entry i of a side has no partner. */
function reasonOf(ctx: JoinContext, side: Side, i: number): UnmatchedReason {
  const first = side === ctx.t ? ctx.tIndex.first : ctx.bIndex.first;
  const k = side.key[i]!;
  if (k === '') return 'missing-code';
  if (side === ctx.t && first.get(k) === i && ctx.bIndex.repeated.has(k)) {
    return 'duplicate-boundary';
  }
  if (first.get(k) !== i) return 'duplicate';
  if (side === ctx.t && ctx.setAside.has(k)) return 'boundary-set-aside';
  return 'no-partner';
}

/** `code (name)`, or the code alone. */
const describe = (side: Side, i: number): string =>
  side.name[i] === '' ? side.code[i]! : `${side.code[i]} (${side.name[i]})`;

/** `JOIN_MALFORMED_CODE`, `JOIN_CODE_CONFLICT` and `JOIN_DUPLICATE_CODE` diagnostics. */
function reportCodeProblems(ctx: JoinContext, features: readonly AnyFeature[]): void {
  const { t, b, diagnostics, tWhere, bWhere, codeProperty } = ctx;
  const malformed = (side: Side, i: number, what: string, column: string) => {
    const k = side.key[i]!;
    if (typeof k !== 'string' || !k.startsWith('raw:')) return;
    diagnostics.add('JOIN_MALFORMED_CODE', 'warning', i + 1, () => ({
      code: 'JOIN_MALFORMED_CODE',
      severity: 'warning',
      message: `${what} ${i + 1} has village code "${side.code[i]}", which is not of the form PP.KK.CC.TDDD; it can only join the same text.`,
      ...(side === t ? tWhere : bWhere),
      row: i + 1,
      column,
      value: side.code[i],
    }));
  };
  for (let i = 0; i < t.key.length; i++) malformed(t, i, 'Table row', 'code');
  for (let j = 0; j < b.key.length; j++) malformed(b, j, 'Feature', codeProperty ?? 'code');
  if (codeProperty !== null) {
    for (const d of codeConflicts(features, codeProperty, bWhere)) diagnostics.push(d);
  }
  for (const d of [...ctx.tIndex.duplicates, ...ctx.bIndex.duplicates]) {
    const inTable = d.side === 'table';
    const listed = d.indices.map((x) => x + 1).join(', ');
    for (const i of inTable ? d.indices.slice(1) : d.indices) {
      diagnostics.add('JOIN_DUPLICATE_CODE', inTable ? 'warning' : 'error', i + 1, () => ({
        code: 'JOIN_DUPLICATE_CODE',
        severity: inTable ? 'warning' : 'error',
        message: inTable
          ? `Village code ${d.code} appears in table rows ${listed}; only the first is joined.`
          : `Village code ${d.code} appears in features ${listed}; none of them is joined (the shapes cannot all be that village): remove or recode the wrong ones.`,
        ...(inTable ? tWhere : bWhere),
        row: i + 1,
        column: inTable ? 'code' : (codeProperty ?? 'code'),
        village: d.code,
      }));
    }
  }
}

/** The sentence of an unmatched table row. */
function tableMessage(
  ctx: JoinContext,
  row: number,
  reason: UnmatchedReason,
  hint: string,
): string {
  const { t } = ctx;
  const who = `Table row ${row + 1}, ${describe(t, row)}`;
  if (reason === 'missing-code')
    return `Table row ${row + 1} has no village code, so it has no boundary.`;
  if (reason === 'duplicate')
    return `${who}, repeats a code already joined, so it has no boundary.`;
  if (reason === 'duplicate-boundary') {
    return `${who}, has several boundaries with its code, all set aside.`;
  }
  if (reason === 'boundary-set-aside') {
    return `${who}: its boundary was set aside (${ctx.setAside.get(t.key[row]!)}).`;
  }
  return `${who}, has no boundary feature.${hint}`;
}

/** Every table row without a boundary, with its reason and suggestions (`JOIN_UNMATCHED_TABLE`). */
function unmatchedTableRows(ctx: JoinContext, joined: Int32Array): UnmatchedRow[] {
  const { t, b, diagnostics, tWhere } = ctx;
  const out: UnmatchedRow[] = [];
  // A plain loop without per-row closures: a million unmatched rows cost one object each.
  for (let row = 0; row < joined.length; row++) {
    if (joined[row] !== -1) continue;
    const reason = reasonOf(ctx, t, row);
    const suggestions = ctx.suggestFor(t, row, out.length);
    if (diagnostics.full('JOIN_UNMATCHED_TABLE')) {
      diagnostics.add('JOIN_UNMATCHED_TABLE', 'warning', row + 1, unreachable);
    } else {
      const hint =
        suggestions[0] === undefined ? '' : ` Did you mean ${describe(b, suggestions[0].index)}?`;
      diagnostics.push({
        code: 'JOIN_UNMATCHED_TABLE',
        severity: 'warning',
        message: tableMessage(ctx, row, reason, hint),
        ...tWhere,
        row: row + 1,
        column: 'code',
        ...(t.code[row] === '' ? {} : { village: t.code[row]!, value: t.code[row]! }),
      });
    }
    out.push({ row, code: t.code[row]!, name: t.name[row] ?? '', reason, suggestions });
  }
  return out;
}

/** Every feature without a table row, with reason and suggestions (`JOIN_UNMATCHED_BOUNDARY`). */
function unmatchedBoundaryFeatures(
  ctx: JoinContext,
  rowOfFeature: Int32Array,
): UnmatchedBoundary[] {
  const { t, b, diagnostics, bWhere, codeProperty } = ctx;
  const out: UnmatchedBoundary[] = [];
  for (let feature = 0; feature < rowOfFeature.length; feature++) {
    if (rowOfFeature[feature] !== -1) continue;
    const reason = reasonOf(ctx, b, feature);
    const suggestions = ctx.suggestFor(b, feature, out.length);
    const hint =
      suggestions[0] === undefined ? '' : ` Did you mean ${describe(t, suggestions[0].index)}?`;
    diagnostics.add('JOIN_UNMATCHED_BOUNDARY', 'warning', feature + 1, () => ({
      code: 'JOIN_UNMATCHED_BOUNDARY',
      severity: 'warning',
      message:
        reason === 'missing-code'
          ? `Feature ${feature + 1} has no village code, so it has no table row.`
          : reason === 'duplicate'
            ? `Feature ${feature + 1}, ${describe(b, feature)}, shares its code with another feature, so it has no table row.`
            : `Feature ${feature + 1}, ${describe(b, feature)}, has no table row.${hint}`,
      ...bWhere,
      row: feature + 1,
      column: codeProperty ?? 'code',
      ...(b.code[feature] === '' ? {} : { village: b.code[feature]!, value: b.code[feature]! }),
    }));
    out.push({ feature, code: b.code[feature]!, name: b.name[feature]!, reason, suggestions });
  }
  return out;
}
