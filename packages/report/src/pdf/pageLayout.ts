/** Page sizes the annex can be printed on, in points (portrait width × height). */
export const PAGE_SIZES = Object.freeze({
  /** ISO A4, 210 × 297 mm. */
  A4: [595.28, 841.89] as const,
  /** F4 / Folio, 215 × 330 mm, common in Indonesian government offices. */
  F4: [609.45, 935.43] as const,
});

/** A page size name of {@link PAGE_SIZES}. */
export type PageSizeName = keyof typeof PAGE_SIZES;

/**
 * Page margins `[left, top, right, bottom]` in points: 2.5 cm binding edge, 2 cm elsewhere.
 *
 * @example
 * PAGE_MARGINS[0]; // => 70.87
 */
export const PAGE_MARGINS = Object.freeze([70.87, 56.69, 56.69, 56.69] as const);

/**
 * Width and height of a page in an orientation.
 *
 * @example
 * pageBox('A4', 'landscape'); // => [841.89, 595.28]
 */
export function pageBox(
  size: PageSizeName,
  orientation: 'portrait' | 'landscape',
): [number, number] {
  const [w, h] = PAGE_SIZES[size];
  return orientation === 'portrait' ? [w, h] : [h, w];
}
