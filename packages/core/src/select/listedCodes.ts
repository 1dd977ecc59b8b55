import type { SelectSpec } from '../scenario/types.ts';
import { normaliseVillageCode } from '../table/normaliseVillageCode.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';

/** Row lookup of the codes a selection lists, and the diagnostic of a code not found. */
export interface CodeLookup {
  /** Row of a listed code (dotted or plain), or undefined when it is not in the table. */
  readonly lookup: (code: string) => number | undefined;
  /** The warning for a listed code that is malformed or not in the table. */
  readonly unknown: (
    code: 'FORCED_UNKNOWN_VILLAGE' | 'CARRY_OVER_UNKNOWN_VILLAGE',
    path: string,
    value: string,
  ) => CoreDiagnostic;
}

/**
 * Finds the rows of the codes in `include`, `exclude` and `carryOver` with one pass over the
 * table (the listed codes are few; indexing every village code would cost more). Codes may be
 * dotted (`33.21.01.2001`) or plain (`3321012001`). O(n + f). Internal.
 */
export function listedCodes(table: VillageTable, spec: SelectSpec): CodeLookup {
  const listed = new Map<string, number>();
  const codes = [
    ...(spec.exclude ?? []).map((f) => f.code),
    ...(spec.include ?? []).map((f) => f.code),
    ...(spec.carryOver ?? []),
  ];
  for (const code of codes) {
    const canonical = normaliseVillageCode(code);
    if (canonical !== null) listed.set(canonical, -1);
  }
  if (listed.size > 0) {
    for (let i = 0; i < table.length; i++) {
      const code = table.code[i]!;
      if (listed.get(code) === -1) listed.set(code, i);
    }
  }
  return {
    lookup(code) {
      const canonical = normaliseVillageCode(code);
      const i = canonical === null ? undefined : listed.get(canonical);
      return i === undefined || i < 0 ? undefined : i;
    },
    unknown(code, path, value) {
      const malformed = normaliseVillageCode(value) === null;
      return {
        code,
        severity: 'warning',
        message: `${path} lists "${value}", ${malformed ? 'which is not a village code' : 'which is not in the table'}; it is ignored.`,
        path,
        value,
      };
    },
  };
}
