/**
 * The first line of a database error with quoted texts and long digit runs masked, so that an
 * error about a register row (DuckDB quotes the offending value, or prints the line after
 * `Original Line:`) never carries a NIK, a name or an address into a message.
 *
 * @example
 * safeErrorText("Conversion Error: could not convert 'Budi Santoso' to INT32\nOriginal Line: 3201…");
 * // => "Conversion Error: could not convert '…' to INT32"
 */
export function safeErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n', 1)[0] ?? '';
  return first
    .replaceAll(/'[^']*'/g, "'…'")
    .replaceAll(/"[^"]*"/g, '"…"')
    .replaceAll(/\d{6,}/g, '…')
    .slice(0, 200);
}
