import { createTable, type Diagnostic, type VillageTable } from '@lokus/core';
import type { DecimalSeparator } from '@lokus/io';
import type { FeatureCollection } from 'geojson';
import { type Context, step, tr } from './Context.ts';
import { type BoundaryFile, readBoundaryFile } from './readBoundaryFile.ts';
import { readScenarioFile, type ScenarioFile } from './readScenarioFile.ts';
import { readTableFile, type TableFile } from './readTableFile.ts';
import { restrictToDistrict } from './restrictToDistrict.ts';

/** The input options every scoring command shares. */
export interface InputOptions {
  readonly data: string;
  readonly boundaries?: string;
  readonly scenario?: string;
  readonly district?: string;
  readonly decimal?: DecimalSeparator;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly sheet?: string;
  readonly layer?: string;
}

/** Everything read from the user's files, before scoring. */
export interface Inputs {
  readonly table: VillageTable;
  readonly tableFile: TableFile;
  readonly boundaryFile: BoundaryFile | null;
  readonly boundaries: FeatureCollection | null;
  readonly scenarioFile: ScenarioFile | null;
  /** Reader, restriction and table diagnostics, in that order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly district: string | null;
  /** The reader options used for each file, for the provenance. */
  readonly readerOptions: Readonly<Record<string, unknown>>;
}

/**
 * Reads the table, the boundaries and the scenario a command was given, restricts the table to
 * the district (`--district`, else the boundaries' villages), and builds the village table.
 * Files that cannot be read throw a `CliError`; data problems are collected as diagnostics.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const inputs = await loadInputs(ctx, { data: 'data/sample/villages.csv', boundaries: 'data/sample/villages.geojson' });
 * [inputs.table.length, inputs.boundaries.features.length, inputs.diagnostics.length]; // => [250, 250, 0]
 * inputs.readerOptions.boundaries; // => { file: 'data/sample/villages.geojson', format: 'geojson' }
 * printed; // => ['… reading data/sample/villages.csv\n', '… reading data/sample/villages.geojson\n']
 */
export async function loadInputs(ctx: Context, options: InputOptions): Promise<Inputs> {
  step(ctx, `membaca ${options.data}`, `reading ${options.data}`);
  const scenarioFile =
    options.scenario === undefined ? null : readScenarioFile(ctx, options.scenario);
  const tableFile = await readTableFile(ctx, options.data, options);
  let boundaryFile: BoundaryFile | null = null;
  if (options.boundaries !== undefined) {
    step(ctx, `membaca ${options.boundaries}`, `reading ${options.boundaries}`);
    boundaryFile = await readBoundaryFile(ctx, options.boundaries, options);
  }
  const boundaries = boundaryFile?.features ?? null;
  const restricted = restrictToDistrict(tableFile.records, {
    file: tableFile.file,
    ...(options.district === undefined ? {} : { district: options.district }),
    ...(boundaries === null ? {} : { boundaries }),
  });
  const { table, diagnostics: tableDiagnostics } = createTable(restricted.records, {
    file: tableFile.file,
    checkCodes: false,
  });
  const diagnostics: Diagnostic[] = [
    ...(scenarioFile?.diagnostics ?? []),
    ...tableFile.diagnostics,
    ...(boundaryFile?.diagnostics ?? []),
    ...restricted.diagnostics,
    ...tableDiagnostics,
  ];
  if (restricted.kept === 0 && tableFile.records.length > 0) {
    diagnostics.push({
      code: 'NO_VILLAGES_IN_DISTRICT',
      severity: 'error',
      message: tr(
        ctx.lang,
        'Tidak ada desa dari tabel yang termasuk kabupaten atau batas wilayah yang dipilih.',
        'No village of the table is in the chosen district or boundaries.',
      ),
      file: tableFile.file,
    });
  }
  return {
    table,
    tableFile,
    boundaryFile,
    boundaries,
    scenarioFile,
    diagnostics,
    district: restricted.district,
    readerOptions: {
      table: { file: tableFile.file, format: tableFile.format, ...tableFile.readerOptions },
      ...(boundaryFile === null
        ? {}
        : {
            boundaries: {
              file: boundaryFile.file,
              format: boundaryFile.format,
              ...boundaryFile.readerOptions,
            },
          }),
      ...(restricted.district === null ? {} : { district: restricted.district }),
    },
  };
}
