/** Options of {@link formatDecimal}. */
export interface FormatDecimalOptions {
  /** `id`: decimal comma and dot thousands (`1.254,50`); `en`: `1,254.50`. Default `id`. */
  readonly lang?: 'id' | 'en';
  /** Decimals shown, always that many (default 2). */
  readonly digits?: number;
  /** Text for a missing value (`null`, `NaN`); default `–`. */
  readonly missing?: string;
}

/** Formatters already built, by language and decimals: building one costs far more than using it. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: 'id' | 'en', digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats a number for people: a fixed number of decimals, grouped thousands and the language's
 * decimal mark. Presentation only; values are never computed from this text.
 *
 * Method: `Intl.NumberFormat` (`id-ID` or `en-GB`), half-expand rounding. O(1).
 *
 * @example
 * formatDecimal(1254.5, { digits: 2 }); // => '1.254,50'
 * formatDecimal(0.6529, { lang: 'en', digits: 4 }); // => '0.6529'
 */
export function formatDecimal(
  value: number | null | undefined,
  options: FormatDecimalOptions = {},
): string {
  const { lang = 'id', digits = 2, missing = '–' } = options;
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  const text = numberFormat(lang, digits).format(value);
  // −0.00 is shown as 0.00.
  return /^-[0.,]*$/.test(text) ? text.slice(1) : text;
}
