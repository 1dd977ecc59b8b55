/**
 * A column header reduced to what identifies it: lower case, accents dropped, every run of
 * punctuation or spaces a single space, a space between a word and a number (`desil1`), and a
 * trailing year (`IDM 2024`, `Nilai IDM Tahun 2024`) removed. Two headers that differ only in
 * spelling style get the same key (and `desil 1 s/d 2`, `desil 1 dan 2` read as `desil 1 2`): `Jumlah KK Desil-1`, `jumlah_kk_desil_1` and `Jumlah KK
 * Desil1` all match one alias.
 * O(length).
 *
 * @example
 * headerKey('Nilai IDM Tahun 2024'); // => 'nilai idm'
 * headerKey('Jumlah_KK Desil-1'); // => 'jumlah kk desil 1'
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/(\d) (?:s d|sd|sampai|hingga|dan) (?=\d)/g, '$1 ')
    .replace(/(?:\s+tahun)?\s+(?:19|20)\d\d$/, '')
    .trim();
}
