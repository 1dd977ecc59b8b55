/**
 * Builds the register engine's browser page (`testing/page`) with Vite into a temporary folder
 * and serves it on 127.0.0.1 with the viewer's kind of Content-Security-Policy as a header
 * (everything from the page's own origin; `'wasm-unsafe-eval'` to compile WebAssembly, no
 * `'unsafe-eval'`), for browser tests and benchmarks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const PAGE = fileURLToPath(new URL('./page/', import.meta.url));

/** The policy the page is served with. */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
].join('; ');

/** A served build of the page; `close()` stops the server and removes the build. */
export interface RegistersPage {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds and serves the page.
 *
 * @example
 * const page = await startRegistersPage(); page.url.startsWith('http://127.0.0.1:'); // => true
 */
export async function startRegistersPage(): Promise<RegistersPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'lokus-registers-page-'));
  const common = { root: PAGE, configFile: false as const, logLevel: 'error' as const, base: './' };
  await build({ ...common, build: { outDir, emptyOutDir: true }, worker: { format: 'es' } });
  const server = await preview({
    ...common,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, headers: { 'Content-Security-Policy': PAGE_POLICY } },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the register page server has no address');
  return {
    url,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
