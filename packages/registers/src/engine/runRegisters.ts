import { aggregateSql, villageHashesUniqueSql } from '../sql/aggregateSql.ts';
import { type KeyCounts, keysSql } from '../sql/keysSql.ts';
import { numberedSql, numberedTable } from '../sql/numberedSql.ts';
import { sqlValue } from '../sql/sqlValue.ts';
import { type StagePlan, stageSql, villageSql } from '../sql/stageSql.ts';
import type {
  DefinitionSet,
  IndicatorDefinition,
  RegisterDiagnostic,
  RegisterSource,
} from '../types.ts';
import {
  checkOrphans,
  checkRegister,
  type RegisterCheck,
  rowCountsOf,
  rowProblems,
} from './checkRegister.ts';
import { jsonRows } from './jsonRows.ts';
import { matchSources } from './matchSources.ts';
import { planRegisters } from './planRegisters.ts';
import type { SqlRunner } from './SqlRunner.ts';
import { safeErrorText } from './safeErrorText.ts';
import {
  type KnownVillage,
  type SmallCellPolicy,
  type VillageValues,
  villageValues,
} from './villageValues.ts';

/** Options of {@link runRegisters}. */
export interface RunRegistersOptions {
  /** The district's villages; without it, every well-formed code of the register is a village. */
  readonly known?: readonly KnownVillage[];
  /** Small-cell threshold (default: the definitions' `smallCount`, else 5). */
  readonly smallCount?: number;
  /** `flag` (default) keeps small counts and lists them; `suppress` empties them. */
  readonly smallCells?: SmallCellPolicy;
  /** Also write each indicator's rate column (default false). */
  readonly rates?: boolean;
  /** Called before each long step with a short label (`reading keluarga`, …). */
  readonly onStep?: (label: string) => void;
}

/** What {@link runRegisters} returns: the village table, its small cells and every problem. */
export interface IndicatorResult extends Omit<VillageValues, 'unknown' | 'diagnostics'> {
  readonly diagnostics: readonly RegisterDiagnostic[];
  /** Rows read per register (before repairs). */
  readonly rows: Readonly<Record<string, number>>;
}

const EMPTY = (diagnostics: RegisterDiagnostic[]): IndicatorResult => ({
  columns: [],
  records: [],
  small: {},
  diagnostics,
  rows: {},
});

/** Rows of each unknown village code, with example rows. */
async function unknownDiagnostics(
  runner: SqlRunner,
  households: StagePlan,
  unknown: ReadonlyMap<string, number>,
): Promise<RegisterDiagnostic[]> {
  if (unknown.size === 0) return [];
  const codes = [...unknown.keys()].map(sqlValue).join(', ');
  await runner.query(numberedSql(households));
  const numbered = `(SELECT _file, _row, ${villageSql('_v')} AS _village FROM ${numberedTable(households.register)})`;
  const rows = await runner.query(
    `SELECT _village, min(_file) AS _file, list(_row ORDER BY _file, _row)[1:5] AS rows FROM ${numbered} WHERE _village IN (${codes}) GROUP BY _village ORDER BY _village`,
  );
  return rows.map((r) => {
    const list = (r.rows as number[]).map(Number);
    const count = unknown.get(String(r._village)) ?? 0;
    return {
      code: 'UNKNOWN_VILLAGE_CODE',
      severity: 'warning',
      message: `${count} households have village code ${String(r._village)}, which is not a village of the district; they and their members are left out (rows ${list.join(', ')}, …)`,
      file: households.sources[Number(r._file)]!.source.file,
      row: list[0]!,
      rows: list,
      column: households.register.village!,
      value: String(r._village),
      village: String(r._village),
      register: households.register.id,
      count,
    } satisfies RegisterDiagnostic;
  });
}

/** Reads every register into its working relation (`stageSql`), households first. */
async function stageAll(
  runner: SqlRunner,
  stages: readonly StagePlan[],
  onStep: (l: string) => void,
): Promise<void> {
  for (const plan of stages) {
    onStep(`reading ${plan.register.id}`);
    for (const sql of stageSql(plan)) await runner.query(sql);
  }
}

