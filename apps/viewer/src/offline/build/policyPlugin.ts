/**
 * Puts the Content-Security-Policy into every build (the start-up script of
 * {@link cspBootstrap}) and sends the matching header from `vite preview` (which `lokus serve`
 * runs). In the single-file build the hashes of the page's inline scripts are filled in once
 * the page is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../contentSecurityPolicy.ts';
import { cspBootstrap, SCRIPT_HASHES, scriptHash } from './cspBootstrap.ts';

/**
 * The header `vite preview` sends with the default build.
 *
 * @example
 * previewPolicy().includes("script-src 'self' blob: 'sha256-"); // => true
 */
export function previewPolicy(): string {
  return contentSecurityPolicy({
    header: true,
    scriptHashes: [scriptHash(cspBootstrap({ withHashes: false }))],
  });
}

/** Hashes of the inline executable scripts of a page, except the start-up script (data blocks skipped). */
function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs = '', code = ''] = m;
    if (
      code === '' ||
      /\bsrc=|application\/(json|octet-stream)/.test(attrs) ||
      code.includes(SCRIPT_HASHES)
    ) {
      continue;
    }
    out.push(`'${scriptHash(code)}'`);
  }
  return out;
}

/**
 * The plugin; `single` = the page's scripts are inline and get hashes.
 *
 * @example
 * policyPlugin({ single: false }).name; // => 'lokus-policy'
 */
export function policyPlugin(options: { readonly single: boolean }): Plugin {
  let outDir = 'dist';
  return {
    name: 'lokus-policy',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        // Right after the charset (which must stay in the first 1024 bytes), before all else.
        const script = `<script>${cspBootstrap({ withHashes: options.single })}</script>`;
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('lokus-policy: index.html needs <meta charset="utf-8">');
        return html.replace(charset, (m) => `${m}\n    ${script}`);
      },
    },
    configurePreviewServer(server) {
      const policy = previewPolicy();
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
    writeBundle() {
      if (!options.single) return;
      const file = join(outDir, 'index.html');
      const html = readFileSync(file, 'utf8');
      const hashes = inlineScriptHashes(html);
      writeFileSync(file, html.replace(SCRIPT_HASHES, hashes.join(' ')));
    },
  };
}
