/**
 * Builds of the viewer, by `--mode`:
 * - default (`vite build`): `dist/`, with the districts of `LOKUS_DATA_DIR`; what `vite preview`,
 *   `lokus serve` and the browser tests serve.
 * - `static`: a folder for any static server or share, with the fictional sample only, a web
 *   manifest and a service worker (an offline app).
 * - `single`: one self-contained `index.html` (scripts, styles, the workers and the sample
 *   inlined, the code gzipped: `src/offline/build/packPage.ts`) that opens from disk.
 * Every build carries the Content-Security-Policy (`src/offline/build/policyPlugin.ts`); all
 * paths are relative, so a build works from any folder.
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { lokusData } from './dataPlugin.ts';
import { inlineWorkers, type PackedAsset } from './src/offline/build/inlineWorkers.ts';
import { offlineApp } from './src/offline/build/offlineApp.ts';
import type { WorkerPack } from './src/offline/build/packedWorker.ts';
import { packPage } from './src/offline/build/packPage.ts';
import { policyPlugin } from './src/offline/build/policyPlugin.ts';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const release = single || mode === 'static';
  const plugins: PluginOption[] = [
    lokusData({ realData: !release, embed: single }),
    policyPlugin({ single }),
  ];
  if (mode === 'static') plugins.push(offlineApp({ version }));
  if (single) {
    // Workers' binaries, taken out of their code and carried once each in the page.
    const assets = new Map<string, PackedAsset>();
    // The scoring worker's pack: the page starts it before the app's code has loaded.
    const early: WorkerPack[] = [];
    plugins.push(
      inlineWorkers(assets, early),
      viteSingleFile({ removeViteModuleLoader: true }),
      packPage(assets, early),
    );
  }
  return {
    base: './',
    plugins,
    // One file per worker in the single-file build: a `data:` worker cannot import a chunk.
    worker: single
      ? { format: 'es', rolldownOptions: { output: { codeSplitting: false } } }
      : { format: 'es' },
    build: { chunkSizeWarningLimit: 2000 },
  };
});
