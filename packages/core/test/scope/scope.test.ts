import { readFileSync } from 'node:fs';
import { generateNational } from '@lokus/synth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainVillage } from '../../src/explain/explainVillage.ts';
import { describeDiagnostic } from '../../src/messages/describeDiagnostic.ts';
import type { ScenarioResult } from '../../src/result.ts';
import { createRunner } from '../../src/runner/createRunner.ts';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { scopeDiagnostics } from '../../src/scope/scopeDiagnostics.ts';
import { scopeGroups } from '../../src/scope/scopeGroups.ts';
import { createTable } from '../../src/table/createTable.ts';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';
import type { IndicatorMeta, VillageTable } from '../../src/types.ts';

const root = new URL('../../../../', import.meta.url);

/** The sample district's rows as columns (codes, names, kecamatan names, numeric columns). */
function sampleColumns() {
  const indicators = JSON.parse(
    readFileSync(new URL('data/sample/indicators.json', root), 'utf8'),
  ) as IndicatorMeta[];
  const [header, ...lines] = readFileSync(new URL('data/sample/villages.csv', root), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const at = (name: string): number => header!.indexOf(name);
  const numeric = header!.filter((h) => !['kode', 'nama', 'kode_kec', 'nama_kec'].includes(h));
  const columns: Record<string, Float64Array> = {};
  for (const id of numeric) columns[id] = Float64Array.from(lines, (c) => Number(c[at(id)]));
  return {
    indicators,
    code: lines.map((c) => c[at('kode')]!),
    name: lines.map((c) => c[at('nama')]!),
    kecamatanName: lines.map((c) => c[at('nama_kec')]!),
    columns,
  };
}

/**
 * Three districts from the sample: the sample itself (99.01), and two copies under other codes
 * (99.02, and 98.07 in another province) whose values are shifted and scaled per column and whose
 * rows are interleaved with the others, so the groups are neither contiguous nor alike.
 */
function threeDistricts() {
  const s = sampleColumns();
  const n = s.code.length;
  const prefixes = ['99.01', '99.02', '98.07'];
  const code: string[] = [];
  const name: string[] = [];
  const kecamatanName: string[] = [];
  const columns: Record<string, number[]> = {};
  for (const id of Object.keys(s.columns)) columns[id] = [];
  for (let i = 0; i < n; i++) {
    prefixes.forEach((p, d) => {
      if (d === 2 && i % 3 === 0) return; // the third district is smaller
      code.push(p + s.code[i]!.slice(5));
      name.push(`${s.name[i]} ${d}`);
      kecamatanName.push(s.kecamatanName[i]!);
      for (const [id, col] of Object.entries(s.columns)) {
        const v = col[(i * (d + 1)) % n]!;
        const bounded = id === 'idm' || id === 'iks' || id === 'ike' || id === 'ikl';
        columns[id]!.push(d === 0 || bounded ? v : Math.round(v * (1 + 0.3 * d) + 7 * d));
      }
    });
  }
  // A few gaps, so that imputation and missing-data exclusion are exercised per group.
  for (let i = 5; i < code.length; i += 41) columns.desil1_kk![i] = Number.NaN;
  const cols = Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, Float64Array.from(v)]),
  );
  const built = createTableFromColumns({ code, name, kecamatanName, columns: cols });
  return { table: built.table, indicators: s.indicators };
}

/** The table of some rows, built anew from plain columns (not by the scoped run's own helper). */
function standalone(table: VillageTable, rows: Int32Array): VillageTable {
  const pick = <T>(a: readonly T[]) => Array.from(rows, (i) => a[i]!);
  const columns: Record<string, Float64Array> = {};
  for (const [id, col] of Object.entries(table.columns)) {
    columns[id] = Float64Array.from(rows, (i) => col[i]!);
  }
  const built = createTableFromColumns({
    code: pick(table.code),
    name: pick(table.name),
    kecamatanName: pick(table.kecamatanName),
    columns,
  });
  return built.table;
}

