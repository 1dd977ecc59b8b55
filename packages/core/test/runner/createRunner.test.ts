import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import type { ScenarioResult } from '../../src/result.ts';
import { createRunner } from '../../src/runner/createRunner.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario, ScenarioIndicator } from '../../src/scenario/types.ts';
import { createTable } from '../../src/table/createTable.ts';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';
import type { IndicatorMeta, VillageTable } from '../../src/types.ts';

const root = new URL('../../../../', import.meta.url);

/**
 * Whether two results hold the same stages, diagnostics and hashes: the JSON of everything but
 * the typed arrays, and the bytes of every typed array (stricter than their values).
 */
function sameResult(a: ScenarioResult, b: ScenarioResult): boolean {
  const split = (r: ScenarioResult) => {
    const arrays: ArrayBufferView[] = [];
    const text = JSON.stringify(r, (_k, v) =>
      ArrayBuffer.isView(v) ? `#${arrays.push(v)} ${v.constructor.name}` : v,
    );
    return { text, arrays };
  };
  const x = split(a);
  const y = split(b);
  const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return x.text === y.text && x.arrays.every((v, k) => bytes(v).equals(bytes(y.arrays[k]!)));
}

/** Every stage, diagnostic and hash of a result, typed arrays spread and NaN kept. */
function serialise(result: ScenarioResult): string {
  return JSON.stringify(result, (_k, v) =>
    ArrayBuffer.isView(v)
      ? Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isNaN(x) ? 'NaN' : x))
      : v,
  );
}

