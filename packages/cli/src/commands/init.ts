import { basename, dirname } from 'node:path';
import { CliError } from '../CliError.ts';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import type { CommandOutcome } from '../program.ts';
import { starterScenario } from '../starterScenario.ts';
import { writeOutputs } from '../writeOutputs.ts';

/** Options of `lokus init`. */
export interface InitOptions {
  /** Scenario file to write; `skenario-<PPKK>.yaml` when absent. */
  readonly out?: string;
  /** Year of the decision; next year when absent. */
  readonly year?: number;
}

/**
 * `lokus init <district>`: writes a commented starter scenario for a kabupaten code (`33.21` or
 * `3321`), never over an existing file without `--force`.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * (await initCommand(ctx, '33.21', { year: 2027 })).json;
 * // => { ok: true, command: 'init', district: '33.21', year: 2027, file: 'skenario-3321.yaml' }
 * readFileSync(`${terminal.cwd}/skenario-3321.yaml`, 'utf8').split('\n')[4]; // => 'name: "Lokus Kabupaten 33.21 2027"'
 * await initCommand(ctx, '33.21', {}).catch((e) => e.exitCode); // => 3
 * await initCommand(ctx, 'Demak', {}).catch((e) => e.message); // => 'the district code must look like 33.21, got "Demak"'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function initCommand(
  ctx: Context,
  district: string,
  options: InitOptions,
): Promise<CommandOutcome> {
  const m = /^(\d{2})\.?(\d{2})$/.exec(district.trim());
  if (m === null) {
    throw new CliError(
      EXIT.USAGE,
      tr(
        ctx.lang,
        `kode kabupaten harus seperti 33.21, bukan ${JSON.stringify(district)}`,
        `the district code must look like 33.21, got ${JSON.stringify(district)}`,
      ),
    );
  }
  const code = `${m[1]}.${m[2]}`;
  const year = options.year ?? new Date().getUTCFullYear() + 1;
  const file = options.out ?? `skenario-${m[1]}${m[2]}.yaml`;
  const [written] = writeOutputs(ctx, dirname(file), [
    { name: basename(file), content: starterScenario(code, { year }) },
  ]);
  say(
    ctx,
    tr(ctx.lang, `skenario awal ditulis: ${written}`, `starter scenario written: ${written}`),
  );
  return { json: { ok: true, command: 'init', district: code, year, file: written } };
}
