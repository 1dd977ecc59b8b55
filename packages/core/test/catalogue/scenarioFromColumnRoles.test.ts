import { describe, expect, it } from 'vitest';
import type { ColumnAssignment } from '../../src/catalogue/columnRoles.ts';
import { columnRolesFromScenario } from '../../src/catalogue/columnRolesFromScenario.ts';
import { scenarioFromColumnRoles } from '../../src/catalogue/scenarioFromColumnRoles.ts';
import { suggestColumnRoles } from '../../src/catalogue/suggestColumnRoles.ts';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';
import { pekalongan } from './pekalongan.ts';

const table = () =>
  createTable(
    pekalongan[1]!.values.map((code, i) => ({
      code: String(code),
      name: String(pekalongan[2]!.values[i]),
      values: {
        IDM: Number(String(pekalongan[4]!.values[i]).replace(',', '.')) || Number.NaN,
        'Jumlah KK Desil 1': (pekalongan[5]!.values[i] as number | null) ?? Number.NaN,
        'Jumlah KK': pekalongan[6]!.values[i] as number,
      },
    })),
  ).table;

describe('scenarioFromColumnRoles', () => {
  it('scenarioFromColumnRoles builds a valid scenario from the suggested roles, with catalogue directions', () => {
    const roles = suggestColumnRoles(pekalongan);
    const { scenario, diagnostics } = scenarioFromColumnRoles(roles, {
      district: 'Kabupaten Pekalongan',
      year: 2025,
    });
    expect(diagnostics).toEqual([]);
    expect(scenario!.name).toBe('Lokus Kabupaten Pekalongan');
    expect(scenario!.indicators.map((i) => [i.id, i.column, i.direction])).toEqual([
      ['idm', 'IDM', 'higher-is-better'],
      ['desil1_kk', 'Jumlah KK Desil 1', 'higher-is-worse'],
    ]);
    // IDM and DTSEN are two dimensions: nested, equal.
    expect(scenario!.weights).toEqual({ method: 'nested' });
    expect(resolveScenario(scenario).diagnostics).toEqual([]);
    const result = runScenario(table(), { ...scenario!, missing: 'median' });
    expect(result.ok).toBe(true);
    expect(result.stages!.weights.weights).toEqual({ idm: 0.5, desil1_kk: 0.5 });
  });

  it('scenarioFromColumnRoles takes rates with their denominator column', () => {
    const roles = suggestColumnRoles(pekalongan, { rates: true });
    const { scenario } = scenarioFromColumnRoles(roles, {
      file: 'data/pekalongan-2025.xlsx',
      weights: 'equal',
    });
    expect(scenario!.name).toBe('Lokus pekalongan-2025');
    expect(scenario!.indicators[1]).toMatchObject({
      id: 'desil1_pct',
      column: 'Jumlah KK Desil 1',
      denominator: 'Jumlah KK',
      per: 100,
    });
    const result = runScenario(table(), { ...scenario!, missing: 'median' });
    expect(result.ok).toBe(true);
    expect(result.stages!.raw.desil1_pct![0]).toBeCloseTo((120 / 900) * 100, 12);
  });

  it('scenarioFromColumnRoles reports an indicator without a direction under its mapping path, never throws', () => {
    const mapping: ColumnAssignment[] = [
      { column: 'kode', role: 'code' },
      { column: 'skor', role: 'indicator' },
    ];
    const { scenario, diagnostics } = scenarioFromColumnRoles(mapping);
    expect(scenario).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['SCENARIO_INVALID', 'mapping[1].indicator.direction'],
    ]);
  });

  it('scenarioFromColumnRoles needs one code column, an indicator and mapped denominators', () => {
    const ind = {
      id: 'd',
      label: { id: 'd', en: 'd' },
      kind: 'count',
      direction: 'higher-is-worse',
      denominator: 'KK',
    } as const;
    const { diagnostics } = scenarioFromColumnRoles([
      { column: 'd', role: 'indicator', indicator: ind },
    ]);
    expect(diagnostics.map((d) => d.path)).toEqual(['mapping', 'mapping[0].indicator.denominator']);
    expect(
      scenarioFromColumnRoles([{ column: 'kode', role: 'code' }]).diagnostics.map((d) => d.message),
    ).toEqual(['No column is mapped as an indicator.']);
  });

  it('scenarioFromColumnRoles makes ids unique when two columns match one catalogue entry', () => {
    const roles = suggestColumnRoles([
      { name: 'kode', values: ['33.26.01.2001', '33.26.01.2002'] },
      { name: 'IDM', values: [0.5, 0.7] },
      { name: 'Nilai IDM', values: [0.52, 0.71] },
    ]);
    const { scenario } = scenarioFromColumnRoles(roles);
    expect(scenario!.indicators.map((i) => i.id)).toEqual(['idm', 'idm_2']);
  });
});

describe('columnRolesFromScenario', () => {
  it('columnRolesFromScenario reloads a saved mapping: same roles and indicators', () => {
    const roles = suggestColumnRoles(pekalongan, { rates: true });
    const { scenario } = scenarioFromColumnRoles(roles);
    const reloaded = columnRolesFromScenario(scenario!, pekalongan);
    expect(reloaded.unplaced).toEqual([]);
    expect(reloaded.roles.map((r) => r.role)).toEqual(roles.map((r) => r.role));
    expect(reloaded.roles.map((r) => r.indicator?.id)).toEqual(
      roles.map((r) => (r.role === 'indicator' ? r.indicator?.id : undefined)),
    );
    expect(scenarioFromColumnRoles(reloaded.roles).scenario!.indicators).toEqual(
      scenario!.indicators,
    );
  });

  it('columnRolesFromScenario keeps the analyst choices: a reversed direction and an unknown column survive', () => {
    const roles = suggestColumnRoles(pekalongan).map((r) =>
      r.column === 'skor_tambahan'
        ? {
            ...r,
            role: 'indicator' as const,
            indicator: {
              id: 'skor_tambahan',
              label: { id: 'Skor', en: 'Score' },
              kind: 'rate' as const,
              direction: 'higher-is-better' as const,
            },
          }
        : r,
    );
    const { scenario } = scenarioFromColumnRoles(roles);
    const reloaded = columnRolesFromScenario(scenario!, pekalongan).roles;
    const skor = reloaded.find((r) => r.column === 'skor_tambahan')!;
    expect(skor.role).toBe('indicator');
    expect(skor.indicator?.direction).toBe('higher-is-better');
    // A catalogue column the scenario does not use is not turned back into an indicator.
    const other = columnRolesFromScenario(
      { ...scenario!, indicators: scenario!.indicators.slice(-1) },
      pekalongan,
    ).roles;
    expect(other.find((r) => r.column === 'IDM')!.role).toBe('ignore');
  });

  it('columnRolesFromScenario lists indicators whose column is absent', () => {
    const { scenario } = scenarioFromColumnRoles(suggestColumnRoles(pekalongan));
    const { unplaced } = columnRolesFromScenario(
      scenario!,
      pekalongan.filter((c) => c.name !== 'IDM'),
    );
    expect(unplaced).toEqual(['idm']);
  });
});
