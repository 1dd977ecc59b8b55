import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';

/** One output file: its name inside the output folder and its full content. */
export interface OutputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

function fail(ctx: Context, dir: string, why: string): never {
  throw new CliError(
    EXIT.OUTPUT,
    tr(
      ctx.lang,
      `folder keluaran tidak dapat ditulis: ${dir} (${why}); tidak ada berkas yang ditulis`,
      `the output folder is not writable: ${dir} (${why}); nothing was written`,
    ),
    { file: dir },
  );
}

/**
 * Fails early, before any work, when an output already exists (without `--force`) or the output
 * folder is a file; `writeOutputs` checks again (and that the folder can be written) when the
 * contents are ready.
 *
 * @example
 * const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * checkOutputs(ctx, 'out', ['lokus-idm.csv']); // => undefined
 * mkdirSync(`${terminal.cwd}/out`);
 * writeFileSync(`${terminal.cwd}/out/lokus-idm.csv`, 'kode\n');
 * await Promise.resolve().then(() => checkOutputs(ctx, 'out', ['lokus-idm.csv'])).catch((e) => e.exitCode); // => 3
 * checkOutputs({ ...ctx, force: true }, 'out', ['lokus-idm.csv']); // => undefined
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export function checkOutputs(ctx: Context, dir: string, names: readonly string[]): void {
  const abs = resolve(ctx.terminal.cwd, dir);
  if (existsSync(abs) && !statSync(abs).isDirectory()) {
    fail(ctx, dir, tr(ctx.lang, 'bukan folder', 'not a folder'));
  }
  const existing = names
    .map((name) => join(dir, name))
    .filter((p) => existsSync(resolve(ctx.terminal.cwd, p)));
  if (existing.length > 0 && !ctx.force) {
    throw new CliError(
      EXIT.OUTPUT,
      tr(
        ctx.lang,
        `keluaran sudah ada: ${existing.join(', ')}; tambahkan --force untuk menimpa, atau pilih --out lain. Tidak ada berkas yang ditulis`,
        `output exists: ${existing.join(', ')}; add --force to overwrite it, or choose another --out. Nothing was written`,
      ),
      { file: existing[0]! },
    );
  }
}

/** Checks the outputs again, then makes the folder and checks that it can be written. */
function prepareFolder(ctx: Context, dir: string, files: readonly OutputFile[]): string {
  checkOutputs(
    ctx,
    dir,
    files.map((f) => f.name),
  );
  const abs = resolve(ctx.terminal.cwd, dir);
  try {
    mkdirSync(abs, { recursive: true });
    accessSync(abs, constants.W_OK);
  } catch (e) {
    fail(ctx, dir, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  return abs;
}

/**
 * Writes a command's outputs all or nothing: first checks that none exists (unless `--force`;
 * exit code 3 otherwise) and that the folder can be created and written (exit code 3), then
 * writes every file to a temporary name in the same folder and only then renames each onto its
 * name, so a failed run leaves no half-written file and never touches an existing one.
 * Returns the written paths, under the folder as the user gave it.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * writeOutputs(ctx, 'out', [{ name: 'lokus.csv', content: 'kode\n' }]); // => ['out/lokus.csv']
 * readFileSync(`${terminal.cwd}/out/lokus.csv`, 'utf8'); // => 'kode\n'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export function writeOutputs(ctx: Context, dir: string, files: readonly OutputFile[]): string[] {
  const abs = prepareFolder(ctx, dir, files);
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = join(abs, `.${f.name}.${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, f.content, { flag: 'wx' });
    }
    files.forEach((f, i) => {
      renameSync(temps[i]!, join(abs, f.name));
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    fail(ctx, dir, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  return files.map((f) => join(dir, f.name));
}
