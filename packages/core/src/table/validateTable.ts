import type { CoreDiagnostic, CoreDiagnosticCode, IndicatorMeta, VillageTable } from '../types.ts';
import { checkVillageCodes } from './checkVillageCodes.ts';

/** Options of {@link validateTable}. */
export interface ValidateTableOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /**
   * Most diagnostics of one code reported cell by cell for one indicator (default 50); the rest
   * are counted in one summary diagnostic of the same code.
   */
  readonly maxPerCode?: number;
  /**
   * Also check the village codes with `checkVillageCodes` (default true). `createTable` turns
   * this off because it has already reported them.
   */
  readonly checkCodes?: boolean;
}

const DEFAULT_SHARE_RANGE: readonly [number, number] = [0, 1];

/** Reports one problem cell; `onDenominator` says whether the denominator column is at fault. */
type OnProblem = (
  code: CoreDiagnosticCode,
  row: number,
  onDenominator: boolean,
  value: number,
  what: string,
) => void;

// The hot loops of validateTable are small separate functions, each always called with the same
// types, so the engine compiles every one to a tight loop over typed arrays. A single loop that
// branches on the indicator kind was measured 30–100× slower once several kinds were checked.

/** Counts missing cells and reports ±Infinity. Returns the number of missing values. */
function scanPlain(col: Float64Array, onProblem: OnProblem): number {
  let missing = 0;
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    if (Number.isNaN(x)) missing++;
    else if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
      onProblem('NON_FINITE_VALUE', i, false, x, `${x} is not a finite number`);
    }
  }
  return missing;
}

/**
 * Writes value ÷ denominator × per into `out` (`NaN` where missing or wrong), reporting
 * infinities, zero denominators and negative counts. Returns the number of missing values.
 */
function scanRatio(
  col: Float64Array,
  den: Float64Array,
  per: number,
  out: Float64Array,
  onProblem: OnProblem,
): number {
  let missing = 0;
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    const d = den[i]!;
    out[i] = Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(d)) {
      missing++;
    } else if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
      onProblem('NON_FINITE_VALUE', i, false, x, `${x} is not a finite number`);
    } else if (d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY) {
      onProblem('NON_FINITE_VALUE', i, true, d, `${d} is not a finite number`);
    } else if (d === 0) {
      onProblem('ZERO_DENOMINATOR', i, true, d, 'the denominator is 0');
    } else if (x < 0) {
      onProblem('NEGATIVE_COUNT', i, false, x, `${x} is a negative count`);
    } else if (d < 0) {
      onProblem('NEGATIVE_COUNT', i, true, d, `${d} is a negative count`);
    } else {
      out[i] = (x / d) * per;
    }
  }
  return missing;
}

/**
 * The clean-column fast path: counts missing cells when every present value is finite and within
 * [lo, hi]; returns -1 at the first value that is not, and the caller then runs the reporting
 * scans. One pass instead of two for the usual, problem-free column.
 */
function countMissingIfClean(col: Float64Array, lo: number, hi: number): number {
  let missing = 0;
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    if (x >= lo && x <= hi && x - x === 0) continue;
    if (Number.isNaN(x)) missing++;
    else return -1;
  }
  return missing;
}

/** {@link countMissingIfClean} for `binary` columns: present values must be 0 or 1. */
function countMissingIfBinary(col: Float64Array): number {
  let missing = 0;
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    if (x === 0 || x === 1) continue;
    if (Number.isNaN(x)) missing++;
    else return -1;
  }
  return missing;
}

/** Reports finite values outside [lo, hi] with `code`. */
function scanRange(
  values: Float64Array,
  lo: number,
  hi: number,
  code: CoreDiagnosticCode,
  what: string,
  onProblem: OnProblem,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if ((v < lo || v > hi) && Number.isFinite(v)) {
      onProblem(code, i, false, v, `${what} ${v} is outside [${lo}, ${hi}]`);
    }
  }
}

