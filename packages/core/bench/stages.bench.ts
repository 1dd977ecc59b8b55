/**
 * Benchmark of each stage of the scoring pipeline on its own, at national scale: ~84,000
 * synthetic villages × 20 indicators (seeded, `@lokus/synth` generateNational), with the scenario
 * of the pipeline benchmark (median imputation, minmax, equal weights, arithmetic mean, top 8,400
 * with kecamatan quota min 1 / max 3, quantile k = 5). Each stage is timed on the output of a
 * reference run, so a regression shows in the stage that caused it.
 *
 * Run: `pnpm bench core` or `node --expose-gc --import tsx packages/core/bench/stages.bench.ts`.
 * Prints one JSON object: per stage the median and minimum of the timed runs after warm-up (the
 * minimum is the least disturbed by other load on the machine).
 */
import { generateNational } from '@lokus/synth';
import { aggregate } from '../src/aggregate/aggregate.ts';
import { classify } from '../src/classify/classify.ts';
import { quantile } from '../src/classify/quantile.ts';
import { excludedByMissing } from '../src/impute/excludedByMissing.ts';
import { impute } from '../src/impute/impute.ts';
import { isConstant } from '../src/normalize/isConstant.ts';
import { normalise } from '../src/normalize/normalise.ts';
import { rankScores } from '../src/rank/rankScores.ts';
import { resolveScenario } from '../src/scenario/resolveScenario.ts';
import { runScenario } from '../src/scenario/runScenario.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { selectLoci } from '../src/select/selectLoci.ts';
import { applyDenominators } from '../src/table/applyDenominators.ts';
import { createTableFromColumns } from '../src/table/createTableFromColumns.ts';
import { validateTable } from '../src/table/validateTable.ts';
import { treatOutliers } from '../src/treat/treatOutliers.ts';
import { resolveWeights } from '../src/weight/resolveWeights.ts';

const SEED = 20261123;
const WARMUP = 5;
const RUNS = 15;

const national = generateNational({ seed: SEED });
const { table } = createTableFromColumns(national.columns);
const scenario: Scenario = {
  name: 'National benchmark (synthetic)',
  indicators: national.indicators,
  missing: 'median',
  normalise: { method: 'minmax', range: [0, 100] },
  weights: { method: 'equal' },
  aggregate: { method: 'arithmetic' },
  select: { mode: 'top-n', n: 8400, quota: { min: 1, max: 3 } },
  classify: { scheme: 'quantile', k: 5 },
};
const resolved = resolveScenario(scenario).scenario;
const reference = runScenario(table, scenario);
if (resolved === null || reference.stages === null) throw new Error('benchmark scenario failed');
const stages = reference.stages;
const indicators = resolved.indicators;
const score = stages.aggregated.score;

function time(fn: () => unknown): { medianMs: number; minMs: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { medianMs: round(ms[RUNS >> 1]!), minMs: round(ms[0]!) };
}

const timings = {
  validateTable: time(() => validateTable(table, indicators)),
  applyDenominators: time(() => applyDenominators(table, indicators)),
  impute: time(() => {
    for (const ind of indicators) {
      impute(stages.raw[ind.id]!, {
        method: ind.missing ?? resolved.missing,
        groups: table.kecamatan,
      });
    }
  }),
  excludedByMissing: time(() => {
    const columns: Record<string, Float64Array> = {};
    for (const ind of indicators) columns[ind.id] = stages.imputed[ind.id]!.values;
    return excludedByMissing(columns);
  }),
  treat: time(() => {
    for (const ind of indicators) {
      treatOutliers(stages.imputed[ind.id]!.values, {
        ...resolved.treat,
        method: ind.treat ?? resolved.treat.method,
        indicator: ind.id,
      });
    }
  }),
  normalise: time(() => {
    for (const ind of indicators) {
      const values = stages.treated[ind.id]!.values;
      isConstant(values);
      normalise(values, {
        method: resolved.normalise.method,
        direction: ind.direction,
        range: resolved.normalise.range,
      });
    }
  }),
  weights: time(() => resolveWeights(resolved.weights, indicators, stages.normalised)),
  aggregate: time(() =>
    aggregate(resolved.aggregate, {
      normalised: stages.normalised,
      treated: {},
      weights: stages.weights.weights,
      indicators,
      groups: table.kecamatan,
    }),
  ),
  rank: time(() => rankScores(score, { codes: table.code, groups: table.kecamatan })),
  select: time(() =>
    selectLoci({ table, score, ranked: stages.ranked, columns: stages.raw }, resolved.select),
  ),
  classify: time(() => classify(score, resolved.classify)),
  // What runScenario does for quantile classes of the score: read them off the ranking's order.
  classifyFromRanking: time(() =>
    quantile(score, resolved.classify.k, { descendingOrder: stages.ranked.order }),
  ),
  //CWO
  runScenario: time(() => runScenario(table, scenario)),
};

console.log(
  JSON.stringify({
    benchmark: 'core/stages',
    synthetic: true,
    seed: SEED,
    villages: table.length,
    indicators: indicators.length,
    warmup: WARMUP,
    runs: RUNS,
    stages: timings,
  }),
);
