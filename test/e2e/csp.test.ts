/// <reference lib="dom" />
/**
 * Offline by promise, in the served build (`vite preview`, as `lokus serve` runs it): the
 * Content-Security-Policy header and the page's own policy; a shared link with an outside
 * basemap sends nothing to that host until the analyst agrees (recorded with the browser's
 * request log), a refusal is remembered, a basemap URL of the wrong form is dropped with a
 * notice, and a request to an outside host that the page itself tries is blocked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const session = viewerSession();
const sample = join(import.meta.dirname, '..', '..', 'data', 'sample');
const TILES = 'https://tiles.example.org/{z}/{x}/{y}.png';
// A 1×1 PNG answered for every tile: the test never reaches the internet.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Every URL the page requests; those leaving the machine (not 127.0.0.1, `data:` or `blob:`);
 * and those the policy stopped inside the browser (they never reach the network).
 */
function requestLog(page: Page): { all: string[]; outside: () => string[]; blocked: string[] } {
  const all: string[] = [];
  const blocked: string[] = [];
  page.on('request', (r) => all.push(r.url()));
  page.on('requestfailed', (r) => {
    if (/csp/i.test(r.failure()?.errorText ?? '')) blocked.push(r.url());
  });
  const local = /^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/;
  const outside = () => all.filter((u) => !local.test(u) && !blocked.includes(u));
  return { all, outside, blocked };
}

/** Violations the page reports (`securitypolicyviolation`), collected in the page. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}

describe('content security policy and outside sources', () => {
  it('the served viewer sends the policy as a header and writes it into the page', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage();
    const response = await page.goto(session.server.url);
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toMatch(
      /^default-src 'self'; script-src 'self' blob: 'sha256-[^']+' 'wasm-unsafe-eval';/,
    );
    expect(header).not.toMatch(/'unsafe-eval'/);
    await waitApplied(page, 1);
    const meta = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(meta).toContain("connect-src 'self' blob: data:;");
    expect(meta).toContain("img-src 'self' blob: data:;");
    expect(meta).toContain("worker-src 'self' blob: data:");
    await page.close();
  });

  it('a request to an outside host that the page tries is blocked', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage();
    await watchViolations(page);
    const log = requestLog(page);
    await openViewer(page, session.server.url);
    const pixelFailed = page.waitForEvent('requestfailed', {
      predicate: (r) => r.url() === 'https://tracker.example.net/pixel.gif',
    });
    const result = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.src = 'https://tracker.example.net/pixel.gif';
      document.body.append(img);
      try {
        await fetch('https://tracker.example.net/collect?area=demak');
        return 'fetched';
      } catch (e) {
        return String(e);
      }
    });
    expect(result).toMatch(/TypeError/);
    await page.waitForFunction(
      () => (window as unknown as { __violations: string[] }).__violations.length >= 2,
    );
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toContain('connect-src https://tracker.example.net/collect?area=demak');
    expect(violations).toContain('img-src https://tracker.example.net/pixel.gif');
    // Chromium names the policy as the reason: the request never reached the network.
    expect((await pixelFailed).failure()?.errorText).toMatch(/csp/i);
    expect(log.outside()).toEqual([]);
    expect(log.blocked).toContain('https://tracker.example.net/pixel.gif');
    await page.close();
  });

  it('a shared link with an outside basemap loads nothing from it until the analyst agrees', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const log = requestLog(page);
    await page.route('https://tiles.example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
    );
    await openViewer(page, session.server.url, {
      hash: stateHash({ dataset: 'sample', basemap: TILES }),
    });
    const ask = page.locator('.offline-consent[role="alertdialog"]');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('tiles.example.org');
    // The analyst's own files meanwhile: read in the page, nothing leaves the machine.
    await page.locator('#open-load').click();
    await page.setInputFiles('#load-table', join(sample, 'villages.csv'));
    await page.setInputFiles('#load-boundaries', join(sample, 'villages.geojson'));
    await page.locator('#join-matched').waitFor();
    await page.locator('#load-use').click();
    await waitApplied(page, 2);
    await page.waitForTimeout(500);
    expect(log.all.some((u) => u.startsWith(session.server!.url))).toBe(true);
    expect(log.outside()).toEqual([]);
    // Agreed: the page reopens with the basemap, and its tiles are requested.
    await Promise.all([page.waitForEvent('load'), ask.locator('.consent-allow').click()]);
    await page.waitForRequest((r) => r.url().startsWith('https://tiles.example.org/'), {
      timeout: 30_000,
    });
    expect(log.outside().every((u) => u.startsWith('https://tiles.example.org/'))).toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('lokus.outsideHosts'));
    expect(JSON.parse(stored ?? '{}')).toEqual({ 'tiles.example.org': 'allow' });
    const meta = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(meta).toContain("img-src 'self' blob: data: https://tiles.example.org;");
    // The exported scenario and the annex state the outside source that was used.
    await waitApplied(page, 1);
    await page.locator('#export-toggle').click();
    const [scenarioFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-scenario').click(),
    ]);
    const scenario = JSON.parse(readFileSync(await scenarioFile.path(), 'utf8'));
    expect(scenario.outsideSources).toEqual(['https://tiles.example.org']);
    const outside = page.locator('#print-annex .annex-outside');
    await outside.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await outside.textContent()).toBe(
      'Sumber dari luar perangkat ini: https://tiles.example.org.',
    );
    await page.close();
  }, 150_000);

  it('a refused host stays refused on this machine, and says so', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage();
    const log = requestLog(page);
    const hash = stateHash({
      dataset: 'sample',
      basemap: 'https://other.example.com/{z}/{x}/{y}.png',
    });
    await openViewer(page, session.server.url, { hash });
    const ask = page.locator('.offline-consent[role="alertdialog"]');
    await ask.locator('.consent-deny').click();
    // The same link opened again later on this machine.
    await page.goto('about:blank');
    await openViewer(page, session.server.url, { hash });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('other.example.com');
    expect(await ask.textContent()).toMatch(/menolak|refused/);
    expect(log.outside()).toEqual([]);
    await page.close();
  }, 120_000);

  it('a basemap of the wrong form, or with credentials, is dropped with a notice', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    for (const [basemap, reason] of [
      ['http://tiles.example.org/{z}/{x}/{y}.png', 'NOT_HTTPS'],
      ['https://user:secret@tiles.example.org/{z}/{x}/{y}.png', 'HAS_CREDENTIALS'],
    ] as const) {
      const page = await session.browser.newPage();
      const log = requestLog(page);
      await openViewer(page, session.server.url, {
        hash: stateHash({ dataset: 'sample', basemap, selected: '<img src=x>' }),
      });
      const notices = await page.locator('.offline-consent[role="status"]').allTextContents();
      expect(notices.join('\n')).toContain(reason);
      expect(notices.join('\n')).toContain('"selected"');
      expect(await page.locator('.offline-consent[role="alertdialog"]').count()).toBe(0);
      expect(page.url()).not.toContain(Buffer.from(basemap).toString('base64url').slice(0, 12));
      expect(log.outside()).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