/** Float arrays compared value by value with Object.is (NaN equals NaN, -0 differs from 0). */
function sameAt(a: ArrayLike<number>, rows: Int32Array, b: ArrayLike<number>): boolean {
  if (rows.length !== b.length) return false;
  for (let k = 0; k < rows.length; k++) if (!Object.is(a[rows[k]!], b[k])) return false;
  return true;
}

/**
 * The differences between each group's part of a scoped result and a run of that group's rows
 * alone: an empty list when every per-village value, the order within the group and the group's
 * parameters are equal.
 */
function groupDifferences(scoped: ScenarioResult, scenario: Scenario): string[] {
  const out: string[] = [];
  const s = scoped.stages!;
  expect(s.scope).toBeDefined();
  for (const group of s.scope!.groups) {
    const { key, rows } = group;
    const alone = runScenario(standalone(scoped.table, rows), { ...scenario, scope: undefined });
    const a = alone.stages;
    if (a === null) {
      out.push(`${key}: standalone run failed`);
      continue;
    }
    const check = (what: string, ok: boolean) => {
      if (!ok) out.push(`${key}: ${what}`);
    };
    check('score', sameAt(s.aggregated.score, rows, a.aggregated.score));
    for (const d of Object.keys(a.aggregated.details)) {
      check(`details.${d}`, sameAt(s.aggregated.details[d]!, rows, a.aggregated.details[d]!));
    }
    check('rank', sameAt(s.ranked.rank, rows, a.ranked.rank));
    check('rankInKecamatan', sameAt(s.ranked.rankInKecamatan, rows, a.ranked.rankInKecamatan));
    check('selected', sameAt(s.selected.selected, rows, a.selected.selected));
    check('classOf', sameAt(s.classes.classOf, rows, a.classes.classOf));
    check('excluded', sameAt(s.excluded, rows, a.excluded));
    for (const id of scoped.indicators) {
      check(`imputed.${id}`, sameAt(s.imputed[id]!.values, rows, a.imputed[id]!.values));
      check(`treated.${id}`, sameAt(s.treated[id]!.values, rows, a.treated[id]!.values));
      check(`normalised.${id}`, sameAt(s.normalised[id]!, rows, a.normalised[id]!));
    }
    const reasons = Array.from(rows, (i) => s.selected.reason[i]);
    check('reason', JSON.stringify(reasons) === JSON.stringify(a.selected.reason));
    const details = Array.from(rows, (i) => s.selected.detail[i]);
    check('detail', JSON.stringify(details) === JSON.stringify(a.selected.detail));
    // The group's block of the order is its standalone order, in table rows.
    const start = s.scope!.groups.slice(0, s.scope!.groups.indexOf(group));
    const offset = start.reduce((x, g) => x + g.rows.length, 0);
    const block = s.ranked.order.subarray(offset, offset + rows.length);
    check('order', sameAt(rows, a.ranked.order, block));
    check('weights', JSON.stringify(group.weights) === JSON.stringify(a.weights));
    check('bins', JSON.stringify(group.classes.bins) === JSON.stringify(a.classes.bins));
    check('counts', JSON.stringify(group.classes.counts) === JSON.stringify(a.classes.counts));
    check('selected count', group.selected === a.selected.count);
    check('summary', JSON.stringify(group.summary) === JSON.stringify(a.aggregated.summary));
    const logs = Object.fromEntries(Object.entries(a.treated).map(([k, v]) => [k, v.log]));
    check('treat logs', JSON.stringify(group.treated) === JSON.stringify(logs));
  }
  return out;
}

const three = threeDistricts();