/** The synthetic sample district (250 villages), read from `data/sample`. */
function sample(): { table: VillageTable; indicators: IndicatorMeta[] } {
  const indicators = JSON.parse(
    readFileSync(new URL('data/sample/indicators.json', root), 'utf8'),
  ) as IndicatorMeta[];
  const [header, ...lines] = readFileSync(new URL('data/sample/villages.csv', root), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const at = (name: string): number => header!.indexOf(name);
  const records = lines.map((cells) => ({
    code: cells[at('kode')]!,
    name: cells[at('nama')]!,
    kecamatanName: cells[at('nama_kec')]!,
    values: Object.fromEntries(indicators.map((m) => [m.id, Number(cells[at(m.id)])])),
  }));
  return { table: createTable(records).table, indicators };
}

/**
 * A national-shaped table made here with a seeded generator: `n` villages in kecamatan of 5–20
 * villages, `m` indicators with gaps (3 %), repeated values (ties) and one higher-is-better column.
 */
function nationalTable(n: number, m: number, seed: number) {
  const rng = createRng(seed);
  const code: string[] = [];
  let kec = 0;
  while (code.length < n) {
    kec++;
    const size = 5 + Math.floor(rng() * 16);
    const cc = `${String(11 + (kec % 80)).padStart(2, '0')}.${String(1 + (Math.floor(kec / 80) % 99)).padStart(2, '0')}.${String(1 + (kec % 97)).padStart(2, '0')}`;
    for (let v = 0; v < size && code.length < n; v++) {
      code.push(`${cc}.${v % 7 === 0 ? 1 : 2}${String(kec % 1000).padStart(3, '0')}`);
    }
  }
  const unique = [...new Set(code)].sort();
  const indicators: IndicatorMeta[] = Array.from({ length: m }, (_, j) => ({
    id: `x${j}`,
    label: { id: `x${j}`, en: `x${j}` },
    kind: 'count',
    direction: j === 0 ? 'higher-is-better' : 'higher-is-worse',
  }));
  const columns: Record<string, Float64Array> = {};
  for (const ind of indicators) {
    columns[ind.id] = Float64Array.from(unique, () =>
      rng() < 0.03 ? Number.NaN : Math.floor(rng() * 200),
    );
  }
  return { table: createTableFromColumns({ code: unique, columns }).table, indicators };
}

const withWeights = (
  indicators: readonly IndicatorMeta[],
  weight: (j: number) => number,
): ScenarioIndicator[] => indicators.map((ind, j) => ({ ...ind, weight: weight(j) }));

describe('createRunner', () => {
  const { table, indicators } = sample();
  const base: Scenario = {
    name: 'Sample',
    indicators,
    missing: 'median',
    select: { mode: 'top-n', n: 25, quota: { min: 1, max: 3 } },
  };
  const scenarios: Scenario[] = [
    base,
    { ...base, weights: { method: 'manual' }, indicators: withWeights(indicators, (j) => j + 1) },
    { ...base, weights: { method: 'manual' }, indicators: withWeights(indicators, (j) => 20 - j) },
    { ...base, normalise: { method: 'zscore' } },
    { ...base, normalise: { method: 'rank' }, aggregate: { method: 'geometric' } },
    { ...base, treat: { method: 'winsorise' }, weights: { method: 'entropy' } },
    { ...base, aggregate: { method: 'topsis' }, classify: { scheme: 'fisher-jenks', k: 4 } },
    { ...base, missing: 'kecamatan-median', select: { mode: 'threshold', threshold: 55 } },
    {
      ...base,
      select: {
        mode: 'top-percent',
        percent: 10,
        include: [{ code: table.code[7]!, reason: 'Bencana banjir' }],
        exclude: [{ code: table.code[0]!, reason: 'Sudah ditangani' }],
        carryOver: [table.code[3]!, table.code[100]!],
        eligibility: { kinds: ['desa'], minimum: [{ indicator: 'kk_total', min: 400 }] },
      },
    },
    { ...base, indicators: [] },
    { ...base, scope: { by: 'kabupaten' } },
    { ...base, scope: { by: 'province' }, weights: { method: 'entropy' } },
    base,
  ];

  it('runner.run gives the result of runScenario, value for value, over a sequence of scenarios on the sample', () => {
    const runner = createRunner(table);
    for (const s of scenarios)
      expect(serialise(runner.run(s))).toBe(serialise(runScenario(table, s)));
  });

  it('a fresh runner per scenario gives runScenario’s result too (first runs)', () => {
    for (const s of scenarios) {
      expect(serialise(createRunner(table).run(s))).toBe(serialise(runScenario(table, s)));
    }
  });

  it('passes the file name into diagnostics as runScenario does', () => {
    const s = { ...base, indicators: [{ ...indicators[0]!, id: 'tidak_ada' }] };
    const a = createRunner(table, { file: 'desa.csv' }).run(s);
    expect(a.ok).toBe(false);
    expect(serialise(a)).toBe(serialise(runScenario(table, s, { file: 'desa.csv' })));
    expect(a.diagnostics[0]?.file).toBe('desa.csv');
  });

  it('a later run changes no array or diagnostic of an earlier result', () => {
    const runner = createRunner(table);
    const first = runner.run(scenarios[1]!);
    const before = serialise(first);
    for (const s of scenarios) runner.run(s);
    expect(serialise(first)).toBe(before);
  });

  it('never mutates the scenario (frozen) nor the table', () => {
    const frozen = structuredClone(scenarios[8]!);
    const deepFreeze = (o: unknown): void => {
      if (o !== null && typeof o === 'object' && !ArrayBuffer.isView(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
    };
    deepFreeze(frozen);
    const tableBefore = serialise({ table } as unknown as ScenarioResult);
    const runner = createRunner(table);
    expect(() => runner.run(frozen)).not.toThrow();
    expect(() => runner.run(frozen)).not.toThrow();
    expect(serialise({ table } as unknown as ScenarioResult)).toBe(tableBefore);
  });

  it('editing a diagnostic of one result does not reach the next run', () => {
    const runner = createRunner(table);
    const s = { ...base, missing: 'none' as const, indicators: [...indicators] };
    const a = runner.run(s);
    const d = a.diagnostics[0] as { message: string } | undefined;
    if (d !== undefined) d.message = 'edited';
    expect(serialise(runner.run(s))).toBe(serialise(runScenario(table, s)));
  });

  it('equals runScenario on a synthetic national-scale table (84,000 villages × 20) across weight and method changes', () => {
    const national = nationalTable(84_000, 20, 7);
    const rng = createRng(11);
    const nat: Scenario = {
      name: 'National',
      indicators: national.indicators,
      missing: 'median',
      select: { mode: 'top-n', n: 8400, quota: { min: 1, max: 3 } },
      classify: { scheme: 'quantile', k: 5 },
    };
    const weighted = (): Scenario => ({
      ...nat,
      weights: { method: 'manual' },
      indicators: withWeights(national.indicators, () => 0.5 + rng()),
    });
    const runner = createRunner(national.table);
    const zscore: Scenario = { ...nat, normalise: { method: 'zscore' } };
    for (const s of [nat, weighted(), zscore, weighted()]) {
      const mine = runner.run(s);
      expect(mine.stages?.selected.count).toBe(8400);
      expect(sameResult(mine, runScenario(national.table, s))).toBe(true);
    }
    // Within each kabupaten (about 2,400 of them here), after the pooled runs.
    const byKabupaten: Scenario = { ...weighted(), scope: { by: 'kabupaten' } };
    const mine = runner.run(byKabupaten);
    expect(mine.stages?.scope?.groups.length).toBeGreaterThan(100);
    expect(sameResult(mine, runScenario(national.table, byKabupaten))).toBe(true);
    // The comparison can fail: another weighting is another result.
    expect(sameResult(runner.run(weighted()), runScenario(national.table, nat))).toBe(false);
  }, 120_000);

  it('keeps the normalised columns across a weight change and makes them anew for another normalisation', () => {
    const runner = createRunner(table);
    const a = runner.run(scenarios[1]!).stages!;
    const b = runner.run(scenarios[2]!).stages!;
    const c = runner.run(scenarios[3]!).stages!;
    expect(b.normalised).toBe(a.normalised);
    expect(b.imputed).toBe(a.imputed);
    expect(b.aggregated.score).not.toBe(a.aggregated.score);
    expect(c.normalised).not.toBe(a.normalised);
    expect(c.treated).toBe(a.treated);
  });

  it('equals runScenario on random sequences of scenario changes (fast-check, seeded)', () => {
    const small = nationalTable(300, 5, 3);
    const change = fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 }),
      weighting: fc.constantFrom('manual', 'equal', 'entropy', 'critic'),
      missing: fc.constantFrom('median', 'mean', 'kecamatan-median', 'none'),
      treat: fc.constantFrom('none', 'winsorise', 'coinr', 'log'),
      normalise: fc.constantFrom('minmax', 'zscore', 'rank', 'percentile'),
      aggregate: fc.constantFrom('arithmetic', 'geometric', 'topsis', 'vikor'),
      n: fc.integer({ min: 1, max: 120 }),
      quota: fc.constantFrom(undefined, { min: 1 }, { max: 2 }, { min: 1, max: 4 }),
      scheme: fc.constantFrom('quantile', 'equal-interval', 'fisher-jenks'),
      scope: fc.constantFrom(undefined, 'all', 'province', 'kabupaten'),
    });
    let runs = 0;
    let scored = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        const runner = createRunner(small.table);
        for (const c of changes) {
          const s = {
            name: 'fc',
            indicators: withWeights(small.indicators, (j) => c.weights[j]! + (j === 0 ? 1 : 0)),
            missing: c.missing,
            treat: { method: c.treat },
            normalise: { method: c.normalise },
            weights: { method: c.weighting },
            aggregate: { method: c.aggregate },
            select: { mode: 'top-n', n: c.n, ...(c.quota === undefined ? {} : { quota: c.quota }) },
            classify: { scheme: c.scheme, k: 4 },
            ...(c.scope === undefined ? {} : { scope: { by: c.scope } }),
          } as Scenario;
          const mine = runner.run(s);
          expect(serialise(mine)).toBe(serialise(runScenario(small.table, s)));
          runs++;
          if (mine.ok) scored++;
        }
      }),
      { seed: 20261203, numRuns: 60 },
    );
    // Most drawn scenarios are valid and scored, so the comparison covers every stage.
    expect(scored).toBeGreaterThan(runs / 2);
  }, 60_000);
});
