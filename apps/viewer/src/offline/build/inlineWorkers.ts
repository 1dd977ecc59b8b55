/**
 * Single-file build: both workers travel inside the page as `data:` URLs. A page opened from
 * `file://` has an opaque origin: Chromium refuses a module worker from a file beside the page
 * and from a `blob:` URL of that page ("cross-origin"), but starts one from a `data:` URL (the
 * worker then has an opaque origin of its own, which the viewer's workers do not mind: they
 * only compute, and read `data:` URLs).
 *
 * The MapLibre worker (`?url`) becomes a `data:` URL through the single-file build's inline
 * limit; the viewer's own workers, created with `new Worker(new URL('./x.worker.ts', …))`, are
 * turned here into Vite worker URL imports (`?worker&url`) whose files are then inlined.
 */
import type { Plugin } from 'vite';

/**
 * Text as a `data:` URL body with only what the URL parser would change escaped: `%` (read as
 * an escape), `#` (the fragment), tab and line breaks (removed) and a trailing space (trimmed).
 * About 1 % larger than the text, where base64 is 33 % larger.
 */
function textDataUrl(code: string): string {
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  const body = code.replace(/[%#\t\n\r]/g, hex).replace(/ $/, '%20');
  return `data:text/javascript;charset=utf-8,${body}`;
}

const WORKER_FILE_URL = /new URL\(`(\w+\.worker-[\w-]+\.js)`,\s*import\.meta\.url\)\.href/g;
const BASE64_SCRIPT = /(["'`])data:text\/javascript;base64,([A-Za-z0-9+/=]+)\1/g;

/** `new Worker(new URL('./<name>.worker.ts', import.meta.url),` as the viewer writes it. */
const NEW_WORKER =
  /new Worker\(\s*new URL\(\s*['"]\.\/(\w+)\.worker\.ts['"]\s*,\s*import\.meta\.url\s*\)\s*,/g;

/**
 * The plugin (build only).
 *
 * @example
 * inlineWorkers().name; // => 'lokus-inline-workers'
 */
export function inlineWorkers(): Plugin {
  return {
    name: 'lokus-inline-workers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !id.endsWith('.ts') || !code.includes('new Worker(')) {
        return null;
      }
      const imports: string[] = [];
      const replaced = code.replace(NEW_WORKER, (_m: string, name: string) => {
        imports.push(`import lokusWorkerUrl_${name} from './${name}.worker.ts?worker&url';`);
        return `new Worker(lokusWorkerUrl_${name},`;
      });
      return imports.length === 0 ? null : `${imports.join('\n')}\n${replaced}`;
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
              return code === undefined ? m : JSON.stringify(textDataUrl(code));
            })
            .replace(BASE64_SCRIPT, (_m: string, _q: string, b64: string) =>
              JSON.stringify(textDataUrl(Buffer.from(b64, 'base64').toString('utf8'))),
            );
        }
        if (workers.size === 0) this.error('single-file build: no worker was found to inline');
      },
    },
  };
}
