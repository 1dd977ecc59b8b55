import type { RobustnessResult, ScenarioResult } from '@lokus/core';
import { compareYears } from '../compare/compareYears.ts';
import { mostCommon } from '../record/mostCommon.ts';
import { toResultRecord } from '../record/toResultRecord.ts';
import type { ResultRecord } from '../record/types.ts';
import { trend } from '../trend/trend.ts';
import type { TargetSpec } from '../trend/trendTarget.ts';
import { annexField, FILL_IN } from './annexField.ts';
import { changesSection } from './changesSection.ts';
import { lociSection } from './lociSection.ts';
import {
  type PlanSectionAssignment,
  type PlanSectionCoverage,
  planSection,
} from './planSection.ts';
import { robustnessSection } from './robustnessSection.ts';
import { scenarioSection } from './scenarioSection.ts';
import { trendSection } from './trendSection.ts';
import type {
  AnnexContent,
  AnnexHeading,
  AnnexLang,
  AnnexMap,
  AnnexPlace,
  AnnexSignature,
  AnnexSources,
} from './types.ts';

/** Options of {@link buildAnnex}. Every decree field left out is printed as a fill-in line. */
export interface BuildAnnexOptions {
  /** Bahasa Indonesia (default) or English. */
  readonly lang?: AnnexLang;
  /** The district's name without "Kabupaten", e.g. `Demak`. */
  readonly districtName?: string;
  readonly provinceName?: string;
  /** `kabupaten` (signed by the Bupati, default) or `kota` (the Wali Kota). */
  readonly districtKind?: 'kabupaten' | 'kota';
  readonly decreeNumber?: string;
  /** Date of the decree as printed, e.g. `2 Januari 2026`. */
  readonly decreeDate?: string;
  /** Where the decree is signed ("Ditetapkan di"), e.g. `Demak`. */
  readonly place?: string;
  /** The signatory's name. */
  readonly signatory?: string;
  /** Year of the decision; default the scenario's year. */
  readonly year?: number;
  /** Last year's result record: adds the "changes from last year" section. */
  readonly previous?: ResultRecord;
  /**
   * Result records of several years (e.g. 2025–2029): adds the progress section (`trend`, in the
   * annex's language). This result's year is added from `result` when the records lack it.
   */
  readonly trend?: readonly ResultRecord[];
  /** The district target the progress section follows (see `trend`); its default when absent. */
  readonly trendTarget?: TargetSpec | null;
  /** Data sources beyond those named by the indicators (e.g. the boundary file). */
  readonly sources?: readonly string[];
  /** Attributions printed with the map and at the end (boundary data, licences). */
  readonly attributions?: readonly string[];
  /**
   * What came from outside this computer (e.g. a basemap's `https://tiles.example.org`): the
   * annex names each, or says there was none when the list is empty. Absent: nothing is said.
   */
  readonly outsideSources?: readonly string[];
  /**
   * A robustness analysis of this result's scenario on the same table (`analyseRobustness`):
   * adds the section "Desa borderline dan alasannya" (`robustnessSection`).
   */
  readonly robustness?: RobustnessResult;
  /**
   * The action plan's coverage of these loci and, optionally, the agency assignment
   * (`planCoverage`, `assignAgencies` of `@lokus/plan`): adds "Rencana aksi pada lokus"
   * (`planSection`).
   */
  readonly plan?: {
    readonly coverage: PlanSectionCoverage;
    readonly assignment?: PlanSectionAssignment;
  };
}

/**
 * The content of the decree annex (lampiran Keputusan Bupati … tentang penetapan lokasi
 * prioritas penanggulangan kemiskinan) for a result: the heading block with fill-in fields, the
 * numbered loci grouped by kecamatan with the reason for each (`lociSection`), what the map shows,
 * the scenario in plain words (`scenarioSection`), the changes from last year when `previous` is
 * given (`compareYears`), the multi-year progress when `trend` is given, the borderline villages
 * and why when `robustness` is given (`robustnessSection`), the action plan on the loci when
 * `plan` is given (`planSection`), sources and
 * attributions with provenance, and the signature block. Bahasa Indonesia by default, English
 * with `lang: 'en'`. The one function behind the PDF annex and the viewer's print view: they
 * lay it out, never compute or translate. Pure and deterministic. O(n log n + loci·m).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const annex = buildAnnex(result, { districtName: 'Contoh' });
 * annex.heading.decreeOf; // => 'KEPUTUSAN BUPATI CONTOH'
 * annex.loci.total; // => 1
 */
