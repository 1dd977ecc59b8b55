/**
 * A village's register totals, as in the sample district's village table: the columns a
 * household register reproduces. `null` = not collected in that village (the register then
 * leaves the field empty for every household or person of the village).
 */
export interface VillageTotals {
  /** Kemendagri code `PP.KK.CC.TDDD`. */
  readonly code: string;
  readonly kk_total: number;
  readonly penduduk: number;
  readonly desil1_kk: number | null;
  readonly desil12_kk: number | null;
  readonly miskin_ekstrem_jiwa: number | null;
  readonly rtlh_unit: number | null;
  readonly tanpa_air_kk: number | null;
  readonly tanpa_sanitasi_kk: number | null;
  readonly atps_anak: number | null;
}

/** One synthetic household row (every name, NIK and address is made up). */
export interface HouseholdRow {
  readonly id_keluarga: string;
  readonly kode_desa: string;
  readonly nik_kepala: string;
  readonly nama_kepala: string;
  readonly alamat: string;
  readonly desil: number | null;
  readonly rtlh: 0 | 1 | null;
  readonly air_layak: 0 | 1 | null;
  readonly sanitasi_layak: 0 | 1 | null;
}

/** One synthetic person row. */
export interface PersonRow {
  readonly nik: string;
  readonly id_keluarga: string;
  readonly nama: string;
  readonly tanggal_lahir: string;
  readonly umur: number;
  readonly sekolah: 0 | 1 | 2 | null;
  readonly miskin_ekstrem: 0 | 1 | null;
}

/** The rows of one village. */
export interface VillageRegister {
  readonly households: HouseholdRow[];
  readonly persons: PersonRow[];
}
