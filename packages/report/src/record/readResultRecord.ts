import { resolveScenario } from '@lokus/core';
import type { ReportDiagnostic } from '../diagnostics.ts';
import { checkRecordVillages } from './checkRecordVillages.ts';
import { RESULT_RECORD_FORMAT, RESULT_RECORD_VERSION, type ResultRecord } from './types.ts';

/** Options of {@link readResultRecord}. */
export interface ReadResultRecordOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
}

/** Result of {@link readResultRecord}: the record, or `null` when an error stops reading it. */
export interface ReadResultRecordResult {
  readonly record: ResultRecord | null;
  readonly diagnostics: readonly ReportDiagnostic[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a result record written by `writeResultRecord` (last year's `lokus score` output) and
 * checks it: JSON syntax (`RECORD_INVALID_JSON` with line and column), the format marker and
 * version, the type of every field (`RECORD_INVALID` with the JSON path, e.g.
 * `villages[12].rank`, and the value found), duplicate village codes, and that the recorded
 * scenario still resolves. Every problem is listed, none stops at the first; the record is
 * returned only when there is no error. Nothing from the file is evaluated. O(size).
 *
 * @example
 * const { record, diagnostics } = readResultRecord('{"format":"lokus-result"', { file: '2025.json' });
 * record; // => null
 * diagnostics[0].code; // => 'RECORD_INVALID_JSON'
 */
export function readResultRecord(
  text: string,
  options: ReadResultRecordOptions = {},
): ReadResultRecordResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const out: ReportDiagnostic[] = [];
  const fail = (
    code: ReportDiagnostic['code'],
    message: string,
    extra: Partial<ReportDiagnostic> = {},
  ): ReadResultRecordResult => ({
    record: null,
    diagnostics: [{ code, severity: 'error', message, ...where, ...extra }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail(
      'RECORD_INVALID_JSON',
      `The result record is not valid JSON: ${(e as Error).message}`,
      jsonPosition(text, e),
    );
  }
  if (!isObject(value) || value.format !== RESULT_RECORD_FORMAT) {
    return fail(
      'RECORD_NOT_A_RESULT',
      'The file is not a lokus result record (no "format": "lokus-result").',
      { path: 'format', value: isObject(value) ? value.format : value },
    );
  }
  if (value.formatVersion !== RESULT_RECORD_VERSION) {
    return fail(
      'RECORD_VERSION_UNSUPPORTED',
      `The result record has version ${String(value.formatVersion)}; this lokus reads version ${RESULT_RECORD_VERSION}.`,
      { path: 'formatVersion', value: value.formatVersion },
    );
  }
  const invalid = (path: string, expected: string, found: unknown): void => {
    out.push({
      code: 'RECORD_INVALID',
      severity: 'error',
      message: `${path} must be ${expected}.`,
      ...where,
      path,
      value: found,
    });
  };
  if (!(value.year === null || Number.isInteger(value.year)))
    invalid('year', 'a whole number or null', value.year);
  if (typeof value.district !== 'string') invalid('district', 'a text', value.district);
  if (!(value.districtName === null || typeof value.districtName === 'string'))
    invalid('districtName', 'a text or null', value.districtName);
  checkHead(value, invalid);
  const resolved = resolveScenario(value.scenario);
  for (const d of resolved.diagnostics) {
    out.push({
      code: 'RECORD_SCENARIO_INVALID',
      severity: 'error',
      message: `The recorded scenario: ${d.message}`,
      ...where,
      path: d.path ? `scenario.${d.path}` : 'scenario',
      ...(d.value === undefined ? {} : { value: d.value }),
    });
  }
  out.push(...checkRecordVillages(value.villages, where));
  if (out.some((d) => d.severity === 'error')) return { record: null, diagnostics: out };
  return { record: value as unknown as ResultRecord, diagnostics: out };
}

function checkHead(
  value: Record<string, unknown>,
  invalid: (path: string, expected: string, found: unknown) => void,
): void {
  const p = value.provenance;
  if (!isObject(p)) invalid('provenance', 'an object', p);
  else {
    for (const key of ['inputHash', 'scenarioHash', 'library', 'version'])
      if (typeof p[key] !== 'string') invalid(`provenance.${key}`, 'a text', p[key]);
    for (const key of ['date', 'file'])
      if (!(p[key] === null || typeof p[key] === 'string'))
        invalid(`provenance.${key}`, 'a text or null', p[key]);
  }
  if (!isObject(value.weights)) invalid('weights', 'an object of numbers', value.weights);
  else
    for (const [k, w] of Object.entries(value.weights))
      if (typeof w !== 'number' || !Number.isFinite(w)) invalid(`weights.${k}`, 'a number', w);
  if (!Array.isArray(value.diagnostics)) invalid('diagnostics', 'a list', value.diagnostics);
  else
    value.diagnostics.forEach((d, k) => {
      if (!isObject(d) || typeof d.code !== 'string' || typeof d.message !== 'string')
        invalid(`diagnostics[${k}]`, 'an object with a code and a message', d);
    });
}

/** Line and column of a `JSON.parse` error, where the engine's message gives a position. */
function jsonPosition(text: string, error: unknown): { line?: number; column?: string } {
  const at = /position (\d+)/.exec(String((error as Error).message));
  if (at === null) return {};
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: String(lines[lines.length - 1]!.length + 1) };
}
