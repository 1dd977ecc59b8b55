/**
 * Single-file build: the workers travel inside the page. A page opened from `file://` has an
 * opaque origin: Chromium refuses a module worker from a file beside the page and from a `blob:`
 * URL of that page ("cross-origin"), but starts one from a `data:` URL (the worker then has an
 * opaque origin of its own, which the viewer's workers do not mind: they only compute). A
 * `data:` URL is refused above 2 MB, which the scoring worker with the plan solver's WebAssembly
 * passes; and several MB of worker code inside the page's own script slow the page's start.
 *
 * So every worker's code is taken out of the bundle into `files` (gzipped, base64; the page
 * carries each in an element of its own, see {@link packPage}) and its worker starts from a
 * small loader that inflates it in the worker:
 * - the viewer's own workers, `new Worker(new URL('./x.worker.ts', …), options)`, become
 *   {@link packedWorker} calls (the code follows as the first message);
 * - the MapLibre worker (`import url from '…worker.mjs?url'`) becomes a {@link packedWorkerUrl}
 *   (the code embedded in the `data:` URL, about 0.2 MB).
 * Binary assets inlined into a worker's code (`data:application/…;base64`, e.g. `highs.wasm`)
 * are taken out the same way, once per content, and read in the worker from `blob:` URLs, which
 * the worker makes on first use (see {@link workerLoader}: `await loadPackedAssets()` first).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { WorkerPack } from './packedWorker.ts';

/** A file the page carries: its MIME type and gzipped bytes in base64, by id. */
export interface PackedAsset {
  readonly type: string;
  readonly gzipBase64: string;
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const PACKED_WORKER = here('./packedWorker.ts');
const PACKED_WORKER_URL = here('./packedWorkerUrl.ts');
const OWN_FILES = new Set([PACKED_WORKER, PACKED_WORKER_URL, here('./workerLoader.ts')]);

/** An inlined binary larger than 16 KB in a worker's code (a quoted `data:` URL in base64). */
const BINARY_DATA_URL = /(["'`])data:(application\/[\w.+-]+);base64,([A-Za-z0-9+/=]{16384,})\1/g;
/** Where the bundle points at one of the viewer's workers (a `?worker&url` import). */
const WORKER_FILE_URL = /new URL\(`(\w+\.worker-[\w-]+\.js)`,\s*import\.meta\.url\)\.href/g;
/** A `?url` import of a library's worker, inlined as base64 by the single-file build. */
const BASE64_SCRIPT = /(["'`])data:text\/javascript;base64,([A-Za-z0-9+/=]+)\1/g;
/** `new Worker(new URL('./<name>.worker.ts', import.meta.url),` as the viewer writes it. */
const NEW_WORKER =
  /new Worker\(\s*new URL\(\s*['"]\.\/(\w+)\.worker\.ts['"]\s*,\s*import\.meta\.url\s*\)\s*,/g;
/** `import <name> from '<…worker….js|mjs>?url';` (a library's worker for the library to start). */
const WORKER_URL_IMPORT = /import (\w+) from (['"])([^'"]*worker[^'"]*\.m?js)\?url\2;/g;

/** Adds `bytes` to `files` under their content id; returns the id. */
function addFile(files: Map<string, PackedAsset>, bytes: Buffer, type: string): string {
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  if (!files.has(id)) {
    files.set(id, { type, gzipBase64: gzipSync(bytes, { level: 9 }).toString('base64') });
  }
  return id;
}

/** Takes a worker's code and its large binaries out into `files`; returns the pack. */
function pack(code: string, files: Map<string, PackedAsset>): WorkerPack {
  const ids = new Set<string>();
  const rest = code.replace(
    BINARY_DATA_URL,
    (_m: string, _q: string, type: string, b64: string) => {
      const id = addFile(files, Buffer.from(b64, 'base64'), type);
      ids.add(id);
      return `globalThis.__lokusAsset(${JSON.stringify(id)})`;
    },
  );
  const codeId = addFile(files, Buffer.from(rest, 'utf8'), 'text/javascript');
  return { code: codeId, assets: [...ids] };
}

/** A pack as the source of an object literal. */
const packSource = (p: WorkerPack): string =>
  `{code:${JSON.stringify(p.code)},assets:${JSON.stringify(p.assets)}}`;

/**
 * The worker the page starts before its code has loaded (see packPage.ts): the scoring worker,
 * which loads the district while the app's code is compiled.
 */
const EARLY_WORKER = /^scoring\.worker-/;

/** Rewrites a viewer module's worker starts (source level). */
function rewriteWorkerStarts(code: string): string | null {
  const imports: string[] = [];
  let replaced = code.replace(NEW_WORKER, (_m: string, name: string) => {
    imports.push(`import lokusWorkerUrl_${name} from './${name}.worker.ts?worker&url';`);
    return `lokusPackedWorker(lokusWorkerUrl_${name},`;
  });
  if (imports.length > 0) {
    imports.push(
      `import { packedWorker as lokusPackedWorker } from ${JSON.stringify(PACKED_WORKER)};`,
    );
  }
  let urls = 0;
  replaced = replaced.replace(WORKER_URL_IMPORT, (_m, name: string, q: string, path: string) => {
    urls += 1;
    return `import lokusPack_${name} from ${q}${path}?url${q};\nconst ${name} = lokusPackedWorkerUrl(lokusPack_${name});`;
  });
  if (urls > 0) {
    imports.push(
      `import { packedWorkerUrl as lokusPackedWorkerUrl } from ${JSON.stringify(PACKED_WORKER_URL)};`,
    );
  }
  return imports.length === 0 ? null : `${imports.join('\n')}\n${replaced}`;
}

/**
 * The plugin (build only); the workers' code and binary assets are collected into `files`, and
 * the pack of the worker the page starts early into `early`.
 *
 * @example
 * inlineWorkers(new Map(), []).name; // => 'lokus-inline-workers'
 */
export function inlineWorkers(files: Map<string, PackedAsset>, early: WorkerPack[]): Plugin {
  return {
    name: 'lokus-inline-workers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || OWN_FILES.has(id) || !id.endsWith('.ts')) return null;
      if (!code.includes('new Worker(') && !code.includes('?url')) return null;
      return rewriteWorkerStarts(code);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const workers = new Map<string, string>();
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type === 'asset' && /^\w+\.worker-[\w-]+\.js$/.test(name)) {
            const source = file.source;
            workers.set(
              name,
              typeof source === 'string' ? source : Buffer.from(source).toString('utf8'),
            );
            delete bundle[name];
          }
        }
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          file.code = file.code
            .replace(WORKER_FILE_URL, (m: string, name: string) => {
              const code = workers.get(name);
              if (code === undefined) return m;
              const p = pack(code, files);
              if (EARLY_WORKER.test(name) && !early.some((e) => e.code === p.code)) early.push(p);
              return packSource(p);
            })
            .replace(BASE64_SCRIPT, (_m: string, _q: string, b64: string) =>
              packSource(pack(Buffer.from(b64, 'base64').toString('utf8'), files)),
            );
        }
        if (workers.size === 0) this.error('single-file build: no worker was found to inline');
      },
    },
  };
}
