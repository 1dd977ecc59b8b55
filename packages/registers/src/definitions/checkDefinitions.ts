import type {
  DefinitionSet,
  IndicatorDefinition,
  RegisterDiagnostic,
  RegisterSpec,
} from '../types.ts';

/** Where a field of an indicator's condition lives: its register and column. */
export interface FieldRef {
  readonly register: RegisterSpec;
  readonly column: string;
}

/**
 * Resolves a condition's field name (`desil`, or `keluarga.desil` for a person's household) to
 * its register and column; null when no register reachable from the indicator declares it.
 *
 * @example
 * const yaml = `
 * name: kecil
 * year: 2025
 * registers:
 *   keluarga: { key: id_keluarga, village: kode_desa, personal: [nama], fields: { desil: { type: integer, min: 1, max: 10 } } }
 * indicators:
 *   - { id: desil1_kk, label: { id: KK desil 1, en: Decile-1 households }, unit: KK, register: keluarga, where: { desil: { eq: 1 } } }
 * `;
 * const set = readDefinitions(yaml).definitions;
 * resolveField(set, set.indicators[0], 'desil')?.column; // => 'desil'
 */
export function resolveField(
  set: DefinitionSet,
  indicator: IndicatorDefinition,
  name: string,
): FieldRef | null {
  const own = set.registers.find((r) => r.id === indicator.register);
  const [prefix, column] = name.includes('.') ? name.split('.', 2) : [indicator.register, name];
  const register = set.registers.find((r) => r.id === prefix);
  if (own === undefined || register === undefined || column === undefined) return null;
  const reachable =
    register === own || (own.household !== undefined && register.village !== undefined);
  return reachable ? { register, column } : null;
}

const problem = (
  file: string | undefined,
  d: Omit<RegisterDiagnostic, 'severity'>,
): RegisterDiagnostic => ({ severity: 'error', ...d, ...(file === undefined ? {} : { file }) });

/** Checks one indicator's register, fields, personal columns and denominator. */
function checkIndicator(
  set: DefinitionSet,
  ind: IndicatorDefinition,
  file: string | undefined,
): RegisterDiagnostic[] {
  const out: RegisterDiagnostic[] = [];
  if (!set.registers.some((r) => r.id === ind.register)) {
    const known = set.registers.map((r) => r.id).join(', ');
    const message = `indicator ${ind.id} counts register ${ind.register}, which is not declared (declared: ${known})`;
    return [problem(file, { code: 'DEFINITION_INVALID', message, indicator: ind.id })];
  }
  for (const name of Object.keys(ind.where)) {
    const ref = resolveField(set, ind, name);
    const personal = set.registers.some((r) => r.personal.includes(name.split('.').at(-1)!));
    if (personal) {
      const message = `indicator ${ind.id} uses the personal column ${name}; personal columns (NIK, names, addresses) may not be used in an indicator or an output`;
      out.push(
        problem(file, {
          code: 'DEFINITION_PERSONAL_FIELD',
          message,
          indicator: ind.id,
          column: name,
        }),
      );
    } else if (ref === null || ref.register.fields[ref.column] === undefined) {
      const message = `indicator ${ind.id} uses the field ${name}, which register ${ind.register} does not declare`;
      out.push(
        problem(file, {
          code: 'DEFINITION_UNKNOWN_FIELD',
          message,
          indicator: ind.id,
          column: name,
        }),
      );
    }
  }
  if (ind.denominator !== undefined && !set.indicators.some((o) => o.id === ind.denominator)) {
    const message = `indicator ${ind.id} is divided by ${ind.denominator}, which is not an indicator of this set`;
    out.push(problem(file, { code: 'DEFINITION_INVALID', message, indicator: ind.id }));
  }
  return out;
}

/** Checks the registers: one household register with a village column, persons linked to it. */
function checkRegisters(set: DefinitionSet, file: string | undefined): RegisterDiagnostic[] {
  const households = set.registers.filter((r) => r.village !== undefined);
  if (households.length === 1) return [];
  const message = `the definitions need exactly one household register with a village column, found ${households.length}`;
  return [problem(file, { code: 'DEFINITION_INVALID', message, path: 'registers' })];
}

/**
 * The meaning checks of a definition set: exactly one household register (with `village`);
 * every indicator counts a declared register, uses declared non-personal fields (a person's
 * household fields as `keluarga.desil`) and divides by an indicator of the set; ids unique.
 *
 * Method: one pass per indicator. O(indicators × conditions).
 *
 * @example
 * const yaml = `
 * name: kecil
 * year: 2025
 * registers:
 *   keluarga: { key: id_keluarga, village: kode_desa, personal: [nama], fields: { desil: { type: integer, min: 1, max: 10 } } }
 * indicators:
 *   - { id: desil1_kk, label: { id: KK desil 1, en: Decile-1 households }, unit: KK, register: keluarga, where: { desil: { eq: 1 } } }
 * `;
 * const set = readDefinitions(yaml).definitions;
 * // `nama` is a personal column: no indicator may read it.
 * const naming = { ...set.indicators[0], where: { nama: { eq: 'x' } } };
 * checkDefinitions({ ...set, indicators: [naming] }).map((d) => d.code); // => ['DEFINITION_PERSONAL_FIELD']
 */
export function checkDefinitions(
  set: DefinitionSet,
  options: { readonly file?: string } = {},
): RegisterDiagnostic[] {
  const out = checkRegisters(set, options.file);
  const seen = new Set<string>();
  for (const ind of set.indicators) {
    if (seen.has(ind.id)) {
      const message = `indicator id ${ind.id} is declared twice`;
      out.push(problem(options.file, { code: 'DEFINITION_INVALID', message, indicator: ind.id }));
    }
    seen.add(ind.id);
    out.push(...checkIndicator(set, ind, options.file));
  }
  return out;
}
