import type {
  AggregateOutput,
  Classification,
  RankOutput,
  ScopeGroup,
  SelectOutput,
  Stages,
  WeightOutput,
} from '../result.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { countRanked } from '../select/selection.ts';
import { selectionTarget } from '../select/selectionTarget.ts';
import type { MergedUpstream } from './mergeUpstream.ts';
import { scatter } from './scatter.ts';
import type { ScopeGroups } from './scopeGroups.ts';

const f64 = (n: number) => new Float64Array(n);

/**
 * The stages of a scoped run from each group's own run: every per-village array in the table's
 * row order (`ranked.order` the groups one after the other, ascending key), the per-group
 * parameters in `scope.groups`, and run-wide summaries of them as documented on
 * {@link Stages.scope}. O(n·m). Internal to scoped runs.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }]);
 * const input = { name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }], select: { mode: 'top-n', n: 1 } } as const;
 * const scenario = resolveScenario(input).scenario!;
 * const groups = scopeGroups(table, 'province');
 * const source = scopedSource(table, scenario, groups);
 * const ups = groups.keys.map((_, g) => source.group(g).up);
 * const parts = groups.rows.map((rows) => runScenario(subTable(table, rows), input).stages!);
 * mergeStages(scenario, groups, mergeUpstream(table, scenario, groups, ups), parts).selected.selected;
 * // => Uint8Array [1, 1]
 */
export function mergeStages(
  scenario: ResolvedScenario,
  groups: ScopeGroups,
  up: MergedUpstream,
  parts: readonly Stages[],
): Stages {
  const { rows } = groups;
  const ranked = mergeRanks(
    rows,
    parts.map((p) => p.ranked),
  );
  const scope = {
    by: groups.by,
    groups: groups.keys.map((key, g) => scopeGroup(scenario, key, rows[g]!, up, g, parts[g]!)),
  };
  return {
    raw: up.raw,
    imputed: up.imputed,
    excluded: up.excluded,
    treated: up.treated,
    normalised: up.normalised,
    weights: mergeWeights(
      rows,
      parts.map((p) => p.weights),
    ),
    aggregated: mergeAggregated(
      rows,
      parts.map((p) => p.aggregated),
    ),
    ranked,
    selected: mergeSelected(
      rows,
      parts.map((p) => p.selected),
    ),
    classes: mergeClasses(
      rows,
      parts.map((p) => p.classes),
    ),
    scope,
  };
}

/** What one group computed from its own villages. */
function scopeGroup(
  scenario: ResolvedScenario,
  key: string,
  rows: Int32Array,
  up: MergedUpstream,
  g: number,
  part: Stages,
): ScopeGroup {
  const ranked = countRanked(part.ranked.rank);
  const limits = selectionTarget(scenario.select, ranked);
  return {
    key,
    rows,
    treated: up.logs[g]!,
    bounds: up.bounds[g]!,
    weights: part.weights,
    summary: part.aggregated.summary,
    ranked,
    target: Number.isFinite(limits.target) ? limits.target : null,
    cutoff: limits.cutoffText,
    selected: part.selected.count,
    classes: { bins: part.classes.bins, counts: part.classes.counts },
  };
}

/** Ranks within each group at their rows; the groups' orders one after the other. */
function mergeRanks(rows: readonly Int32Array[], parts: readonly RankOutput[]): RankOutput {
  const order = new Int32Array(parts.reduce((a, p) => a + p.order.length, 0));
  let at = 0;
  parts.forEach((p, g) => {
    const r = rows[g]!;
    for (let k = 0; k < p.order.length; k++) order[at++] = r[p.order[k]!]!;
  });
  return {
    ...parts[0]!,
    rank: scatter(
      f64,
      rows,
      parts.map((p) => p.rank),
    ),
    rankInKecamatan: scatter(
      f64,
      rows,
      parts.map((p) => p.rankInKecamatan),
    ),
    order,
  };
}