/** Reports finite values other than 0 and 1. */
function scanBinary(values: Float64Array, onProblem: OnProblem): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== 0 && v !== 1 && Number.isFinite(v)) {
      onProblem('BINARY_NOT_ZERO_ONE', i, false, v, `${v} is neither 0 nor 1`);
    }
  }
}

/**
 * Code diagnostics per code array: a table is immutable, so its codes are checked once (the check
 * sorts all codes, the costliest part of validation on a national table).
 */
const checkedCodes = new WeakMap<readonly string[], CoreDiagnostic[]>();

/**
 * Checks a village table against indicator metadata and returns coded diagnostics (never throws
 * on bad data). Structural checks: `EMPTY_TABLE`; `UNKNOWN_INDICATOR` when an indicator or its
 * denominator has no column; the village codes (`MISSING_VILLAGE_CODE`, `MALFORMED_VILLAGE_CODE`,
 * `DUPLICATE_VILLAGE_CODE`, see `checkVillageCodes`), since a table may reach scoring without
 * its construction diagnostics. Value checks, on the value as scored (the column, or
 * value ÷ denominator × `per` when a denominator is declared):
 * - `NON_FINITE_VALUE` for ±Infinity (`NaN` is simply missing);
 * - `ZERO_DENOMINATOR` where the denominator is 0 and the numerator is present;
 * - `NEGATIVE_COUNT` for a negative `count`, and for a negative numerator or denominator of any
 *   indicator with a denominator (both are counts);
 * - `SHARE_OUT_OF_RANGE` for a `share` outside its range (default [0, 1]);
 * - `INDEX_OUT_OF_RANGE` for an `index` outside its declared range (none declared: no check);
 * - `BINARY_NOT_ZERO_ONE` for a `binary` value other than 0 or 1;
 * - `MISSING_VALUE`: one `info` per indicator giving the number of villages with a missing value.
 * Every problem is an `error` except `MISSING_VALUE`. Cell diagnostics carry the 1-based row,
 * the column, the value and the village code; after `maxPerCode` of one code for one indicator,
 * one summary diagnostic says how many more there are.
 *
 * Method: plain loops over each indicator's typed array, allocating only when a problem is
 * found. A column without a denominator is first checked in one pass that counts its gaps and
 * stops at the first bad value; only then do the reporting scans run. O(n · indicators); 84,000 ×
 * 20 runs in about a millisecond.
 *
 * @example
 * const { table } = createTableFromColumns({
 *   code: ['3321012001', '3321012002'],
 *   columns: { kk: new Float64Array([10, -1]) },
 * });
 * validateTable(table, [{ id: 'kk', label: { id: 'KK', en: 'Households' }, kind: 'count',
 *   direction: 'higher-is-worse' }]).map((d) => d.code); // => ['NEGATIVE_COUNT']
 */
