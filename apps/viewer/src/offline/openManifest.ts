/**
 * The dataset list: the one the single-file build carries in the page (`#lokus-manifest`, each
 * file a `data:` URL), else `data/manifest.json` beside the page.
 */
import { fetchManifest, type Manifest } from '../data/manifest.ts';

/**
 * Reads the embedded manifest or fetches the served one.
 *
 * @example
 * (await openManifest(document)).datasets.length > 0; // => true
 */
export async function openManifest(doc: Document): Promise<Manifest> {
  const embedded = doc.getElementById('lokus-manifest')?.textContent;
  if (embedded) return JSON.parse(embedded) as Manifest;
  return fetchManifest('.');
}