/** Each register's key counts (`keysSql`), in stage order. */
async function keysAll(runner: SqlRunner, stages: readonly StagePlan[]): Promise<KeyCounts[]> {
  const out: KeyCounts[] = [];
  for (const plan of stages) {
    const [k] = await runner.query(keysSql(plan.register));
    out.push(k as unknown as KeyCounts);
  }
  return out;
}

/** Both results, once both have settled (neither left running); the first one's error first. */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

/** What {@link checkAndCount} gives: each register's check, and its counts per village. */
interface Counted {
  readonly checks: RegisterCheck[];
  readonly aggregates: Record<string, unknown>[][] | null;
}

/**
 * Checks every register's keys and counts per village. With a second session, the keys are
 * checked there while the counts are made here, on the guess that no key repeats; only when
 * one does (the repair changes the rows) are the counts made again, after the repair. Without
 * one, or when a check finds an error, the steps run in turn. `aggregates` is null when a
 * check found an error.
 */
async function checkAndCount(
  runner: SqlRunner,
  set: DefinitionSet,
  plan: { stages: readonly StagePlan[]; indicators: readonly IndicatorDefinition[] },
  onStep: (l: string) => void,
): Promise<Counted> {
  const { stages, indicators } = plan;
  const errors = (checks: readonly RegisterCheck[]) =>
    checks.some((c) => c.diagnostics.some((d) => d.severity === 'error'));
  const side = await runner.session?.();
  if (side === undefined) {
    const checks: RegisterCheck[] = [];
    for (const stage of stages) {
      onStep(`checking ${stage.register.id}`);
      checks.push(await checkRegister(runner, stage));
    }
    if (errors(checks)) return { checks, aggregates: null };
    onStep('counting per village');
    return { checks, aggregates: await countAll(runner, set, stages, indicators) };
  }
  try {
    onStep('counting per village, checking keys alongside');
    const [keys, counted] = await both(
      keysAll(side, stages),
      countAll(runner, set, stages, indicators),
    );
    const checks: RegisterCheck[] = [];
    for (const [i, stage] of stages.entries()) {
      checks.push(await checkRegister(runner, stage, keys[i]));
    }
    if (errors(checks)) return { checks, aggregates: null };
    if (checks.every((c) => c.diagnostics.length === 0)) return { checks, aggregates: counted };
    onStep('counting per village');
    return { checks, aggregates: await countAll(runner, set, stages, indicators) };
  } finally {
    side.close();
  }
}

/** The per-village counts of every register (households first: persons read their groups). */
async function countAll(
  runner: SqlRunner,
  set: DefinitionSet,
  stages: readonly StagePlan[],
  indicators: readonly IndicatorDefinition[],
): Promise<Record<string, unknown>[][]> {
  const aggregates: Record<string, unknown>[][] = [];
  let byHash = true;
  for (const [i, stage] of stages.entries()) {
    const ids = indicators.filter((d) => d.register === stage.register.id).map((d) => d.id);
    const statements = aggregateSql(set, stage.register, ids, stage.fields, { byHash, json: true });
    for (const sql of statements.slice(0, -1)) await runner.query(sql);
    const [last] = await runner.query(statements.at(-1)!);
    aggregates.push(jsonRows(last?._rows));
    if (i === 0) {
      const [check] = await runner.query(villageHashesUniqueSql(stage.register));
      byHash = check?.unique === true;
    }
  }
  return aggregates;
}

/** Per register its row problems, then persons without a household. */
async function problemsAfterCounting(
  runner: SqlRunner,
  stages: readonly StagePlan[],
  checks: readonly RegisterCheck[],
  aggregates: readonly Record<string, unknown>[][],
): Promise<RegisterDiagnostic[]> {
  const out: RegisterDiagnostic[] = [];
  for (const [i, plan] of stages.entries()) {
    const counts = checks[i]!.rowCounts ?? rowCountsOf(plan, aggregates[i]!);
    out.push(...(await rowProblems(runner, plan, counts, checks[i]!.diagnostics)));
  }
  for (const [i, persons] of stages.entries()) {
    if (i === 0) continue;
    const joined = aggregates[i]!.reduce((s, r) => s + Number(r._joined), 0);
    const orphans = checks[i]!.counts.kept - joined;
    out.push(...(await checkOrphans(runner, persons, stages[0]!.register, orphans)));
  }
  return out;
}

