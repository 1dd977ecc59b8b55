import type { CoreDiagnostic, VillageKind, VillageTable } from '../types.ts';
import { checkVillageCodes } from './checkVillageCodes.ts';
import { villageCodeNumber } from './parseVillageCode.ts';

/** Columnar input of {@link createTableFromColumns}: one entry per village in each array. */
export interface VillageColumnsInput {
  /** Village codes, dotted or plain. */
  readonly code: readonly string[];
  readonly name?: readonly string[];
  readonly kecamatanName?: readonly string[];
  /** Numeric columns by id, `NaN` = missing. */
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/** Options shared by the table constructors. */
export interface CreateTableOptions {
  /** File name written into every diagnostic, so a reader knows where the row is. */
  readonly file?: string;
}

/** A village table together with the problems found while building it. */
export interface CreateTableResult {
  readonly table: VillageTable;
  readonly diagnostics: CoreDiagnostic[];
}

interface Area {
  readonly province: string;
  readonly kabupaten: string;
  readonly kecamatan: string;
}

/**
 * Builds the table around columns that already belong to it (no copy). Shared by
 * {@link createTableFromColumns} and `createTable`; not part of the public API.
 */
export function assembleTable(
  fn: string,
  code: readonly (string | undefined | null)[],
  name: readonly string[] | undefined,
  kecamatanName: readonly string[] | undefined,
  columns: Record<string, Float64Array>,
  file: string | undefined,
  checkCodes = true,
): CreateTableResult {
  const n = code.length;
  if (name !== undefined && name.length !== n) {
    throw new Error(`${fn} requires name to have one entry per code (${n})`);
  }
  if (kecamatanName !== undefined && kecamatanName.length !== n) {
    throw new Error(`${fn} requires kecamatanName to have one entry per code (${n})`);
  }
  for (const [id, col] of Object.entries(columns)) {
    if (!(col instanceof Float64Array) || col.length !== n) {
      throw new Error(`${fn} requires column ${id} to be a Float64Array of length ${n}`);
    }
  }
  const codes = new Array<string>(n);
  const names = new Array<string>(n);
  const kecNames = new Array<string>(n);
  const kecamatan = new Array<string>(n);
  const kabupaten = new Array<string>(n);
  const province = new Array<string>(n);
  const kind = new Array<VillageKind>(n);
  // Area codes repeat (≈ 12 villages per kecamatan): build each kecamatan's strings once.
  const areas = new Map<number, Area>();
  for (let i = 0; i < n; i++) {
    const raw = code[i];
    names[i] = name?.[i] ?? '';
    kecNames[i] = kecamatanName?.[i] ?? '';
    const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
    const value = villageCodeNumber(text);
    if (value < 0) {
      // Kept verbatim; checkVillageCodes reports it.
      codes[i] = text;
      kecamatan[i] = '';
      kabupaten[i] = '';
      province[i] = '';
      kind[i] = 'desa';
      continue;
    }
    const kecValue = Math.floor(value / 10000);
    let area = areas.get(kecValue);
    if (area === undefined) {
      const digits = String(kecValue).padStart(6, '0');
      const prov = digits.slice(0, 2);
      const kab = `${prov}.${digits.slice(2, 4)}`;
      area = { province: prov, kabupaten: kab, kecamatan: `${kab}.${digits.slice(4, 6)}` };
      areas.set(kecValue, area);
    }
    const t = text.length === 13 ? text : text.trim();
    // A code already written in the canonical dotted form is reused as is.
    codes[i] =
      t.length === 13 && t.charCodeAt(2) === 46
        ? t
        : `${area.kecamatan}.${String(value % 10000).padStart(4, '0')}`;
    kecamatan[i] = area.kecamatan;
    kabupaten[i] = area.kabupaten;
    province[i] = area.province;
    kind[i] = Math.floor(value / 1000) % 10 === 1 ? 'kelurahan' : 'desa';
  }
  const diagnostics = checkCodes ? checkVillageCodes(code, file === undefined ? {} : { file }) : [];
  const table: VillageTable = {
    length: n,
    code: codes,
    name: names,
    kecamatan,
    kecamatanName: kecNames,
    kabupaten,
    province,
    kind,
    columns,
  };
  return { table, diagnostics };
}

/**
 * Builds a village table from columns: the fast path for large tables (a national file of
 * ~84,000 villages). Codes are parsed and canonicalised, every row is kept: a missing code gives
 * `MISSING_VILLAGE_CODE`, a malformed one is kept verbatim (empty kecamatan, kabupaten and
 * province, kind `desa`) with `MALFORMED_VILLAGE_CODE`, and a repeated canonical code gives
 * `DUPLICATE_VILLAGE_CODE` on the later row, naming both rows. Numeric columns are copied, so
 * the table never shares memory with the input. Values are not checked here: see `validateTable`.
 *
 * Method: one pass over the codes with a hash map for duplicates. O(n + n·columns).
 *
 * @throws When `name`, `kecamatanName` or a column does not have one entry per code.
 * @example
 * const { table } = createTableFromColumns({
 *   code: ['3321012001', '33.21.01.1002'],
 *   columns: { desil1_kk: new Float64Array([12, 30]) },
 * });
 * table.kind; // => ['desa', 'kelurahan']
 */
export function createTableFromColumns(
  input: VillageColumnsInput,
  options: CreateTableOptions = {},
): CreateTableResult {
  if (input === null || typeof input !== 'object' || !Array.isArray(input.code)) {
    throw new Error('createTableFromColumns requires an input with a code array');
  }
  const columns: Record<string, Float64Array> = {};
  for (const [id, col] of Object.entries(input.columns ?? {})) {
    if (!(col instanceof Float64Array)) {
      throw new Error(`createTableFromColumns requires column ${id} to be a Float64Array`);
    }
    columns[id] = col.slice();
  }
  return assembleTable(
    'createTableFromColumns',
    input.code,
    input.name,
    input.kecamatanName,
    columns,
    options.file,
  );
}
