import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';

/**
 * The date stamped on a run's outputs (provenance, workbook, PDF metadata), as `YYYY-MM-DD`:
 * `--date` when given, else `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention),
 * else today (UTC). Only the day is kept, so two runs on the same day give the same bytes.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * runDate(ctx, '2026-01-15', {}); // => '2026-01-15'
 */
export function runDate(
  ctx: Context,
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (given !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`))) {
      throw new CliError(
        EXIT.USAGE,
        tr(
          ctx.lang,
          `--date harus YYYY-MM-DD, bukan ${given}`,
          `--date must be YYYY-MM-DD, got ${given}`,
        ),
      );
    }
    return given;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}
