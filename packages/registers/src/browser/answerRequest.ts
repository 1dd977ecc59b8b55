/// <reference lib="dom" />
import { type IndicatorResult, runRegisters } from '../engine/runRegisters.ts';
import { safeErrorText } from '../engine/safeErrorText.ts';
import type { RegisterDiagnostic, RegisterFormat, RegisterSource } from '../types.ts';
import type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';
import { openWasmDatabase, type WasmDatabase } from './wasmDatabase.ts';

const FORMATS: Readonly<Record<string, RegisterFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
};

/** Gives the database every file it can read; the others get `REGISTER_FILE_UNREADABLE`. */
async function addFiles(wasm: WasmDatabase, files: readonly File[]) {
  const sources: RegisterSource[] = [];
  const problems: RegisterDiagnostic[] = [];
  const used = new Set<string>();
  for (const [i, file] of files.entries()) {
    const format = FORMATS[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (format === undefined) {
      const message = `${file.name} is not a register file the browser reads (.csv, .tsv, .txt, .parquet); save an XLSX sheet as CSV`;
      problems.push({
        code: 'REGISTER_FILE_UNREADABLE',
        severity: 'error',
        message,
        file: file.name,
      });
      continue;
    }
    const name = used.has(file.name) ? `${i + 1}-${file.name}` : file.name;
    used.add(name);
    await wasm.addFile(name, file);
    sources.push({ file: name, format });
  }
  return { sources, problems };
}

/**
 * Answers one request of the register worker: opens DuckDB-Wasm (or takes `opened`, the
 * database an earlier `open` request started opening, when it opened), gives it the files
 * (read in slices, never copied whole, never sent anywhere), runs the same engine as Node
 * (`runRegisters`) and closes the database. Only the village table and the diagnostics come
 * back, with the worker's timings.
 *
 * @example
 * (await answerRequest(request, () => {})).type; // => 'result'
 */
export async function answerRequest(
  request: IndicatorsRequest,
  onStep: (label: string) => void,
  opened?: Promise<WasmDatabase | null>,
): Promise<IndicatorsReply> {
  const t0 = performance.now();
  let wasm: WasmDatabase | null = null;
  try {
    const ahead = (await opened) ?? null;
    wasm = ahead ?? (await openWasmDatabase(request.bundle));
    const t1 = performance.now();
    const { sources, problems } = await addFiles(wasm, request.files);
    const result: IndicatorResult = await runRegisters(wasm.runner, request.definitions, sources, {
      ...request.options,
      onStep,
    });
    const timings = {
      openMs: Math.round(t1 - t0),
      runMs: Math.round(performance.now() - t1),
      openedAhead: ahead !== null,
    };
    const diagnostics = [...problems, ...result.diagnostics];
    return { type: 'result', result: { ...result, diagnostics }, timings };
  } catch (error) {
    return { type: 'error', message: safeErrorText(error) };
  } finally {
    await wasm?.close();
  }
}
