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
  type ExcludedVillage,
  lociTable,
  resultsGeoJson,
  writeLociCsv,
  writeLociXlsx,
} from '@lokus/report';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExcludedRow } from '../data/dataset.ts';
import { writeGeoJson } from '../data/io.ts';
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
 * The tables list the rows left out of the scoring last, with why (`excluded`).
 */
export async function exportFile(
  result: ScenarioResult,
  format: ExportFormat,
  boundaries: FeatureCollection<Geometry | null> | null,
  lang: 'id' | 'en' = 'id',
  excludedRows: readonly ExcludedRow[] = [],
): Promise<string | Uint8Array | null> {
  const excluded = excludedVillages(excludedRows, lang);
  if (format === 'csv')
    return writeLociCsv(lociTable(result, { lang, excluded }), { dialect: 'plain' });
  if (format === 'csv-id')
    return writeLociCsv(lociTable(result, { lang, excluded }), { dialect: 'excel-id' });
  if (format === 'xlsx') return writeLociXlsx(result, { lang, excluded });
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
  },
): AnnexContent | null {
  if (!result.stages) return null;
  return buildAnnex(result, {
    lang: options.lang,
    ...(options.districtName ? { districtName: options.districtName } : {}),
    ...(options.attributions ? { attributions: options.attributions } : {}),
  });
}
