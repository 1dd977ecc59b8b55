import { checkSql } from '../sql/checkSql.ts';
import { dedupSql } from '../sql/dedupSql.ts';
import { type ExampleKind, exampleRowsSql } from '../sql/exampleRowsSql.ts';
import { type KeyCounts, keysSql } from '../sql/keysSql.ts';
import { numberedSql } from '../sql/numberedSql.ts';
import type { StagePlan } from '../sql/stageSql.ts';
import type { RegisterDiagnostic, RegisterSpec } from '../types.ts';
import type { SqlRunner } from './SqlRunner.ts';

/** Row counts of a staged register after its key check. */
export interface RegisterCounts {
  readonly rows: number;
  /** Rows kept after removing repeated keys. */
  readonly kept: number;
}

/**
 * The row check counts of a register (as `checkSql` names them): `malformed` for households,
 * `bad:<field>` and `missing:<field>` per field.
 */
export type RowCounts = Readonly<Record<string, number>>;

interface Examples {
  readonly file?: string;
  readonly row?: number;
  readonly rows: number[];
  readonly value?: unknown;
}

/** Up to five example rows of a problem: first file, first row, row numbers, first value. */
async function examples(runner: SqlRunner, plan: StagePlan, what: ExampleKind): Promise<Examples> {
  await runner.query(numberedSql(plan));
  const rows = await runner.query(exampleRowsSql(plan.register, what));
  const first = rows[0];
  const file = first === undefined ? undefined : plan.sources[Number(first._file)]?.source.file;
  return {
    ...(file === undefined ? {} : { file }),
    ...(first === undefined ? {} : { row: Number(first._row) }),
    rows: rows.map((r) => Number(r._row)),
    ...(first?.value === undefined ? {} : { value: shownValue(first.value) }),
  };
}

/**
 * A cell value as it may be shown: numbers (the usual impossible values: desil 11, age 150) and
 * canonical-looking codes as written; any other text is withheld, since a shifted column can put
 * a name or a NIK into a declared field.
 */
function shownValue(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const text = String(value).trim();
  const plain = /^-?[\d.,]{1,13}$/.test(text) && !/\d{14,}/.test(text.replaceAll(/[.,]/g, ''));
  return plain ? text : '(text withheld)';
}

const rowList = (e: Examples) => (e.rows.length === 0 ? '' : ` (rows ${e.rows.join(', ')}, …)`);

type Make = (
  code: RegisterDiagnostic['code'],
  severity: RegisterDiagnostic['severity'],
  count: number,
  message: string,
  e: Examples,
  extra?: Partial<RegisterDiagnostic>,
) => RegisterDiagnostic;

const make =
  (register: RegisterSpec): Make =>
  (code, severity, count, message, e, extra = {}) => ({
    code,
    severity,
    message: `${message}${rowList(e)}`,
    register: register.id,
    count,
    rows: e.rows,
    ...(e.file === undefined ? {} : { file: e.file }),
    ...(e.row === undefined ? {} : { row: e.row }),
    ...extra,
  });

/** Impossible and missing values of each staged field. */
async function fieldProblems(
  runner: SqlRunner,
  plan: StagePlan,
  c: RowCounts,
  d: Make,
): Promise<RegisterDiagnostic[]> {
  const out: RegisterDiagnostic[] = [];
  for (const f of plan.fields) {
    const bad = Number(c[`bad:${f}`]);
    const spec = plan.register.fields[f]!;
    const allowed =
      spec.type === 'flag'
        ? '0 or 1'
        : spec.values !== undefined
          ? spec.values.join(', ')
          : `${spec.type}${spec.min === undefined ? '' : ` ≥ ${spec.min}`}${spec.max === undefined ? '' : ` ≤ ${spec.max}`}`;
    if (bad > 0) {
      const e = await examples(runner, plan, { kind: 'bad', column: f });
      const message = `${bad} rows of ${plan.register.id} have an impossible ${f} (possible: ${allowed}; first: ${String(e.value)}); they count as missing`;
      out.push(d('IMPOSSIBLE_VALUE', 'warning', bad, message, e, { column: f, value: e.value }));
    }
    const missing = Number(c[`missing:${f}`]);
    if (missing > 0) {
      const message = `${missing} rows of ${plan.register.id} have no ${f}; indicators using it do not count them`;
      out.push(d('MISSING_FIELD_VALUE', 'info', missing, message, { rows: [] }, { column: f }));
    }
  }
  return out;
}

