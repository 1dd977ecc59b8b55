/**
 * Builds the viewer's release (`scripts/release-viewer.ts`) into a temporary folder for the
 * offline browser tests; `only` builds one of its two forms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

/** Runs the release script; returns the folder it wrote. */
export function buildRelease(only: 'single' | 'static'): string {
  const out = mkdtempSync(join(tmpdir(), 'lokus-release-'));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repo, 'scripts', 'release-viewer.ts'), '--out', out, '--only', only],
    { cwd: repo, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`release-viewer failed:\n${run.stderr || run.stdout}`);
  return out;
}

/** Requests that stay on this machine: files, `data:`/`blob:` URLs and 127.0.0.1. */
export const LOCAL_REQUEST = /^(file:|data:|blob:|http:\/\/127\.0\.0\.1:\d+\/)/;
