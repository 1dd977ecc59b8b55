/**
 * The worker's exports, all written by `@lokus/report` (the same functions the command line
 * uses): the loci table as plain CSV or CSV for Indonesian Excel (semicolon, decimal comma, BOM),
 * the formatted workbook (rounded values, a full-precision sheet, the scenario, provenance,
 * widths, frozen header, print set-up), the results GeoJSON, and the annex content.
 */
import { describeDiagnostic, type ScenarioResult } from '@lokus/core';
import {
  type AnnexContent,
  buildAnnex,
  documentDate,
  type ExcludedVillage,
  lociTable,
  resultsGeoJson,
  writeLociCsv,
  writeLociXlsx,
} from '@lokus/report';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExcludedRow } from '../data/dataset.ts';
import { writeGeoJson } from '../data/io.ts';
import { type PlanExport, withPlanColumns, withPlanSheets } from '../plan/planExport.ts';
import type { ExportFormat } from './protocol.ts';

/** Left-out rows as the report lists them, the reason worded in the export's language. */
function excludedVillages(rows: readonly ExcludedRow[], lang: 'id' | 'en'): ExcludedVillage[] {
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    ...(r.kecamatan ? { kecamatan: r.kecamatan } : {}),
    reason: describeDiagnostic(r.diagnostic, { locale: lang }),
  }));
}

/**
 * The file of one export format, or null when it cannot be made (GeoJSON without boundaries).
 * The tables list the rows left out of the scoring last, with why (`excluded`); with a `plan`
 * loaded they carry its columns (CSV) or sheets (XLSX).
 */
export async function exportFile(
  result: ScenarioResult,
  format: ExportFormat,
  boundaries: FeatureCollection<Geometry | null> | null,
  lang: 'id' | 'en' = 'id',
  excludedRows: readonly ExcludedRow[] = [],
  plan: PlanExport | null = null,
): Promise<string | Uint8Array | null> {
  const excluded = excludedVillages(excludedRows, lang);
  const table = () => {
    const t = lociTable(result, { lang, excluded });
    return plan ? withPlanColumns(t, plan) : t;
  };
  if (format === 'csv') return writeLociCsv(table(), { dialect: 'plain' });
  if (format === 'csv-id') return writeLociCsv(table(), { dialect: 'excel-id' });
  if (format === 'xlsx') {
    const bytes = await writeLociXlsx(result, { lang, excluded });
    const date = documentDate({ year: result.scenario.year });
    return plan ? withPlanSheets(bytes, plan, lang, date) : bytes;
  }
  if (!boundaries) return null;
  const { collection } = resultsGeoJson(result, boundaries as FeatureCollection, { lang });
  return writeGeoJson(collection as GeoJSON.FeatureCollection);
}

/** The loci annex content of a result that ran, or null. */
export function annexOf(
  result: ScenarioResult,
  options: {
    readonly lang: 'id' | 'en';
    readonly districtName?: string | undefined;
    readonly attributions?: readonly string[] | undefined;
    readonly outsideSources?: readonly string[] | undefined;
    /** The action plan's coverage (and assignment): adds "Rencana aksi pada lokus". */
    readonly plan?: PlanExport | undefined;
  },
): AnnexContent | null {
  if (!result.stages) return null;
  return buildAnnex(result, {
    lang: options.lang,
    ...(options.districtName ? { districtName: options.districtName } : {}),
    ...(options.attributions ? { attributions: options.attributions } : {}),
    ...(options.outsideSources ? { outsideSources: options.outsideSources } : {}),
    ...(options.plan
      ? {
          plan: {
            coverage: options.plan.coverage,
            ...(options.plan.assignment ? { assignment: options.plan.assignment } : {}),
          },
        }
      : {}),
  });
}