/** The documented repair of repeated keys, with its diagnostic (before the repair). */
async function repeatedKeys(
  runner: SqlRunner,
  plan: StagePlan,
  repeated: number,
): Promise<RegisterDiagnostic> {
  const e = await examples(runner, plan, { kind: 'duplicate' });
  const persons = plan.register.village === undefined;
  const what = persons ? `NIK (${plan.register.key})` : `household key ${plan.register.key}`;
  const message = `${repeated} rows of ${plan.register.id} repeat a ${what} of an earlier row; only the first row of each is counted`;
  const code = persons ? 'DUPLICATE_NIK' : 'DUPLICATE_HOUSEHOLD_KEY';
  const out = make(plan.register)(code, 'warning', repeated, message, e, {
    column: plan.register.key,
  });
  for (const sql of dedupSql(plan.register)) await runner.query(sql);
  return out;
}

/** What {@link checkRegister} found before counting. */
export interface RegisterCheck {
  readonly counts: RegisterCounts;
  /** `EMPTY_REGISTER` (error), or the repeated keys' warning. */
  readonly diagnostics: readonly RegisterDiagnostic[];
  /** Row check counts taken before a repair; absent when the aggregates can give them. */
  readonly rowCounts?: RowCounts;
}

/**
 * Checks a staged register's size and keys, before anything is counted: an empty register is
 * an error (`EMPTY_REGISTER`); rows with a repeated key keep only the first (file order) —
 * `DUPLICATE_HOUSEHOLD_KEY`, or `DUPLICATE_NIK` for persons. Only when keys repeat are the row
 * checks counted here (over every row, before the repair); otherwise they come with the
 * per-village aggregates and {@link rowProblems} reads them there.
 *
 * `keys`, the row of `keysSql` when it was already run (by a second session, while the
 * engine counted), saves that scan.
 *
 * Method: one sorted scan of the key hashes (`keysSql`); the repair and the examples only when
 * needed.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * // A runner over @duckdb/node-api, as `duckdbRunner()` of @lokus/registers/node gives one
 * const { DuckDBInstance } = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('@duckdb/node-api');
 * const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
 * const runner = { query: async (sql) => JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), (k, v) => (typeof v === 'bigint' ? Number(v) : v))) };
 * await connection.run("CREATE TABLE kel AS FROM (VALUES ('K01', '99.01.01.2001', '1'), ('K02', '99.01.01.2001', '11'), ('K01', '99.01.01.2002', '3')) AS t(id_keluarga, kode_desa, desil)");
 * const columns = { id_keluarga: 'id_keluarga', kode_desa: 'kode_desa', desil: 'desil' };
 * const plan = { register: household, sources: [{ source: { file: 'kel', format: 'table', table: 'kel' }, columns }], fields: ['desil'] };
 * for (const sql of stageSql(plan)) await runner.query(sql);
 * const check = await checkRegister(runner, plan);
 * check.counts; // => { rows: 3, kept: 2 }
 * check.diagnostics.map((d) => [d.code, d.count, d.rows]); // => [['DUPLICATE_HOUSEHOLD_KEY', 1, [1, 3]]]
 * check.rowCounts; // => { rows: 3, keyed: 3, malformed: 0, 'bad:desil': 1, 'missing:desil': 0 }
 * (await runner.query('SELECT count(*) AS n FROM r_keluarga'))[0].n; // => 2
 * (await checkRegister(runner, plan, { rows: 2, keyed: 2, distinct_keys: 2 })).counts; // => { rows: 2, kept: 2 }
 * connection.closeSync();
 */
