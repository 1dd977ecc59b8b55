/** The words of the offline parts of the viewer (consent, notices, project and folder buttons). */
import type { Locale } from '../i18n/index.ts';

const ID = {
  askTitle: 'Peta latar dari luar',
  ask: (host: string) =>
    `Tautan ini ingin memuat peta latar dari ${host}. Jika diizinkan, server itu melihat alamat internet Anda dan wilayah yang Anda buka. Tanpa izin, tidak ada yang dikirim ke luar komputer ini.`,
  allow: (host: string) => `Izinkan ${host}`,
  deny: 'Jangan muat',
  denied: (host: string) =>
    `Peta latar dari ${host} tidak dimuat (Anda menolaknya di komputer ini).`,
  refused: (key: string) => `Nilai "${key}" dari tautan diabaikan: bentuknya tidak diterima.`,
  refusedBasemap: (reason: string) =>
    `Peta latar dari tautan diabaikan (${reason}): hanya alamat https tanpa nama pengguna/sandi.`,
  close: 'Tutup',
  project: 'Proyek',
  openFolder: 'Buka folder data',
  saveProject: 'Simpan proyek',
  openProject: 'Buka proyek',
  projectSaved: (name: string) => `Proyek disimpan: ${name}`,
  folderMissing: (what: string) => `Folder tidak berisi ${what}.`,
  offlineNotice:
    'Berkas tunggal: data Anda dibaca langsung di peramban; tautan contoh skenario dan peta latar dari luar tidak tersedia.',
};

type Text = typeof ID;

const EN: Text = {
  askTitle: 'Outside background map',
  ask: (host) =>
    `This link wants to load a background map from ${host}. If you allow it, that server sees your internet address and the area you open. Without your consent nothing leaves this computer.`,
  allow: (host) => `Allow ${host}`,
  deny: 'Do not load',
  denied: (host) =>
    `The background map from ${host} is not loaded (you refused it on this computer).`,
  refused: (key) => `The link's "${key}" value was ignored: its form is not accepted.`,
  refusedBasemap: (reason) =>
    `The link's background map was ignored (${reason}): only https addresses without user name/password.`,
  close: 'Close',
  project: 'Project',
  openFolder: 'Open data folder',
  saveProject: 'Save project',
  openProject: 'Open project',
  projectSaved: (name) => `Project saved: ${name}`,
  folderMissing: (what) => `The folder holds no ${what}.`,
  offlineNotice:
    'Single file: your data is read inside the browser; outside background maps are not available.',
};

/**
 * The words for a locale.
 *
 * @example
 * offlineText('en').deny; // => 'Do not load'
 */
export function offlineText(locale: Locale): Text {
  return locale === 'en' ? EN : ID;
}
