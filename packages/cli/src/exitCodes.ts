/**
 * Exit codes of the `lokus` command, documented in the package README and in `lokus --help`.
 *
 * - `OK` 0: done.
 * - `DATA` 1: a data problem stops scoring (a table, boundary or scenario error), or an input
 *   file cannot be read (missing, not a table, unreadable workbook).
 * - `USAGE` 2: wrong command line (unknown option, missing argument, bad value).
 * - `OUTPUT` 3: an output exists and `--force` was not given, or the output folder is not
 *   writable. Nothing was written.
 * - `INTERNAL` 4: an unexpected error; the message names the file being worked on.
 *
 * @example
 * EXIT.USAGE; // => 2
 */
export const EXIT = Object.freeze({
  OK: 0,
  DATA: 1,
  USAGE: 2,
  OUTPUT: 3,
  INTERNAL: 4,
} as const);

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
