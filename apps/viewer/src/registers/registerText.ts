import { locale } from '../i18n/index.ts';

const TEXT = {
  id: {
    label: 'Register rumah tangga (DTSEN: keluarga + anggota, CSV)',
    working: 'Menghitung indikator desa di peramban… {step}',
    done: '{villages} desa dihitung dari register; tabel desa masuk ke pemetaan kolom di bawah.',
    failed: 'Register tidak dapat dihitung: {message}',
    single:
      'Register rumah tangga tidak tersedia di berkas tunggal; gunakan folder aplikasi atau lokus indicators.',
    privacy:
      'Berkas tidak meninggalkan komputer ini; hanya jumlah per desa yang keluar dari pekerja.',
  },
  en: {
    label: 'Household register (DTSEN: households + persons, CSV)',
    working: 'Counting village indicators in the browser… {step}',
    done: '{villages} villages counted from the register; the village table is in the column mapping below.',
    failed: 'The register cannot be counted: {message}',
    single:
      'Household registers are not available in the single file; use the app folder or lokus indicators.',
    privacy: 'The files never leave this computer; only village counts leave the worker.',
  },
} as const;

/** Keys of {@link registerText}. */
export type RegisterTextKey = keyof (typeof TEXT)['id'];

/**
 * A sentence of the register picker in the UI's language, with `{name}` filled in.
 *
 * @example
 * registerText('done', { villages: 3 }).startsWith('3 desa'); // => true
 */
export function registerText(key: RegisterTextKey, vars: Record<string, string | number> = {}) {
  return TEXT[locale()][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
