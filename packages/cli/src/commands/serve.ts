import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../CliError.ts';
import { type Context, say, step, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { findRepoPath } from '../findRepoPath.ts';
import { freePort } from '../freePort.ts';
import { newestMtime } from '../newestMtime.ts';
import type { CommandOutcome } from '../program.ts';

/** Options of `lokus serve`. */
export interface ServeOptions {
  /** Real-data directory (`boundaries/`, `indicators/`); LOKUS_DATA_DIR when absent. */
  readonly data?: string;
  /** First port to try (default 4173). */
  readonly port?: number;
  /** Build even when the build is newer than every source. */
  readonly rebuild?: boolean;
}

/** Builds the viewer when its build is missing or older than any source file it is made from. */
function buildIfNeeded(
  ctx: Context,
  viewerDir: string,
  vite: string,
  env: NodeJS.ProcessEnv,
  force: boolean,
): void {
  const index = join(viewerDir, 'dist', 'index.html');
  const repo = resolve(viewerDir, '..', '..');
  const sources = [viewerDir, join(repo, 'packages'), join(repo, 'data')];
  const fresh = existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources);
  if (fresh && !force) return;
  step(ctx, 'membangun peta (viewer)', 'building the viewer');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: viewerDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new CliError(
      EXIT.INTERNAL,
      tr(ctx.lang, 'peta (viewer) gagal dibangun', 'the viewer did not build'),
      {
        file: viewerDir,
        details: (build.stderr || build.stdout).trim().split('\n').slice(-10),
      },
    );
  }
}

/** Waits until the server answers its manifest, or the child stops, or 30 s pass. */
async function waitUntilUp(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}data/manifest.json`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}

/** Stops the server's whole process group (pnpm/vite and their children). */
function stopper(child: ChildProcess): () => void {
  return () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
}

/**
 * `lokus serve [--data dir] [--port n]`: builds the map viewer if needed (Vite) and serves it
 * with `vite preview` on 127.0.0.1, on the first free port from 4173. The real-data directory
 * (`--data`, else LOKUS_DATA_DIR) adds Demak with IDM 2024 to the viewer's datasets. The server
 * runs in its own process group, stopped with lokus (Ctrl+C, SIGTERM, or lokus exiting).
 * Resolves once the server answers, with its address.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * // A data folder that does not exist is refused before anything is built or started. With a
 * // real one, the call resolves to `{ json: { url: 'http://127.0.0.1:4173/', … } }` and the
 * // server keeps running until lokus stops, so it is not run here.
 * await serveCommand(ctx, { data: 'tidak-ada' }).catch((e) => [e.exitCode, e.message]);
 * // => [2, '--data must be an existing folder: tidak-ada']
 * printed; // => []
 */
export async function serveCommand(ctx: Context, options: ServeOptions): Promise<CommandOutcome> {
  const viewerPackage = findRepoPath(join('apps', 'viewer', 'package.json'));
  if (viewerPackage === null) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        'peta (viewer) tidak ada di instalasi ini',
        'the viewer is not part of this installation',
      ),
    );
  }
  const viewerDir = dirname(viewerPackage);
  const vite = join(viewerDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.data !== undefined) {
    const dir = resolve(ctx.terminal.cwd, options.data);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new CliError(
        EXIT.USAGE,
        tr(
          ctx.lang,
          `--data harus folder yang ada: ${options.data}`,
          `--data must be an existing folder: ${options.data}`,
        ),
      );
    }
    env.LOKUS_DATA_DIR = dir;
  }
  buildIfNeeded(ctx, viewerDir, vite, env, options.rebuild === true);
  const port = await freePort(options.port ?? 4173);
  if (port === null)
    throw new CliError(EXIT.INTERNAL, tr(ctx.lang, 'tidak ada port bebas', 'no free port'));
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
    { cwd: viewerDir, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const stop = stopper(child);
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(0);
    });
  }
  const url = `http://127.0.0.1:${port}/`;
  if (!(await waitUntilUp(url, child))) {
    stop();
    throw new CliError(
      EXIT.INTERNAL,
      tr(ctx.lang, 'server peta tidak mulai', 'the viewer server did not start'),
      { file: viewerDir },
    );
  }
  child.on('exit', (code) => {
    ctx.terminal.err(
      tr(
        ctx.lang,
        `server peta berhenti (kode ${code})\n`,
        `the viewer server stopped (code ${code})\n`,
      ),
    );
    process.exit(code === 0 || code === null ? 0 : EXIT.INTERNAL);
  });
  say(
    ctx,
    tr(ctx.lang, `Peta: ${url}  (Ctrl+C untuk berhenti)`, `Viewer: ${url}  (Ctrl+C to stop)`),
  );
  return { json: { ok: true, command: 'serve', url, port, dataDir: env.LOKUS_DATA_DIR ?? null } };
}
