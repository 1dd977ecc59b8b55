import { VERSION } from '@lokus/core';
import type { ScoredRun } from './scoreRun.ts';
import { sha256 } from './sha256.ts';

/** Options of {@link provenanceRecord}. */
export interface ProvenanceOptions {
  /** Date of the run, `YYYY-MM-DD`. */
  readonly date: string;
  /** Names of the other outputs written with it. */
  readonly outputs: readonly string[];
}

/**
 * The provenance of a scored run, as plain JSON: the tool and version, the date, every input
 * file with its SHA-256, the pipeline's own table and scenario hashes, the reader options used
 * (given or detected: delimiter, encoding, decimal separators, sheet, layer, district), the
 * scenario as resolved, the number of villages and loci, and every diagnostic.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const scenarioFile = { file: 'contoh.yaml', bytes: new TextEncoder().encode('name: Contoh\n') };
 * const tableFile = { file: 'desa.csv', sha256: '…' };
 * const inputs = { table, tableFile, boundaryFile: null, scenarioFile, readerOptions: {}, district: null };
 * const record = provenanceRecord({ inputs, result, diagnostics: [] }, { date: '2026-01-15', outputs: ['lokus-contoh.csv'] });
 * [record.tool, record.date, record.villages, record.loci, record.outputs]; // => ['lokus', '2026-01-15', 2, 1, ['lokus-contoh.csv']]
 * record.inputs.scenario;
 * // => { file: 'contoh.yaml', sha256: 'e29e6f070a24da4d69b10105109bd99f50a0a115f3330b86f626ae054153c844' }
 */
export function provenanceRecord(
  run: ScoredRun,
  options: ProvenanceOptions,
): Record<string, unknown> {
  const { inputs, result } = run;
  const file = (name: string | undefined, bytes: Uint8Array | null) =>
    name === undefined || bytes === null ? null : { file: name, sha256: sha256(bytes) };
  return {
    tool: 'lokus',
    library: result.provenance.library,
    version: VERSION,
    date: options.date,
    inputs: {
      table: { file: inputs.tableFile.file, sha256: inputs.tableFile.sha256 },
      boundaries:
        inputs.boundaryFile === null
          ? null
          : { file: inputs.boundaryFile.file, sha256: inputs.boundaryFile.sha256 },
      scenario: file(inputs.scenarioFile?.file, inputs.scenarioFile?.bytes ?? null),
    },
    inputHash: result.provenance.inputHash,
    scenarioHash: result.provenance.scenarioHash,
    readerOptions: inputs.readerOptions,
    district: inputs.district,
    villages: result.table.length,
    loci: result.stages?.selected.count ?? 0,
    scenario: result.scenario,
    outputs: options.outputs,
    diagnostics: run.diagnostics,
  };
}
