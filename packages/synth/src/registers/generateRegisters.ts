import { createRng } from '@lokus/core';
import { generateVillageRegister } from './generateVillageRegister.ts';
import type { VillageRegister, VillageTotals } from './types.ts';

/** Options of {@link generateRegisters}. */
export interface GenerateRegistersOptions {
  /** Seed of the generator; the same seed and totals always give the same rows. */
  readonly seed?: number;
  /** Reference year of ages and birth dates (default 2025). */
  readonly year?: number;
}

/**
 * Synthetic household registers (a DTSEN-like export: households and persons) consistent with
 * the given village totals, one village at a time so that national-scale files can be written
 * without holding every row: see {@link generateVillageRegister} for what each village gets.
 * Everything is fictional; files written from it are labelled synthetic.
 *
 * Method: one seeded generator (sfc32) for all villages, in the order given. O(total persons).
 *
 * @example
 * const totals = { code: '99.01.01.2001', kk_total: 120, penduduk: 410, desil1_kk: 30, desil12_kk: 55,
 *   miskin_ekstrem_jiwa: 12, rtlh_unit: 9, tanpa_air_kk: 14, tanpa_sanitasi_kk: 20, atps_anak: 3 };
 * const [village] = generateRegisters([totals], { seed: 1 });
 * [village.households.length, village.persons.length]; // => [120, 410] (kk_total, penduduk)
 */
export function* generateRegisters(
  villages: Iterable<VillageTotals>,
  options: GenerateRegistersOptions = {},
): Generator<VillageRegister & { readonly code: string }> {
  const rng = createRng(options.seed ?? 1);
  const year = options.year ?? 2025;
  for (const v of villages) yield { code: v.code, ...generateVillageRegister(v, rng, { year }) };
}
