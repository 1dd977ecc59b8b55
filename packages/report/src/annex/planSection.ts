import type { Label } from '@lokus/core';
import { formatDecimal } from '../format/formatDecimal.ts';
import type { AnnexLang, AnnexPlan } from './types.ts';

/** What the plan section reads from `planCoverage` of `@lokus/plan` (the same shape). */
export interface PlanSectionCoverage {
  readonly loci: readonly {
    readonly code: string;
    readonly name: string;
    readonly kecamatanName: string;
    readonly kecamatan: string;
    readonly rows: readonly number[];
    readonly agencies: readonly string[];
    readonly budget: number;
    readonly budgetPerPoorHousehold: number | null;
    readonly unaddressed: readonly { readonly label: Label }[];
  }[];
  readonly doubles: readonly unknown[];
  readonly nonLoci: readonly { readonly budget: number }[];
  readonly totals: {
    readonly budget: number;
    readonly budgetOnLoci: number;
    readonly budgetOffLoci: number;
    readonly bySource: Readonly<Record<string, number | undefined>>;
    readonly loci: number;
    readonly lociCovered: number;
    readonly needs: number;
    readonly needsAddressed: number;
  };
}

/** What the plan section reads from `assignAgencies` of `@lokus/plan` (the same shape). */
export interface PlanSectionAssignment {
  readonly status: string;
  readonly assignments: readonly {
    readonly agency: string;
    readonly village: string;
    readonly villageName: string;
    readonly kecamatanName: string;
    readonly text: Label;
  }[];
}

const rp = (n: number, lang: AnnexLang): string =>
  `Rp${formatDecimal(Math.round(n), { lang, digits: 0 })}`;

function paragraphs(c: PlanSectionCoverage, lang: AnnexLang): string[] {
  const t = c.totals;
  const sources = Object.entries(t.bySource)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${rp(v!, lang)}`)
    .join(', ');
  const uncovered = t.loci - t.lociCovered;
  return lang === 'id'
    ? [
        `Rencana aksi menjangkau ${t.lociCovered} dari ${t.loci} lokus; ${uncovered} lokus belum mendapat program. Dari ${t.needs} kebutuhan utama lokus (indikator yang paling menaikkan skornya), ${t.needsAddressed} ditangani oleh sedikitnya satu program.`,
        `Anggaran ${rp(t.budget, lang)} (${sources}); ${rp(t.budgetOnLoci, lang)} di lokus dan ${rp(t.budgetOffLoci, lang)} di ${c.nonLoci.length} desa/kelurahan bukan lokus. Anggaran satu baris rencana dibagi rata ke desa/kelurahan yang dijangkaunya. Program sejenis yang menjangkau desa yang sama: ${c.doubles.length}.`,
      ]
    : [
        `The action plan reaches ${t.lociCovered} of ${t.loci} loci; ${uncovered} loci have no programme yet. Of the loci's ${t.needs} main needs (the indicators that raise their scores most), ${t.needsAddressed} are addressed by at least one programme.`,
        `Budget ${rp(t.budget, lang)} (${sources}); ${rp(t.budgetOnLoci, lang)} on the loci and ${rp(t.budgetOffLoci, lang)} on ${c.nonLoci.length} villages that are not loci. A plan row's budget is split evenly over the villages it reaches. Programmes of the same kind on the same village: ${c.doubles.length}.`,
      ];
}

/**
 * The annex section "Rencana aksi pada lokus" ("Action plan on the loci") from a plan's coverage
 * and, when given, the agency assignment (`planCoverage` and `assignAgencies` of `@lokus/plan`):
 * two paragraphs of totals (loci reached, needs addressed, budget by source, on and off the loci,
 * same-kind programmes), one row per locus (code order) with its programmes, agencies, budget,
 * budget per poor household, the needs no programme addresses and a status word, and the
 * agency ↔ village pairs with their reasons. Pure; numbers formatted in the annex language.
 *
 * @example
 * const coverage = {
 *   loci: [{ code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', kecamatan: '33.21.01', rows: [1],
 *     agencies: ['Dinas Sosial'], budget: 50_000_000, budgetPerPoorHousehold: 1_250_000, unaddressed: [] }],
 *   doubles: [], nonLoci: [],
 *   totals: { budget: 50_000_000, budgetOnLoci: 50_000_000, budgetOffLoci: 0, bySource: { APBD: 50_000_000 },
 *     loci: 1, lociCovered: 1, needs: 1, needsAddressed: 1 },
 * };
 * const section = planSection(coverage, null, 'id');
 * section.title; // => 'Rencana aksi pada lokus'
 * section.paragraphs[0];
 * // => 'Rencana aksi menjangkau 1 dari 1 lokus; 0 lokus belum mendapat program. Dari 1 kebutuhan utama lokus (indikator yang paling menaikkan skornya), 1 ditangani oleh sedikitnya satu program.'
 */
export function planSection(
  coverage: PlanSectionCoverage,
  assignment: PlanSectionAssignment | null,
  lang: AnnexLang,
): AnnexPlan {
  const id = lang === 'id';
  return {
    title: id ? 'Rencana aksi pada lokus' : 'Action plan on the loci',
    paragraphs: paragraphs(coverage, lang),
    columns: [
      { key: 'village', label: id ? 'Desa/Kelurahan' : 'Village', align: 'left' },
      { key: 'programmes', label: id ? 'Program' : 'Programmes', align: 'right' },
      { key: 'agencies', label: 'OPD', align: 'left' },
      { key: 'budget', label: id ? 'Anggaran' : 'Budget', align: 'right' },
      { key: 'perPoor', label: id ? 'per KK miskin' : 'per poor household', align: 'right' },
      {
        key: 'unaddressed',
        label: id ? 'Kebutuhan belum ditangani' : 'Needs not addressed',
        align: 'left',
      },
    ],
    loci: coverage.loci.map((l) => ({
      code: l.code,
      village: `${l.name} (${l.kecamatanName || l.kecamatan}, ${l.code})`,
      programmes: String(l.rows.length),
      agencies: l.agencies.join(', ') || '–',
      budget: rp(l.budget, lang),
      perPoor: l.budgetPerPoorHousehold === null ? '–' : rp(l.budgetPerPoorHousehold, lang),
      unaddressed: l.unaddressed.map((n) => n.label[lang]).join(', ') || '–',
      uncovered: l.rows.length === 0,
    })),
    assignment:
      assignment === null || assignment.status !== 'optimal'
        ? null
        : {
            title: id
              ? 'OPD pendamping lokus (Satu OPD Satu Desa)'
              : 'Agencies accompanying the loci',
            rows: assignment.assignments.map((a) => a.text[lang]),
          },
  };
}
