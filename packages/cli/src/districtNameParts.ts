/**
 * Splits a district name as a user types it (`Kabupaten Demak`, `Kab. Demak`, `Kota Pekalongan`,
 * or just `Demak`) into the bare name and the kind the decree annex prints in its heading.
 *
 * @example
 * districtNameParts('Kabupaten Demak'); // => { name: 'Demak', kind: 'kabupaten' }
 * districtNameParts('kota Pekalongan'); // => { name: 'Pekalongan', kind: 'kota' }
 * districtNameParts('Demak'); // => { name: 'Demak' }
 */
export function districtNameParts(text: string): {
  readonly name: string;
  readonly kind?: 'kabupaten' | 'kota';
} {
  const trimmed = text.trim();
  const match = /^(kabupaten|kab\.?|kota)\s+(.+)$/i.exec(trimmed);
  if (match === null) return { name: trimmed };
  const kind = match[1]!.toLowerCase() === 'kota' ? 'kota' : 'kabupaten';
  return { name: match[2]!.trim(), kind };
}
