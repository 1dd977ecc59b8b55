import type { ImputeOutput, TreatLog, TreatOutput } from '../result.ts';
import type { NormalisedStages } from '../scenario/finishRun.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { applyDenominators } from '../table/index.ts';
import type { VillageTable } from '../types.ts';
import { lazyRecord } from './lazyRecord.ts';
import { scatter } from './scatter.ts';
import type { ScopeGroups } from './scopeGroups.ts';

/** Stages 1–4 of a scoped run gathered into table row order, with what each group kept. */
export interface MergedUpstream extends NormalisedStages {
  /** Each group's treatment log per indicator. */
  readonly logs: readonly Readonly<Record<string, TreatLog>>[];
  /** Each group's lowest and highest treated value per indicator. */
  readonly bounds: readonly Readonly<Record<string, readonly [number, number]>>[];
}

const f64 = (n: number) => new Float64Array(n);
const u8 = (n: number) => new Uint8Array(n);

/**
 * The outputs of stages 1–4 of every group of a scoped run, put back in the table's row order:
 * the indicator values (denominators applied to the whole table, a per-village step), imputed,
 * treated and normalised columns. Where no group changed a stage's input (nothing imputed, no
 * outlier treated) the run-wide column shares the previous stage's, as in a run of one pool.
 * The merged columns are made when first read ({@link lazyRecord}) and then kept. O(n·m) when
 * every column is read, O(m·groups) before. Internal to scoped runs.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * const groups = scopeGroups(table, 'province');
 * const source = scopedSource(table, scenario, groups);
 * const parts = groups.keys.map((_, g) => source.group(g).up);
 * mergeUpstream(table, scenario, groups, parts).bounds; // => [{ a: [1, 1] }, { a: [3, 3] }]
 */
export function mergeUpstream(
  table: VillageTable,
  scenario: ResolvedScenario,
  groups: ScopeGroups,
  parts: readonly NormalisedStages[],
): MergedUpstream {
  const { rows } = groups;
  const raw = applyDenominators(table, scenario.indicators);
  const ids = scenario.indicators.map((ind) => ind.id);
  const same = (a: (p: NormalisedStages) => unknown, b: (p: NormalisedStages) => unknown) =>
    parts.every((p) => a(p) === b(p));
  // Each merged column is made when first read (see lazyRecord); where no group changed a
  // stage's input, the column is the previous stage's.
  const imputed = lazyRecord<ImputeOutput>(ids, (id) => ({
    values: same(
      (p) => p.imputed[id]!.values,
      (p) => p.raw[id],
    )
      ? raw[id]!
      : scatter(
          f64,
          rows,
          parts.map((p) => p.imputed[id]!.values),
        ),
    imputed: scatter(
      u8,
      rows,
      parts.map((p) => p.imputed[id]!.imputed),
    ),
  }));
  const treatedColumns = lazyRecord<Float64Array>(ids, (id) =>
    same(
      (p) => p.treatedColumns[id],
      (p) => p.imputed[id]!.values,
    )
      ? imputed[id]!.values
      : scatter(
          f64,
          rows,
          parts.map((p) => p.treatedColumns[id]!),
        ),
  );
  const treated = lazyRecord<TreatOutput>(ids, (id) => ({
    values: treatedColumns[id]!,
    log: mergedLog(
      id,
      parts.map((p) => p.treated[id]!.log),
    ),
  }));
  const normalised = lazyRecord<Float64Array>(ids, (id) =>
    scatter(
      f64,
      rows,
      parts.map((p) => p.normalised[id]!),
    ),
  );
  const anyExcluded = parts.some((p) => p.anyExcluded);
  const excluded = anyExcluded
    ? scatter(
        u8,
        rows,
        parts.map((p) => p.excluded),
      )
    : new Uint8Array(table.length);
  return {
    raw,
    imputed,
    excluded,
    anyExcluded,
    treated,
    treatedColumns,
    normalised,
    logs: parts.map((p) =>
      Object.fromEntries(Object.entries(p.treated).map(([k, v]) => [k, v.log])),
    ),
    bounds: parts.map((p) => boundsOf(p.treatedColumns)),
  };
}

/**
 * One indicator's treatment over the groups: the strongest applied (`log` over `winsorise` over
 * `none`), the winsorised counts added; skew and kurtosis belong to each group and are `NaN` here
 * (a single group's log is its own).
 */
function mergedLog(indicator: string, logs: readonly TreatLog[]): TreatLog {
  if (logs.length === 1) return logs[0]!;
  const applied = logs.some((l) => l.applied === 'log')
    ? 'log'
    : logs.some((l) => l.applied === 'winsorise')
      ? 'winsorise'
      : 'none';
  let low = 0;
  let high = 0;
  for (const l of logs) {
    low += l.winsorisedLow;
    high += l.winsorisedHigh;
  }
  return {
    indicator,
    requested: logs[0]!.requested,
    applied,
    skew: Number.NaN,
    kurtosis: Number.NaN,
    skewAfter: Number.NaN,
    kurtosisAfter: Number.NaN,
    winsorisedLow: low,
    winsorisedHigh: high,
  };
}

/** Lowest and highest finite value of each column (`[NaN, NaN]` without one). */
function boundsOf(
  columns: Readonly<Record<string, Float64Array>>,
): Record<string, readonly [number, number]> {
  const out: Record<string, readonly [number, number]> = {};
  for (const [id, col] of Object.entries(columns)) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out[id] = lo > hi ? [Number.NaN, Number.NaN] : [lo, hi];
  }
  return out;
}
