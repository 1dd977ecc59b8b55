/**
 * Runs the built `lokus` binary (packages/cli/dist/lokus.js) the way a user does: `node` on the
 * file, in a working directory, capturing standard output, standard error and the exit code.
 * `buildLokus()` builds it first (each test file calls it once; concurrent builds are safe, the
 * build renames its output into place).
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO, 'packages', 'cli', 'dist', 'lokus.js');
export const SAMPLE = {
  table: join(REPO, 'data', 'sample', 'villages.csv'),
  boundaries: join(REPO, 'data', 'sample', 'villages.geojson'),
  scenario: join(REPO, 'data', 'scenarios', 'campuran.yaml'),
  idm: join(REPO, 'data', 'scenarios', 'idm.yaml'),
};

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds the binary with the package's build script; throws with esbuild's message on failure. */
export function buildLokus(): void {
  const run = spawnSync(process.execPath, [join(REPO, 'packages', 'cli', 'build.mjs')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`lokus build failed:\n${run.stderr}${run.stdout}`);
}

/** Runs `node dist/lokus.js …args` in `cwd` and waits for it. */
export function lokus(args: readonly string[], cwd: string = REPO): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
