/**
 * Single-file build, last step: the page's one module script (the app with its workers' code,
 * several MB of text) is gzipped and carried as base64 in a `<script type=
 * "application/octet-stream">` element, which the HTML parser skips over without running it;
 * a small inline start-up script inflates it with the browser's `DecompressionStream` and
 * imports it from a `blob:` URL (the policy's `script-src blob:`, no `eval`). The workers'
 * binary assets (see {@link inlineWorkers}) get an element each. The file shrinks to about a
 * third; the browser then parses the app's code once, as a module, instead of an inline script
 * inside a 5 MB page.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { PackedAsset } from './inlineWorkers.ts';
import { LOADER_URL, type WorkerPack } from './packedWorker.ts';

/** Id of the element that holds the app's code. */
const CODE_ID = 'lokus-code';

/**
 * Starts, once the document is parsed, the workers in `early` from their packed code (see
 * packedWorker.ts, which hands them to the app): the scoring worker then inflates and compiles its
 * code, and loads the district, while the page compiles the app's code instead of after it.
 * `P` reads a pack as packedWorker.ts's `loaderPack` does, written again in ES5 on purpose: the
 * whole start-up script must parse in any browser, so that one too old for the viewer still
 * shows the message below instead of nothing.
 */
function startEarly(early: readonly WorkerPack[]): string {
  if (early.length === 0) return 'function early(){}';
  return [
    `var E=${JSON.stringify(early)},L=${JSON.stringify(LOADER_URL)};`,
    'function P(i){var e=d.getElementById("lokus-asset-"+i);',
    'return{b64:e.textContent||"",type:e.dataset.type||""}}',
    'function early(){var w=window.__lokusEarly={};E.forEach(function(p){var a={};',
    'p.assets.forEach(function(i){a[i]=P(i)});var k=new Worker(L,{type:"module"});',
    'k.postMessage({__lokusPack:{code:P(p.code),assets:a}});w[p.code]=k})}',
  ].join('');
}

/**
 * The start-up script: base64 → gzip → text → `blob:` module, imported once the document is
 * parsed (as a module script would run), the early workers started just before. On failure it
 * says so in the page, in both languages.
 */
function start(early: readonly WorkerPack[]): string {
  return [
    '(function(){var d=document,s=d.getElementById("lokus-code").textContent||"",f=Uint8Array.fromBase64;',
    startEarly(early),
    'Promise.resolve(f?f(s):fetch("data:application/octet-stream;base64,"+s).then(function(r){return r.arrayBuffer()}))',
    '.then(function(b){return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream("gzip"))).text()})',
    '.then(function(c){performance.mark("lokus:unpacked");',
    'var u=URL.createObjectURL(new Blob([c],{type:"text/javascript"}));',
    'return new Promise(function(r){d.readyState==="loading"?d.addEventListener("DOMContentLoaded",r,{once:true}):r()})',
    '.then(function(){early();return import(u)})})',
    '.catch(function(e){var p=d.createElement("p");p.className="fatal";',
    'p.textContent="Peramban ini tidak dapat membuka berkas ini / This browser cannot open this file: "+e;',
    '(d.getElementById("app")||d.body).append(p)})})();',
  ].join('');
}

const MODULE_SCRIPT = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;

function dataElement(id: string, base64: string, type?: string): string {
  const typeAttr = type ? ` data-type="${type}"` : '';
  return `<script type="application/octet-stream" id="${id}"${typeAttr}>${base64}</script>`;
}

/**
 * Packs a single-file page's module script and adds the workers' assets.
 *
 * @example
 * const html = packHtml('<head><script type="module">1</script></head><body></body>', new Map());
 * html.includes('id="lokus-code"'); // => true
 */
export function packHtml(
  html: string,
  assets: ReadonlyMap<string, PackedAsset>,
  early: readonly WorkerPack[] = [],
): string {
  const found = MODULE_SCRIPT.exec(html);
  if (!found) throw new Error('single-file build: the page has no module script to pack');
  // The inliner wrote `<\/script` and `<!--` as `\x3C…` for the HTML parser; inside the packed
  // code they are plain JavaScript escapes and stay valid.
  const code = gzipSync(Buffer.from(found[1] ?? '', 'utf8'), { level: 9 }).toString('base64');
  const packed = `${dataElement(CODE_ID, code)}\n    <script>${start(early)}</script>`;
  const binaries = [...assets].map(([id, a]) =>
    dataElement(`lokus-asset-${id}`, a.gzipBase64, a.type),
  );
  const page = html.replace(found[0], () => packed);
  return binaries.length === 0
    ? page
    : page.replace('</body>', () => `${binaries.join('\n')}\n</body>`);
}

/**
 * The plugin (build only, after `vite-plugin-singlefile`).
 *
 * @example
 * packPage(new Map()).name; // => 'lokus-pack-page'
 */
export function packPage(
  assets: ReadonlyMap<string, PackedAsset>,
  early: readonly WorkerPack[] = [],
): Plugin {
  return {
    name: 'lokus-pack-page',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') {
          this.error('single-file build: index.html was not written as text');
        }
        page.source = packHtml(page.source, assets, early);
      },
    },
  };
}
