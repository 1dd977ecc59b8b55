import type { CoreDiagnostic, IndicatorMeta, VillageTable } from '../types.ts';

/**
 * Checks that each indicator's column (`column`, default its id) and its denominator are columns
 * of the table. A missing one is an `UNKNOWN_INDICATOR` error reported under the indicator's id
 * (`column`), with the JSON path of the scenario field to fix (`indicators[2].denominator`) and
 * the missing column name as `value` and in the message. Returns the diagnostics and the
 * indicators whose columns are all present. O(m). Internal to `runScenario`.
 */
export function checkIndicatorColumns<T extends IndicatorMeta>(
  table: VillageTable,
  indicators: readonly T[],
  file: { readonly file?: string },
): { diagnostics: CoreDiagnostic[]; present: T[] } {
  const diagnostics: CoreDiagnostic[] = [];
  const present: T[] = [];
  indicators.forEach((ind, i) => {
    const column = ind.column ?? ind.id;
    const unknown = (field: string, name: string, message: string): void => {
      diagnostics.push({
        code: 'UNKNOWN_INDICATOR',
        severity: 'error',
        message,
        ...file,
        column: ind.id,
        value: name,
        path: `indicators[${i}].${field}`,
      });
    };
    if (!Object.hasOwn(table.columns, column)) {
      unknown(
        ind.column === undefined ? 'id' : 'column',
        column,
        column === ind.id
          ? `Indicator ${ind.id} has no column in the village table.`
          : `Indicator ${ind.id} reads column ${column}, which is not in the village table.`,
      );
    } else if (ind.denominator !== undefined && !Object.hasOwn(table.columns, ind.denominator)) {
      unknown(
        'denominator',
        ind.denominator,
        `Indicator ${ind.id} is divided by column ${ind.denominator}, which is not in the village table.`,
      );
    } else present.push(ind);
  });
  return { diagnostics, present };
}
