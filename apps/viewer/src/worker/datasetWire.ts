/**
 * A prepared dataset as the scoring worker posts it to the page. Structured cloning copies every
 * string on its own: at national scale (84,000 villages) the table's seven text columns, the
 * feature ids and the row-of-code map are some 750,000 strings, seconds on each side. Here every
 * text column travels as its distinct values in one string with their ends, plus an index per row
 * (typed arrays, transferred); the numeric columns are copied and transferred, not cloned; the
 * row-of-code map is rebuilt on the page at its first look-up. Nothing is lost: the
 * page gets the same values the worker holds.
 */
import type { VillageKind, VillageTable } from '@lokus/core';
import type { Dataset } from '../data/dataset.ts';
import { LazyIndex } from '../data/lazyIndex.ts';

/** A text column: its distinct values joined, where each ends, and each row's value. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
  /** Index of each row's value among the distinct ones; −1 for null. */
  readonly index: Int32Array;
}

/** The dataset without its text columns, which travel packed. */
export interface DatasetWire {
  readonly rest: Omit<Dataset, 'table' | 'featureId' | 'rowOfCode'> & {
    readonly table: Omit<VillageTable, TextColumn>;
  };
  readonly text: Readonly<Record<TextColumn, PackedStrings>>;
  /**
   * Feature ids: `'code'` when they are the table's codes, packed when they are all strings (or
   * null), else as they are.
   */
  readonly featureId: 'code' | PackedStrings | readonly (string | number | null)[];
}

const TEXT_COLUMNS = [
  'code',
  'name',
  'kecamatan',
  'kecamatanName',
  'kabupaten',
  'province',
  'kind',
] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** Options of {@link packStrings}. */
export interface PackStringsOptions {
  /**
   * Keep each distinct value once (default true); false for a column of (nearly) unique values
   * such as codes, where looking every value up costs more than it saves.
   */
  readonly distinct?: boolean;
}

/**
 * Packs a column of strings (null allowed): (distinct) values once, an index per row.
 *
 * @example
 * unpackStrings(packStrings(['a', 'b', 'a', null])); // => ['a', 'b', 'a', null]
 */
export function packStrings(
  values: readonly (string | null)[],
  options: PackStringsOptions = {},
): PackedStrings {
  const { distinct: dedupe = true } = options;
  const seen = new Map<string, number>();
  const distinct: string[] = [];
  const index = new Int32Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const v = values[row];
    if (v === null || v === undefined) {
      index[row] = -1;
      continue;
    }
    let k = dedupe ? seen.get(v) : undefined;
    if (k === undefined) {
      k = distinct.length;
      if (dedupe) seen.set(v, k);
      distinct.push(v);
    }
    index[row] = k;
  }
  const ends = new Uint32Array(distinct.length);
  let at = 0;
  distinct.forEach((v, k) => {
    at += v.length;
    ends[k] = at;
  });
  return { text: distinct.join(''), ends, index };
}

/**
 * The column of {@link packStrings} back.
 *
 * @example
 * unpackStrings(packStrings(['x', 'yy'])); // => ['x', 'yy']
 */
export function unpackStrings(packed: PackedStrings): (string | null)[] {
  const { text, ends, index } = packed;
  const distinct: string[] = new Array(ends.length);
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    distinct[k] = text.slice(start, ends[k]);
    start = ends[k]!;
  }
  const out: (string | null)[] = new Array(index.length);
  for (let row = 0; row < index.length; row++) {
    const k = index[row]!;
    out[row] = k < 0 ? null : distinct[k]!;
  }
  return out;
}

/**
 * The dataset as posted, and the buffers to transfer with it.
 *
 * @example
 * const [wire, transfer] = datasetToWire(ds);
 * self.postMessage({ type: 'dataset', id, wire }, transfer);
 */
export function datasetToWire(ds: Dataset): [DatasetWire, Transferable[]] {
  const { table, featureId, rowOfCode: _rowOfCode, ...rest } = ds;
  const text = {} as Record<TextColumn, PackedStrings>;
  const tableRest: Record<string, unknown> = { ...table };
  for (const column of TEXT_COLUMNS) {
    text[column] = packStrings(table[column], { distinct: column !== 'code' });
    delete tableRest[column];
  }
  // The worker keeps its table: the page gets copies of the numeric columns, transferred (a copy
  // is a tenth of the cost of cloning 20 columns of 84,000 values).
  const columns: Record<string, Float64Array> = {};
  for (const [id, values] of Object.entries(table.columns)) columns[id] = values.slice();
  tableRest.columns = columns;
  // National mode: the feature ids are the codes themselves (the tiles' promoted `kode`).
  const ids = featureId.every((id, row) => id === table.code[row])
    ? ('code' as const)
    : featureId.every((id) => id === null || typeof id === 'string')
      ? packStrings(featureId as readonly (string | null)[], { distinct: false })
      : featureId;
  const packed = [...Object.values(text), ...(ids !== 'code' && 'index' in ids ? [ids] : [])];
  const transfer = [
    ...packed.flatMap((p) => [p.ends.buffer, p.index.buffer]),
    ...Object.values(columns).map((c) => c.buffer),
  ];
  const wireTable = tableRest as Omit<VillageTable, TextColumn>;
  return [{ rest: { ...rest, table: wireTable }, text, featureId: ids }, transfer];
}

/**
 * The dataset back from {@link datasetToWire}, with its row-of-code map (built when first read).
 *
 * @example
 * datasetFromWire(datasetToWire(ds)[0]).table.code; // => ds.table.code
 */
export function datasetFromWire(wire: DatasetWire): Dataset {
  const strings = (column: TextColumn) => unpackStrings(wire.text[column]) as string[];
  const table: VillageTable = {
    ...wire.rest.table,
    code: strings('code'),
    name: strings('name'),
    kecamatan: strings('kecamatan'),
    kecamatanName: strings('kecamatanName'),
    kabupaten: strings('kabupaten'),
    province: strings('province'),
    kind: strings('kind') as VillageKind[],
  };
  const rowOfCode = new LazyIndex(table.code);
  const ids = wire.featureId;
  const featureId = ids === 'code' ? table.code : 'index' in ids ? unpackStrings(ids) : ids;
  return { ...wire.rest, table, featureId, rowOfCode };
}
