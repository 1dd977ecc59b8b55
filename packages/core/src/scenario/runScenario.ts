import { aggregate } from '../aggregate/index.ts';
import { classify, quantile } from '../classify/index.ts';
import { excludedByMissing, impute } from '../impute/index.ts';
import { isConstant, normalise } from '../normalize/index.ts';
import { canonicalJson } from '../provenance/canonicalJson.ts';
import { hashString } from '../provenance/hash.ts';
import { tableHash } from '../provenance/tableHash.ts';
import { rankScores } from '../rank/index.ts';
import type {
  Classification,
  ImputeOutput,
  Provenance,
  ScenarioResult,
  Stages,
  TreatOutput,
} from '../result.ts';
import { selectLoci } from '../select/index.ts';
import { applyDenominators, validateTable } from '../table/index.ts';
import { treatOutliers } from '../treat/index.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import { VERSION } from '../version.ts';
import { resolveWeights } from '../weight/index.ts';
import { checkIndicatorColumns } from './checkIndicatorColumns.ts';
import { resolveScenario } from './resolveScenario.ts';
import type { ResolvedScenario } from './types.ts';
import { scenarioDefaults } from './vocabulary.ts';

const EMPTY_SCENARIO: ResolvedScenario = {
  name: '',
  description: '',
  year: null,
  indicators: [],
  ...scenarioDefaults,
  select: { ...scenarioDefaults.select },
};

/** Options of {@link runScenario}. */
export interface RunOptions {
  /** File name of the table, copied into diagnostics. */
  readonly file?: string;
}

/**
 * Runs a whole scenario on a village table: validate → denominators → impute → treat outliers →
 * normalise (oriented: higher = more need) → weight → aggregate → rank → select → classify.
 * Every stage's output is kept in `result.stages`, with the resolved scenario, all diagnostics and
 * provenance (hashes of the table and of the resolved scenario, library version), so the run can
 * be explained (`explainVillage`), compared (`compareResults`) and replayed. Same input, same
 * output. When the scenario or the table has an error, `ok` is false and `stages` is null.
 *
 * Under `goalposts` normalisation no outlier treatment is applied: goalposts are stated in the
 * indicator's own units, which a winsorise or log step would no longer match.
 *
 * Complexity: O(n·m) for n villages and m indicators, plus the ranking (O(n) radix passes once the
 * table's code order is known, O(n log n) the first time) and O(n²·m) for Copeland, which refuses
 * very large tables. Quantile classes of the score are read off the ranking's order, with no
 * second sort.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', name: 'Sukamaju', values: { d1: 40 } },
 *   { code: '99.01.01.2002', name: 'Sukamundur', values: { d1: 10 } },
 * ]);
 * const result = runScenario(table, {
 *   name: 'Desil 1',
 *   indicators: [{ id: 'd1', label: { id: 'KK desil 1', en: 'Desil 1 households' }, kind: 'count', direction: 'higher-is-worse' }],
 *   select: { mode: 'top-n', n: 1 },
 * });
 * result.stages?.ranked.rank; // => Float64Array [1, 2]
 * result.stages?.selected.selected; // => Uint8Array [1, 0]
 */
