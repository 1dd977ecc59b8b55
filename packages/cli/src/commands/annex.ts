import { basename } from 'node:path';
import { buildAnnex, type ResultRecord } from '@lokus/report';
import { annexPdf } from '@lokus/report/pdf';
import { type Context, say, step, tr } from '../Context.ts';
import { districtNameParts } from '../districtNameParts.ts';
import type { InputOptions } from '../loadInputs.ts';
import { printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { startProgress } from '../progress.ts';
import { readRecordFile } from '../readRecordFile.ts';
import { runDate } from '../runDate.ts';
import { scoreRun } from '../scoreRun.ts';
import { checkOutputs, writeOutputs } from '../writeOutputs.ts';
import { declaredRobustness } from './robustness.ts';
import { outputStem } from './score.ts';

/** Options of `lokus annex`. */
export interface AnnexOptions extends InputOptions {
  readonly out: string;
  /** Last year's result record: the "changes from last year" section. */
  readonly previous?: string;
  /** Earlier years' result records: the progress section and its chart. */
  readonly trend?: readonly string[];
  readonly decreeNumber?: string;
  readonly decreeDate?: string;
  /** The district's name without "Kabupaten", e.g. `Demak`. */
  readonly districtName?: string;
  /** Date written as the PDF's creation date (`YYYY-MM-DD`); 1 January of the year when absent. */
  readonly date?: string;
  /** Adds "Desa borderline dan alasannya" from the scenario's `robustness` block. */
  readonly robustness?: boolean;
  /** Threads for the robustness draws (default: the available cores, at most 2). */
  readonly threads?: number;
}

/**
 * `lokus annex <scenario> --data <table> [--boundaries f] [--previous r] [--trend r…]`: scores the
 * table and writes the decree annex as a PDF (`lampiran-<scenario>.pdf`): heading with the decree
 * number and date (fill-in lines when not given), the numbered loci by kecamatan with the reason
 * in words, the district map (with boundaries), the scenario in words, the changes from last year
 * (with `--previous`), the progress over the years (with `--trend`), the borderline villages and
 * why (with `--robustness`: the scenario's `robustness` block), sources and the signature
 * block. Content from `buildAnnex`, PDF from `annexPdf` of `@lokus/report`; Bahasa Indonesia by
 * default, English with `--lang en`; the PDF's dates are fixed, so a re-run gives the same bytes.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * writeFileSync(`${terminal.cwd}/desa.csv`, 'kode,nama,nama_kec,desil1_kk\n33.21.01.2001,Sukamaju,Kaliwungu,40\n33.21.01.2002,Sukamundur,Kaliwungu,10\n33.21.02.2001,Karanganyar,Sayung,25\n');
 * const d1 = '{ id: desil1_kk, label: { id: KK desil 1, en: Decile-1 households }, unit: KK, kind: count, direction: higher-is-worse }';
 * writeFileSync(`${terminal.cwd}/contoh.yaml`, `name: Contoh\nyear: 2026\nindicators: [${d1}]\nselect: { mode: top-n, n: 2 }\n`);
 * const { json } = await annexCommand(ctx, 'contoh.yaml', { data: 'desa.csv', out: 'out', date: '2026-01-15', districtName: 'Kabupaten Contoh' });
 * [json.loci, json.file]; // => [2, 'out/lampiran-contoh.pdf']
 * new TextDecoder().decode(readFileSync(`${terminal.cwd}/out/lampiran-contoh.pdf`).subarray(0, 5)); // => '%PDF-'
 * printed.at(-1); // => 'lampiran ditulis: out/lampiran-contoh.pdf\n'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function annexCommand(
  ctx: Context,
  scenario: string,
  options: AnnexOptions,
): Promise<CommandOutcome> {
  if (options.date !== undefined) runDate(ctx, options.date, {});
  const name = `lampiran-${outputStem(scenario)}.pdf`;
  checkOutputs(ctx, options.out, [name]);
  const progress = startProgress(ctx, (options.boundaries === undefined ? 3 : 4) + 1);
  let written: string[];
  let loci: number;
  let diagnostics: Awaited<ReturnType<typeof scoreRun>>['diagnostics'];
  try {
    const run = await scoreRun(ctx, { ...options, scenario });
    diagnostics = run.diagnostics;
    const previous: ResultRecord | undefined =
      options.previous === undefined ? undefined : readRecordFile(ctx, options.previous);
    const trend = options.trend?.map((f) => readRecordFile(ctx, f));
    const sources = [
      basename(options.data),
      ...(options.boundaries ? [basename(options.boundaries)] : []),
    ];
    const robustness =
      options.robustness === true
        ? await declaredRobustness(
            ctx,
            run.inputs.table,
            run.inputs.scenarioFile?.value,
            options.data,
            options.threads,
          )
        : undefined;
    step(ctx, 'menyusun lampiran', 'composing the annex');
    const district =
      options.districtName === undefined ? undefined : districtNameParts(options.districtName);
    const annex = buildAnnex(run.result, {
      lang: ctx.lang,
      sources,
      ...(previous === undefined ? {} : { previous }),
      ...(trend === undefined ? {} : { trend }),
      ...(robustness === undefined ? {} : { robustness }),
      ...(options.decreeNumber === undefined ? {} : { decreeNumber: options.decreeNumber }),
      ...(options.decreeDate === undefined ? {} : { decreeDate: options.decreeDate }),
      ...(district === undefined ? {} : { districtName: district.name }),
      ...(district?.kind === undefined ? {} : { districtKind: district.kind }),
    });
    loci = annex.loci.total;
    step(ctx, 'menulis PDF', 'writing the PDF');
    const pdf = await annexPdf(annex, run.inputs.boundaries, {
      ...(options.date === undefined ? {} : { date: new Date(`${options.date}T00:00:00Z`) }),
    });
    written = writeOutputs(ctx, options.out, [{ name, content: pdf }]);
  } finally {
    progress.stop();
  }
  printDiagnostics(ctx, diagnostics, { notes: 'count' });
  for (const path of written)
    say(ctx, `${tr(ctx.lang, 'lampiran ditulis', 'annex written')}: ${path}`);
  return {
    json: { ok: true, command: 'annex', loci, file: written[0], outputs: written, diagnostics },
  };
}