export function buildAnnex(result: ScenarioResult, options: BuildAnnexOptions = {}): AnnexContent {
  const { lang = 'id' } = options;
  const year = options.year ?? result.scenario.year;
  const heading = annexHeading(result, year, options, lang);
  const loci = lociSection(result, lang);
  const changes =
    options.previous === undefined
      ? null
      : changesSection(compareYears(result, options.previous, { lang }), lang);
  return {
    lang,
    heading,
    loci,
    map: annexMap(
      result,
      loci.groups.flatMap((g) => g.loci.map((l) => l.code)),
      heading,
      lang,
    ),
    scenario: scenarioSection(result, { lang }),
    changes,
    trend: annexTrend(result, year, options, lang),
    robustness:
      options.robustness === undefined ? null : robustnessSection(options.robustness, result, lang),
    plan:
      options.plan === undefined
        ? null
        : planSection(options.plan.coverage, options.plan.assignment ?? null, lang),
    sources: annexSources(result, options, lang),
    signature: annexSignature(options, lang),
    documentYear: year,
    footer:
      lang === 'id'
        ? `Lampiran ${office(options, lang, false)} Nomor ${heading.decreeNumber.value ?? FILL_IN}`
        : `Annex to the ${office(options, lang, false)}, number ${heading.decreeNumber.value ?? FILL_IN}`,
  };
}

/** `BUPATI DEMAK` (upper case) or `Bupati Demak`; English: `Regent of Demak`. */
function office(options: BuildAnnexOptions, lang: AnnexLang, upper: boolean): string {
  const name = options.districtName ?? FILL_IN;
  const kota = options.districtKind === 'kota';
  const text =
    lang === 'id'
      ? `${upper ? 'Keputusan ' : 'Keputusan '}${kota ? 'Wali Kota' : 'Bupati'} ${name}`
      : `Decree of the ${kota ? 'Mayor' : 'Regent'} of ${name}`;
  return upper ? text.toUpperCase() : text;
}

function annexHeading(
  result: ScenarioResult,
  year: number | null,
  options: BuildAnnexOptions,
  lang: AnnexLang,
): AnnexHeading {
  const id = lang === 'id';
  const district = mostCommon(result.table.kabupaten) ?? '';
  const y = year ?? FILL_IN;
  const unit =
    options.districtKind === 'kota' ? (id ? 'KOTA' : 'CITY OF') : id ? 'KABUPATEN' : 'DISTRICT OF';
  const name = (options.districtName ?? FILL_IN).toUpperCase();
  return {
    annexLabel: id ? 'LAMPIRAN' : 'ANNEX',
    decreeOf: office(options, lang, true),
    decreeNumber: annexField(id ? 'NOMOR' : 'NUMBER', options.decreeNumber),
    decreeDate: annexField(id ? 'TANGGAL' : 'DATE', options.decreeDate),
    about: id
      ? `TENTANG PENETAPAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN TAHUN ${y}`
      : `ON THE PRIORITY LOCATIONS FOR POVERTY REDUCTION IN ${y}`,
    title: id
      ? `DAFTAR DESA/KELURAHAN LOKASI PRIORITAS PENANGGULANGAN KEMISKINAN ${unit} ${name} TAHUN ${y}`
      : `PRIORITY VILLAGES FOR POVERTY REDUCTION, ${unit} ${name}, ${y}`,
    district: { code: district, name: options.districtName ?? null },
    province: { code: district.slice(0, 2), name: options.provinceName ?? null },
    year,
  };
}

