/**
 * Static-folder build: a web manifest and a service worker make the viewer an offline app. A
 * page opened once keeps working without a network: the service worker stores every file of
 * the build on install and answers from that store first.
 *
 * Hand-written rather than `vite-plugin-pwa`: that plugin brings Workbox's build chain (Babel,
 * Rollup and some hundred packages) for what is here a list of files and three event handlers.
 */

import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#7a0177"/><path d="M32 10c-9 0-16 7-16 16 0 12 16 28 16 28s16-16 16-28c0-9-7-16-16-16zm0 22a6 6 0 1 1 0-12 6 6 0 0 1 0 12z" fill="#fff"/></svg>\n`;

function filesUnder(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(root, path));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

/** The service worker's source for a list of files (relative to the page). */
function serviceWorker(files: readonly string[], cache: string): string {
  return `// lokus viewer: offline store of the build's files (generated).
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lokus-viewer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(caches.open(CACHE).then((c) => c.match(e.request, { ignoreSearch: true })).then((hit) => hit || fetch(e.request)));
});
`;
}

const REGISTER = `if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
`;

/**
 * The plugin (build only): links the manifest and the registration into the page, then writes
 * `manifest.webmanifest`, `icon.svg`, `register-sw.js` and `sw.js` (listing every file written).
 *
 * @example
 * offlineApp({ version: '0.1.0' }).name; // => 'lokus-offline-app'
 */
export function offlineApp(options: { readonly version: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'lokus-offline-app',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'manifest', href: './manifest.webmanifest' },
          injectTo: 'head',
        },
        { tag: 'script', attrs: { src: './register-sw.js', defer: true }, injectTo: 'head' },
      ];
    },
    writeBundle() {
      const manifest = {
        name: 'lokus — peta lokus desa miskin',
        short_name: 'lokus',
        lang: 'id',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#7a0177',
        icons: [{ src: './icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      };
      writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
      writeFileSync(join(outDir, 'icon.svg'), ICON);
      writeFileSync(join(outDir, 'register-sw.js'), REGISTER);
      const files = filesUnder(outDir).filter((f) => f !== 'sw.js');
      const digest = createHash('sha256');
      for (const f of files) digest.update(f).update(String(statSync(join(outDir, f)).size));
      const cache = `lokus-viewer-${options.version}-${digest.digest('hex').slice(0, 12)}`;
      writeFileSync(join(outDir, 'sw.js'), serviceWorker(files, cache));
    },
  };
}
