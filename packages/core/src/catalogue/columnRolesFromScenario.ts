import type { Scenario } from '../scenario/types.ts';
import type { ColumnInput, ColumnSuggestion } from './columnRoles.ts';
import { suggestColumnRoles } from './suggestColumnRoles.ts';

/** The result of {@link columnRolesFromScenario}. */
export interface ColumnRolesFromScenario {
  /** One entry per column, in column order. */
  readonly roles: ColumnSuggestion[];
  /**
   * Indicators of the scenario that no column holds, or that share a column with an earlier
   * indicator (a column has one role; the scenario itself still scores both).
   */
  readonly unplaced: readonly string[];
}

/**
 * Reloads a saved mapping: each column that a scenario indicator reads (`column`, default the
 * id) becomes that `indicator` with the scenario's metadata, each column a denominator names
 * becomes a `denominator`, and every other column gets what {@link suggestColumnRoles} proposes
 * for identifiers (code, name, kecamatan) or `ignore` — a column the scenario does not score is
 * never turned into an indicator. With `scenarioFromColumnRoles` this is a round trip. O(rows ×
 * columns).
 *
 * @example
 * const { roles } = columnRolesFromScenario(
 *   { name: 'A', indicators: [{ id: 'skor', label: { id: 'Skor', en: 'Score' }, kind: 'rate',
 *     direction: 'higher-is-worse' }] },
 *   [{ name: 'kode', values: ['33.26.01.2001'] }, { name: 'skor', values: [3] }, { name: 'IDM', values: [0.5] }],
 * );
 * roles.map((r) => r.role); // => ['code', 'indicator', 'ignore']
 */
export function columnRolesFromScenario(
  scenario: Scenario,
  columns: readonly ColumnInput[],
): ColumnRolesFromScenario {
  const suggested = suggestColumnRoles(columns);
  const present = new Set(columns.map((c) => c.name));
  const byColumn = new Map<string, Scenario['indicators'][number]>();
  const unplaced: string[] = [];
  const denominators = new Set<string>();
  for (const ind of scenario.indicators) {
    const column = ind.column ?? ind.id;
    if (!present.has(column) || byColumn.has(column)) unplaced.push(ind.id);
    else byColumn.set(column, ind);
    if (ind.denominator !== undefined) denominators.add(ind.denominator);
  }
  const roles = suggested.map((s): ColumnSuggestion => {
    const { indicator: _suggested, ...rest } = s;
    const ind = byColumn.get(s.column);
    const saved = {
      id: `disimpan dalam skenario "${scenario.name}"`,
      en: `saved in scenario "${scenario.name}"`,
    };
    if (ind !== undefined) {
      const { weight: _w, goalposts: _g, cutoff: _c, treat: _t, ...meta } = ind;
      const indicator = meta.id === s.column ? meta : { ...meta, column: s.column };
      return { ...rest, role: 'indicator', reason: saved, indicator };
    }
    if (denominators.has(s.column)) return { ...rest, role: 'denominator', reason: saved };
    if (s.role === 'indicator' || s.role === 'denominator') {
      return {
        ...rest,
        role: 'ignore',
        reason: { id: 'tidak dipakai oleh skenario', en: 'not used by the scenario' },
      };
    }
    return s;
  });
  return { roles, unplaced };
}