export async function checkRegister(
  runner: SqlRunner,
  plan: StagePlan,
  keys?: KeyCounts,
): Promise<RegisterCheck> {
  const k = keys ?? (await runner.query(keysSql(plan.register)))[0];
  const rows = Number(k!.rows);
  if (rows === 0) {
    const files = plan.sources.map((s) => s.source.file).join(', ');
    const message = `register ${plan.register.id} (${files}) has no rows`;
    const empty = make(plan.register)('EMPTY_REGISTER', 'error', 0, message, { rows: [] });
    return { counts: { rows, kept: 0 }, diagnostics: [empty] };
  }
  const repeated = Number(k!.keyed) - Number(k!.distinct_keys);
  if (repeated === 0) return { counts: { rows, kept: rows }, diagnostics: [] };
  const [c] = await runner.query(checkSql(plan.register, plan.fields));
  const rowCounts = Object.fromEntries(Object.entries(c!).map(([n, v]) => [n, Number(v)]));
  const duplicate = await repeatedKeys(runner, plan, repeated);
  return { counts: { rows, kept: rows - repeated }, diagnostics: [duplicate], rowCounts };
}

/**
 * The row check counts of a register summed from its per-village aggregates (`aggregateSql`
 * with the register's fields): valid and impossible counts per field, and for households the
 * rows of the NULL (malformed code) group.
 *
 * @example
 * const plan = { register: { village: 'kode_desa' }, sources: [], fields: ['desil'] };
 * const groups = [
 *   { _village: '99.01.01.2001', _n: 2, '_has:desil': 1, '_bad:desil': 1 },
 *   { _village: null, _n: 1, '_has:desil': 0, '_bad:desil': 0 },
 * ];
 * rowCountsOf(plan, groups); // => { malformed: 1, 'bad:desil': 1, 'missing:desil': 1 }
 */
export function rowCountsOf(
  plan: StagePlan,
  aggregate: readonly Record<string, unknown>[],
): RowCounts {
  const sum = (name: string) => aggregate.reduce((s, r) => s + Number(r[name] ?? 0), 0);
  const n = sum('_n');
  const out: Record<string, number> = {};
  if (plan.register.village !== undefined) {
    out.malformed = aggregate
      .filter((r) => r._village === null)
      .reduce((s, r) => s + Number(r._n), 0);
  }
  for (const f of plan.fields) {
    out[`bad:${f}`] = sum(`_bad:${f}`);
    out[`missing:${f}`] = n - sum(`_has:${f}`) - sum(`_bad:${f}`);
  }
  return out;
}

/**
 * The row problems of a register from its check counts, in a fixed order: impossible values
 * (`IMPOSSIBLE_VALUE`: they count as missing; with the first value, which is never a personal
 * column), empty cells (`MISSING_FIELD_VALUE`, info), then `duplicate` (the repeated keys'
 * warning of {@link checkRegister}, if any) and malformed village codes
 * (`MALFORMED_HOUSEHOLD_VILLAGE_CODE`: they are left out). Every problem carries its count and
 * up to five example row numbers, read from the numbered view.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * // A runner over @duckdb/node-api, as `duckdbRunner()` of @lokus/registers/node gives one
 * const { DuckDBInstance } = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('@duckdb/node-api');
 * const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
 * const runner = { query: async (sql) => JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), (k, v) => (typeof v === 'bigint' ? Number(v) : v))) };
 * await connection.run("CREATE TABLE kel AS FROM (VALUES ('K01', '99.01.01.2001', '1'), ('K02', '99.01.01.2001', '11'), ('K01', '99.01.01.2002', '3')) AS t(id_keluarga, kode_desa, desil)");
 * const columns = { id_keluarga: 'id_keluarga', kode_desa: 'kode_desa', desil: 'desil' };
 * const plan = { register: household, sources: [{ source: { file: 'kel', format: 'table', table: 'kel' }, columns }], fields: ['desil'] };
 * for (const sql of stageSql(plan)) await runner.query(sql);
 * const check = await checkRegister(runner, plan);
 * const problems = await rowProblems(runner, plan, check.rowCounts, check.diagnostics);
 * problems.map((d) => [d.code, d.count, d.rows]);
 * // => [['IMPOSSIBLE_VALUE', 1, [2]], ['DUPLICATE_HOUSEHOLD_KEY', 1, [1, 3]]]
 * [problems[0].column, problems[0].value]; // => ['desil', '11']
 * (await rowProblems(runner, plan, { 'bad:desil': 0, 'missing:desil': 0 }, [])).length; // => 0
 * connection.closeSync();
 */
