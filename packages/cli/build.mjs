/**
 * Builds the `lokus` binary: one ES module, `dist/lokus.js`, bundling the lokus packages (whose
 * workspace entry points are TypeScript sources) and their dependencies, so that plain `node`
 * runs it. Packages that read their own data files at run time (listed in `KEEP_EXTERNAL`) stay
 * outside the bundle and are imported from where the workspace installed them.
 *
 * Usage: `pnpm --filter @lokus/cli build` (or `node build.mjs`).
 */
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = resolve(here, 'dist', 'lokus.js');
const KEEP_EXTERNAL =
  /^(pdfkit|pdfmake|fontkit|linebreak|unicode-properties|@duckdb\/node-api|highs)(\/|$)/;

/**
 * Keeps data-reading packages external, imported by a path relative to the bundle: esbuild
 * resolves each (ES module build first, as an `import` would) and the bundle points at that file.
 */
const keepExternal = {
  name: 'keep-external',
  setup(b) {
    b.onResolve({ filter: KEEP_EXTERNAL }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'inner',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      const path = relative(dirname(outfile), found.path).split('\\').join('/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
  },
};

const built = await build({
  write: false,
  entryPoints: [resolve(here, 'src', 'bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [keepExternal],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __lokusRequire } from 'node:module';",
      'const require = __lokusRequire(import.meta.url);',
    ].join('\n'),
  },
});
// Written to a temporary file and renamed, so a build running beside another never leaves a
// half-written binary for either.
mkdirSync(dirname(outfile), { recursive: true });
const temp = `${outfile}.${process.pid}.tmp`;
writeFileSync(temp, built.outputFiles[0].contents);
chmodSync(temp, 0o755);
renameSync(temp, outfile);
