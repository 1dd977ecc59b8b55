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
 * (await initCommand(ctx, '33.21', { year: 2027 })).json.file; // => 'skenario-3321.yaml'
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
