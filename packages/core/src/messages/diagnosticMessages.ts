/**
 * THE MESSAGE TABLE: every diagnostic code of lokus, in Bahasa Indonesia (`id`) and English (`en`).
 *
 * Adding a diagnostic code anywhere in `packages/*\/src`? Append an entry here, in the group of
 * its package, in the same shape. A test scans the sources and fails for a code without both
 * sentences. Engineers of every package may append entries to this file.
 *
 * How an entry reads:
 * - Key: the code, or `CODE:path` for a sentence that only fits one scenario path (tried first;
 *   `[*]` in the path matches any index: `SCENARIO_INVALID:indicators[*].weight`).
 * - Sentence: what is wrong and what to do, plain words, no location: `describeDiagnostic` puts
 *   the file, row, column and village in front ("Berkas desa.csv, baris 12, kolom IDM: …").
 * - Placeholders: `{value}`, `{column}`, `{village}`, `{path}`, `{file}`, `{row}`; use one only
 *   when every emitter of the code fills that field.
 * @module
 */
import type { Label } from '../types.ts';

/**
 * Diagnostic sentences by code, in Bahasa Indonesia and English (see the file's header for how to
 * add one).
 *
 * @example
 * DIAGNOSTIC_MESSAGES.DUPLICATE_VILLAGE_CODE.id; // => 'Kode desa {value} muncul lebih dari sekali; setiap desa hanya boleh satu baris.'
 */
