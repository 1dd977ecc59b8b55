import { headerKey } from '@lokus/core';

/**
 * The funding sources of a plan row, with the spellings seen in district plans. One source for
 * the reader, the template's drop-down and the JSON Schema enum.
 *
 * @example
 * FUNDING_SOURCES.map((s) => s.id); // => ['APBD', 'APBDes/Dana Desa', 'CSR', 'BAZNAS', 'Provinsi', 'Nasional']
 */
export const FUNDING_SOURCES = [
  { id: 'APBD', aliases: ['apbd', 'apbd kabupaten', 'apbd kab', 'district budget'] },
  {
    id: 'APBDes/Dana Desa',
    aliases: ['apbdes', 'dana desa', 'dd', 'apbdes dana desa', 'add', 'village fund'],
  },
  { id: 'CSR', aliases: ['csr', 'tjsl', 'tanggung jawab sosial perusahaan'] },
  { id: 'BAZNAS', aliases: ['baznas', 'zakat', 'laznas'] },
  { id: 'Provinsi', aliases: ['provinsi', 'apbd provinsi', 'bankeu provinsi', 'province'] },
  { id: 'Nasional', aliases: ['nasional', 'apbn', 'pusat', 'kementerian', 'national'] },
] as const;

/** A funding source id. */
export type FundingSource = (typeof FUNDING_SOURCES)[number]['id'];

/**
 * The funding source a cell names (case, spaces and punctuation do not matter), or `null`.
 *
 * @example
 * fundingSource('Dana Desa'); // => 'APBDes/Dana Desa'
 * fundingSource('hibah'); // => null
 */
export function fundingSource(text: string): FundingSource | null {
  const key = headerKey(text);
  for (const s of FUNDING_SOURCES) {
    if (headerKey(s.id) === key || s.aliases.some((a) => headerKey(a) === key)) return s.id;
  }
  return null;
}
