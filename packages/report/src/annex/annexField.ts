import type { AnnexField } from './types.ts';

/** The dotted line printed where a decree field is filled in by hand. */
export const FILL_IN = '…………………………';

/**
 * A decree field: its label and value, or the dotted fill-in line when the value is not known
 * (empty or absent). O(1).
 *
 * @example
 * annexField('NOMOR', undefined); // => { label: 'NOMOR', value: null, placeholder: '…………………………' }
 */
export function annexField(label: string, value: string | undefined): AnnexField {
  const v = value?.trim();
  return { label, value: v === undefined || v === '' ? null : v, placeholder: FILL_IN };
}