export const DIAGNOSTIC_MESSAGES: Readonly<Record<string, Label>> = {
  // ── @lokus/core: the village table ─────────────────────────────────────────────────────────
  EMPTY_TABLE: {
    id: 'Tabel desa tidak berisi baris data.',
    en: 'The village table has no rows.',
  },
  MISSING_VILLAGE_CODE: {
    id: 'Baris ini tidak memiliki kode desa; isi kode Kemendagri desa tersebut.',
    en: 'This row has no village code; fill in its Kemendagri code.',
  },
  MALFORMED_VILLAGE_CODE: {
    id: '"{value}" bukan kode desa berbentuk PP.KK.CC.TDDD (T = 1 kelurahan, T = 2 desa).',
    en: '"{value}" is not a village code of the form PP.KK.CC.TDDD (T = 1 kelurahan, T = 2 desa).',
  },
  DUPLICATE_VILLAGE_CODE: {
    id: 'Kode desa {value} muncul lebih dari sekali; setiap desa hanya boleh satu baris.',
    en: 'Village code {value} appears more than once; each village may have one row only.',
  },
  NON_FINITE_VALUE: {
    id: 'Nilai "{value}" bukan angka.',
    en: 'The value "{value}" is not a number.',
  },
  NON_NUMERIC_VALUE: {
    id: 'Nilai "{value}" bukan angka.',
    en: 'The value "{value}" is not a number.',
  },
  NEGATIVE_COUNT: {
    id: 'Jumlah tidak boleh negatif (nilai {value}).',
    en: 'A count cannot be negative (value {value}).',
  },
  SHARE_OUT_OF_RANGE: {
    id: 'Proporsi {value} berada di luar rentang yang sah.',
    en: 'The share {value} is outside its valid range.',
  },
  INDEX_OUT_OF_RANGE: {
    id: 'Nilai indeks {value} berada di luar rentang indikator.',
    en: 'The index value {value} is outside the indicator range.',
  },
  BINARY_NOT_ZERO_ONE: {
    id: 'Indikator ya/tidak hanya boleh bernilai 0 atau 1, bukan {value}.',
    en: 'A yes/no indicator may only be 0 or 1, not {value}.',
  },
  ZERO_DENOMINATOR: {
    id: 'Pembaginya 0, sehingga rasio desa ini tidak dapat dihitung dan dianggap kosong.',
    en: 'The denominator is 0, so the rate cannot be computed and is left missing.',
  },
  UNKNOWN_INDICATOR: {
    id: 'Kolom "{value}" tidak ada di tabel desa; periksa ejaan nama kolom di skenario.',
    en: 'Column "{value}" is not in the village table; check the column name in the scenario.',
  },
  'UNKNOWN_INDICATOR:indicators[*].denominator': {
    id: 'Kolom pembagi "{value}" tidak ada di tabel desa; periksa ejaan nama kolom pembagi di skenario.',
    en: 'The denominator column "{value}" is not in the village table; check its name in the scenario.',
  },
  UNKNOWN_COLUMN: {
    id: 'Kolom yang diminta tidak ada di tabel desa.',
    en: 'The requested column is not in the village table.',
  },
  MISSING_VALUE: {
    id: '{value} desa tidak memiliki nilai untuk indikator ini.',
    en: '{value} villages have no value for this indicator.',
  },
  // ── @lokus/core: scoring ────────────────────────────────────────────────────────────────────
  IMPUTED: {
    id: '{value} nilai kosong diisi sesuai aturan data kosong skenario.',
    en: '{value} missing values were filled in by the scenario rule for missing data.',
  },
  EXCLUDED_MISSING: {
    id: 'Desa ini tetap ditampilkan tetapi tidak diperingkat karena datanya tidak lengkap.',
    en: 'This village is kept but not ranked because its data are incomplete.',
  },
  CONSTANT_INDICATOR: {
    id: 'Nilainya sama untuk semua desa, sehingga indikator ini tidak membedakan desa mana pun.',
    en: 'Every village has the same value, so this indicator cannot separate them.',
  },
  OUTLIER_WINSORISED: {
    id: 'Beberapa nilai ekstrem dipangkas agar tidak mendominasi skor.',
    en: 'A few extreme values were capped so that they do not dominate the score.',
  },
  OUTLIER_LOG_TRANSFORMED: {
    id: 'Nilainya sangat timpang, sehingga dihitung dalam skala logaritma.',
    en: 'The values are very skewed, so they were put on a log scale.',
  },
  OUTLIER_UNRESOLVED: {
    id: 'Nilai ekstrem masih ada setelah penanganan pencilan; periksa datanya.',
    en: 'Extreme values remain after outlier treatment; check the data.',
  },
  GEOMETRIC_NON_POSITIVE: {
    id: 'Ada nilai nol atau negatif; rata-rata geometrik menggantinya dengan nilai terkecil yang diperbolehkan.',
    en: 'Some values are zero or negative; the geometric mean replaced them with the smallest allowed value.',
  },
  AGGREGATION_TOO_LARGE: {
    id: 'Metode Copeland membandingkan setiap pasang desa dan terlalu berat untuk tabel sebesar ini; pilih cara penggabungan lain.',
    en: 'Copeland compares every pair of villages and is too heavy for a table this large; choose another aggregation.',
  },
  // ── @lokus/core: selecting the loci ─────────────────────────────────────────────────────────
  'QUOTA_IMPOSSIBLE:select.quota.max': {
    id: 'Kuota paling banyak {value} lokus per kecamatan tidak cukup untuk mencapai jumlah lokus yang diminta; jumlah lokus akan kurang dari target.',
    en: 'At most {value} loci per kecamatan cannot reach the number of loci asked for; there will be fewer loci than the target.',
  },
  'QUOTA_IMPOSSIBLE:select.quota.min': {
    id: 'Kuota paling sedikit {value} lokus per kecamatan melebihi jumlah lokus yang diminta; kecamatan dengan desa berperingkat lebih tinggi didahulukan.',
    en: 'At least {value} loci per kecamatan exceeds the number of loci asked for; kecamatan with better-ranked villages come first.',
  },
  QUOTA_IMPOSSIBLE: {
    id: 'Kuota per kecamatan tidak dapat dipenuhi dengan jumlah lokus yang diminta.',
    en: 'The kecamatan quota cannot be met with the number of loci asked for.',
  },
  QUOTA_MINIMUM_UNMET: {
    id: 'Kecamatan ini hanya mendapat {value} lokus, di bawah kuota minimum, karena desanya tidak cukup yang memenuhi syarat.',
    en: 'This kecamatan has only {value} loci, below the minimum quota, because too few of its villages are eligible.',
  },
  SELECTION_CONFLICT: {
    id: 'Aturan penetapan bertentangan (misalnya desa ditetapkan masuk sekaligus keluar, atau melebihi target/kuota); keputusan akhir dijelaskan pada rincian.',
    en: 'Forced decisions conflict (a village both forced in and out, or more forced villages than the target or quota allows); the outcome is in the details.',
  },
  FORCED_UNKNOWN_VILLAGE: {
    id: 'Desa "{value}" yang ditetapkan masuk/keluar tidak ada di tabel atau kodenya salah; penetapan ini diabaikan.',
    en: 'The forced village "{value}" is not in the table or its code is malformed; it is ignored.',
  },
  CARRY_OVER_UNKNOWN_VILLAGE: {
    id: 'Lokus tahun lalu "{value}" tidak ada di tabel atau kodenya salah; diabaikan.',
    en: 'Last year\'s locus "{value}" is not in the table or its code is malformed; it is ignored.',
  },
  SELECTION_SHORT: {
    id: 'Hanya {value} lokus yang dapat dipilih, kurang dari target: desa lainnya tidak memenuhi syarat, tidak diperingkat, ditetapkan keluar, atau kecamatannya sudah mencapai kuota maksimum.',
    en: 'Only {value} loci could be selected, fewer than the target: the other villages are ineligible, unranked, forced out or in a kecamatan at its maximum quota.',
  },
  // ── @lokus/core: the ranking scope ──────────────────────────────────────────────────────────
  POOLED_KABUPATEN: {
    id: 'Tabel berisi desa dari {value} kabupaten/kota yang diperingkat dalam satu urutan bersama, padahal setiap kabupaten menetapkan lokusnya sendiri; tambahkan `scope: { by: kabupaten }` pada skenario agar peringkat dan pemilihan dilakukan di dalam setiap kabupaten.',
    en: 'The table holds villages of {value} kabupaten/kota ranked in one pool, while each kabupaten decides its own loci; add `scope: { by: kabupaten }` to the scenario to rank and select within each kabupaten.',
  },
  SCOPE_GROUP_UNKNOWN: {
    id: 'Kode desa "{value}" tidak menunjukkan provinsi dan kabupaten/kota (PP.KK.CC.TDDD), sehingga desa ini tidak dapat diperingkat di dalam kabupatennya; perbaiki kodenya.',
    en: 'The village code "{value}" does not give a province and kabupaten/kota (PP.KK.CC.TDDD), so this village cannot be ranked within its kabupaten; correct the code.',
  },
  // ── @lokus/core: the scenario ───────────────────────────────────────────────────────────────
  ROBUSTNESS_SCOPED: {
    id: 'Analisis ketangguhan memeringkat seluruh tabel dalam satu urutan, sehingga tidak dapat menganalisis skenario yang memeringkat di dalam setiap kabupaten atau provinsi; analisis setiap kabupaten secara terpisah.',
    en: 'The robustness analysis ranks the whole table in one pool, so it cannot analyse a scenario that ranks within each kabupaten or province; analyse each kabupaten on its own.',
  },
  'SCENARIO_INVALID:indicators[*].weight': {
    id: 'Bobot indikator ini belum diisi, atau semua indikator di dimensinya berbobot nol; beri bobot lebih dari nol.',
    en: 'This indicator has no weight, or every indicator of its dimension weighs zero; give it a weight above zero.',
  },
  'SCENARIO_INVALID:indicators': {
    id: 'Semua bobot indikator nol; paling sedikit satu indikator harus berbobot lebih dari nol.',
    en: 'Every indicator weight is zero; at least one indicator needs a weight above zero.',
  },
  'SCENARIO_INVALID:weights.dimensions': {
    id: 'Bobot semua dimensi nol; paling sedikit satu dimensi harus berbobot lebih dari nol.',
    en: 'Every dimension weight is zero; at least one dimension needs a weight above zero.',
  },
  'SCENARIO_INVALID:indicators[*].dimension': {
    id: 'Bobot bertingkat memerlukan dimensi untuk indikator ini.',
    en: 'Nested weights need a dimension for this indicator.',
  },
  'SCENARIO_INVALID:mapping': {
    id: 'Pemetaan kolom belum lengkap: perlu tepat satu kolom kode desa dan paling sedikit satu indikator.',
    en: 'The column mapping is incomplete: it needs exactly one village-code column and at least one indicator.',
  },
  'SCENARIO_INVALID:mapping[*].indicator.direction': {
    id: 'Kolom ini dipilih sebagai indikator tetapi arahnya belum ditentukan: apakah nilai yang lebih tinggi berarti lebih membutuhkan?',
    en: 'This column is an indicator without a direction: does a higher value mean more need?',
  },
  'SCENARIO_INVALID:mapping[*].indicator.denominator': {
    id: 'Kolom pembagi indikator ini belum dipetakan sebagai pembagi.',
    en: 'The denominator column of this indicator is not mapped as a denominator.',
  },
  SCENARIO_INVALID: {
    id: 'Skenario tidak sah pada bagian {path}; perbaiki bagian tersebut.',
    en: 'The scenario is not valid at {path}; fix that part.',
  },
  SCENARIO_SYNTAX_ERROR: {
    id: 'Berkas skenario bukan YAML/JSON yang sah; periksa penulisan (indentasi, titik dua, tanda kutip).',
    en: 'The scenario file is not valid YAML/JSON; check its layout (indentation, colons, quotes).',
  },
  // ── @lokus/io: reading tables ───────────────────────────────────────────────────────────────
  EMPTY_FILE: { id: 'Berkasnya kosong.', en: 'The file is empty.' },
  NO_ROWS: {
    id: 'Berkas memiliki judul kolom tetapi tidak ada baris data.',
    en: 'The file has a header but no data rows.',
  },
  HEADER_MISSING: {
    id: 'Baris pertama sudah berisi kode desa, jadi berkas tidak punya judul kolom; kolom dinamai column_1, column_2, ….',
    en: 'The first row already holds a village code, so the file has no header; columns are named column_1, column_2, ….',
  },
  HEADER_NORMALISED: {
    id: 'Judul kolom dibaca tanpa membedakan huruf besar/kecil dan spasi di tepinya.',
    en: 'Column headers were read ignoring case and surrounding spaces.',
  },
  HEADER_ROWS_SKIPPED: {
    id: 'Baris judul laporan di atas judul kolom dilewati.',
    en: 'Title rows above the column header were skipped.',
  },
  CODE_COLUMN_NOT_FOUND: {
    id: 'Tidak ada kolom berisi kode desa (misalnya "kode" atau "kode_desa"); tambahkan atau pilih kolom kodenya.',
    en: 'No column holds village codes (such as "kode" or "kode_desa"); add one or choose the code column.',
  },
  COLUMN_NOT_FOUND: {
    id: 'Kolom yang dipilih tidak ada di berkas.',
    en: 'The chosen column is not in the file.',
  },
  DUPLICATE_COLUMN: {
    id: 'Judul kolom ini muncul lebih dari sekali; kolom berikutnya diberi nama baru.',
    en: 'This column header appears more than once; the later column was renamed.',
  },
  CSV_PARSE_ERROR: {
    id: 'Berkas CSV tidak dapat dibaca dengan benar (tanda kutip atau pemisah tidak cocok).',
    en: 'The CSV file could not be read correctly (unmatched quotes or separators).',
  },
  CSV_RAGGED_ROW: {
    id: 'Jumlah isian baris ini berbeda dengan jumlah judul kolom; periksa pemisah dan tanda kutip.',
    en: 'This row has a different number of fields than the header; check separators and quotes.',
  },
  TOO_MANY_ROWS: {
    id: 'Berkas ini memuat lebih dari {value} baris; periksa apakah ini berkas yang benar.',
    en: 'The file has more than {value} lines; check that this is the right file.',
  },
  AMBIGUOUS_NUMBER_FORMAT: {
    id: 'Angka di kolom ini dapat dibaca dua cara (titik atau koma sebagai desimal) sehingga dibiarkan kosong; tentukan pemisah desimalnya.',
    en: 'Numbers in this column read two ways (decimal point or comma), so they were left missing; choose the decimal separator.',
  },
  AMBIGUOUS_NUMBER_RESOLVED: {
    id: 'Angka di kolom ini dapat dibaca dua cara; dibaca dengan pemisah desimal yang dipakai kolom lain di berkas.',
    en: 'Numbers in this column read two ways; they were read with the decimal separator of the other columns.',
  },
  NUMBER_AS_TEXT: {
    id: 'Angka yang tersimpan sebagai teks (misalnya "0,6556") dibaca sebagai angka.',
    en: 'Numbers stored as text (such as "0,6556") were read as numbers.',
  },
  CONTROL_CHARACTERS_STRIPPED: {
    id: 'Karakter tak terlihat (tab, ganti baris) di sekitar isian dibuang.',
    en: 'Invisible characters (tab, line break) around the value were removed.',
  },
  ENCODING_FALLBACK: {
    id: 'Berkas bukan UTF-8; dibaca sebagai {value}. Periksa huruf beraksen pada nama desa.',
    en: 'The file is not UTF-8; it was read as {value}. Check accented letters in village names.',
  },
  SHEET_NOT_FOUND: {
    id: 'Lembar kerja yang diminta tidak ada di berkas Excel.',
    en: 'The requested worksheet is not in the workbook.',
  },
  XLSX_UNREADABLE: {
    id: 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca; simpan ulang sebagai .xlsx.',
    en: 'The file is not a readable Excel workbook (.xlsx); save it again as .xlsx.',
  },
  XLSX_FORMULA_NO_VALUE: {
    id: 'Sel berisi rumus yang disimpan tanpa hasilnya, sehingga dianggap kosong; buka dan simpan ulang berkas di Excel.',
    en: 'The cell holds a formula saved without its result, so it was read as missing; open and save the file again in Excel.',
  },
  INVALID_JSON: {
    id: 'Berkas bukan JSON yang sah.',
    en: 'The file is not valid JSON.',
  },
  NESTING_TOO_DEEP: {
    id: 'Berkas JSON bersarang terlalu dalam; berkas batas wilayah atau skenario tidak memerlukannya.',
    en: 'The JSON file nests too deeply; no boundary or scenario file needs that.',
  },
  // ── @lokus/io: reading boundaries ───────────────────────────────────────────────────────────
  NOT_GEOJSON: {
    id: 'Bagian ini bukan fitur GeoJSON dan disisihkan.',
    en: 'This item is not a GeoJSON feature and was set aside.',
  },
  NOT_TOPOJSON: {
    id: 'Berkas JSON ini bukan TopoJSON (tidak ada objects dan arcs).',
    en: 'This JSON file is not a TopoJSON topology (no objects and arcs).',
  },
  NO_FEATURES: {
    id: 'Berkas tidak berisi wilayah apa pun; tidak ada yang dapat dipetakan.',
    en: 'The file holds no features; there is nothing to map.',
  },
  TOPOJSON_MISSING_ARC: {
    id: 'Wilayah merujuk ke garis batas yang tidak ada di berkas TopoJSON.',
    en: 'A feature refers to an arc the TopoJSON file does not have.',
  },
  TOPOJSON_OBJECT_CHOSEN: {
    id: 'Berkas TopoJSON berisi beberapa lapisan; yang pertama dipakai.',
    en: 'The TopoJSON file holds several objects; the first was used.',
  },
  TOPOJSON_OBJECT_NOT_FOUND: {
    id: 'Lapisan yang diminta tidak ada di berkas TopoJSON.',
    en: 'The requested object is not in the TopoJSON file.',
  },
  SHAPEFILE_UNREADABLE: {
    id: 'Berkas bukan shapefile dalam zip yang dapat dibaca.',
    en: 'The file is not a readable zipped shapefile.',
  },
  SHAPEFILE_LAYER_CHOSEN: {
    id: 'Zip berisi beberapa lapisan; yang pertama menurut abjad dipakai.',
    en: 'The zip holds several layers; the alphabetically first was used.',
  },
  SHAPEFILE_LAYER_NOT_FOUND: {
    id: 'Lapisan yang diminta tidak ada di dalam zip.',
    en: 'The requested layer is not in the zip.',
  },
  SHAPEFILE_NO_DBF: {
    id: 'Shapefile tidak memiliki berkas .dbf, jadi wilayahnya tidak berkode desa; tambahkan .dbf ke dalam zip.',
    en: 'The shapefile has no .dbf, so its features have no village codes; add the .dbf to the zip.',
  },
  SHAPEFILE_NO_PRJ: {
    id: 'Shapefile tidak memiliki berkas .prj; koordinatnya dianggap bujur/lintang WGS84.',
    en: 'The shapefile has no .prj; its coordinates were taken as WGS84 longitude/latitude.',
  },
  SHAPEFILE_UNKNOWN_PROJECTION: {
    id: 'Proyeksi di berkas .prj tidak dapat dibaca; ubah shapefile ke WGS84 (EPSG:4326).',
    en: 'The projection in the .prj file cannot be read; reproject the shapefile to WGS84 (EPSG:4326).',
  },
  UNKNOWN_CRS: {
    id: 'Sistem koordinat berkas tidak dikenal; ubah ke WGS84 (EPSG:4326).',
    en: 'The coordinate reference system is not known; reproject the file to WGS84 (EPSG:4326).',
  },
  REPROJECTED: {
    id: 'Koordinat diubah ke bujur/lintang WGS84.',
    en: 'Coordinates were reprojected to WGS84 longitude/latitude.',
  },
  PROJECTED_COORDINATES: {
    id: 'Koordinat bukan derajat bujur/lintang; ubah berkas ke WGS84 (EPSG:4326).',
    en: 'Coordinates are not longitude/latitude degrees; reproject the file to WGS84 (EPSG:4326).',
  },
  OUTSIDE_INDONESIA: {
    id: 'Wilayah berada di luar Indonesia; periksa sistem koordinatnya.',
    en: 'The features lie outside Indonesia; check the coordinate reference system.',
  },
  SWAPPED_COORDINATES: {
    id: 'Urutan koordinat tampak tertukar (lintang, bujur) dan dikembalikan.',
    en: 'The coordinates looked swapped (latitude, longitude) and were swapped back.',
  },
  NULL_ISLAND: {
    id: 'Wilayah memiliki titik di (0, 0), pengisi kosong, bukan lokasi sebenarnya.',
    en: 'The feature has a position at (0, 0), a placeholder rather than a place.',
  },
  // ── @lokus/geo: geometry and joins ──────────────────────────────────────────────────────────
  GEOMETRY_MISSING: {
    id: 'Wilayah ini tidak memiliki bentuk (geometri).',
    en: 'This feature has no geometry.',
  },
  EMPTY_GEOMETRY: {
    id: 'Bentuk wilayah ini kosong.',
    en: 'This feature has an empty geometry.',
  },
  UNSUPPORTED_GEOMETRY: {
    id: 'Jenis bentuk wilayah ini tidak didukung.',
    en: 'This geometry type is not supported.',
  },
  GEOMETRY_NOT_POLYGON: {
    id: 'Wilayah ini bukan poligon, jadi tidak dapat menjadi batas desa.',
    en: 'This feature is not a polygon, so it cannot be a village boundary.',
  },
  GEOMETRY_NAN_COORDINATE: {
    id: 'Ada titik batas yang bukan dua angka.',
    en: 'A boundary position is not two numbers.',
  },
  GEOMETRY_TOO_FEW_POINTS: {
    id: 'Garis batas memiliki terlalu sedikit titik untuk membentuk wilayah.',
    en: 'A boundary ring has too few positions to enclose an area.',
  },
  GEOMETRY_UNCLOSED_RING: {
    id: 'Garis batas tidak tertutup; ditutup dengan mengulang titik pertamanya.',
    en: 'A boundary ring was not closed; it was closed by repeating its first position.',
  },
  GEOMETRY_WRONG_WINDING: {
    id: 'Arah putaran garis batas dibalik agar sesuai standar GeoJSON.',
    en: 'Boundary rings were rewound to follow the GeoJSON standard.',
  },
  GEOMETRY_SELF_INTERSECTION: {
    id: 'Garis batas memotong dirinya sendiri; luas dan tetangga desa ini bisa keliru.',
    en: 'The boundary crosses itself; the area and neighbours of this village may be wrong.',
  },
  GEOMETRY_TOO_MANY_VERTICES: {
    id: 'Batas wilayah memiliki terlalu banyak titik untuk diperiksa; sederhanakan batasnya.',
    en: 'The boundary has too many positions to check; simplify it.',
  },
  ISLAND: {
    id: 'Wilayah ini tidak bersebelahan dengan desa lain (pulau atau terpisah).',
    en: 'This feature has no neighbouring village (an island or detached).',
  },
  JOIN_CODE_PROPERTY_NOT_FOUND: {
    id: 'Tidak ada atribut batas wilayah yang berisi kode desa; pilih atribut kodenya.',
    en: 'No boundary property holds village codes; choose the code property.',
  },
  JOIN_MALFORMED_CODE: {
    id: 'Kode desa "{value}" tidak berbentuk PP.KK.CC.TDDD; hanya dapat dicocokkan dengan teks yang persis sama.',
    en: 'Village code "{value}" is not of the form PP.KK.CC.TDDD; it can only match the same text.',
  },
  JOIN_DUPLICATE_CODE: {
    id: 'Kode desa ini muncul lebih dari sekali, jadi pencocokannya tidak pasti.',
    en: 'This village code appears more than once, so its match is uncertain.',
  },
  JOIN_CODE_CONFLICT: {
    id: 'Dua atribut kode pada batas wilayah ini tidak sama; periksa mana yang benar.',
    en: 'Two code properties of this boundary disagree; check which one is right.',
  },
  JOIN_UNMATCHED_TABLE: {
    id: 'Baris tabel ini tidak cocok dengan batas wilayah mana pun, jadi tidak dipetakan; periksa kodenya.',
    en: 'This table row matches no boundary, so it is not mapped; check its code.',
  },
  JOIN_UNMATCHED_BOUNDARY: {
    id: 'Batas wilayah ini tidak memiliki baris di tabel; desanya tampil tanpa data.',
    en: 'This boundary has no table row; its village is shown without data.',
  },
  JOIN_NOTHING_MATCHED: {
    id: 'Tidak satu pun baris tabel cocok dengan batas wilayah; periksa apakah kabupaten dan bentuk kodenya sama.',
    en: 'No table row matches any boundary; check that the district and the code format agree.',
  },
  // ── @lokus/cli and @lokus/report ────────────────────────────────────────────────────────────
  NO_VILLAGES_IN_DISTRICT: {
    id: 'Tidak ada desa dari kabupaten ini di tabel.',
    en: 'The table has no village of this district.',
  },
  ROWS_OUTSIDE_DISTRICT: {
    id: 'Baris dari kabupaten lain atau tanpa batas wilayah disisihkan.',
    en: 'Rows of other districts or without a boundary were set aside.',
  },
  VILLAGES_ADDED_FROM_BOUNDARIES: {
    id: 'Desa yang ada di batas wilayah tetapi tidak di tabel tetap ditampilkan tanpa data.',
    en: 'Villages in the boundaries but not in the table are kept without data.',
  },
  CODE_APPEARED: {
    id: 'Desa ini ada di data tahun ini tetapi tidak di data tahun lalu.',
    en: "This village is in this year's data but not in last year's.",
  },
  CODE_VANISHED: {
    id: 'Desa ini ada di data tahun lalu tetapi tidak di data tahun ini.',
    en: "This village was in last year's data but is not in this year's.",
  },
  DIFFERENT_DISTRICT: {
    id: 'Kedua hasil berasal dari kabupaten yang berbeda.',
    en: 'The two results are of different districts.',
  },
  YEAR_ORDER: {
    id: 'Setiap hasil perlu tahun yang jelas dan berurutan untuk dibuat tren.',
    en: 'A trend needs a clear year for every result, in order.',
  },
  RECORD_INVALID: {
    id: 'Berkas hasil tidak sah pada bagian {path}.',
    en: 'The result file is not valid at {path}.',
  },
  RECORD_INVALID_JSON: {
    id: 'Berkas hasil bukan JSON yang sah.',
    en: 'The result file is not valid JSON.',
  },
  RECORD_NOT_A_RESULT: {
    id: 'Berkas ini bukan hasil lokus.',
    en: 'This file is not a lokus result.',
  },
  RECORD_VERSION_UNSUPPORTED: {
    id: 'Versi berkas hasil ini tidak didukung.',
    en: 'This result file version is not supported.',
  },
  RECORD_DUPLICATE_VILLAGE: {
    id: 'Desa tercantum dua kali di berkas hasil.',
    en: 'A village is listed twice in the result file.',
  },
  RECORD_SCENARIO_INVALID: {
    id: 'Skenario yang tercatat di berkas hasil tidak sah.',
    en: 'The scenario recorded in the result file is not valid.',
  },
  // ── @lokus/registers: indicator definitions and household registers ──────────────────────
  DEFINITION_INVALID: {
    id: 'Definisi indikator tidak sah (register, penyebut atau jumlah register rumah tangga); perbaiki berkas definisi.',
    en: 'The indicator definitions are not valid (register, denominator or number of household registers); correct the definition file.',
  },
  DEFINITION_PERSONAL_FIELD: {
    id: 'Definisi indikator memakai kolom data pribadi (NIK, nama, alamat); kolom ini tidak boleh dipakai dalam indikator maupun keluaran.',
    en: 'An indicator definition uses a personal column (NIK, name, address); such columns may not be used in an indicator or an output.',
  },
  DEFINITION_UNKNOWN_FIELD: {
    id: 'Definisi indikator memakai kolom yang tidak dinyatakan pada registernya; nyatakan kolom itu atau perbaiki ejaannya.',
    en: 'An indicator definition uses a field its register does not declare; declare the field or correct its spelling.',
  },
  REGISTER_NOT_RECOGNISED: {
    id: 'Berkas ini bukan salah satu register yang dikenal definisi (kolomnya tidak cocok).',
    en: 'This file is not one of the registers the definitions know (its columns do not match).',
  },
  REGISTER_FILE_UNREADABLE: {
    id: 'Berkas register tidak dapat dibaca; pakai CSV, TSV, Parquet atau XLSX yang utuh.',
    en: 'The register file cannot be read; use a complete CSV, TSV, Parquet or XLSX file.',
  },
  REGISTER_MISSING: {
    id: 'Berkas register yang dibutuhkan indikator tidak diberikan; indikator itu tidak dapat dihitung.',
    en: 'No file was given for a register the indicators need; those indicators cannot be counted.',
  },
  MISSING_COLUMN: {
    id: 'Berkas register tidak memiliki kolom yang dibutuhkan sebuah indikator.',
    en: 'The register file lacks a column an indicator needs.',
  },
  UNKNOWN_VILLAGE_CODE: {
    id: 'Rumah tangga dengan kode desa {value} tidak termasuk desa di kabupaten ini; rumah tangga itu dan anggotanya tidak dihitung.',
    en: 'Households with village code {value} are not in a village of this district; they and their members are left out.',
  },
  VILLAGE_WITHOUT_HOUSEHOLDS: {
    id: 'Desa ini tidak memiliki rumah tangga di register; indikatornya dibiarkan kosong.',
    en: 'This village has no household in the register; its indicators are left empty.',
  },
  EMPTY_REGISTER: {
    id: 'Register ini tidak berisi baris; indikatornya tidak dapat dihitung.',
    en: 'This register has no rows; its indicators cannot be counted.',
  },
  MALFORMED_HOUSEHOLD_VILLAGE_CODE: {
    id: 'Rumah tangga yang kode desanya tidak berbentuk PP.KK.CC.TDDD tidak dihitung, begitu pula anggotanya.',
    en: 'Households whose village code is not PP.KK.CC.TDDD are left out, and so are their members.',
  },
  DUPLICATE_HOUSEHOLD_KEY: {
    id: 'Beberapa baris mengulang kunci rumah tangga dari baris sebelumnya; hanya baris pertama yang dihitung.',
    en: 'Some rows repeat the household key of an earlier row; only the first row is counted.',
  },
  DUPLICATE_NIK: {
    id: 'Beberapa baris anggota mengulang NIK dari baris sebelumnya; hanya baris pertama yang dihitung.',
    en: 'Some person rows repeat the NIK of an earlier row; only the first row is counted.',
  },
  PERSON_WITHOUT_HOUSEHOLD: {
    id: 'Beberapa anggota merujuk rumah tangga yang tidak ada di register keluarga; mereka tidak dihitung.',
    en: 'Some persons refer to a household that is not in the household register; they are not counted.',
  },
  IMPOSSIBLE_VALUE: {
    id: 'Beberapa baris berisi nilai yang tidak mungkin di kolom ini (misalnya desil di atas sepuluh); nilai itu dianggap kosong.',
    en: 'Some rows hold an impossible value in this column (a desil above ten, for example); it counts as missing.',
  },
  MISSING_FIELD_VALUE: {
    id: 'Beberapa baris tidak mengisi kolom ini; indikator yang memakainya tidak menghitung baris itu.',
    en: 'Some rows leave this column empty; indicators using it do not count those rows.',
  },
  SMALL_COUNT: {
    id: 'Beberapa hitungan kecil (di bawah ambang kerahasiaan) ditandai atau dikosongkan sebagai sel kecil.',
    en: 'Some counts are small (below the confidentiality threshold) and are flagged or emptied as small cells.',
  },
};
