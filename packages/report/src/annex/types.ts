/**
 * The content of the decree annex (lampiran Keputusan Bupati), independent of how it is drawn.
 * `buildAnnex` makes it; the PDF renderer and the viewer's print view only lay it out. Every
 * text is already in the annex's language, numbers come both as values and as display text, so a
 * renderer never formats, translates or computes anything.
 *
 * @module
 */
import type { VillageKind } from '@lokus/core';

/** Language of the annex: Bahasa Indonesia (default) or English. */
export type AnnexLang = 'id' | 'en';

/**
 * A field of the decree filled in by hand when it is not known yet (decree number, date, the
 * signatory's name). A renderer prints `value` when it is not `null`, else `placeholder`
 * (a dotted line such as `…………………………`).
 */
export interface AnnexField {
  readonly label: string;
  readonly value: string | null;
  readonly placeholder: string;
}

/** A code with its name; `name` is `null` when the input did not give one. */
export interface AnnexPlace {
  readonly code: string;
  readonly name: string | null;
}

/** The heading block at the top of the annex. */
export interface AnnexHeading {
  /** E.g. `LAMPIRAN`. */
  readonly annexLabel: string;
  /** E.g. `KEPUTUSAN BUPATI DEMAK` (upper case as printed). */
  readonly decreeOf: string;
  readonly decreeNumber: AnnexField;
  readonly decreeDate: AnnexField;
  /** E.g. `TENTANG PENETAPAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN TAHUN 2025`. */
  readonly about: string;
  /** Main title above the loci table, e.g. `DAFTAR DESA/KELURAHAN LOKUS …`. */
  readonly title: string;
  readonly district: AnnexPlace;
  readonly province: AnnexPlace;
  /** The scenario's year, `null` when it has none. */
  readonly year: number | null;
}

/** A column of the loci table: the key of {@link AnnexLocus} it shows and its header text. */
export interface AnnexColumn {
  readonly key: 'no' | 'kecamatan' | 'name' | 'kind' | 'code' | 'score' | 'rank' | 'reason';
  readonly label: string;
  /** Suggested alignment. */
  readonly align: 'left' | 'right' | 'center';
}

/** One numbered locus row. */
export interface AnnexLocus {
  /** Running number 1…n over the whole table (not restarted per kecamatan). */
  readonly no: number;
  readonly kecamatanCode: string;
  /** Kecamatan name, or its code when no name is known. */
  readonly kecamatan: string;
  readonly code: string;
  readonly name: string;
  readonly kind: VillageKind;
  /** `Desa` / `Kelurahan` (`Village` / `Urban ward` in English). */
  readonly kindLabel: string;
  /** Full-precision score; `null` for an unranked village forced in. */
  readonly score: number | null;
  /** The score with 2 decimals in the annex's number format (`72,35` in Indonesian). */
  readonly scoreText: string;
  readonly rank: number | null;
  readonly rankText: string;
  /** The selection reason code from `@lokus/core` (`rank`, `quota-minimum`, …). */
  readonly reasonCode: string;
  /** Why this village is a locus, in words. */
  readonly reason: string;
}

/** The loci of one kecamatan, in rank order. */
export interface AnnexKecamatanGroup {
  readonly code: string;
  readonly name: string;
  readonly loci: readonly AnnexLocus[];
}

/** The numbered loci table grouped by kecamatan (kecamatan in code order). */
export interface AnnexLociTable {
  readonly title: string;
  readonly columns: readonly AnnexColumn[];
  readonly groups: readonly AnnexKecamatanGroup[];
  /** Number of loci. */
  readonly total: number;
  /** E.g. `Jumlah: 25 desa/kelurahan di 14 kecamatan`. */
  readonly totalText: string;
  /** Notes under the table (quota shortfall, villages forced in or out…). */
  readonly notes: readonly string[];
}

/** One indicator of the scenario, described for readers. */
export interface AnnexIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  /** E.g. `makin tinggi makin miskin`. */
  readonly direction: string;
  /** Source and year, e.g. `IDM Kemendesa PDTT, 2024`; `null` when the scenario gives none. */
  readonly source: string | null;
  readonly weight: number;
  /** Weight as a percentage text, e.g. `33,3%`. */
  readonly weightText: string;
}

/** The scenario in plain words. */
export interface AnnexScenario {
  readonly title: string;
  readonly name: string;
  /** Paragraphs in plain language: what is measured, how it is combined, which rules apply. */
  readonly paragraphs: readonly string[];
  readonly indicators: readonly AnnexIndicator[];
  /** Selection rules, one sentence each (number of loci, quota, eligibility, forced, carry-over). */
  readonly rules: readonly string[];
}

/** A village that entered or left the loci since last year. */
export interface AnnexChange {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  /** Why, in words (an indicator improved by how much, a quota, forced, …). */
  readonly reason: string;
}

