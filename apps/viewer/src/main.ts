/**
 * Entry point, kept small so that the data start loading at once: the scoring worker starts and
 * loads the dataset named in the hash (fetch, read, join, kecamatan outlines) while the map code
 * is fetched and evaluated; then the controller opens it.
 */
import { t } from './i18n/index.ts';
import { mountOfflineTools } from './offline/offlineTools.ts';
import { openManifest } from './offline/openManifest.ts';
import { perfMark } from './perfMark.ts';
import { decodeHash } from './state/hash.ts';
import { WorkerClient } from './worker/client.ts';
import { loadInWorker } from './worker/loadInWorker.ts';
import './styles.css';
import { mountSheets } from './views/sheets.ts';

perfMark('main');

function fatal(root: HTMLElement, error: unknown): void {
  const p = document.createElement('p');
  p.className = 'fatal';
  p.id = 'fatal';
  // Without WebGL2 MapLibre's own English sentence would be all the analyst sees.
  const noWebgl = document.createElement('canvas').getContext('webgl2') === null;
  p.textContent = noWebgl ? t('noWebgl') : error instanceof Error ? error.message : String(error);
  root.replaceChildren(p);
}

async function main(root: HTMLElement): Promise<void> {
  const worker = new WorkerClient();
  const manifest = await openManifest(document);
  perfMark('manifest');
  const wanted = decodeHash(location.hash).dataset;
  const entry = manifest.datasets.find((d) => d.id === wanted) ?? manifest.datasets[0];
  const loading = entry ? loadInWorker(worker, entry) : undefined;
  // Handled by the controller once it is there; not an unhandled rejection meanwhile.
  loading?.catch(() => {});
  const { Controller } = await import('./controller.ts');
  const controller = new Controller(root, manifest, worker);
  mountSheets(root, controller);
  mountOfflineTools(root, controller);
  await controller.start(loading);
}

const root = document.getElementById('app');
if (root) main(root).catch((error: unknown) => fatal(root, error));
