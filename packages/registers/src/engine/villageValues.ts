import type { VillageRecord } from '@lokus/core';
import type { IndicatorDefinition, RegisterDiagnostic } from '../types.ts';

/** A village the district knows (from its village table or boundaries). */
export interface KnownVillage {
  readonly code: string;
  readonly name?: string;
  readonly kecamatanName?: string;
}

/** How small counts leave: `flag` keeps the value and lists it, `suppress` empties it. */
export type SmallCellPolicy = 'flag' | 'suppress';

/** Options of {@link villageValues}. */
export interface VillageValuesOptions {
  readonly known?: readonly KnownVillage[];
  /** Counts from 1 up to below this are small cells. */
  readonly smallCount: number;
  readonly smallCells: SmallCellPolicy;
  /** Also write each indicator's rate (count / denominator × per) as `rateId`. */
  readonly rates: boolean;
}

/** The village table the engine returns, with its small cells and row-level problems. */
export interface VillageValues {
  readonly columns: readonly string[];
  readonly records: readonly VillageRecord[];
  /** Village code → indicator ids whose count is small (1 ≤ count < smallCount). */
  readonly small: Readonly<Record<string, readonly string[]>>;
  /** Well-formed village codes of the register that the known villages lack. */
  readonly unknown: ReadonlyMap<string, number>;
  readonly diagnostics: readonly RegisterDiagnostic[];
}

type Agg = Readonly<Record<string, unknown>>;

/** The count of one indicator in one village: null when no row had every field it needs. */
function countOf(row: Agg | undefined, id: string): number | null {
  if (row === undefined || Number(row._n) === 0 || Number(row[`${id}__known`]) === 0) return null;
  return Number(row[id]);
}

/** Rate columns: count / denominator × per; null when either is missing or the denominator 0. */
function withRates(
  values: Record<string, number | null>,
  indicators: readonly IndicatorDefinition[],
): void {
  for (const ind of indicators) {
    if (ind.rateId === undefined || ind.denominator === undefined) continue;
    const n = values[ind.id];
    const d = values[ind.denominator];
    values[ind.rateId] =
      n === null || n === undefined || d === null || d === undefined || d === 0
        ? null
        : (n / d) * (ind.per ?? 100);
  }
}

/**
 * Assembles the per-village aggregates of every register into village records for
 * `@lokus/core`, in village-code order: one record per known village (or, without a known list,
 * per well-formed code of the register). A village whose rows all lack a field gets null for the
 * indicators that need it (not collected there), a known village without households gets null
 * everywhere (`VILLAGE_WITHOUT_HOUSEHOLDS`), and counts from 1 up to below `smallCount` are
 * listed as small and, with `suppress`, emptied together with their rates (`SMALL_COUNT`).
 * Codes absent from the known villages are returned for the caller to report.
 *
 * Method: one pass over the aggregates. O(villages × indicators).
 *
 * @example
 * const yaml = `
 * name: kecil
 * year: 2025
 * registers:
 *   keluarga: { key: id_keluarga, village: kode_desa, fields: {} }
 * indicators:
 *   - { id: kk_total, label: { id: Jumlah KK, en: Households }, unit: KK, register: keluarga }
 * `;
 * const [kkTotal] = readDefinitions(yaml).definitions.indicators;
 * const rows = [[{ _village: '99.01.01.2001', _n: 7, kk_total: 7, kk_total__known: 7 }]];
 * villageValues(rows, [kkTotal], { smallCount: 5, smallCells: 'flag', rates: false }).records[0]?.values.kk_total;
 * // => 7
 */
export function villageValues(
  aggregates: readonly (readonly Agg[])[],
  indicators: readonly IndicatorDefinition[],
  options: VillageValuesOptions,
): VillageValues {
  const byVillage = aggregates.map(
    (rows) => new Map(rows.filter((r) => r._village !== null).map((r) => [String(r._village), r])),
  );
  const seen = new Set(byVillage.flatMap((m) => [...m.keys()]));
  const known: readonly KnownVillage[] = options.known ?? [...seen].map((code) => ({ code }));
  const knownCodes = new Set(known.map((k) => k.code));
  const unknown = new Map<string, number>();
  for (const code of [...seen].sort()) {
    if (!knownCodes.has(code)) unknown.set(code, Number(byVillage[0]!.get(code)?._n ?? 0));
  }
  const small: Record<string, string[]> = {};
  const empty: string[] = [];
  const records = [...known]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((k): VillageRecord => {
      const values: Record<string, number | null> = {};
      if (!byVillage[0]!.has(k.code)) empty.push(k.code);
      for (const ind of indicators) {
        const row = byVillage.find((m) => m.has(k.code) && ind.id in m.get(k.code)!)?.get(k.code);
        values[ind.id] = countOf(row, ind.id);
      }
      if (options.rates) withRates(values, indicators);
      const flagged = indicators.filter((i) => {
        const v = values[i.id];
        return v !== null && v !== undefined && v >= 1 && v < options.smallCount;
      });
      if (flagged.length > 0) small[k.code] = flagged.map((i) => i.id);
      if (options.smallCells === 'suppress') {
        for (const i of flagged) {
          values[i.id] = null;
          if (i.rateId !== undefined && i.rateId in values) values[i.rateId] = null;
        }
      }
      return {
        code: k.code,
        ...(k.name === undefined ? {} : { name: k.name }),
        ...(k.kecamatanName === undefined ? {} : { kecamatanName: k.kecamatanName }),
        values,
      };
    });
  const columns = [
    ...indicators.map((i) => i.id),
    ...(options.rates
      ? indicators.flatMap((i) => (i.rateId && i.denominator ? [i.rateId] : []))
      : []),
  ];
  return { columns, records, small, unknown, diagnostics: summary(empty, small, options) };
}

/** `VILLAGE_WITHOUT_HOUSEHOLDS` and `SMALL_COUNT` diagnostics. */
function summary(
  empty: readonly string[],
  small: Readonly<Record<string, readonly string[]>>,
  options: VillageValuesOptions,
): RegisterDiagnostic[] {
  const out: RegisterDiagnostic[] = empty.map((code) => ({
    code: 'VILLAGE_WITHOUT_HOUSEHOLDS',
    severity: 'warning',
    message: `village ${code} has no household in the register; its indicators are left empty`,
    village: code,
  }));
  const cells = Object.values(small).reduce((s, l) => s + l.length, 0);
  if (cells > 0) {
    const how = options.smallCells === 'suppress' ? 'emptied (suppressed)' : 'kept and flagged';
    out.push({
      code: 'SMALL_COUNT',
      severity: 'info',
      message: `${cells} counts in ${Object.keys(small).length} villages are between 1 and ${options.smallCount - 1}; they are ${how} as small cells`,
      count: cells,
    });
  }
  return out;
}