function annexMap(
  result: ScenarioResult,
  lociCodes: string[],
  heading: AnnexHeading,
  lang: AnnexLang,
): AnnexMap {
  const id = lang === 'id';
  const { table } = result;
  const names = new Map<string, string>();
  for (let i = 0; i < table.length; i++) {
    const k = table.kecamatan[i]!;
    if (!names.has(k) || (names.get(k) === '' && table.kecamatanName[i] !== ''))
      names.set(k, table.kecamatanName[i]!);
  }
  const kecamatan: AnnexPlace[] = [...names.keys()]
    .sort()
    .map((code) => ({ code, name: names.get(code) || null }));
  const where = heading.district.name ?? heading.district.code;
  return {
    title: id
      ? `Peta lokasi prioritas ${where}${heading.year === null ? '' : ` tahun ${heading.year}`}`
      : `Map of the priority villages, ${where}${heading.year === null ? '' : `, ${heading.year}`}`,
    lociCodes: [...lociCodes].sort(),
    legendLocus: id ? 'Lokus (lokasi prioritas)' : 'Locus (priority village)',
    legendOther: id ? 'Desa/kelurahan lain' : 'Other villages',
    northLabel: id ? 'U' : 'N',
    kecamatan,
  };
}

function outsideSentence(hosts: readonly string[], id: boolean): string {
  if (hosts.length === 0) {
    return id
      ? 'Sumber dari luar perangkat ini: tidak ada; semua data dan peta dibaca dari perangkat ini.'
      : 'Sources outside this computer: none; every data file and map was read on this computer.';
  }
  const list = hosts.join(', ');
  return id
    ? `Sumber dari luar perangkat ini: ${list}.`
    : `Sources outside this computer: ${list}.`;
}

function annexSources(
  result: ScenarioResult,
  options: BuildAnnexOptions,
  lang: AnnexLang,
): AnnexSources {
  const id = lang === 'id';
  const items: string[] = [];
  for (const ind of result.scenario.indicators) {
    const source = [ind.source, ind.year].filter((x) => x !== undefined && x !== '').join(', ');
    if (source !== '') items.push(`${ind.label[lang]}: ${source}`);
  }
  items.push(...(options.sources ?? []));
  const p = result.provenance;
  return {
    title: id ? 'Sumber data' : 'Data sources',
    items,
    attributions: [...(options.attributions ?? [])],
    ...(options.outsideSources ? { outside: outsideSentence(options.outsideSources, id) } : {}),
    provenance: id
      ? `Dihitung dengan ${p.library} ${p.version}; sidik data ${p.inputHash}, sidik skenario ${p.scenarioHash}.`
      : `Computed with ${p.library} ${p.version}; data fingerprint ${p.inputHash}, scenario fingerprint ${p.scenarioHash}.`,
  };
}

function annexSignature(options: BuildAnnexOptions, lang: AnnexLang): AnnexSignature {
  const id = lang === 'id';
  const kota = options.districtKind === 'kota';
  const name = (options.districtName ?? FILL_IN).toUpperCase();
  return {
    place: annexField(id ? 'Ditetapkan di' : 'Issued at', options.place),
    date: annexField(id ? 'pada tanggal' : 'on', options.decreeDate),
    office: id
      ? `${kota ? 'WALI KOTA' : 'BUPATI'} ${name}`
      : `${kota ? 'MAYOR' : 'REGENT'} OF ${name}`,
    name: annexField(id ? 'Nama' : 'Name', options.signatory),
  };
}

function annexTrend(
  result: ScenarioResult,
  year: number | null,
  options: BuildAnnexOptions,
  lang: AnnexLang,
): AnnexContent['trend'] {
  if (options.trend === undefined) return null;
  const records = options.trend.some((r) => r.year === year)
    ? options.trend
    : [...options.trend, toResultRecord(result, year === null ? {} : { year })];
  const t = trend(records, {
    lang,
    ...(options.trendTarget === undefined ? {} : { target: options.trendTarget }),
  });
  return trendSection(t, lang);
}
