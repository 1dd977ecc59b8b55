/** The words of the narrow-screen sheets and their bar, in Bahasa Indonesia and English. */
import { type Locale, locale } from '../i18n/index.ts';

const TEXT = {
  id: {
    bar: 'Panel',
    map: 'Peta',
    list: 'Daftar lokus',
    scenario: 'Skenario',
    detail: 'Rincian',
    close: 'Tutup {name}',
    handle: 'Ubah tinggi {name}',
  },
  en: {
    bar: 'Panels',
    map: 'Map',
    list: 'Loci list',
    scenario: 'Scenario',
    detail: 'Details',
    close: 'Close {name}',
    handle: 'Resize {name}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type SheetTextKey = keyof (typeof TEXT)['id'];

/**
 * A sheet string in the viewer's current locale, `{name}` filled from `name`.
 *
 * @example
 * sheetText('close', 'Skenario');
 * // => 'Tutup Skenario'
 */
export function sheetText(key: SheetTextKey, name = ''): string {
  return TEXT[locale()][key].replace('{name}', name);
}
