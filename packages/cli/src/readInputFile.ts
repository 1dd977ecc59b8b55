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
 * readInputFile(ctx, 'tidak-ada.csv'); // throws CliError: berkas tidak ditemukan: tidak-ada.csv
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
