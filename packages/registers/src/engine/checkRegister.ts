import { checkSql } from '../sql/checkSql.ts';
import { dedupSql } from '../sql/dedupSql.ts';
import { type ExampleKind, exampleRowsSql } from '../sql/exampleRowsSql.ts';
import type { StagePlan } from '../sql/stageSql.ts';
import type { RegisterDiagnostic, RegisterSpec } from '../types.ts';
import type { SqlRunner } from './SqlRunner.ts';

/** Row counts of a staged register after its checks. */
export interface RegisterCounts {
  readonly rows: number;
  /** Rows kept after removing repeated keys. */
  readonly kept: number;
}

interface Examples {
  readonly file?: string;
  readonly row?: number;
  readonly rows: number[];
  readonly value?: unknown;
}

/** Up to five example rows of a problem: first file, first row, row numbers, first value. */
async function examples(runner: SqlRunner, plan: StagePlan, what: ExampleKind): Promise<Examples> {
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
  c: Record<string, unknown>,
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

/**
 * Runs the row checks of one staged register and applies the documented repairs: rows with a
 * repeated key keep only the first (file order) — `DUPLICATE_HOUSEHOLD_KEY`, or `DUPLICATE_NIK`
 * for persons; impossible values count as missing (`IMPOSSIBLE_VALUE`, with the first value,
 * which is never a personal column); malformed village codes are left out
 * (`MALFORMED_HOUSEHOLD_VILLAGE_CODE`); an empty register is an error (`EMPTY_REGISTER`). Every problem
 * carries its count and up to five example row numbers.
 *
 * @example
 * (await checkRegister(runner, plan)).counts.rows; // => 12
 */
export async function checkRegister(
  runner: SqlRunner,
  plan: StagePlan,
): Promise<{ counts: RegisterCounts; diagnostics: RegisterDiagnostic[] }> {
  const [c] = await runner.query(checkSql(plan.register, plan.fields));
  const rows = Number(c!.rows);
  const d = make(plan.register);
  const files = plan.sources.map((s) => s.source.file).join(', ');
  if (rows === 0) {
    const e: Examples = { rows: [] };
    return {
      counts: { rows, kept: 0 },
      diagnostics: [
        d('EMPTY_REGISTER', 'error', 0, `register ${plan.register.id} (${files}) has no rows`, e),
      ],
    };
  }
  const out = await fieldProblems(runner, plan, c!, d);
  const repeated = Number(c!.keyed) - Number(c!.distinct_keys);
  if (repeated > 0) {
    const e = await examples(runner, plan, { kind: 'duplicate' });
    const persons = plan.register.village === undefined;
    const what = persons ? `NIK (${plan.register.key})` : `household key ${plan.register.key}`;
    const message = `${repeated} rows of ${plan.register.id} repeat a ${what} of an earlier row; only the first row of each is counted`;
    out.push(
      d(persons ? 'DUPLICATE_NIK' : 'DUPLICATE_HOUSEHOLD_KEY', 'warning', repeated, message, e, {
        column: plan.register.key,
      }),
    );
    for (const sql of dedupSql(plan.register)) await runner.query(sql);
  }
  const malformed = Number(c!.malformed ?? 0);
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
  return { counts: { rows, kept: rows - repeated }, diagnostics: out };
}

/**
 * Persons whose household id matches no household: counted nowhere, reported once as
 * `PERSON_WITHOUT_HOUSEHOLD` with example row numbers.
 *
 * @example
 * (await checkOrphans(runner, persons, households, 3))[0]?.code; // => 'PERSON_WITHOUT_HOUSEHOLD'
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