/** The groups' weights when they agree, else their mean weighted by villages. */
function mergeWeights(rows: readonly Int32Array[], parts: readonly WeightOutput[]): WeightOutput {
  const first = parts[0]!;
  const agree = (pick: (w: WeightOutput) => Readonly<Record<string, number>> | undefined) =>
    parts.every((w) => {
      const a = pick(w);
      const b = pick(first);
      return a === b || (a !== undefined && b !== undefined && sameRecord(a, b));
    });
  if (agree((w) => w.weights) && agree((w) => w.dimensions)) return first;
  const mean = (pick: (w: WeightOutput) => Readonly<Record<string, number>> | undefined) => {
    const base = pick(first);
    if (base === undefined) return undefined;
    let total = 0;
    for (const r of rows) total += r.length;
    const out: Record<string, number> = {};
    for (const id of Object.keys(base)) {
      let sum = 0;
      parts.forEach((w, g) => {
        sum += (pick(w)?.[id] ?? 0) * rows[g]!.length;
      });
      out[id] = sum / total;
    }
    return out;
  };
  const dimensions = mean((w) => w.dimensions);
  return {
    method: first.method,
    weights: mean((w) => w.weights)!,
    ...(dimensions === undefined ? {} : { dimensions }),
  };
}

function sameRecord(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** Scores and per-village details at their rows; the totals every group shares. */
function mergeAggregated(
  rows: readonly Int32Array[],
  parts: readonly AggregateOutput[],
): AggregateOutput {
  const first = parts[0]!;
  const details: Record<string, Float64Array> = {};
  for (const key of Object.keys(first.details)) {
    details[key] = scatter(
      f64,
      rows,
      parts.map((p) => p.details[key] ?? f64(0)),
    );
  }
  const summary: Record<string, number> = {};
  for (const [key, value] of Object.entries(first.summary)) {
    if (parts.every((p) => Object.is(p.summary[key], value))) summary[key] = value;
  }
  return {
    method: first.method,
    score: scatter(
      f64,
      rows,
      parts.map((p) => p.score),
    ),
    details,
    summary,
  };
}

/** Loci, reasons and sentences at their rows; reasons and sentences gathered on first read. */
function mergeSelected(rows: readonly Int32Array[], parts: readonly SelectOutput[]): SelectOutput {
  const n = rows.reduce((a, r) => a + r.length, 0);
  const gather = <T>(pick: (p: SelectOutput) => readonly T[]): T[] => {
    const out = new Array<T>(n);
    parts.forEach((p, g) => {
      const r = rows[g]!;
      const src = pick(p);
      for (let k = 0; k < r.length; k++) out[r[k]!] = src[k]!;
    });
    return out;
  };
  let reason: SelectOutput['reason'] | null = null;
  let detail: string[] | null = null;
  return {
    selected: scatter(
      (m) => new Uint8Array(m),
      rows,
      parts.map((p) => p.selected),
    ),
    get reason() {
      reason ??= gather((p) => p.reason);
      return reason;
    },
    get detail() {
      detail ??= gather((p) => p.detail);
      return detail;
    },
    count: parts.reduce((a, p) => a + p.count, 0),
  };
}

/** Classes at their rows, counts added, bins shared or each class's highest upper bound. */
function mergeClasses(
  rows: readonly Int32Array[],
  parts: readonly Classification[],
): Classification {
  const first = parts[0]!;
  const classes = Math.max(...parts.map((p) => Math.max(p.bins.length, p.counts.length)));
  const counts = new Array<number>(classes).fill(0);
  const bins = new Array<number>(Math.max(...parts.map((p) => p.bins.length))).fill(
    Number.NEGATIVE_INFINITY,
  );
  let agree = true;
  for (const p of parts) {
    p.counts.forEach((c, k) => {
      counts[k] = counts[k]! + c;
    });
    p.bins.forEach((b, k) => {
      bins[k] = Math.max(bins[k]!, b);
    });
    agree &&=
      p.bins.length === first.bins.length && p.bins.every((b, k) => Object.is(b, first.bins[k]));
  }
  return {
    ...first,
    bins: agree ? first.bins : bins,
    classOf: scatter(
      (m) => new Int32Array(m),
      rows,
      parts.map((p) => p.classOf),
    ),
    counts: counts.slice(0, Math.max(...parts.map((p) => p.counts.length))),
  };
}