export function validateTable(
  table: VillageTable,
  indicators: readonly IndicatorMeta[],
  options: ValidateTableOptions = {},
): CoreDiagnostic[] {
  if (table === null || typeof table !== 'object' || typeof table.length !== 'number') {
    throw new Error('validateTable requires a village table');
  }
  if (!Array.isArray(indicators)) throw new Error('validateTable requires an indicator array');
  const { file, maxPerCode = 50, checkCodes = true } = options;
  const where = file === undefined ? {} : { file };
  const out: CoreDiagnostic[] = [];
  const n = table.length;
  if (n === 0) {
    out.push({
      code: 'EMPTY_TABLE',
      severity: 'error',
      message: 'The village table has no rows.',
      ...where,
    });
  }
  if (checkCodes) {
    let codeDiagnostics = checkedCodes.get(table.code);
    if (codeDiagnostics === undefined || file !== undefined) {
      codeDiagnostics = checkVillageCodes(table.code, where);
      if (file === undefined) checkedCodes.set(table.code, codeDiagnostics);
    }
    for (const d of codeDiagnostics) out.push(d);
  }
  const missingValue = (column: string, missing: number): CoreDiagnostic => ({
    code: 'MISSING_VALUE',
    severity: 'info',
    message: `Indicator ${column} is missing for ${missing} of ${n} villages.`,
    ...where,
    column,
    value: missing,
  });
  for (const meta of indicators) {
    const id = meta.column ?? meta.id;
    const col = table.columns[id];
    if (col === undefined) {
      out.push({
        code: 'UNKNOWN_INDICATOR',
        severity: 'error',
        message:
          id === meta.id
            ? `Indicator ${id} has no column in the village table.`
            : `Indicator ${meta.id} reads column ${id}, which is not in the village table.`,
        ...where,
        column: id,
      });
      continue;
    }
    let den: Float64Array | undefined;
    if (meta.denominator !== undefined) {
      den = table.columns[meta.denominator];
      if (den === undefined) {
        out.push({
          code: 'UNKNOWN_INDICATOR',
          severity: 'error',
          message: `The denominator ${meta.denominator} of indicator ${id} has no column in the village table.`,
          ...where,
          column: meta.denominator,
        });
        continue;
      }
    }
    const kind = meta.kind;
    const emitted = new Map<CoreDiagnosticCode, number>();
    const overflow = new Map<CoreDiagnosticCode, number>();
    const report = (
      code: CoreDiagnosticCode,
      i: number,
      column: string,
      value: number,
      what: string,
    ): void => {
      const count = emitted.get(code) ?? 0;
      if (count >= maxPerCode) {
        overflow.set(code, (overflow.get(code) ?? 0) + 1);
        return;
      }
      emitted.set(code, count + 1);
      const village = table.code[i] ?? '';
      out.push({
        code,
        severity: 'error',
        message: `Row ${i + 1} (${village}), column ${column}: ${what}.`,
        ...where,
        row: i + 1,
        column,
        value,
        village,
      });
    };
    const onProblem: OnProblem = (code, i, onDenominator, value, what) =>
      report(code, i, onDenominator ? meta.denominator! : id, value, what);
    let values = col;
    let missing: number;
    if (den === undefined) {
      // Usual case first: one pass proves the column clean and counts its gaps.
      let lo = Number.NEGATIVE_INFINITY;
      let hi = Number.POSITIVE_INFINITY;
      if (kind === 'count') lo = 0;
      else if (kind === 'share') [lo, hi] = meta.range ?? DEFAULT_SHARE_RANGE;
      else if (kind === 'index' && meta.range !== undefined) [lo, hi] = meta.range;
      const clean =
        kind === 'binary' ? countMissingIfBinary(col) : countMissingIfClean(col, lo, hi);
      if (clean >= 0) {
        if (clean > 0) out.push(missingValue(id, clean));
        continue;
      }
      missing = scanPlain(col, onProblem);
    } else {
      values = new Float64Array(n);
      missing = scanRatio(col, den, meta.per ?? 1, values, onProblem);
    }
    if (kind === 'count') {
      scanRange(values, 0, Number.POSITIVE_INFINITY, 'NEGATIVE_COUNT', 'the count', onProblem);
    } else if (kind === 'share') {
      const [lo, hi] = meta.range ?? DEFAULT_SHARE_RANGE;
      scanRange(values, lo, hi, 'SHARE_OUT_OF_RANGE', 'the share', onProblem);
    } else if (kind === 'index' && meta.range !== undefined) {
      const [lo, hi] = meta.range;
      scanRange(values, lo, hi, 'INDEX_OUT_OF_RANGE', 'the index', onProblem);
    } else if (kind === 'binary') {
      scanBinary(values, onProblem);
    }
    for (const [code, more] of overflow) {
      out.push({
        code,
        severity: 'error',
        message: `Indicator ${id}: ${more} more rows have the same problem (${code}) as the ${maxPerCode} listed.`,
        ...where,
        column: id,
        value: more,
      });
    }
    if (missing > 0) out.push(missingValue(id, missing));
  }
  return out;
}
