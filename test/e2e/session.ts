/**
 * One headless browser and one served viewer per test file: registers the file's `beforeAll` and
 * `afterAll`. Both stay null — and the tests skip themselves — when the file is disabled or
 * Debian's chromium is absent.
 */
import { type Browser, launchBrowser, startViewer, type ViewerServer } from '@lokus/viewer/testing';
import { afterAll, beforeAll } from 'vitest';

export interface ViewerSession {
  browser: Browser | null;
  server: ViewerServer | null;
}

export function viewerSession(
  options: { enabled?: boolean; dataDir?: string } = {},
): ViewerSession {
  const session: ViewerSession = { browser: null, server: null };
  beforeAll(async () => {
    if (options.enabled === false) return;
    session.browser = await launchBrowser();
    if (!session.browser) {
      console.warn('e2e: chromium not found (apt-get install chromium); browser tests skipped');
      return;
    }
    session.server = await startViewer(
      options.dataDir === undefined ? {} : { dataDir: options.dataDir },
    );
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    session.server?.stop();
  });
  return session;
}