describe('scope: ranking within each kabupaten', () => {
  const base: Scenario = {
    name: 'Tiga kabupaten',
    indicators: three.indicators,
    missing: 'median',
    scope: { by: 'kabupaten' },
  };
  const selections: [string, Scenario['select']][] = [
    ['top-n with quota', { mode: 'top-n', n: 12, quota: { min: 1, max: 2 } }],
    ['top-percent with quota', { mode: 'top-percent', percent: 15, quota: { min: 1, max: 3 } }],
    ['threshold', { mode: 'threshold', threshold: 40 }],
  ];

  it.each(selections)(
    '%s: each kabupaten equals a run of its rows alone, bit for bit',
    (_, select) => {
      const scenario = { ...base, select } as Scenario;
      const result = runScenario(three.table, scenario);
      expect(result.ok).toBe(true);
      expect(result.stages!.scope!.groups.map((g) => g.key)).toEqual(['98.07', '99.01', '99.02']);
      expect(groupDifferences(result, scenario)).toEqual([]);
      // n is per kabupaten: 12 loci in each of the three.
      if (select!.mode === 'top-n') {
        expect(result.stages!.scope!.groups.map((g) => g.selected)).toEqual([12, 12, 12]);
        expect(result.stages!.selected.count).toBe(36);
      }
    },
  );

  it('data-driven stages too: winsorising, entropy weights, TOPSIS, z-scores, Fisher–Jenks', () => {
    const scenarios: Scenario[] = [
      {
        ...base,
        treat: { method: 'coinr' },
        weights: { method: 'entropy' },
        aggregate: { method: 'topsis' },
        select: { mode: 'top-n', n: 10 },
        classify: { scheme: 'fisher-jenks', k: 4 },
      },
      {
        ...base,
        missing: 'none',
        normalise: { method: 'zscore' },
        weights: { method: 'critic' },
        aggregate: { method: 'vikor' },
        select: { mode: 'top-percent', percent: 20 },
      },
      { ...base, aggregate: { method: 'promethee-ii' }, select: { mode: 'top-n', n: 8 } },
    ];
    for (const scenario of scenarios) {
      const result = runScenario(three.table, scenario);
      expect(result.ok).toBe(true);
      expect(groupDifferences(result, scenario)).toEqual([]);
    }
  });

  it('the same table in one pool is another result (the comparison can fail)', () => {
    const scenario: Scenario = { ...base, select: { mode: 'top-n', n: 12 } };
    const pooled = runScenario(three.table, { ...scenario, scope: { by: 'all' } });
    expect(pooled.stages!.scope).toBeUndefined();
    expect(pooled.stages!.selected.count).toBe(12);
    // A pooled result read as if it were scoped fails the property.
    const fake = {
      ...pooled,
      stages: { ...pooled.stages!, scope: runScenario(three.table, scenario).stages!.scope! },
    };
    expect(groupDifferences(fake, scenario).length).toBeGreaterThan(0);
  });

  it('by province: the two 99 kabupaten are ranked together, apart from 98', () => {
    const scenario: Scenario = {
      ...base,
      scope: { by: 'province' },
      select: { mode: 'top-n', n: 10 },
    };
    const result = runScenario(three.table, scenario);
    expect(result.stages!.scope!.groups.map((g) => [g.key, g.rows.length])).toEqual([
      ['98', 166],
      ['99', 500],
    ]);
    expect(groupDifferences(result, scenario)).toEqual([]);
  });

  it('per-village arrays stay in row order and the order lists the groups one after the other', () => {
    const result = runScenario(three.table, { ...base, select: { mode: 'top-n', n: 3 } });
    const s = result.stages!;
    const groupOf = (row: number) => three.table.code[row]!.slice(0, 5);
    const blocks = Array.from(s.ranked.order, groupOf);
    expect(blocks.slice(0, 166).every((g) => g === '98.07')).toBe(true);
    expect(blocks.slice(166, 416).every((g) => g === '99.01')).toBe(true);
    expect(blocks.slice(416).every((g) => g === '99.02')).toBe(true);
    // Every kabupaten has its own rank 1.
    for (const g of s.scope!.groups) {
      expect(Math.min(...Array.from(g.rows, (i) => s.ranked.rank[i]!))).toBe(1);
    }
  });

  it('a national-shaped synthetic table (generateNational): every kabupaten equals its run alone', () => {
    const nation = generateNational({ seed: 5, villages: 2500, indicators: 6, detail: 'light' });
    const { table } = createTableFromColumns(nation.columns);
    const scenario: Scenario = {
      name: 'Nasional',
      indicators: nation.indicators,
      missing: 'median',
      scope: { by: 'kabupaten' },
      select: { mode: 'top-percent', percent: 10, quota: { min: 1 } },
    };
    const result = runScenario(table, scenario);
    expect(result.ok).toBe(true);
    expect(result.stages!.scope!.groups.length).toBe(scopeGroups(table, 'kabupaten').keys.length);
    expect(result.stages!.scope!.groups.length).toBeGreaterThan(20);
    expect(groupDifferences(result, scenario)).toEqual([]);
    // createRunner gives the same result, and again after a weight change.
    const runner = createRunner(table);
    expect(serialise(runner.run(scenario))).toBe(serialise(result));
    const weighted: Scenario = {
      ...scenario,
      weights: { method: 'manual' },
      indicators: nation.indicators.map((ind, j) => ({ ...ind, weight: j + 1 })),
    };
    expect(serialise(runner.run(weighted))).toBe(serialise(runScenario(table, weighted)));
  });

  it('holds for random scenarios on a small multi-kabupaten table (fast-check, seeded)', () => {
    const nation = generateNational({ seed: 9, villages: 1200, indicators: 4, detail: 'light' });
    const { table } = createTableFromColumns(nation.columns);
    const draw = fc.record({
      by: fc.constantFrom('kabupaten', 'province'),
      missing: fc.constantFrom('median', 'mean', 'kecamatan-median', 'none'),
      treat: fc.constantFrom('none', 'winsorise', 'coinr'),
      normalise: fc.constantFrom('minmax', 'zscore', 'rank', 'percentile'),
      weighting: fc.constantFrom('equal', 'entropy', 'critic'),
      aggregate: fc.constantFrom('arithmetic', 'geometric', 'topsis', 'vikor', 'copeland'),
      select: fc.oneof(
        fc.record({ mode: fc.constant('top-n'), n: fc.integer({ min: 0, max: 12 }) }),
        fc.record({ mode: fc.constant('top-percent'), percent: fc.integer({ min: 0, max: 60 }) }),
        fc.record({ mode: fc.constant('threshold'), threshold: fc.integer({ min: 20, max: 80 }) }),
      ),
      quota: fc.constantFrom(undefined, { min: 1 }, { max: 1 }),
      scheme: fc.constantFrom('quantile', 'equal-interval', 'head-tail'),
    });
    fc.assert(
      fc.property(draw, (d) => {
        const scenario = {
          name: 'fc',
          indicators: nation.indicators,
          missing: d.missing,
          treat: { method: d.treat },
          normalise: { method: d.normalise },
          weights: { method: d.weighting },
          aggregate: { method: d.aggregate },
          select: { ...d.select, ...(d.quota === undefined ? {} : { quota: d.quota }) },
          classify: { scheme: d.scheme, k: 4 },
          scope: { by: d.by },
        } as Scenario;
        const result = runScenario(table, scenario);
        expect(result.ok).toBe(true);
        expect(groupDifferences(result, scenario)).toEqual([]);
      }),
      { seed: 20261203, numRuns: 15 },
    );
  });

  it('forced, excluded and carried-over villages apply to their own village; an unknown code is reported once', () => {
    const code = (row: number) => three.table.code[row]!;
    const scenario: Scenario = {
      ...base,
      select: {
        mode: 'top-n',
        n: 5,
        include: [{ code: code(1), reason: 'Banjir' }],
        exclude: [{ code: code(2), reason: 'Sudah ditangani' }],
        carryOver: [code(4), '99.09.01.2001'],
      },
    };
    const result = runScenario(three.table, scenario);
    expect(groupDifferences(result, scenario)).toEqual([]);
    expect(result.stages!.selected.reason[1]).toBe('forced-include');
    expect(result.stages!.selected.reason[2]).toBe('forced-exclude');
    const unknown = result.diagnostics.filter((d) => d.code === 'CARRY_OVER_UNKNOWN_VILLAGE');
    expect(unknown.map((d) => [d.path, d.value])).toEqual([
      ['select.carryOver[1]', '99.09.01.2001'],
    ]);
    expect(result.diagnostics.some((d) => d.code === 'FORCED_UNKNOWN_VILLAGE')).toBe(false);
  });

  it('a group’s diagnostics name the group, with rows of the whole table', () => {
    const result = runScenario(three.table, {
      ...base,
      missing: 'none',
      select: { mode: 'top-n', n: 400 },
    });
    const excluded = result.diagnostics.filter((d) => d.code === 'EXCLUDED_MISSING');
    expect(excluded.length).toBeGreaterThan(0);
    for (const d of excluded) {
      expect(three.table.code[d.row! - 1]).toBe(d.village);
      expect(d.group).toBe(d.village!.slice(0, 5));
    }
    const short = result.diagnostics.filter((d) => d.code === 'SELECTION_SHORT');
    expect(short.map((d) => d.group)).toEqual(['98.07', '99.01', '99.02']);
    expect(describeDiagnostic(short[0]!, { locale: 'en' })).toMatch(
      /^Scenario select, kabupaten 98\.07: /,
    );
  });
});

