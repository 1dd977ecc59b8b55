/** Entry point: fetch the dataset list, build the app, open the default dataset. */
import { Controller } from './controller.ts';
import { fetchManifest } from './data/manifest.ts';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  fetchManifest()
    .then((manifest) => new Controller(root, manifest).start())
    .catch((error: unknown) => {
      const p = document.createElement('p');
      p.className = 'fatal';
      p.textContent = error instanceof Error ? error.message : String(error);
      root.replaceChildren(p);
    });
}
