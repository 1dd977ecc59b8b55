import type { Rng } from '@lokus/core';
import { pickIndices } from './pickIndices.ts';
import type { HouseholdRow, PersonRow, VillageRegister, VillageTotals } from './types.ts';

const FIRST = [
  'Agus',
  'Budi',
  'Dewi',
  'Eko',
  'Fitri',
  'Gilang',
  'Hadi',
  'Indah',
  'Joko',
  'Kartini',
  'Lestari',
  'Mulyono',
  'Nur',
  'Oktavia',
  'Putri',
  'Rahmat',
  'Siti',
  'Tri',
  'Utami',
  'Wahyu',
  'Yuli',
  'Zainal',
];
const LAST = [
  'Hartono',
  'Wibowo',
  'Lestari',
  'Setiawan',
  'Rahayu',
  'Susilo',
  'Purnomo',
  'Kurniawan',
  'Handayani',
  'Saputra',
  'Wulandari',
  'Nugroho',
  'Prasetyo',
  'Hidayat',
  'Maharani',
];
const DUSUN = ['Krajan', 'Kulon', 'Wetan', 'Lor', 'Kidul', 'Tengah'];

/** `n` copies of `other`, with the picked indices set to `target`; all null when `k` is null. */
function flags<T>(rng: Rng, n: number, k: number | null, target: T, other: T): (T | null)[] {
  if (k === null) return new Array<T | null>(n).fill(null);
  const out = new Array<T | null>(n).fill(other);
  for (const i of pickIndices(
    rng,
    Int32Array.from({ length: n }, (_, j) => j),
    k,
  ))
    out[i] = target;
  return out;
}

/** Household sizes: at least one person each, the rest spread at random; they sum to `persons`. */
function sizes(rng: Rng, households: number, persons: number): Int32Array {
  const out = new Int32Array(households).fill(1);
  for (let extra = persons - households; extra > 0; extra--) out[Math.floor(rng() * households)]!++;
  return out;
}