describe('scope: explaining a village', () => {
  it('explains a village of a scoped run within its own kabupaten, as its standalone run does', () => {
    const scenario: Scenario = {
      name: 'x',
      indicators: three.indicators,
      missing: 'median',
      weights: { method: 'entropy' },
      scope: { by: 'kabupaten' },
      select: { mode: 'top-n', n: 10 },
    };
    const result = runScenario(three.table, scenario);
    const group = result.stages!.scope!.groups[2]!;
    const alone = runScenario(standalone(three.table, group.rows), {
      ...scenario,
      scope: undefined,
    });
    for (const k of [0, 7, 100]) {
      const row = group.rows[k]!;
      const scoped = explainVillage(result, row);
      expect(scoped.index).toBe(row);
      expect(scoped.code).toBe(three.table.code[row]);
      expect({ ...scoped, index: k }).toEqual(explainVillage(alone, k));
      expect(scoped.rankedCount).toBe(group.ranked);
    }
    // The pooled run explains the same village against the whole table: another explanation.
    const pooled = runScenario(three.table, { ...scenario, scope: { by: 'all' } });
    expect(explainVillage(pooled, group.rows[0]!).rankedCount).toBe(three.table.length);
  });
});

describe('scope: the pooled warning and codes without a group', () => {
  const scenario: Scenario = { name: 'x', indicators: three.indicators, missing: 'median' };

  it('a table of several kabupaten without a scope is one pool, with a POOLED_KABUPATEN warning', () => {
    const result = runScenario(three.table, scenario);
    const pooled = result.diagnostics.filter((d) => d.code === 'POOLED_KABUPATEN');
    expect(pooled).toHaveLength(1);
    expect(pooled[0]).toMatchObject({ severity: 'warning', value: 3, path: 'scope' });
    expect(describeDiagnostic(pooled[0]!)).toContain('3 kabupaten/kota');
    expect(describeDiagnostic(pooled[0]!, { locale: 'en' })).toContain('scope: { by: kabupaten }');
    expect(result.stages!.scope).toBeUndefined();
    // The same in createRunner.
    expect(
      createRunner(three.table)
        .run(scenario)
        .diagnostics.filter((d) => d.code === 'POOLED_KABUPATEN'),
    ).toHaveLength(1);
  });

  it('no warning for one district, nor when the scenario states by: all', () => {
    const s = sampleColumns();
    const one = createTableFromColumns(s).table;
    expect(runScenario(one, scenario).diagnostics.some((d) => d.code === 'POOLED_KABUPATEN')).toBe(
      false,
    );
    const all = runScenario(three.table, { ...scenario, scope: { by: 'all' } });
    expect(all.diagnostics.some((d) => d.code === 'POOLED_KABUPATEN')).toBe(false);
  });

  it('a scoped run of a single district equals the pooled run but for stages.scope', () => {
    const one = createTableFromColumns(sampleColumns()).table;
    const pooled = runScenario(one, scenario);
    const scoped = runScenario(one, { ...scenario, scope: { by: 'kabupaten' } });
    const { scope, ...rest } = scoped.stages!;
    expect(scope!.groups.map((g) => g.key)).toEqual(['99.01']);
    expect(serialise({ stages: rest } as ScenarioResult)).toBe(
      serialise({ stages: pooled.stages } as ScenarioResult),
    );
    // The diagnostics are the same but for the group they name.
    const strip = (r: ScenarioResult) =>
      r.diagnostics.map((d) => [d.code, d.row, d.column, d.value]);
    expect(strip(scoped)).toEqual(strip(pooled));
  });

  it('a code that gives no kabupaten is a SCOPE_GROUP_UNKNOWN error naming row and code, never dropped', () => {
    const { table } = createTable(
      [
        { code: '33.21.01.2001', values: { a: 1 } },
        { code: 'DESA-X', values: { a: 2 } },
        { code: '33.21.01.2002', values: { a: 3 } },
      ],
      { checkCodes: false },
    );
    const bad = scopeDiagnostics(table, 'kabupaten', 'desa.csv');
    expect(bad).toEqual([
      expect.objectContaining({
        code: 'SCOPE_GROUP_UNKNOWN',
        severity: 'error',
        row: 2,
        column: 'code',
        value: 'DESA-X',
        file: 'desa.csv',
      }),
    ]);
    expect(describeDiagnostic(bad[0]!)).toContain('"DESA-X"');
    expect(Array.from(scopeGroups(table, 'province').unplaced)).toEqual([1]);
    // runScenario stops at the table check first: the run fails and names the row, nothing is dropped.
    const ind = {
      id: 'a',
      label: { id: 'a', en: 'a' },
      kind: 'count',
      direction: 'higher-is-worse',
    } as const;
    const s: Scenario = { name: 'x', indicators: [ind], scope: { by: 'kabupaten' } };
    const result = runScenario(table, s, { file: 'desa.csv' });
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.row]),
    ).toEqual([['MALFORMED_VILLAGE_CODE', 2]]);
    expect(serialise(createRunner(table, { file: 'desa.csv' }).run(s))).toBe(serialise(result));
  });
});

