import type { ExitCode } from './exitCodes.ts';

/**
 * An error the command reports to the user and exits with: a message (already in the user's
 * language), the exit code, and the file concerned where there is one. Thrown by the command
 * steps; caught once, in `runCli`.
 *
 * @example
 * new CliError(3, 'out/lokus.csv exists; add --force to overwrite it', { file: 'out/lokus.csv' }).exitCode;
 * // => 3
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly file: string | undefined;
  /** Diagnostics (already formatted lines) shown under the message. */
  readonly details: readonly string[];

  constructor(
    exitCode: ExitCode,
    message: string,
    options: { readonly file?: string; readonly details?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.file = options.file;
    this.details = options.details ?? [];
  }
}
