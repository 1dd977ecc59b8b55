import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a path of the lokus repository (e.g. `apps/viewer/package.json`) by walking up from this
 * module's own file, so it works from the sources and from the built `dist/lokus.js` alike.
 * Returns the absolute path, or null when this copy of lokus was installed without the
 * repository around it.
 *
 * @example
 * findRepoPath('data/scenarios/idm.yaml')?.endsWith('idm.yaml'); // => true
 */
export function findRepoPath(path: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, path);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
