/** The plan panel's words in Bahasa Indonesia and English (the panel's own strings). */
import type { Label } from '@lokus/core';
import { locale } from '../i18n/index.ts';

const TEXT = {
  title: { id: 'Rencana aksi (RAT) pada lokus', en: 'Action plan on the loci' },
  planFile: { id: 'Berkas rencana aksi (CSV/XLSX)', en: 'Action plan file (CSV/XLSX)' },
  agenciesFile: { id: 'Daftar OPD (opsional)', en: 'Agency list (optional)' },
  templateHint: {
    id: 'Format: templat data/templates/rencana-aksi.xlsx dan daftar-opd.csv.',
    en: 'Format: the templates data/templates/rencana-aksi.xlsx and daftar-opd.csv.',
  },
  layer: { id: 'Lapisan peta "Rencana aksi"', en: 'Map layer "Action plan"' },
  reading: { id: 'Membaca rencana…', en: 'Reading the plan…' },
  loaded: {
    id: '{file}: {rows} baris program dipakai, {aside} baris disisihkan.',
    en: '{file}: {rows} programme rows used, {aside} rows set aside.',
  },
  agenciesLoaded: { id: '{file}: {n} OPD.', en: '{file}: {n} agencies.' },
  covered: {
    id: '{covered} dari {loci} lokus mendapat program; {uncovered} lokus belum.',
    en: '{covered} of {loci} loci get a programme; {uncovered} do not.',
  },
  needs: {
    id: '{addressed} dari {needs} kebutuhan utama lokus ditangani program.',
    en: '{addressed} of the loci’s {needs} main needs are addressed by a programme.',
  },
  budget: {
    id: 'Anggaran {total}; di lokus {on}, di desa bukan lokus {off}.',
    en: 'Budget {total}; on loci {on}, on villages that are not loci {off}.',
  },
  uncoveredList: { id: 'Lokus tanpa program', en: 'Loci without a programme' },
  diagnostics: { id: 'Masalah pada berkas', en: 'Problems in the files' },
  setAsideNote: {
    id: 'Baris yang disisihkan tidak dihitung dalam cakupan; perbaiki berkas lalu muat lagi.',
    en: 'Rows set aside are not counted in the coverage; fix the file and load it again.',
  },
  assign: { id: 'Jalankan penugasan OPD', en: 'Run the agency assignment' },
  assigning: { id: 'Menghitung penugasan (HiGHS)…', en: 'Solving the assignment (HiGHS)…' },
  assignTitle: {
    id: 'Satu OPD Satu Desa Dampingan',
    en: 'One agency, one accompanied village',
  },
  assignDone: {
    id: '{n} pasangan OPD–desa, optimal (poin {points}).',
    en: '{n} agency–village pairs, optimal (points {points}).',
  },
  assignInfeasible: {
    id: 'Tidak ada penugasan yang memenuhi semua syarat:',
    en: 'No assignment meets every constraint:',
  },
  assignFailed: {
    id: 'Penugasan tidak dapat dijalankan: {message}',
    en: 'The assignment cannot run: {message}',
  },
  assignStatus: { id: 'Penugasan berhenti: {status}', en: 'The assignment stopped: {status}' },
  focus: { id: 'Tampilkan di peta desa dampingan', en: 'Show on the map the villages of' },
  pin: { id: 'Tetapkan OPD untuk desa ini', en: 'Pin an agency to this village' },
  pinButton: { id: 'Tetapkan dan hitung ulang', en: 'Pin and solve again' },
  pins: { id: 'Ditetapkan tim: {pins}', en: 'Pinned by the team: {pins}' },
  clearPins: { id: 'Hapus penetapan', en: 'Clear pins' },
  villageTitle: { id: 'Rencana aksi di {name}', en: 'Action plan in {name}' },
  villageNone: {
    id: 'Lokus ini belum mendapat program apa pun.',
    en: 'No programme reaches this locus yet.',
  },
  villageNotReached: {
    id: 'Tidak ada program di desa ini (bukan lokus).',
    en: 'No programme in this village (not a locus).',
  },
  villageBudget: {
    id: 'Anggaran di desa ini {budget}; per KK miskin {perPoor}.',
    en: 'Budget in this village {budget}; per poor household {perPoor}.',
  },
  villageBudgetOnly: {
    id: 'Anggaran di desa ini {budget}.',
    en: 'Budget in this village {budget}.',
  },
  villageUnaddressed: {
    id: 'Kebutuhan belum ditangani: {needs}',
    en: 'Needs not addressed: {needs}',
  },
  assigned: { id: 'OPD pendamping', en: 'Accompanying agency' },
  colAgency: { id: 'OPD', en: 'Agency' },
  colProgramme: { id: 'Program / kegiatan', en: 'Programme / activity' },
  colIndicator: { id: 'Indikator', en: 'Indicator' },
  colBudget: { id: 'Anggaran baris', en: 'Row budget' },
  legendCovered: { id: 'lokus dengan program', en: 'locus with a programme' },
  legendUncovered: { id: 'lokus tanpa program', en: 'locus without a programme' },
  legendOther: { id: 'bukan lokus, ada program', en: 'not a locus, has a programme' },
  legendNone: { id: 'bukan lokus, tanpa program', en: 'not a locus, no programme' },
  legendFocus: {
    id: 'garis biru = desa dampingan OPD yang dipilih',
    en: 'blue outline = villages of the chosen agency',
  },
  legendLocus: { id: 'garis hitam tebal = lokus', en: 'thick black outline = locus' },
  colourBy: { id: 'Warna lapisan', en: 'Layer colour' },
  colourStatus: { id: 'lokus dengan / tanpa program', en: 'loci with / without a programme' },
  colourBudget: { id: 'anggaran per lokus', en: 'budget per locus' },
  legendBudgetTitle: {
    id: 'Anggaran per lokus (kelas kuantil)',
    en: 'Budget per locus (quantile classes)',
  },
  legendBudgetFirst: { id: 'sampai {to}', en: 'up to {to}' },
  legendBudgetClass: { id: 'di atas {from} sampai {to}', en: 'above {from} up to {to}' },
  legendBudgetNone: {
    id: 'belum ada lokus dengan program',
    en: 'no locus has a programme yet',
  },
  sharedRow: { id: 'dibagi ke {n} desa', en: 'split over {n} villages' },
} satisfies Record<string, Label>;

export type PlanTextKey = keyof typeof TEXT;

/** A panel string in the current locale, `{name}` filled from `vars`. */
export function pt(key: PlanTextKey, vars: Record<string, string | number> = {}): string {
  return TEXT[key][locale()].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
