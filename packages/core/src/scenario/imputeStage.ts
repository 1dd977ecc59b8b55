import { excludedByMissing, impute } from '../impute/index.ts';
import type { ImputeOutput } from '../result.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import type { ResolvedScenario } from './types.ts';

/** Output of {@link imputeStage}. */
export interface ImputeStage {
  readonly imputed: Record<string, ImputeOutput>;
  /** 1 where a village keeps a gap under policy `none` and is left unranked. */
  readonly excluded: Uint8Array;
  readonly anyExcluded: boolean;
}

/**
 * Stage 2 of `runScenario`: fills gaps by each indicator's missing-data policy (`IMPUTED` info per
 * indicator) and marks villages that keep a gap as unranked (`EXCLUDED_MISSING`, naming the
 * missing indicators). O(n·m). Internal to `runScenario`.
 */
export function imputeStage(
  table: VillageTable,
  scenario: ResolvedScenario,
  raw: IndicatorColumns,
  diagnostics: CoreDiagnostic[],
): ImputeStage {
  const imputed: Record<string, ImputeOutput> = {};
  const ids = scenario.indicators.map((ind) => ind.id);
  // Columns that may still have a gap: under policy `none`, or with no value at all to impute
  // from; every other column comes out of `impute` complete.
  const gapped: Record<string, Float64Array> = {};
  for (const ind of scenario.indicators) {
    const method = ind.missing ?? scenario.missing;
    const values = raw[ind.id]!;
    const out = impute(values, { method, groups: table.kecamatan });
    imputed[ind.id] = out;
    if (method === 'none' || (out.values.length > 0 && Number.isNaN(out.values[0]!))) {
      gapped[ind.id] = out.values;
    }
    // `impute` returns its input when it fills nothing.
    const n = out.values === values ? 0 : countOnes(out.imputed);
    if (n > 0) {
      diagnostics.push({
        code: 'IMPUTED',
        severity: 'info',
        message: `${n} missing value${n === 1 ? '' : 's'} of "${ind.id}" imputed with the ${method}.`,
        column: ind.id,
        value: n,
      });
    }
  }
  const imputedColumns: Record<string, Float64Array> = {};
  for (const id of ids) imputedColumns[id] = imputed[id]!.values;
  const excluded =
    Object.keys(gapped).length > 0 ? excludedByMissing(gapped) : new Uint8Array(table.length);
  let anyExcluded = false;
  for (let i = 0; i < excluded.length; i++) {
    if (excluded[i] === 1) {
      anyExcluded = true;
      const missing = ids.filter((id) => Number.isNaN(imputedColumns[id]![i]!));
      diagnostics.push({
        code: 'EXCLUDED_MISSING',
        severity: 'warning',
        message: `${table.name[i] || table.code[i]} (${table.code[i]}) is kept but not ranked: no value for ${missing.join(', ')}.`,
        row: i + 1,
        village: table.code[i]!,
        column: missing[0]!,
      });
    }
  }

  return { imputed, excluded, anyExcluded };
}

/**
 * Number of 1s in a 0/1 array, four bytes per step: multiplying a 32-bit word by 0x01010101 sums
 * its bytes into the top byte (each byte ≤ 1, so the partial sums never carry).
 */
function countOnes(flags: Uint8Array): number {
  let count = 0;
  const whole = flags.byteOffset % 4 === 0 ? flags.length >> 2 : 0;
  if (whole > 0) {
    const words = new Uint32Array(flags.buffer, flags.byteOffset, whole);
    for (let i = 0; i < whole; i++) count += Math.imul(words[i]!, 0x01010101) >>> 24;
  }
  for (let i = whole * 4; i < flags.length; i++) count += flags[i]!;
  return count;
}
