import type { ScenarioResult } from '../result.ts';
import { finishRun } from '../scenario/finishRun.ts';
import type { ScenarioArgument } from '../scenario/scenarioArgument.ts';
import { checkTable, failedRun, startRun } from '../scenario/startRun.ts';
import { runScoped, type ScopedSource } from '../scope/runScoped.ts';
import { scopeDiagnostics } from '../scope/scopeDiagnostics.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { lastByKey } from './lastByKey.ts';
import { scopedUpstream } from './scopedUpstream.ts';
import { indicatorsKey, upstreamStages } from './upstreamStages.ts';

/** Options of {@link createRunner}. */
export interface RunnerOptions {
  /** File name of the table, copied into diagnostics (as `runScenario`'s `file`). */
  readonly file?: string;
}

/** A scenario runner bound to one table; see {@link createRunner}. */
export interface Runner {
  /** The table every run scores. */
  readonly table: VillageTable;
  /** Runs a scenario on the table: the same result as `runScenario(table, scenario, options)`. */
  run<T>(scenarioInput: T & ScenarioArgument<T>): ScenarioResult;
}

/**
 * A runner for many scenarios on one village table, for a weight slider or a national table
 * re-scored on every change: `runner.run(scenario)` returns what `runScenario(table, scenario)`
 * returns, value for value (every stage, diagnostic and hash), faster on the second and later runs.
 *
 * What it keeps between runs: the table checks, and the outputs of denominators, imputation,
 * outlier treatment and normalisation, each with the scenario settings it reads (the indicators
 * without their `weight`, the missing-data policy, the treatment, the normalisation). A run that
 * changes weights, aggregation, selection or classes starts from the normalised columns; one that
 * changes the normalisation reuses the imputed and treated columns. Weighting, aggregation,
 * ranking, selection and classes run every time and return new arrays, so an earlier result is
 * never changed by a later run; arrays kept between runs are shared by the results that used
 * them, which are read-only as every result is.
 *
 * A scenario with `scope.by` kabupaten or province is run as `runScenario` runs it, one group at
 * a time, and each group's stages 1–4 are kept the same way (per group), as is their merge into
 * the table's row order; changing the scope starts the kept stages afresh.
 *
 * The table is treated as immutable, as everywhere in lokus: change a column and the runner
 * keeps scoring the old values; make a new runner instead. Complexity of a run: that of
 * `runScenario`'s later stages, O(n·m) for the aggregation and O(n) for ranking (radix passes),
 * selection and quantile classes; the kept stages cost one O(m) key each.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', name: 'Sukamaju', values: { d1: 40, d2: 1 } },
 *   { code: '99.01.01.2002', name: 'Sukamundur', values: { d1: 10, d2: 9 } },
 * ]);
 * const meta = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' } as const);
 * const runner = createRunner(table);
 * const scenario = (w1: number) => ({ name: 'w', indicators: [{ ...meta('d1'), weight: w1 }, { ...meta('d2'), weight: 1 - w1 }], weights: { method: 'manual' }, select: { mode: 'top-n', n: 1 } } as const);
 * runner.run(scenario(0.8)).stages?.selected.selected; // => Uint8Array [1, 0]
 * runner.run(scenario(0.2)).stages?.selected.selected; // => Uint8Array [0, 1]
 */
export function createRunner(table: VillageTable, options: RunnerOptions = {}): Runner {
  const { file } = options;
  const checks = lastByKey<readonly CoreDiagnostic[]>();
  const upstream = upstreamStages(table);
  const scoped = lastByKey<(s: Parameters<typeof checkTable>[1]) => ScopedSource>();
  const rememberedChecks = (t: VillageTable, scenario: Parameters<typeof checkTable>[1]) =>
    copies(checks.get(indicatorsKey(scenario), () => checkTable(t, scenario, file)));
  return {
    table,
    run(scenarioInput) {
      const run = startRun(table, scenarioInput, file, rememberedChecks);
      if (!run.ok) return failedRun(run);
      const by = run.scenario.scope?.by;
      const scope = scopeDiagnostics(table, by, file);
      for (const d of scope) run.diagnostics.push(d);
      if (scope.some((d) => d.severity === 'error')) return failedRun(run);
      if (by === 'kabupaten' || by === 'province') {
        const source = scoped.get(by, () => scopedUpstream(table, by));
        return runScoped(run, source(run.scenario));
      }
      const up = upstream(run.scenario);
      for (const d of copies(up.diagnostics)) run.diagnostics.push(d);
      return finishRun(run, up);
    },
  };
}

/** Fresh copies of kept diagnostics, so that a caller who edits one does not edit the next run's. */
function copies(diagnostics: readonly CoreDiagnostic[]): CoreDiagnostic[] {
  return diagnostics.map((d) => ({ ...d }));
}
