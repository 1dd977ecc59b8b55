/**
 * Copies `@lokus/core`'s package.json version into `packages/core/src/version.ts` (the `VERSION`
 * every result records), after `changeset version` has bumped it: `pnpm version-packages`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = new URL('../packages/core/package.json', import.meta.url);
const target = new URL('../packages/core/src/version.ts', import.meta.url);
const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
const source = readFileSync(target, 'utf8')
  .replace(/VERSION; \/\/ => '[^']*'/, `VERSION; // => '${version}'`)
  .replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
writeFileSync(target, source);
console.log(`packages/core/src/version.ts: VERSION = '${version}'`);
