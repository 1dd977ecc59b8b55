import type { Diagnostic } from '@lokus/core';
import { readScenario } from '@lokus/io';
import type { Context } from './Context.ts';
import { readInputFile } from './readInputFile.ts';

/** A scenario file as parsed (not yet validated: `runScenario` does that). */
export interface ScenarioFile {
  readonly file: string;
  /** The parsed value; `undefined` after a syntax error. */
  readonly value: unknown;
  /** Exact bytes of the file, for its hash in the provenance. */
  readonly bytes: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a scenario file (YAML or JSON) with `readScenario` of `@lokus/io`; every diagnostic
 * carries the file name. The schema check comes later, from `runScenario`.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const read = readScenarioFile(ctx, 'data/scenarios/idm.yaml');
 * [read.value.name, read.value.year, read.diagnostics.length]; // => ['Lokus berbasis IDM', 2026, 0]
 */
export function readScenarioFile(ctx: Context, file: string): ScenarioFile {
  const bytes = readInputFile(ctx, file);
  const read = readScenario(bytes, { file });
  return { file, value: read.value, bytes, diagnostics: read.diagnostics };
}
