/// <reference lib="dom" />
/**
 * The static-folder release behind a plain static server (node:http, no header, no data
 * middleware): it scores the sample with every request on 127.0.0.1, installs its service
 * worker, and reopens with the network cut (`context.setOffline(true)`).
 */
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, launchBrowser, waitApplied } from '@lokus/viewer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, LOCAL_REQUEST } from './offlineRelease.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};

let browser: Browser | null = null;
let out = '';
let server: Server | null = null;
let url = '';

/** Serves `root` as files, nothing else (what an intranet share behind a web server does). */
function staticServer(root: string): Promise<Server> {
  const srv = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/'));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  out = buildRelease('static');
  server = await staticServer(join(out, 'lokus-viewer'));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the static-folder viewer', () => {
  it('works behind a plain static server and again with the network cut', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await waitApplied(page, 1, 120_000);
    const firstRank = await page.evaluate(
      () =>
        (window as unknown as { __lokus: { summary: { rank: unknown[] } } }).__lokus.summary.rank
          .length,
    );
    expect(firstRank).toBeGreaterThan(0);
    // The offline app: a manifest and a service worker that has stored the build.
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
      './manifest.webmanifest',
    );
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      const sw = reg.active;
      if (sw && sw.state !== 'activated') {
        await new Promise<void>((r) =>
          sw.addEventListener('statechange', () => sw.state === 'activated' && r()),
        );
      }
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('lokus-viewer-')) ?? '');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/data/sample/villages.geojson');
    expect(cached).toContain('/index.html');
    expect(requests.filter((u) => !LOCAL_REQUEST.test(u))).toEqual([]);
    // The meeting room: no network at all, the page reopened.
    await context.setOffline(true);
    await page.reload();
    await waitApplied(page, 1, 120_000);
    const offlineRank = await page.evaluate(
      () =>
        (window as unknown as { __lokus: { summary: { rank: unknown[] } } }).__lokus.summary.rank
          .length,
    );
    expect(offlineRank).toBe(firstRank);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Stopping the server too: the page is answered from the service worker's store.
    server?.close();
    await page.reload();
    await waitApplied(page, 1, 120_000);
    expect(requests.filter((u) => !LOCAL_REQUEST.test(u))).toEqual([]);
    await context.close();
  }, 240_000);
});
