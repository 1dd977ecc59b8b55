import { resolveScenario } from '../scenario/resolveScenario.ts';
import type { Scenario, ScenarioIndicator, SelectSpec } from '../scenario/types.ts';
import type { CoreDiagnostic } from '../types.ts';
import type { ColumnAssignment } from './columnRoles.ts';

/** Options of {@link scenarioFromColumnRoles}. */
export interface ScenarioFromColumnRolesOptions {
  /** Scenario name (default: `Lokus <district>`, else `Lokus <file name>`, else `Lokus`). */
  readonly name?: string;
  /** District name, e.g. `Kabupaten Pekalongan`, for the default name. */
  readonly district?: string;
  /** File the table came from, for the default name and the description. */
  readonly file?: string;
  readonly year?: number;
  /**
   * `equal`: every indicator the same weight; `nested`: equal dimensions, equal indicators within
   * each (each indicator's `dimension`, `LAINNYA` when it has none). Default: `nested` when the
   * indicators fall in two or more dimensions, else `equal`.
   */
  readonly weights?: 'equal' | 'nested';
  readonly select?: SelectSpec;
}

/** The result of {@link scenarioFromColumnRoles}: a scenario that resolves, or the problems. */
export interface ScenarioFromColumnRoles {
  readonly scenario: Scenario | null;
  readonly diagnostics: CoreDiagnostic[];
}

const invalid = (path: string, message: string): CoreDiagnostic => ({
  code: 'SCENARIO_INVALID',
  severity: 'error',
  message,
  path,
});

/**
 * Builds a scenario from a confirmed column mapping: one indicator per `indicator` column with the
 * direction, unit, denominator and dimension the analyst confirmed (ids made unique with `_2`,
 * `_3`, …), equal or nested weights, and a name from the district or the file. The scenario is
 * checked with `resolveScenario`; problems come back as `SCENARIO_INVALID` diagnostics whose path
 * names the mapping entry (`mapping[3].indicator.direction`), never as a throw. O(columns).
 *
 * @example
 * const { scenario } = scenarioFromColumnRoles(
 *   [
 *     { column: 'kode', role: 'code' },
 *     { column: 'IDM', role: 'indicator', indicator: { id: 'idm', column: 'IDM',
 *       label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better' } },
 *   ],
 *   { district: 'Kabupaten Pekalongan' },
 * );
 * scenario?.name; // => 'Lokus Kabupaten Pekalongan'
 * scenario?.weights; // => { method: 'equal' }
 */
export function scenarioFromColumnRoles(
  mapping: readonly ColumnAssignment[],
  options: ScenarioFromColumnRolesOptions = {},
): ScenarioFromColumnRoles {
  const diagnostics = checkMapping(mapping);
  if (diagnostics.length > 0) return { scenario: null, diagnostics };
  const indicators = uniqueIndicators(mapping);
  const dims = new Set(indicators.map((ind) => ind.dimension ?? 'LAINNYA'));
  const method = options.weights ?? (dims.size > 1 ? 'nested' : 'equal');
  const scenario: Scenario = {
    name: options.name ?? defaultName(options),
    ...(options.file === undefined ? {} : { description: `Dari berkas ${options.file}.` }),
    ...(options.year === undefined ? {} : { year: options.year }),
    indicators:
      method === 'nested'
        ? indicators.map((ind) => ({ ...ind, dimension: ind.dimension ?? 'LAINNYA' }))
        : indicators,
    weights: { method },
    ...(options.select === undefined ? {} : { select: options.select }),
  };
  const resolved = resolveScenario(scenario);
  if (resolved.scenario === null) return { scenario: null, diagnostics: resolved.diagnostics };
  return { scenario, diagnostics: [] };
}

function defaultName(options: ScenarioFromColumnRolesOptions): string {
  if (options.district !== undefined) return `Lokus ${options.district}`;
  if (options.file !== undefined) {
    const base = options.file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]+$/, '');
    return `Lokus ${base}`;
  }
  return 'Lokus';
}

/** What a mapping must have: one code column, indicators with a direction, known denominators. */
function checkMapping(mapping: readonly ColumnAssignment[]): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  const codes = mapping.filter((a) => a.role === 'code');
  if (codes.length !== 1) {
    out.push(
      invalid('mapping', `Exactly one column must hold the village code, got ${codes.length}.`),
    );
  }
  const columns = new Set(mapping.filter((a) => a.role !== 'ignore').map((a) => a.column));
  let count = 0;
  mapping.forEach((a, i) => {
    if (a.role !== 'indicator') return;
    count++;
    const ind = a.indicator;
    if (ind?.direction === undefined) {
      out.push(
        invalid(
          `mapping[${i}].indicator.direction`,
          `Column "${a.column}" is an indicator without a direction; say whether a higher value means more need.`,
        ),
      );
    } else if (ind.denominator !== undefined && !columns.has(ind.denominator)) {
      out.push(
        invalid(
          `mapping[${i}].indicator.denominator`,
          `Indicator "${ind.id}" (column "${a.column}") is divided by column "${ind.denominator}", which is not mapped as a denominator.`,
        ),
      );
    }
  });
  if (count === 0) out.push(invalid('mapping', 'No column is mapped as an indicator.'));
  return out;
}

/** The indicators of the mapping, reading their columns, with unique ids. */
function uniqueIndicators(mapping: readonly ColumnAssignment[]): ScenarioIndicator[] {
  const used = new Map<string, number>();
  const out: ScenarioIndicator[] = [];
  for (const a of mapping) {
    if (a.role !== 'indicator' || a.indicator === undefined) continue;
    const { column: _column, ...meta } = a.indicator;
    const n = (used.get(meta.id) ?? 0) + 1;
    used.set(meta.id, n);
    const id = n === 1 ? meta.id : `${meta.id}_${n}`;
    out.push(id === a.column ? { ...meta, id } : { ...meta, id, column: a.column });
  }
  return out;
}
