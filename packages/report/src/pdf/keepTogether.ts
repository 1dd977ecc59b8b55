import type { Content } from 'pdfmake/interfaces.js';

/**
 * Keeps a heading on the same page as what opens its section, so no page ends with a title.
 * The rest of the section flows freely.
 *
 * @example
 * keepTogether({ text: 'Sumber data' }, { text: 'IDM 2024' });
 * // => { stack: [{ text: 'Sumber data' }, { text: 'IDM 2024' }], unbreakable: true }
 */
export function keepTogether(heading: Content, first: Content): Content {
  return { stack: [heading, first], unbreakable: true };
}

/**
 * A heading and a bulleted list; the heading stays with the first item.
 *
 * @example
 * headedList({ text: 'Lulus' }, [], { text: 'Tidak ada.' }).length; // => 1
 */
export function headedList(heading: Content, items: readonly string[], empty: Content): Content[] {
  if (items.length === 0) return [keepTogether(heading, empty)];
  const [first, ...rest] = items;
  const out: Content[] = [keepTogether(heading, { ul: [first!] })];
  if (rest.length > 0) out.push({ ul: rest });
  return out;
}
