/**
 * The columns of the action-plan template: a stable key, the Indonesian header the template
 * writes, an English description, whether the column is required, and other headers accepted
 * (compared after `headerKey`). One source for the reader, the template and the JSON Schema.
 *
 * @example
 * PLAN_COLUMNS.map((c) => c.header).join(' | ');
 * // => 'OPD | Program | Kegiatan | Indikator | Target | Satuan Target | Anggaran (Rp) | Sumber Dana | Desa/Kelurahan'
 */
export const PLAN_COLUMNS = [
  {
    key: 'agency',
    header: 'OPD',
    required: true,
    en: 'agency (OPD) that runs the programme',
    aliases: ['perangkat daerah', 'dinas', 'instansi', 'opd pelaksana', 'agency'],
  },
  {
    key: 'programme',
    header: 'Program',
    required: true,
    en: 'programme name',
    aliases: ['nama program', 'programme', 'program name'],
  },
  {
    key: 'activity',
    header: 'Kegiatan',
    required: false,
    en: 'activity or sub-activity',
    aliases: ['sub kegiatan', 'nama kegiatan', 'activity'],
  },
  {
    key: 'indicator',
    header: 'Indikator',
    required: true,
    en: 'indicator the programme moves: a catalogue id or one of its headers (rtlh_unit, RTLH, desil1_kk, …)',
    aliases: ['indikator sasaran', 'indikator kinerja', 'indicator'],
  },
  {
    key: 'target',
    header: 'Target',
    required: false,
    en: 'target value (a number)',
    aliases: ['target kinerja', 'volume', 'target value'],
  },
  {
    key: 'targetUnit',
    header: 'Satuan Target',
    required: false,
    en: 'unit of the target (unit, KK, jiwa, …)',
    aliases: ['satuan', 'target unit', 'unit'],
  },
  {
    key: 'budget',
    header: 'Anggaran (Rp)',
    required: true,
    en: 'budget of the whole row in rupiah, split evenly over its villages',
    aliases: ['anggaran', 'pagu', 'pagu anggaran', 'nilai anggaran', 'budget'],
  },
  {
    key: 'source',
    header: 'Sumber Dana',
    required: true,
    en: 'funding source: APBD, APBDes/Dana Desa, CSR, BAZNAS, Provinsi, Nasional',
    aliases: ['sumber anggaran', 'sumber pendanaan', 'source', 'funding source'],
  },
  {
    key: 'villages',
    header: 'Desa/Kelurahan',
    required: true,
    en: 'village codes separated by ";", or "semua lokus", or "semua lokus di kecamatan <name or code>"',
    aliases: ['desa', 'kode desa', 'lokasi', 'desa sasaran', 'lokasi desa', 'villages'],
  },
] as const;

/** Key of a plan column. */
export type PlanColumnKey = (typeof PLAN_COLUMNS)[number]['key'];

/**
 * The columns of the agency list (for the assignment), in the same shape as {@link PLAN_COLUMNS}.
 *
 * @example
 * AGENCY_COLUMNS.filter((c) => c.required).map((c) => c.header); // => ['OPD', 'Mandat']
 */
export const AGENCY_COLUMNS = [
  {
    key: 'agency',
    header: 'OPD',
    required: true,
    en: 'agency (OPD)',
    aliases: ['perangkat daerah', 'dinas', 'instansi', 'agency'],
  },
  {
    key: 'mandate',
    header: 'Mandat',
    required: true,
    en: 'indicators the agency can move, catalogue ids or headers separated by ";"',
    aliases: ['mandat indikator', 'indikator', 'urusan', 'mandate'],
  },
  {
    key: 'min',
    header: 'Min Desa',
    required: false,
    en: 'fewest villages to accompany (default 0)',
    aliases: ['minimal desa', 'kapasitas min', 'min villages', 'min'],
  },
  {
    key: 'max',
    header: 'Maks Desa',
    required: false,
    en: 'most villages to accompany (default 1)',
    aliases: ['maksimal desa', 'max desa', 'kapasitas maks', 'kapasitas', 'max villages', 'max'],
  },
  {
    key: 'preferKecamatan',
    header: 'Preferensi Kecamatan',
    required: false,
    en: 'kecamatan the agency prefers (names or codes, ";")',
    aliases: ['kecamatan pilihan', 'prefer kecamatan'],
  },
  {
    key: 'preferVillages',
    header: 'Preferensi Desa',
    required: false,
    en: 'villages the agency prefers (codes, ";")',
    aliases: ['desa pilihan', 'prefer villages'],
  },
  {
    key: 'pinned',
    header: 'Desa Dampingan Tetap',
    required: false,
    en: 'villages the agency must accompany (codes, ";"): pinned by the team',
    aliases: ['desa tetap', 'desa dampingan', 'pinned', 'pinned villages'],
  },
] as const;

/** Key of an agency column. */
export type AgencyColumnKey = (typeof AGENCY_COLUMNS)[number]['key'];
