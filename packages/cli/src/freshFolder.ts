import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder name under `parent` that does not exist yet: `parent/<stem>`, else `<stem>-2`,
 * `<stem>-3`, … The yearly run writes each run into its own folder this way, so a second run
 * never meets the first one's files.
 *
 * @example
 * freshFolder('out', '2026-01-15'); // => 'out/2026-01-15' (or 'out/2026-01-15-2' when taken)
 */
export function freshFolder(parent: string, stem: string): string {
  for (let n = 1; ; n++) {
    const candidate = join(parent, n === 1 ? stem : `${stem}-${n}`);
    if (!existsSync(candidate)) return candidate;
  }
}
