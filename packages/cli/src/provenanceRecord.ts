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
 * provenanceRecord(run, { date: '2026-01-15', outputs: [] }).tool; // => 'lokus'
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
