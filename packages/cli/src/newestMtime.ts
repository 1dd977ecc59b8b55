import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest modification time (ms) of the files under the given folders, skipping
 * `node_modules`, `dist` and dot folders; 0 when there is none. O(files).
 *
 * @example
 * newestMtime([]); // => 0
 */
export function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === 'dist') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const d of dirs) walk(d);
  return newest;
}