export async function rowProblems(
  runner: SqlRunner,
  plan: StagePlan,
  c: RowCounts,
  duplicate: readonly RegisterDiagnostic[],
): Promise<RegisterDiagnostic[]> {
  const d = make(plan.register);
  const out = [...(await fieldProblems(runner, plan, c, d)), ...duplicate];
  const malformed = Number(c.malformed ?? 0);
  if (malformed > 0) {
    const e = await examples(runner, plan, { kind: 'malformed' });
    const message = `${malformed} households have a village code that is not PP.KK.CC.TDDD (first: ${String(e.value)}); they and their members are left out`;
    out.push(
      d('MALFORMED_HOUSEHOLD_VILLAGE_CODE', 'warning', malformed, message, e, {
        column: plan.register.village!,
        value: e.value,
      }),
    );
  }
  return out;
}

/**
 * Persons whose household id matches no household: counted nowhere, reported once as
 * `PERSON_WITHOUT_HOUSEHOLD` with example row numbers.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * // A runner over @duckdb/node-api, as `duckdbRunner()` of @lokus/registers/node gives one
 * const { DuckDBInstance } = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('@duckdb/node-api');
 * const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
 * const runner = { query: async (sql) => JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), (k, v) => (typeof v === 'bigint' ? Number(v) : v))) };
 * await connection.run("CREATE TABLE kel AS FROM (VALUES ('K01', '99.01.01.2001', '1'), ('K02', '99.01.01.2001', '11'), ('K01', '99.01.01.2002', '3')) AS t(id_keluarga, kode_desa, desil)");
 * const columns = { id_keluarga: 'id_keluarga', kode_desa: 'kode_desa', desil: 'desil' };
 * const plan = { register: household, sources: [{ source: { file: 'kel', format: 'table', table: 'kel' }, columns }], fields: ['desil'] };
 * for (const sql of stageSql(plan)) await runner.query(sql);
 * await connection.run("CREATE TABLE agt AS FROM (VALUES ('3301', 'K01', '40'), ('3302', 'K09', '7')) AS t(nik, id_keluarga, umur)");
 * const anggota = set.registers.find((r) => r.id === 'anggota');
 * const persons = { register: anggota, sources: [{ source: { file: 'agt', format: 'table', table: 'agt' }, columns: { nik: 'nik', id_keluarga: 'id_keluarga', umur: 'umur' } }], fields: ['umur'] };
 * for (const sql of stageSql(persons)) await runner.query(sql);
 * const [orphans] = await checkOrphans(runner, persons, household, 1);
 * [orphans.code, orphans.count, orphans.rows, orphans.column]; // => ['PERSON_WITHOUT_HOUSEHOLD', 1, [2], 'id_keluarga']
 * await checkOrphans(runner, persons, household, 0); // => []
 * connection.closeSync();
 */
export async function checkOrphans(
  runner: SqlRunner,
  persons: StagePlan,
  households: RegisterSpec,
  count: number,
): Promise<RegisterDiagnostic[]> {
  if (count <= 0) return [];
  const e = await examples(runner, persons, { kind: 'orphan', households });
  const message = `${count} persons of ${persons.register.id} have a ${persons.register.household} that matches no household; they are not counted`;
  return [
    make(persons.register)('PERSON_WITHOUT_HOUSEHOLD', 'warning', count, message, e, {
      column: persons.register.household!,
    }),
  ];
}