/** A labelled figure, e.g. `Tumpang tindih: 21 dari 25 (84%)`. */
export interface AnnexFigure {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

/** Changes from last year; absent when no previous result was given. */
export interface AnnexChanges {
  readonly title: string;
  readonly previousYear: number | null;
  readonly summary: readonly string[];
  readonly entered: readonly AnnexChange[];
  readonly left: readonly AnnexChange[];
  readonly agreement: readonly AnnexFigure[];
}

/** One line of a chart: a value per year (`null` where the year has none). */
export interface AnnexSeries {
  readonly id: string;
  readonly label: string;
  readonly unit: string | null;
  readonly values: readonly (number | null)[];
}

/** A village named in the trend section (graduate or locus every year). */
export interface AnnexTrendVillage {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly text: string;
}

/** The multi-year trend section; absent when no trend was given. */
export interface AnnexTrend {
  readonly title: string;
  /** The years in order; every series has one value per year. */
  readonly years: readonly number[];
  readonly paragraphs: readonly string[];
  /** Series for a chart (district target, number of loci…). */
  readonly series: readonly AnnexSeries[];
  readonly chartTitle: string;
  readonly graduates: readonly AnnexTrendVillage[];
  readonly graduateRule: string;
  readonly stayed: readonly AnnexTrendVillage[];
}

/** Data sources and attributions. */
export interface AnnexSources {
  readonly title: string;
  readonly items: readonly string[];
  /** Map and data attributions to print with the map and at the end. */
  readonly attributions: readonly string[];
  /** What came from outside this computer, as a sentence (when the caller said). */
  readonly outside?: string;
  /** Provenance line: version, input and scenario hashes. */
  readonly provenance: string;
}

/** What the map page shows: the loci to highlight and its legend texts. */
export interface AnnexMap {
  readonly title: string;
  /** Codes of the loci to highlight. */
  readonly lociCodes: readonly string[];
  readonly legendLocus: string;
  readonly legendOther: string;
  readonly northLabel: string;
  /** Every kecamatan of the district in code order (not only those with loci), to label the map. */
  readonly kecamatan: readonly AnnexPlace[];
}

/** The signature block. */
export interface AnnexSignature {
  /** E.g. `Ditetapkan di`. */
  readonly place: AnnexField;
  /** E.g. `pada tanggal`. */
  readonly date: AnnexField;
  /** E.g. `BUPATI DEMAK`. */
  readonly office: string;
  readonly name: AnnexField;
}

/** A borderline village of the robustness section. */
export interface AnnexBorderline {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  /** A locus in the scenario's own run. */
  readonly baseLocus: boolean;
  /** `lokus` / `bukan lokus` (`locus` / `not a locus`). */
  readonly baseLocusText: string;
  /** Share of the draws selecting it, in [0, 1]. */
  readonly probability: number;
  /** E.g. `83%`. */
  readonly probabilityText: string;
  /** 5th–95th percentile rank over the draws, e.g. `18–31`; `–` when not tallied. */
  readonly rankText: string;
  /** Why it is borderline, in words. */
  readonly reason: string;
}

/** The section "Desa borderline dan alasannya"; absent without a robustness analysis. */
export interface AnnexRobustness {
  readonly title: string;
  /** The flags' probability thresholds (stated in the paragraphs too). */
  readonly thresholds: { readonly stableLocus: number; readonly stableNonLocus: number };
  /** What was varied, the thresholds, the counts per flag, the choices that matter most. */
  readonly paragraphs: readonly string[];
  readonly columns: readonly {
    readonly key: 'code' | 'name' | 'kecamatan' | 'baseLocus' | 'probability' | 'rank' | 'reason';
    readonly label: string;
    readonly align: 'left' | 'right' | 'center';
  }[];
  /** Most probable first, then by village code. */
  readonly villages: readonly AnnexBorderline[];
  /** Printed instead of the table when no village is borderline. */
  readonly empty: string;
}

/** One locus row of the plan section; display strings, formatted in the annex language. */
export interface AnnexPlanLocus {
  readonly code: string;
  /** `Name (Kecamatan, code)`. */
  readonly village: string;
  readonly programmes: string;
  readonly agencies: string;
  readonly budget: string;
  readonly perPoor: string;
  readonly unaddressed: string;
  /** No programme reaches it (shown highlighted). */
  readonly uncovered: boolean;
}

/** The section "Rencana aksi pada lokus"; absent without a plan. */
export interface AnnexPlan {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly columns: readonly {
    readonly key: 'village' | 'programmes' | 'agencies' | 'budget' | 'perPoor' | 'unaddressed';
    readonly label: string;
    readonly align: 'left' | 'right';
  }[];
  /** Every locus, in code order. */
  readonly loci: readonly AnnexPlanLocus[];
  /** Agency ↔ village pairs in words, when an optimal assignment was given. */
  readonly assignment: { readonly title: string; readonly rows: readonly string[] } | null;
}

/** The whole annex, in reading order. */
export interface AnnexContent {
  readonly lang: AnnexLang;
  readonly heading: AnnexHeading;
  readonly loci: AnnexLociTable;
  readonly map: AnnexMap;
  readonly scenario: AnnexScenario;
  readonly changes: AnnexChanges | null;
  readonly trend: AnnexTrend | null;
  /** Borderline villages and why, when the annex was given a robustness analysis. */
  readonly robustness: AnnexRobustness | null;
  /** The action plan on the loci, when the annex was given a plan's coverage. */
  readonly plan: AnnexPlan | null;
  readonly sources: AnnexSources;
  readonly signature: AnnexSignature;
  /** Year used to fix any document date (metadata), from the option or the scenario year. */
  readonly documentYear: number | null;
  /** Text for page footers, e.g. `Lampiran Keputusan Bupati Demak — halaman`. */
  readonly footer: string;
}
