/// <reference lib="dom" />
/**
 * Browser-test harness for the viewer (Node only): build the app once into a temporary folder,
 * serve it with `vite preview` on a free port, launch Debian's chromium through playwright-core
 * with software WebGL (SwiftShader), and open the viewer until its first result is drawn.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export type { Browser, Page };

const viewerDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = join(viewerDir, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Browser features switched off in tests and benchmarks. A fresh headless Chromium (version 156)
 * preloads the WebUI of its address-bar popup in a renderer of its own while the first page
 * loads: about 1.5–2 s of CPU (and the browser process's share of it) on a 2-core machine, which
 * is no part of the viewer and which a browser the analyst already has open has long done.
 */
export const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
] as const;

/** Chromium flags that render WebGL2 without a GPU (and without the features above). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/** Path of the chromium binary, or null when it is not installed. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  for (const p of [fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface ViewerServer {
  readonly url: string;
  readonly outDir: string;
  stop(): void;
}

export interface StartViewerOptions {
  /** LOKUS_DATA_DIR for the server (real data); unset = the synthetic sample only. */
  readonly dataDir?: string | undefined;
  /** Reuse an existing build folder instead of building. */
  readonly outDir?: string;
}

/** Builds the viewer (unless `outDir` is given) and serves it; `stop()` kills the server by PID. */
export async function startViewer(options: StartViewerOptions = {}): Promise<ViewerServer> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.dataDir) env.LOKUS_DATA_DIR = options.dataDir;
  else delete env.LOKUS_DATA_DIR;
  const built = options.outDir === undefined;
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'lokus-viewer-'));
  if (built) {
    const run = spawnSync(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: viewerDir,
        env,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`vite build failed:\n${run.stderr || run.stdout}`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(port),
      '--outDir',
      outDir,
    ],
    { cwd: viewerDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`${url}data/manifest.json`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      if (child.pid) process.kill(child.pid);
      throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    outDir,
    stop() {
      if (child.pid && child.exitCode === null) process.kill(child.pid);
      if (built) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Launches chromium, or returns null when it is not installed. */
export async function launchBrowser(): Promise<Browser | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Hash for a state object, as the viewer writes it (base64url of JSON). */
export function stateHash(state: Record<string, unknown>): string {
  return `#${Buffer.from(JSON.stringify(state), 'utf8').toString('base64url')}`;
}

/** Opens the viewer and waits until `applied` results have been drawn. */
export async function openViewer(
  page: Page,
  url: string,
  options: { readonly hash?: string; readonly applied?: number; readonly timeout?: number } = {},
): Promise<void> {
  await page.goto(`${url}${options.hash ?? ''}`);
  await waitApplied(page, options.applied ?? 1, options.timeout);
}

/** Waits until the viewer has drawn at least `n` results and is not computing. */
export async function waitApplied(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const hooks = (window as unknown as { __lokus?: { applied: number; busy: boolean } }).__lokus;
      return hooks !== undefined && hooks.applied >= k && !hooks.busy;
    },
    n,
    { timeout },
  );
}

/** Number of results drawn so far. */
export function applied(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
  );
}
