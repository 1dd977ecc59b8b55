/**
 * The date stamped into a written document (workbook properties, zip entries, PDF metadata), so
 * that the same input always gives the same bytes: `date` when given, else 1 January of the
 * scenario's year (UTC), else the Unix epoch. Never the clock. O(1).
 *
 * @example
 * documentDate({ year: 2026 }).toISOString(); // => '2026-01-01T00:00:00.000Z'
 * documentDate({ year: null }).toISOString(); // => '1970-01-01T00:00:00.000Z'
 */
export function documentDate(options: {
  readonly date?: Date;
  readonly year?: number | null;
}): Date {
  if (options.date !== undefined) {
    if (Number.isNaN(options.date.getTime())) throw new Error('documentDate requires a valid date');
    return new Date(options.date.getTime());
  }
  const { year } = options;
  return year === null || year === undefined || !Number.isInteger(year)
    ? new Date(0)
    : new Date(Date.UTC(year, 0, 1));
}
