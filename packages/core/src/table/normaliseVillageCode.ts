import { parseVillageCode } from './parseVillageCode.ts';

/**
 * Returns the canonical dotted form `PP.KK.CC.TDDD` of a village code written dotted or plain,
 * or `null` when the code is malformed. A shorthand for `parseVillageCode(input)?.code`.
 *
 * Method: {@link parseVillageCode}. O(1).
 *
 * @example
 * normaliseVillageCode('3321012001'); // => '33.21.01.2001'
 * normaliseVillageCode('33.21.01'); // => null
 */
export function normaliseVillageCode(input: string): string | null {
  return parseVillageCode(input)?.code ?? null;
}
