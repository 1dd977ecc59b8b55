import { basename } from 'node:path';
import { writeGeoJson } from '@lokus/io';
import {
  documentDate,
  lociTable,
  resultsGeoJson,
  toResultRecord,
  writeLociCsv,
  writeLociXlsx,
  writeResultRecord,
} from '@lokus/report';
import { type Context, say, step, tr } from '../Context.ts';
import type { InputOptions } from '../loadInputs.ts';
import { lociLines } from '../lociLines.ts';
import { printDiagnostics } from '../printDiagnostics.ts';
import { startProgress } from '../progress.ts';
import { provenanceRecord } from '../provenanceRecord.ts';
import { runDate } from '../runDate.ts';
import { type ScoredRun, scoreRun } from '../scoreRun.ts';
import { checkOutputs, type OutputFile, writeOutputs } from '../writeOutputs.ts';

/** Options of `lokus score`. */
export interface ScoreOptions extends InputOptions {
  readonly out: string;
  readonly date?: string;
}

/** Stem of the output names: the scenario file name without its extension. */
export function outputStem(scenario: string): string {
  return basename(scenario).replace(/\.(ya?ml|json)$/i, '');
}

/** The names of `lokus score`'s outputs for a scenario stem. */
function outputNames(stem: string) {
  return {
    csv: `lokus-${stem}.csv`,
    xlsx: `lokus-${stem}.xlsx`,
    geojson: `lokus-${stem}.geojson`,
    record: `hasil-${stem}.json`,
    provenance: `provenans-${stem}.json`,
  };
}

/** The outputs of a scored run, built in memory before anything is written. */
async function scoreOutputs(
  ctx: Context,
  run: ScoredRun,
  stem: string,
  dates: { readonly run: string; readonly document: Date },
): Promise<OutputFile[]> {
  const { result, inputs } = run;
  const names = outputNames(stem);
  const outputs = Object.values(names).filter(
    (n) => inputs.boundaries !== null || !n.endsWith('.geojson'),
  );
  const file = inputs.tableFile.file;
  const files: OutputFile[] = [
    { name: names.csv, content: writeLociCsv(lociTable(result, { lang: ctx.lang })) },
    {
      name: names.xlsx,
      content: await writeLociXlsx(result, { lang: ctx.lang, date: dates.document }),
    },
  ];
  const diagnostics = [...run.diagnostics];
  if (inputs.boundaries !== null) {
    const geo = resultsGeoJson(result, inputs.boundaries, { lang: ctx.lang, file });
    diagnostics.push(...geo.diagnostics);
    files.push({ name: names.geojson, content: writeGeoJson(geo.collection) });
  }
  const record = toResultRecord(result, { date: dates.run, file });
  files.push({ name: names.record, content: writeResultRecord(record) });
  const provenance = provenanceRecord({ ...run, diagnostics }, { date: dates.run, outputs });
  files.push({ name: names.provenance, content: `${JSON.stringify(provenance, null, 2)}\n` });
  return files;
}

/**
 * `lokus score <scenario> --data <table> [--boundaries f] [--out dir]`: scores the table and
 * writes the loci table (CSV and XLSX with provenance), the results GeoJSON (with boundaries)
 * and the provenance JSON. Returns the JSON summary.
 *
 * @example
 * const { mkdtempSync, readdirSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * writeFileSync(`${terminal.cwd}/desa.csv`, 'kode,nama,nama_kec,desil1_kk\n33.21.01.2001,Sukamaju,Kaliwungu,40\n33.21.01.2002,Sukamundur,Kaliwungu,10\n33.21.02.2001,Karanganyar,Sayung,25\n');
 * const d1 = '{ id: desil1_kk, label: { id: KK desil 1, en: Decile-1 households }, unit: KK, kind: count, direction: higher-is-worse }';
 * writeFileSync(`${terminal.cwd}/contoh.yaml`, `name: Contoh\nyear: 2026\nindicators: [${d1}]\nselect: { mode: top-n, n: 2 }\n`);
 * const summary = await scoreCommand(ctx, 'contoh.yaml', { data: 'desa.csv', out: 'out', date: '2026-01-15' });
 * summary.loci.map((l) => [l.rank, l.code, l.score]); // => [[1, '33.21.01.2001', 100], [2, '33.21.02.2001', 50]]
 * summary.outputs; // => ['out/lokus-contoh.csv', 'out/lokus-contoh.xlsx', 'out/hasil-contoh.json', 'out/provenans-contoh.json']
 * readdirSync(`${terminal.cwd}/out`).length; // => 4
 * printed.slice(-8, -5);
 * // => ['#  code           name         kecamatan  score   reason\n', '1  33.21.01.2001  Sukamaju     Kaliwungu  100.00  ranked within the selection\n', '2  33.21.02.2001  Karanganyar  Sayung     50.00   ranked within the selection\n']
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function scoreCommand(
  ctx: Context,
  scenario: string,
  options: ScoreOptions,
): Promise<Record<string, unknown> & { loci: unknown[] }> {
  const date = runDate(ctx, options.date, process.env);
  const names = Object.values(outputNames(outputStem(scenario)));
  checkOutputs(
    ctx,
    options.out,
    options.boundaries === undefined ? names.filter((n) => !n.endsWith('.geojson')) : names,
  );
  const progress = startProgress(ctx, options.boundaries === undefined ? 3 : 4);
  let run: ScoredRun;
  let written: string[];
  try {
    run = await scoreRun(ctx, { ...options, scenario });
    const document = documentDate({
      ...(options.date === undefined ? {} : { date: new Date(`${options.date}T00:00:00Z`) }),
      year: run.result.scenario.year,
    });
    step(ctx, 'menulis keluaran', 'writing the outputs');
    const files = await scoreOutputs(ctx, run, outputStem(scenario), { run: date, document });
    written = writeOutputs(ctx, options.out, files);
  } finally {
    progress.stop();
  }
  printDiagnostics(ctx, run.diagnostics, { notes: 'count' });
  const s = run.result.stages!;
  const loci = Array.from(s.ranked.order)
    .filter((i) => s.selected.selected[i] === 1)
    .map((i) => ({
      rank: s.ranked.rank[i],
      code: run.result.table.code[i],
      name: run.result.table.name[i],
      score: s.aggregated.score[i],
      reason: s.selected.reason[i],
    }));
  say(ctx, `\n${run.result.scenario.name} — ${run.result.table.length} desa/kelurahan`);
  say(ctx, tr(ctx.lang, `${loci.length} lokus terpilih:\n`, `${loci.length} loci selected:\n`));
  for (const line of lociLines(run.result, ctx.lang)) say(ctx, line);
  say(ctx, '');
  for (const path of written) say(ctx, `${tr(ctx.lang, 'ditulis', 'written')}: ${path}`);
  return {
    ok: true,
    command: 'score',
    villages: run.result.table.length,
    loci,
    outputs: written,
    diagnostics: run.diagnostics,
  };
}