export function runScenario(
  table: VillageTable,
  scenarioInput: unknown,
  options: RunOptions = {},
): ScenarioResult {
  const { scenario: resolved, diagnostics: scenarioDiagnostics } = resolveScenario(scenarioInput);
  const diagnostics: CoreDiagnostic[] = [...scenarioDiagnostics];
  const scenario = resolved ?? EMPTY_SCENARIO;
  const provenance: Provenance = {
    inputHash: tableHash(table),
    scenarioHash: hashString(canonicalJson(resolved ?? scenarioInput)),
    library: '@lokus/core',
    version: VERSION,
  };
  const ids = scenario.indicators.map((ind) => ind.id);
  const fail = (): ScenarioResult => ({
    ok: false,
    scenario,
    table,
    indicators: ids,
    stages: null,
    diagnostics,
    provenance,
  });
  if (resolved === null) return fail();

  const fileOption = options.file === undefined ? {} : { file: options.file };
  const columns = checkIndicatorColumns(table, scenario.indicators, fileOption);
  diagnostics.push(...columns.diagnostics);
  diagnostics.push(...validateTable(table, columns.present, fileOption));
  if (diagnostics.some((d) => d.severity === 'error')) return fail();

  // 1. Indicator values with denominators applied.
  const raw = applyDenominators(table, scenario.indicators);

  // 2. Impute.
  const imputed: Record<string, ImputeOutput> = {};
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

  // 3. Treat outliers.
  const treated: Record<string, TreatOutput> = {};
  const treatedColumns: Record<string, Float64Array> = {};
  for (const ind of scenario.indicators) {
    // Goalposts are in the indicator's own units: transforming the values first would break them.
    const goalposted = scenario.normalise.method === 'goalposts';
    const out = treatOutliers(imputed[ind.id]!.values, {
      ...scenario.treat,
      method: goalposted ? 'none' : (ind.treat ?? scenario.treat.method),
      indicator: ind.id,
    });
    treated[ind.id] = out;
    treatedColumns[ind.id] = out.values;
    const log = out.log;
    if (log.applied === 'winsorise') {
      diagnostics.push({
        code: 'OUTLIER_WINSORISED',
        severity: 'info',
        message: `"${ind.id}": ${log.winsorisedLow + log.winsorisedHigh} value(s) winsorised (skew ${log.skew.toFixed(2)}, kurtosis ${log.kurtosis.toFixed(2)}).`,
        column: ind.id,
      });
    } else if (log.applied === 'log') {
      diagnostics.push({
        code: 'OUTLIER_LOG_TRANSFORMED',
        severity: 'info',
        message: `"${ind.id}": log-transformed (skew ${log.skew.toFixed(2)}, kurtosis ${log.kurtosis.toFixed(2)}).`,
        column: ind.id,
      });
    }
  }

  // 4. Normalise, oriented so that higher = more need.
  const normalised: Record<string, Float64Array> = {};
  for (const ind of scenario.indicators) {
    const values = treatedColumns[ind.id]!;
    if (isConstant(values)) {
      diagnostics.push({
        code: 'CONSTANT_INDICATOR',
        severity: 'warning',
        message: `"${ind.id}" has the same value for every village; it cannot separate them.`,
        column: ind.id,
      });
    }
    normalised[ind.id] = normalise(values, {
      method: scenario.normalise.method,
      direction: ind.direction,
      range: scenario.normalise.range,
      ...(ind.goalposts === undefined ? {} : { goalposts: ind.goalposts }),
    });
  }

  // 5. Weight. 6. Aggregate.
  const weights = resolveWeights(scenario.weights, scenario.indicators, normalised);
  const aggregated = aggregate(scenario.aggregate, {
    normalised,
    treated: treatedColumns,
    weights: weights.weights,
    indicators: scenario.indicators,
    groups: table.kecamatan,
  });
  diagnostics.push(...aggregated.diagnostics);
  if (aggregated.diagnostics.some((d) => d.severity === 'error')) return fail();
  let score = aggregated.output.score;
  if (anyExcluded) {
    score = Float64Array.from(score, (s, i) => (excluded[i] === 1 ? Number.NaN : s));
  }
  const aggregatedOutput = { ...aggregated.output, score };

  // 7. Rank. 8. Select.
  const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
  const selection = selectLoci({ table, score, ranked, columns: raw }, scenario.select);
  diagnostics.push(...selection.diagnostics);

  // 9. Classify the score, or one raw indicator.
  const field = scenario.classify.field;
  const classValues = field === undefined ? score : (raw[field] ?? table.columns[field]);
  let classes: Classification;
  if (field === undefined && scenario.classify.scheme === 'quantile') {
    // The ranking has already sorted the score: read the quantiles off its order.
    classes = quantile(score, scenario.classify.k, { descendingOrder: ranked.order });
  } else if (classValues === undefined) {
    diagnostics.push({
      code: 'UNKNOWN_INDICATOR',
      severity: 'error',
      message: `classify.field "${field}" is not a column of the table.`,
      path: 'classify.field',
      value: field,
    });
    return fail();
  } else classes = classify(classValues, scenario.classify);

  const stages: Stages = {
    raw: raw as IndicatorColumns,
    imputed,
    excluded,
    treated,
    normalised,
    weights,
    aggregated: aggregatedOutput,
    ranked,
    selected: selection.output,
    classes,
  };
  return { ok: true, scenario, table, indicators: ids, stages, diagnostics, provenance };
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
