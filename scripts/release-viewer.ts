/**
 * Makes the viewer's release for analysts who have only a browser: `dist-release/` with
 * - `lokus-viewer.html`: one self-contained file (scripts, styles, both workers and the fictional
 *   sample inlined) that opens by double-click, from disk, without a server or a network;
 * - `lokus-viewer/`: the same viewer as a folder for any static web server or intranet share,
 *   with relative paths, a web manifest and a service worker (an offline app once opened);
 * - `LIHAT-SAYA.txt`: a short how-to in Indonesian, with the version.
 * Real district data is never put into a release: analysts open their own files in the viewer.
 * The version is the viewer's package version and the commit; the output depends only on the
 * sources, not on the clock.
 *
 * Usage: pnpm release:viewer [--out DIR] [--only single|static]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const viewerDir = join(repo, 'apps', 'viewer');
const vite = join(viewerDir, 'node_modules', 'vite', 'bin', 'vite.js');
const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const out = resolve(option('--out') ?? join(repo, 'dist-release'));
const only = option('--only');

function version(): string {
  const pkg = JSON.parse(readFileSync(join(viewerDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const git = spawnSync('git', ['rev-parse', '--short=10', 'HEAD'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return git.status === 0 ? `${pkg.version}+${git.stdout.trim()}` : pkg.version;
}

function build(mode: 'single' | 'static', outDir: string): void {
  const env = { ...process.env };
  delete env.LOKUS_DATA_DIR;
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: viewerDir, env, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr || run.stdout);
    throw new Error(`release-viewer: the ${mode} build failed`);
  }
}

/** Writes the version into a page's head (a meta tag: no script, so no policy hash changes). */
function stamp(file: string, v: string): void {
  const html = readFileSync(file, 'utf8');
  const meta = `<meta name="generator" content="lokus-viewer ${v}" />`;
  writeFileSync(
    file,
    html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}\n    ${meta}`),
  );
}

function howTo(v: string): string {
  return `lokus — peta lokus desa miskin (versi ${v})
======================================================================

Cara memakai (tanpa internet, tanpa instalasi)
1. Klik dua kali berkas lokus-viewer.html. Berkas terbuka di peramban
   (Chrome, Edge atau Firefox versi terbaru). Tidak perlu internet.
2. Peta contoh (Kabupaten Contoh, data sintetis) langsung tampil.
3. Data kabupaten Anda: klik "Muat data", pilih tabel desa (CSV/XLSX)
   dan batas desa (GeoJSON, TopoJSON atau Shapefile .zip); atau
   "Buka folder data" untuk satu folder berisi kedua berkas itu.
4. "Simpan proyek" menyimpan data, batas desa, skenario dan pemetaan
   kolom ke satu berkas .lokus.zip; "Buka proyek" membukanya lagi,
   juga di komputer rekan.
5. "Ekspor" menyimpan tabel lokus (CSV/XLSX), peta (PNG) dan lampiran.

Data Anda tidak dikirim ke mana pun: semua dihitung di peramban. Peta
latar dari internet hanya dimuat bila Anda menyetujuinya.

Yang tidak bisa dari berkas tunggal (file://)
- Contoh skenario dan data contoh sudah ada di dalam berkas; berkas lain
  di folder yang sama tidak dibaca otomatis: pilih lewat "Muat data".
- Tidak bisa dipasang sebagai aplikasi; untuk itu pakai folder
  lokus-viewer/ lewat server web kantor (intranet).

Folder lokus-viewer/ (untuk server web atau intranet)
- Salin seluruh folder ke server web mana pun (alamat relatif).
- Setelah dibuka sekali saat ada jaringan, peta tetap bekerja tanpa
  jaringan (aplikasi luring / "Instal aplikasi" di peramban).
`;
}

mkdirSync(out, { recursive: true });
const v = version();
if (only !== 'static') {
  const tmp = mkdtempSync(join(tmpdir(), 'lokus-single-'));
  build('single', tmp);
  copyFileSync(join(tmp, 'index.html'), join(out, 'lokus-viewer.html'));
  rmSync(tmp, { recursive: true, force: true });
  stamp(join(out, 'lokus-viewer.html'), v);
}
if (only !== 'single') {
  build('static', join(out, 'lokus-viewer'));
  stamp(join(out, 'lokus-viewer', 'index.html'), v);
}
writeFileSync(join(out, 'LIHAT-SAYA.txt'), howTo(v));
process.stdout.write(`${JSON.stringify({ version: v, out })}\n`);
