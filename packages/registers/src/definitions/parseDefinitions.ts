import type {
  Condition,
  DefinitionSet,
  FieldSpec,
  IndicatorDefinition,
  RegisterDiagnostic,
  RegisterSpec,
} from '../types.ts';
import { checkDefinitions } from './checkDefinitions.ts';

/** Options of {@link parseDefinitions}. */
export interface ParseDefinitionsOptions {
  /** File name used in diagnostics. */
  readonly file?: string;
}

/** What {@link parseDefinitions} returns: the set (null when unusable) and every problem. */
export interface ParseDefinitionsResult {
  readonly definitions: DefinitionSet | null;
  readonly diagnostics: readonly RegisterDiagnostic[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const FIELD_TYPES = ['integer', 'number', 'flag', 'text'] as const;
const OPS = ['eq', 'in', 'between', 'lt', 'le', 'gt', 'ge'] as const;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Collects structural problems while reading; each names the JSON path. */
class Reader {
  readonly problems: RegisterDiagnostic[] = [];
  constructor(private readonly file: string | undefined) {}
  fail(path: string, message: string): null {
    this.problems.push({
      code: 'DEFINITION_INVALID',
      severity: 'error',
      message: `${path}: ${message}`,
      path,
      ...(this.file === undefined ? {} : { file: this.file }),
    });
    return null;
  }
  name(v: unknown, path: string): string | null {
    if (typeof v === 'string' && NAME.test(v)) return v;
    return this.fail(path, `needs a column or id name (letters, digits, _), got ${show(v)}`);
  }
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function readField(r: Reader, v: unknown, path: string): FieldSpec | null {
  if (!isObj(v) || !FIELD_TYPES.includes(v.type as never)) {
    return r.fail(path, `needs { type: ${FIELD_TYPES.join(' | ')} }`);
  }
  const spec: { -readonly [K in keyof FieldSpec]: FieldSpec[K] } = { type: v.type as never };
  for (const k of ['min', 'max'] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'number') return r.fail(`${path}.${k}`, 'needs a number');
    spec[k] = v[k];
  }
  if (v.values !== undefined) {
    const ok =
      Array.isArray(v.values) && v.values.every((x) => ['number', 'string'].includes(typeof x));
    if (!ok) return r.fail(`${path}.values`, 'needs a list of numbers or texts');
    spec.values = v.values as (number | string)[];
  }
  return spec;
}

function readRegister(r: Reader, id: string, v: unknown, path: string): RegisterSpec | null {
  if (!isObj(v)) return r.fail(path, 'needs an object with key, fields and personal');
  const key = r.name(v.key, `${path}.key`);
  const personal = Array.isArray(v.personal) ? v.personal : [];
  if (v.personal !== undefined && !Array.isArray(v.personal))
    r.fail(`${path}.personal`, 'needs a list');
  const fields: Record<string, FieldSpec> = {};
  for (const [name, f] of Object.entries(isObj(v.fields) ? v.fields : {})) {
    const spec = r.name(name, `${path}.fields`) && readField(r, f, `${path}.fields.${name}`);
    if (spec) fields[name] = spec;
  }
  const link = v.village === undefined ? 'household' : 'village';
  const linked = r.name(v[link], `${path}.${link}`);
  if (key === null || linked === null) return null;
  return {
    id,
    description: typeof v.description === 'string' ? v.description : id,
    key,
    [link]: linked,
    personal: personal.map(String),
    fields,
  };
}

function readCondition(r: Reader, v: unknown, path: string): Condition | null {
  const op = isObj(v) ? Object.keys(v) : [];
  if (!isObj(v) || op.length !== 1 || !OPS.includes(op[0] as never)) {
    return r.fail(path, `needs one of ${OPS.map((o) => `{ ${o}: … }`).join(', ')}`);
  }
  const value = v[op[0]!];
  const scalar = (x: unknown) => typeof x === 'number' || typeof x === 'string';
  const ok =
    op[0] === 'in'
      ? Array.isArray(value) && value.length > 0 && value.every(scalar)
      : op[0] === 'between'
        ? Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number')
        : op[0] === 'eq'
          ? scalar(value)
          : typeof value === 'number';
  return ok
    ? (v as unknown as Condition)
    : r.fail(`${path}.${op[0]}`, `has an unusable value ${show(value)}`);
}

function readIndicator(r: Reader, v: unknown, path: string): IndicatorDefinition | null {
  if (!isObj(v)) return r.fail(path, 'needs an object with id, label, unit and register');
  const id = r.name(v.id, `${path}.id`);
  const register = r.name(v.register, `${path}.register`);
  const where: Record<string, Condition> = {};
  for (const [field, c] of Object.entries(isObj(v.where) ? v.where : {})) {
    const cond = readCondition(r, c, `${path}.where.${field}`);
    if (cond) where[field] = cond;
  }
  const label = isObj(v.label)
    ? v.label
    : { id: String(v.label ?? v.id), en: String(v.label ?? v.id) };
  if (id === null || register === null) return null;
  const rate = typeof v.denominator === 'string';
  return {
    id,
    label: { id: String(label.id ?? id), en: String(label.en ?? label.id ?? id) },
    unit: typeof v.unit === 'string' ? v.unit : '',
    register,
    where,
    ...(rate ? { denominator: v.denominator as string } : {}),
    ...(rate ? { per: typeof v.per === 'number' ? v.per : 100 } : {}),
    ...(rate ? { rateId: typeof v.rateId === 'string' ? v.rateId : `${id}_pct` } : {}),
  };
}

/**
 * Reads a set of indicator definitions from its parsed YAML or JSON value (see
 * `data/definitions/dtsen-desa.yaml`): the registers with their key, village or household
 * column, personal columns and typed fields, and the indicators with their register, conditions,
 * unit and denominator. Structural problems give `DEFINITION_INVALID` with the JSON path; a
 * field no register declares gives `DEFINITION_UNKNOWN_FIELD`; an indicator that would use a
 * personal column gives `DEFINITION_PERSONAL_FIELD`. Any error leaves `definitions` null.
 *
 * Method: one pass over the value, then {@link checkDefinitions}; hand-written rather than a
 * schema library because every message must name the privacy rule, not a schema keyword. O(size).
 *
 * @example
 * parseDefinitions({ name: 'x', year: 2025, registers: { keluarga: { key: 'id', village: 'kode_desa', fields: {} } }, indicators: [{ id: 'kk_total', register: 'keluarga' }] }).definitions?.indicators.length;
 * // => 1
 */
export function parseDefinitions(
  value: unknown,
  options: ParseDefinitionsOptions = {},
): ParseDefinitionsResult {
  const r = new Reader(options.file);
  if (!isObj(value)) {
    r.fail('$', 'needs an object with registers and indicators');
    return { definitions: null, diagnostics: r.problems };
  }
  const registers = Object.entries(isObj(value.registers) ? value.registers : {}).flatMap(
    ([id, v]) => (r.name(id, 'registers') ? [readRegister(r, id, v, `registers.${id}`)] : []),
  );
  const list = Array.isArray(value.indicators) ? value.indicators : [];
  if (list.length === 0) r.fail('indicators', 'needs a non-empty list');
  const indicators = list.map((v, i) => readIndicator(r, v, `indicators[${i}]`));
  const year = Number(value.year);
  if (!Number.isInteger(year)) r.fail('year', `needs a year, got ${show(value.year)}`);
  const smallCount = value.smallCount === undefined ? 5 : Number(value.smallCount);
  if (!Number.isInteger(smallCount) || smallCount < 1)
    r.fail('smallCount', 'needs a whole number ≥ 1');
  if (r.problems.length > 0) return { definitions: null, diagnostics: r.problems };
  const set: DefinitionSet = {
    name: typeof value.name === 'string' ? value.name : 'definitions',
    year,
    source: typeof value.source === 'string' ? value.source : '',
    smallCount,
    registers: registers as RegisterSpec[],
    indicators: indicators as IndicatorDefinition[],
  };
  const problems = checkDefinitions(set, options);
  return { definitions: problems.length > 0 ? null : set, diagnostics: problems };
}
