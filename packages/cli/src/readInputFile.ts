import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';

/**
 * Reads a file the user named, as bytes. A missing file, a folder, or a file that cannot be read
 * is a {@link CliError} with exit code 1 (`DATA`) naming the file; nothing else is thrown.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * new TextDecoder().decode(readInputFile(ctx, 'data/sample/villages.csv').subarray(0, 4)); // => 'kode'
 * await Promise.resolve().then(() => readInputFile(ctx, 'tidak-ada.csv')).catch((e) => [e.exitCode, e.message]);
 * // => [1, 'file not found: tidak-ada.csv']
 * await Promise.resolve().then(() => readInputFile({ ...ctx, lang: 'id' }, 'data')).catch((e) => e.message);
 * // => 'bukan berkas: data'
 */
export function readInputFile(ctx: Context, file: string): Uint8Array {
  ctx.current.file = file;
  const path = resolve(ctx.terminal.cwd, file);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new CliError(
      EXIT.DATA,
      tr(ctx.lang, `berkas tidak ditemukan: ${file}`, `file not found: ${file}`),
      { file },
    );
  }
  if (!isFile) {
    throw new CliError(EXIT.DATA, tr(ctx.lang, `bukan berkas: ${file}`, `not a file: ${file}`), {
      file,
    });
  }
  try {
    return readFileSync(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(
      EXIT.DATA,
      tr(ctx.lang, `berkas tidak dapat dibaca: ${file} (${why})`, `cannot read ${file} (${why})`),
      { file },
    );
  }
}
