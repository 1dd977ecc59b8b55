import { normaliseVillageCode } from '@lokus/core';
import type { ReportDiagnostic } from '../diagnostics.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const numberOrNull = (v: unknown): boolean =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * Checks the `villages` list of a result record: each village's fields and types
 * (`RECORD_INVALID` with the path `villages[k].field` and the value), canonical village codes and
 * no code twice (`RECORD_DUPLICATE_VILLAGE`). Every problem is listed. O(n·m).
 *
 * @example
 * checkRecordVillages([{ code: 'x' }], {}).map((d) => d.path);
 * // => ['villages[0].code', 'villages[0].name', 'villages[0].kecamatan', 'villages[0].kecamatanName', 'villages[0].kind', 'villages[0].rank', 'villages[0].score', 'villages[0].selected', 'villages[0].reason', 'villages[0].reasonText', 'villages[0].values', 'villages[0].raw', 'villages[0].normalised']
 */
export function checkRecordVillages(
  villages: unknown,
  where: { readonly file?: string },
): ReportDiagnostic[] {
  const out: ReportDiagnostic[] = [];
  const invalid = (path: string, expected: string, value: unknown): void => {
    out.push({
      code: 'RECORD_INVALID',
      severity: 'error',
      message: `${path} must be ${expected}.`,
      ...where,
      path,
      value,
    });
  };
  if (!Array.isArray(villages)) {
    invalid('villages', 'a list', villages);
    return out;
  }
  const seen = new Map<string, number>();
  villages.forEach((v, k) => {
    const at = `villages[${k}]`;
    if (!isObject(v)) {
      invalid(at, 'an object', v);
      return;
    }
    const code = typeof v.code === 'string' ? v.code : '';
    if (normaliseVillageCode(code) !== code)
      invalid(`${at}.code`, 'a village code PP.KK.CC.TDDD', v.code);
    else if (seen.has(code))
      out.push({
        code: 'RECORD_DUPLICATE_VILLAGE',
        severity: 'error',
        message: `Village ${code} is listed twice (villages[${seen.get(code)}] and ${at}).`,
        ...where,
        path: `${at}.code`,
        value: code,
        village: code,
      });
    else seen.set(code, k);
    for (const key of ['name', 'kecamatan', 'kecamatanName'])
      if (typeof v[key] !== 'string') invalid(`${at}.${key}`, 'a text', v[key]);
    if (v.kind !== 'desa' && v.kind !== 'kelurahan')
      invalid(`${at}.kind`, '"desa" or "kelurahan"', v.kind);
    if (!(v.rank === null || (Number.isInteger(v.rank) && (v.rank as number) >= 1)))
      invalid(`${at}.rank`, 'a rank ≥ 1 or null', v.rank);
    if (!numberOrNull(v.score)) invalid(`${at}.score`, 'a number or null', v.score);
    if (typeof v.selected !== 'boolean') invalid(`${at}.selected`, 'true or false', v.selected);
    for (const key of ['reason', 'reasonText'])
      if (typeof v[key] !== 'string') invalid(`${at}.${key}`, 'a text', v[key]);
    for (const key of ['values', 'raw', 'normalised']) {
      const m = v[key];
      if (!isObject(m)) invalid(`${at}.${key}`, 'an object of numbers', m);
      else
        for (const [id, x] of Object.entries(m))
          if (!numberOrNull(x)) invalid(`${at}.${key}.${id}`, 'a number or null', x);
    }
  });
  return out;
}
