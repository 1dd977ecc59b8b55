import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';

/**
 * A whole-number command-line option of at least `min` (`--seed 42`); anything else is a usage
 * error naming the option, in the context's language.
 *
 * @example
 * integerOption({ lang: 'en' }, '--seed', '42', 0); // => 42
 * (() => {
 *   try { return integerOption({ lang: 'en' }, '--draws', '2.5', 1); } catch (e) { return e.message; }
 * })(); // => '--draws must be a whole number ≥ 1, got 2.5'
 */
export function integerOption(
  ctx: Pick<Context, 'lang'>,
  name: string,
  v: unknown,
  min: number,
): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new CliError(
      EXIT.USAGE,
      tr(
        ctx.lang,
        `${name} harus bilangan bulat ≥ ${min}, bukan ${String(v)}`,
        `${name} must be a whole number ≥ ${min}, got ${String(v)}`,
      ),
    );
  }
  return n;
}
