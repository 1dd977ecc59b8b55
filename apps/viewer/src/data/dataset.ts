/** A dataset ready for the map: table, boundaries, join, kecamatan outlines and labels. */
import type { Diagnostic, IndicatorMeta, Label, Scenario, VillageTable } from '@lokus/core';
import {
  type DissolvedFeature,
  dissolveBy,
  type JoinResult,
  joinByCode,
  labelPoint,
} from '@lokus/geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { NationalTiles } from './nationalTiles.ts';

export interface KecamatanLabel {
  readonly code: string;
  readonly name: string;
  readonly point: readonly [number, number];
}

export interface Dataset {
  readonly id: string;
  readonly synthetic: boolean;
  readonly name: Label;
  readonly attribution: readonly string[];
  readonly table: VillageTable;
  readonly boundaries: FeatureCollection<Geometry | null>;
  readonly join: JoinResult;
  /** Property promoted to the feature id (the detected code property). */
  readonly codeProperty: string;
  /** Feature-state id of each table row, null when the row has no boundary. */
  readonly featureId: readonly (string | number | null)[];
  /** Row of each code. */
  readonly rowOfCode: ReadonlyMap<string, number>;
  readonly kecamatanOutlines: readonly DissolvedFeature[];
  readonly kecamatanLabels: readonly KecamatanLabel[];
  /** Every indicator the scenario panel can switch on. */
  readonly catalog: readonly IndicatorMeta[];
  readonly scenarioUrls: readonly string[];
  readonly defaultScenario: Scenario;
  /** Reader, table and join diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
  /** Rows of the input left out of the scoring, with the diagnostic that says why (exported). */
  readonly excluded: readonly ExcludedRow[];
  /**
   * The boundaries as vector tiles (national mode): the map draws these and `boundaries` holds
   * only the codes (features without geometry).
   */
  readonly tiles?: NationalTiles;
}

/** A row of the input left out of the scoring (e.g. a code matching no boundary). */
export interface ExcludedRow {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly diagnostic: Diagnostic;
}

export interface PrepareOptions {
  readonly id: string;
  readonly synthetic: boolean;
  readonly name: Label;
  readonly attribution: readonly string[];
  /** Indicators the scenario panel offers. */
  readonly catalog: readonly IndicatorMeta[];
  readonly scenarioUrls?: readonly string[];
  /** The scenario the dataset opens with. */
  readonly defaultScenario: Scenario;
  readonly diagnostics?: readonly Diagnostic[];
  /** Rows left out of the scoring (default none). */
  readonly excluded?: readonly ExcludedRow[];
  /** Skip kecamatan outlines and labels above this many villages (default 5,000). */
  readonly maxOutlineVillages?: number;
}

/** Joins and prepares a dataset. */
export function prepareDataset(
  table: VillageTable,
  boundaries: FeatureCollection<Geometry | null>,
  options: PrepareOptions,
): Dataset {
  const join = joinByCode(table, boundaries);
  const codeProperty = join.codeProperty ?? 'kode';
  const featureId = Array.from(join.joined, (f) => {
    if (f < 0) return null;
    const v = boundaries.features[f]?.properties?.[codeProperty];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  });
  const rowOfCode = new Map<string, number>();
  table.code.forEach((c, i) => {
    rowOfCode.set(c, i);
  });

  let kecamatanOutlines: DissolvedFeature[] = [];
  const kecamatanLabels: KecamatanLabel[] = [];
  if (table.length <= (options.maxOutlineVillages ?? 5000)) {
    const polygons = boundaries.features.filter(
      (f, i): f is Feature<Polygon | MultiPolygon> =>
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
        join.rowOfFeature[i]! >= 0,
    );
    const kecOfFeature = new Map<object, string>();
    boundaries.features.forEach((f, i) => {
      const row = join.rowOfFeature[i]!;
      if (row >= 0) kecOfFeature.set(f, table.kecamatan[row]!);
    });
    kecamatanOutlines = dissolveBy(polygons, (f) => kecOfFeature.get(f) ?? '');
    const kecName = new Map<string, string>();
    table.kecamatan.forEach((k, i) => {
      if (!kecName.has(k) || kecName.get(k) === '') kecName.set(k, table.kecamatanName[i] ?? '');
    });
    for (const outline of kecamatanOutlines) {
      const p = labelPoint(outline);
      const code = outline.properties.key;
      kecamatanLabels.push({ code, name: kecName.get(code) || code, point: [p[0]!, p[1]!] });
    }
  }
  return {
    id: options.id,
    synthetic: options.synthetic,
    name: options.name,
    attribution: options.attribution,
    table,
    boundaries,
    join,
    codeProperty,
    featureId,
    rowOfCode,
    kecamatanOutlines,
    kecamatanLabels,
    catalog: options.catalog,
    scenarioUrls: options.scenarioUrls ?? [],
    defaultScenario: options.defaultScenario,
    diagnostics: [...(options.diagnostics ?? []), ...join.diagnostics],
    excluded: options.excluded ?? [],
  };
}