describe('scope in the scenario format', () => {
  const scenario = (scope: unknown) => ({
    name: 'x',
    indicators: [
      { id: 'a', label: { id: 'a', en: 'a' }, kind: 'count', direction: 'higher-is-worse' },
    ],
    scope,
  });

  it('the schema accepts by all, province and kabupaten, and the resolved scenario keeps it', () => {
    for (const by of ['all', 'province', 'kabupaten']) {
      const { scenario: resolved, diagnostics } = resolveScenario(scenario({ by }));
      expect(diagnostics).toEqual([]);
      expect(resolved!.scope).toEqual({ by });
    }
    // Without scope the resolved scenario has none (its fingerprint does not change).
    const { scope: _, ...without } = scenario(undefined);
    expect(resolveScenario(without).scenario).not.toHaveProperty('scope');
  });

  it('the schema rejects another group, a missing by and an unknown key', () => {
    const paths = (scope: unknown) =>
      resolveScenario(scenario(scope)).diagnostics.map((d) => [d.code, d.path]);
    expect(paths({ by: 'kecamatan' })).toEqual([['SCENARIO_INVALID', 'scope.by']]);
    expect(paths({})).toEqual([['SCENARIO_INVALID', 'scope.by']]);
    expect(paths({ by: 'kabupaten', n: 5 })).toEqual([['SCENARIO_INVALID', 'scope.n']]);
    expect(paths('kabupaten')).toEqual([['SCENARIO_INVALID', 'scope']]);
  });
});

/** Every stage, diagnostic and hash of a result, typed arrays spread and NaN kept. */
function serialise(result: ScenarioResult): string {
  return JSON.stringify(result, (_k, v) =>
    ArrayBuffer.isView(v)
      ? Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isNaN(x) ? 'NaN' : x))
      : v,
  );
}
