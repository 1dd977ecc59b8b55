import { resolveField } from '../definitions/checkDefinitions.ts';
import type { StagedSource, StagePlan } from '../sql/stageSql.ts';
import type { DefinitionSet, IndicatorDefinition, RegisterDiagnostic } from '../types.ts';

/** What can be computed: a staging plan per register and the indicators left to count. */
export interface RegisterPlan {
  readonly stages: readonly StagePlan[];
  readonly indicators: readonly IndicatorDefinition[];
  readonly diagnostics: readonly RegisterDiagnostic[];
}

/** Register id → the columns an indicator needs from it (its own fields and its household's). */
function needs(set: DefinitionSet, ind: IndicatorDefinition): Map<string, string[]> {
  const out = new Map<string, string[]>([[ind.register, []]]);
  for (const name of Object.keys(ind.where)) {
    const ref = resolveField(set, ind, name)!;
    out.set(ref.register.id, [...(out.get(ref.register.id) ?? []), ref.column]);
  }
  return out;
}

/**
 * Decides what can be counted from the files given: an indicator is dropped, with an error
 * naming the file and column, when its register (or, for persons, the household register) has
 * no file (`REGISTER_MISSING`) or a file lacks a column it needs (`MISSING_COLUMN`). The other
 * indicators go on. Each register is staged with exactly the fields its kept indicators use.
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
 * // No register file given: nothing can be counted.
 * planRegisters(set, new Map()).indicators.length; // => 0
 */
export function planRegisters(
  set: DefinitionSet,
  byRegister: ReadonlyMap<string, readonly StagedSource[]>,
): RegisterPlan {
  const diagnostics: RegisterDiagnostic[] = [];
  const households = set.registers.find((r) => r.village !== undefined)!;
  const kept: IndicatorDefinition[] = [];
  const reported = new Set<string>();
  for (const ind of set.indicators) {
    const wanted = needs(set, ind);
    wanted.set(households.id, wanted.get(households.id) ?? []);
    let ok = true;
    for (const [registerId, columns] of wanted) {
      const files = byRegister.get(registerId) ?? [];
      if (files.length === 0) {
        ok = false;
        if (!reported.has(registerId)) {
          reported.add(registerId);
          const users = set.indicators.filter(
            (i) => needs(set, i).has(registerId) || registerId === households.id,
          );
          diagnostics.push({
            code: 'REGISTER_MISSING',
            severity: 'error',
            message: `no file of register ${registerId} was given; ${users.map((i) => i.id).join(', ')} cannot be counted`,
            register: registerId,
          });
        }
        continue;
      }
      for (const f of files) {
        for (const column of columns.filter((c) => !(c in f.columns))) {
          ok = false;
          diagnostics.push({
            code: 'MISSING_COLUMN',
            severity: 'error',
            message: `${f.source.file} has no column ${column} (register ${registerId}), which ${ind.id} needs`,
            file: f.source.file,
            column,
            register: registerId,
            indicator: ind.id,
          });
        }
      }
    }
    if (ok) kept.push(ind);
  }
  return { stages: stagesFor(set, kept, byRegister), indicators: kept, diagnostics };
}

/** One staging plan per register that has files and is needed by a kept indicator. */
function stagesFor(
  set: DefinitionSet,
  kept: readonly IndicatorDefinition[],
  byRegister: ReadonlyMap<string, readonly StagedSource[]>,
): StagePlan[] {
  const fields = new Map<string, Set<string>>();
  const households = set.registers.find((r) => r.village !== undefined)!;
  if (kept.length > 0) fields.set(households.id, new Set());
  for (const ind of kept) {
    for (const [registerId, columns] of needs(set, ind)) {
      const s = fields.get(registerId) ?? new Set<string>();
      for (const c of columns) s.add(c);
      fields.set(registerId, s);
    }
  }
  // Households first: persons are matched to the staged household table.
  return [households, ...set.registers.filter((r) => r !== households)]
    .filter((r) => fields.has(r.id))
    .map((register) => ({
      register,
      sources: byRegister.get(register.id) ?? [],
      fields: [...fields.get(register.id)!].sort(),
    }));
}