/**
 * From register files to village indicators, on any SQL engine that speaks DuckDB's dialect
 * (DuckDB in Node, DuckDB-Wasm in a browser): matches each file to a register by its header,
 * drops indicators whose files or columns are missing (errors), reads each register into a
 * working table with only the columns the indicators use (personal columns are never read; a
 * NIK key only as a hash), checks and repairs rows (repeated keys, impossible values, malformed
 * or unknown village codes, persons without a household: warnings with counts and example row
 * numbers), counts every indicator per village and returns the village table for `@lokus/core`
 * with its small cells flagged or suppressed. Nothing but village aggregates leaves.
 *
 * Method: a view per register (CSV parsed once into a table), one key scan each, one hash
 * aggregate per register that also counts the row checks (persons through one hash join),
 * O(rows); row numbers, repairs and examples are computed only when a problem needs them. With
 * a runner that opens a second session (`SqlRunner.session`, as DuckDB in Node does), the key
 * scans run there while the counts are made, and the counts are made again only if a key
 * repeats; the result is the same either way.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * // A runner over @duckdb/node-api, as `duckdbRunner()` of @lokus/registers/node gives one
 * const { DuckDBInstance } = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('@duckdb/node-api');
 * const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
 * const runner = { query: async (sql) => JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), (k, v) => (typeof v === 'bigint' ? Number(v) : v))) };
 * const kecil = 'packages/registers/test/fixtures/kecil';
 * const sources = [{ file: `${kecil}/keluarga.csv`, format: 'csv' }, { file: `${kecil}/anggota.csv`, format: 'csv' }];
 * const result = await runRegisters(runner, set, sources);
 * [result.records.length, result.rows]; // => [3, { keluarga: 9, anggota: 19 }]
 * result.records[0];
 * // => { code: '99.01.01.2001', values: { kk_total: 4, penduduk: 10, desil1_kk: 2, desil12_kk: 3, miskin_ekstrem_jiwa: 6, rtlh_unit: 2, tanpa_air_kk: 2, tanpa_sanitasi_kk: 2, atps_anak: 3 } }
 * result.diagnostics.map((d) => [d.code, d.count]); // => [['SMALL_COUNT', 19]]
 * connection.closeSync();
 */
export async function runRegisters(
  runner: SqlRunner,
  set: DefinitionSet,
  sources: readonly RegisterSource[],
  options: RunRegistersOptions = {},
): Promise<IndicatorResult> {
  const onStep = options.onStep ?? (() => {});
  const matched = await matchSources(runner, set, sources);
  const plan = planRegisters(set, matched.byRegister);
  const diagnostics = [...matched.diagnostics, ...plan.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error') || plan.stages.length === 0) {
    return EMPTY(diagnostics);
  }
  try {
    await stageAll(runner, plan.stages, onStep);
    const { checks, aggregates } = await checkAndCount(runner, set, plan, onStep);
    if (aggregates === null) {
      const empty = checks.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error'));
      return EMPTY([...diagnostics, ...empty]);
    }
    diagnostics.push(...(await problemsAfterCounting(runner, plan.stages, checks, aggregates)));
    const values = villageValues(aggregates, plan.indicators, {
      ...(options.known === undefined ? {} : { known: options.known }),
      smallCount: options.smallCount ?? set.smallCount,
      smallCells: options.smallCells ?? 'flag',
      rates: options.rates ?? false,
    });
    diagnostics.push(
      ...(await unknownDiagnostics(runner, plan.stages[0]!, values.unknown)),
      ...values.diagnostics,
    );
    const { unknown: _u, diagnostics: _d, ...table } = values;
    const rows = Object.fromEntries(
      plan.stages.map((p, i) => [p.register.id, checks[i]!.counts.rows]),
    );
    return { ...table, diagnostics, rows };
  } catch (error) {
    diagnostics.push({
      code: 'REGISTER_FILE_UNREADABLE',
      severity: 'error',
      message: `the register files cannot be read to the end: ${safeErrorText(error)}`,
    });
    return EMPTY(diagnostics);
  }
}
