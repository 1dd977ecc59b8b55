/**
 * The five districts of the real data set and a loader for their files. The data directory
 * comes from the environment variable LOKUS_DATA_DIR (see the data README); tests skip when it
 * is unset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import Papa from 'papaparse';

export const DATA_DIR = process.env.LOKUS_DATA_DIR ?? '';
export const SKIP_MESSAGE = 'real data: set LOKUS_DATA_DIR to the data directory to run';

export interface District {
  readonly kabupaten: string;
  readonly file: string;
  /** Official counts (data README). */
  readonly villages: number;
  readonly kecamatan: number;
  readonly desaInIdm: number;
  readonly kelurahan: number;
}

export const DISTRICTS: readonly District[] = Object.freeze([
  {
    kabupaten: '33.21',
    file: 'desa-3321-demak',
    villages: 249,
    kecamatan: 14,
    desaInIdm: 243,
    kelurahan: 6,
  },
  {
    kabupaten: '33.26',
    file: 'desa-3326-pekalongan',
    villages: 285,
    kecamatan: 19,
    desaInIdm: 272,
    kelurahan: 13,
  },
  {
    kabupaten: '33.18',
    file: 'desa-3318-pati',
    villages: 406,
    kecamatan: 21,
    desaInIdm: 401,
    kelurahan: 5,
  },
  {
    kabupaten: '18.02',
    file: 'desa-1802-lampung-tengah',
    villages: 311,
    kecamatan: 28,
    desaInIdm: 301,
    kelurahan: 10,
  },
  {
    kabupaten: '17.04',
    file: 'desa-1704-kaur',
    villages: 195,
    kecamatan: 15,
    desaInIdm: 192,
    kelurahan: 3,
  },
]);

export function loadBoundaries(d: District): FeatureCollection {
  return JSON.parse(readFileSync(join(DATA_DIR, 'boundaries', `${d.file}.geojson`), 'utf8'));
}

export interface IdmRow {
  readonly kode: string;
  readonly kode_kec: string;
  readonly nama: string;
  readonly idm: number;
}

/** IDM 2024 rows of every district. */
export function loadIdm(): IdmRow[] {
  const text = readFileSync(join(DATA_DIR, 'indicators', 'idm-2024.csv'), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`idm-2024.csv: ${parsed.errors[0]!.message}`);
  return parsed.data.map((r) => ({
    kode: r.kode ?? '',
    kode_kec: r.kode_kec ?? '',
    nama: r.nama ?? '',
    idm: r.idm === undefined || r.idm === '' ? Number.NaN : Number(r.idm),
  }));
}