/** Desil per household: `d1` in desil 1, `d12 − d1` in desil 2, the rest in 3–10. */
function deciles(rng: Rng, n: number, d1: number | null, d12: number | null): (number | null)[] {
  if (d1 === null || d12 === null) return new Array<number | null>(n).fill(null);
  const out = Array.from({ length: n }, () => 3 + Math.floor(rng() * 8));
  const picked = pickIndices(
    rng,
    Int32Array.from({ length: n }, (_, j) => j),
    d12,
  );
  picked.forEach((i, j) => {
    out[i] = j < d1 ? 1 : 2;
  });
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ages of a household's members: head 25–69, second adult 20–64, others 0–25. */
function ages(rng: Rng, size: number): number[] {
  return Array.from({ length: size }, (_, m) =>
    m === 0
      ? 25 + Math.floor(rng() * 45)
      : m === 1
        ? 20 + Math.floor(rng() * 45)
        : Math.floor(rng() * 26),
  );
}

/** Schooling codes: `atps` school-age (7–18) persons out of school (0 or 2), the others in school. */
function schooling(rng: Rng, age: number[], atps: number | null): (0 | 1 | 2 | null)[] {
  if (atps === null) return age.map(() => null);
  const school = age.flatMap((a, i) => (a >= 7 && a <= 18 ? [i] : []));
  for (let i = 0; school.length < atps && i < age.length; i++) {
    if (age[i]! < 7 || age[i]! > 18) {
      age[i] = 7 + Math.floor(rng() * 12);
      school.push(i);
    }
  }
  const out = age.map((a): 0 | 1 | 2 => (a < 7 ? 0 : rng() < 0.9 ? 2 : 0));
  for (const i of school) out[i] = 1;
  for (const j of pickIndices(rng, Int32Array.from(school), atps)) out[j] = rng() < 0.5 ? 0 : 2;
  return out;
}

/** Extreme poverty per person: `k` persons, drawn first from desil 1, then 2, then the rest. */
function extreme(rng: Rng, desil: readonly (number | null)[], k: number | null): (0 | 1 | null)[] {
  if (k === null) return desil.map(() => null);
  const band = (d: number | null) => (d === 1 ? 0 : d === 2 ? 1 : 2);
  const order = desil.map((d, i) => ({ i, key: band(d) + rng() })).sort((a, b) => a.key - b.key);
  const out = desil.map((): 0 | 1 => 0);
  for (let j = 0; j < k; j++) out[order[j]!.i] = 1;
  return out;
}

/**
 * The synthetic household and person rows of one village, consistent with its totals: exactly
 * `kk_total` households and `penduduk` persons; `desil1_kk` households in desil 1 and
 * `desil12_kk` in desil 1–2; `rtlh_unit`, `tanpa_air_kk` and `tanpa_sanitasi_kk` households with
 * the flag; `miskin_ekstrem_jiwa` persons in extreme poverty (from the poorest households first);
 * `atps_anak` persons aged 7–18 out of school. A null total leaves the field empty for the whole
 * village. Names, NIKs (16 digits: kecamatan, village, serial — unique) and addresses are made up.
 *
 * Method: random household sizes, then partial Fisher–Yates picks per flag. O(penduduk).
 *
 * @example
 * const totals = { code: '99.01.01.2001', kk_total: 120, penduduk: 410, desil1_kk: 30, desil12_kk: 55,
 *   miskin_ekstrem_jiwa: 12, rtlh_unit: 9, tanpa_air_kk: 14, tanpa_sanitasi_kk: 20, atps_anak: 3 };
 * const register = generateVillageRegister(totals, createRng(1), { year: 2025 });
 * register.households.filter((h) => h.desil === 1).length; // => 30 (desil1_kk)
 */
export function generateVillageRegister(
  t: VillageTotals,
  rng: Rng,
  options: { readonly year: number },
): VillageRegister {
  const H = t.kk_total;
  if (!(H >= 1 && t.penduduk >= H)) {
    throw new Error(`generateVillageRegister requires 1 ≤ kk_total ≤ penduduk (${t.code})`);
  }
  const digits = t.code.replaceAll('.', '');
  const desil = deciles(rng, H, t.desil1_kk, t.desil12_kk);
  const rtlh = flags<0 | 1>(rng, H, t.rtlh_unit, 1, 0);
  const air = flags<0 | 1>(rng, H, t.tanpa_air_kk, 0, 1);
  const sanitasi = flags<0 | 1>(rng, H, t.tanpa_sanitasi_kk, 0, 1);
  const size = sizes(rng, H, t.penduduk);
  const persons: { hh: number; age: number; name: string }[] = [];
  const households: HouseholdRow[] = [];
  const name = () =>
    `${FIRST[Math.floor(rng() * FIRST.length)]} ${LAST[Math.floor(rng() * LAST.length)]}`;
  for (let h = 0; h < H; h++) {
    const members = ages(rng, size[h]!).map((age) => ({ hh: h, age, name: name() }));
    persons.push(...members);
    households.push({
      id_keluarga: `${digits}${pad(h + 1, 5)}`,
      kode_desa: t.code,
      nik_kepala: `${digits}${pad(persons.length - members.length + 1, 6)}`,
      nama_kepala: members[0]!.name,
      alamat: `Dusun ${DUSUN[h % DUSUN.length]} RT ${pad(1 + (h % 12), 2)}/RW ${pad(1 + (h % 5), 2)}`,
      desil: desil[h]!,
      rtlh: rtlh[h]!,
      air_layak: air[h]!,
      sanitasi_layak: sanitasi[h]!,
    });
  }
  const age = persons.map((p) => p.age);
  const sekolah = schooling(rng, age, t.atps_anak);
  const poor = extreme(
    rng,
    persons.map((p) => desil[p.hh]!),
    t.miskin_ekstrem_jiwa,
  );
  const personRows: PersonRow[] = persons.map((p, i) => ({
    nik: `${digits}${pad(i + 1, 6)}`,
    id_keluarga: households[p.hh]!.id_keluarga,
    nama: p.name,
    tanggal_lahir: `${options.year - age[i]!}-${pad(1 + Math.floor(rng() * 12), 2)}-${pad(1 + Math.floor(rng() * 28), 2)}`,
    umur: age[i]!,
    sekolah: sekolah[i]!,
    miskin_ekstrem: poor[i]!,
  }));
  return { households, persons: personRows };
}
