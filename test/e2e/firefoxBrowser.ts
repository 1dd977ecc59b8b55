/// <reference lib="dom" />
/**
 * Headless Firefox for the browser tests, driven through WebDriver BiDi by puppeteer-core (no
 * browser download: Debian's `firefox-esr`, or `FIREFOX_PATH`). Every http, https and WebSocket
 * request Firefox makes goes to {@link outsideRecorder}, a local proxy that answers none of them
 * and records each one, so a test can state that nothing left the machine.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type { Browser, Page };

/**
 * Path of a Firefox binary, or null when none is installed. `FIREFOX_PATH` names the only one
 * to use (`FIREFOX_PATH=none`: as if Firefox were missing).
 */
export function firefoxPath(): string | null {
  const named = process.env.FIREFOX_PATH;
  if (named) return existsSync(named) ? named : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
}

/** True when the tests run in CI, where a missing browser is a failure, not a skip. */
export function inCi(): boolean {
  const ci = process.env.CI ?? '';
  return ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** A local proxy that refuses every request and keeps what was asked of it. */
export interface OutsideRecorder {
  readonly port: number;
  /** `METHOD url` (or `CONNECT host:port` for https and wss), in order. */
  readonly seen: string[];
  close(): Promise<void>;
}

/** Starts the recorder on a free port of 127.0.0.1. */
export async function outsideRecorder(): Promise<OutsideRecorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    seen,
    close: () => new Promise((res) => server.close(() => res())),
  };
}

/**
 * Preferences: WebGL on Mesa's software renderer (llvmpipe; headless Firefox has no GLX, so EGL
 * is forced by the environment below), every outside request through the recorder, and
 * Firefox's own background services (remote settings, captive portal, connectivity checks,
 * speculative connections) off, so the recorder hears only what the page asks for.
 */
function prefs(proxyPort: number): Record<string, unknown> {
  return {
    'webgl.force-enabled': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-off',
    'browser.region.network.url': '',
    'browser.topsites.contile.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'media.gmp-manager.url': '',
  };
}

/** Launches headless Firefox with software WebGL and every request sent to the recorder. */
export function launchFirefox(executablePath: string, proxyPort: number): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Generous: the tests start it and then build the release on the same event loop.
    timeout: 180_000,
    extraPrefsFirefox: prefs(proxyPort),
    // Release builds take the remote-settings server from the preferences only with this set.
    env: { ...process.env, MOZ_WEBGL_FORCE_EGL: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
}

/** Waits until the viewer has drawn at least `n` results and is not computing. */
export async function waitApplied(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (k: number) => {
      const hooks = (window as unknown as { __lokus?: { applied: number; busy: boolean } }).__lokus;
      return hooks !== undefined && hooks.applied >= k && !hooks.busy;
    },
    { timeout, polling: 100 },
    n,
  );
}

/** Number of results drawn so far. */
export function applied(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
  );
}

/** The page's address with the state hash the viewer wrote (history updates included). */
export function pageUrl(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/**
 * Waits for a finished download in `dir` whose name matches `name` and returns its path.
 * Firefox writes a `.part` file first and renames it when done.
 */
export async function downloaded(dir: string, name: RegExp, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const done = readdirSync(dir).find((f) => name.test(f) && !f.endsWith('.part'));
    if (done && statSync(join(dir, done)).size > 0) return join(dir, done);
    if (Date.now() > deadline) throw new Error(`no download matching ${name} in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
