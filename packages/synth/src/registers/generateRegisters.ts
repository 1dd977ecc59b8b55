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
 * [...generateRegisters([totals], { seed: 1 })][0]?.households.length; // => totals.kk_total
 */
export function* generateRegisters(
  villages: Iterable<VillageTotals>,
  options: GenerateRegistersOptions = {},
): Generator<VillageRegister & { readonly code: string }> {
  const rng = createRng(options.seed ?? 1);
  const year = options.year ?? 2025;
  for (const v of villages) yield { code: v.code, ...generateVillageRegister(v, rng, { year }) };
}
