import { checkBasemapUrl } from './basemapUrl.ts';

/**
 * The origins outside this computer the viewer is loading from now: the basemap's, when one is
 * on (the analyst agreed to its host). Exports and the annex state them; an empty list says that
 * everything was read on this computer.
 *
 * @example
 * outsideSources({ basemap: 'https://tiles.example.org/{z}/{x}/{y}.png' }); // => ['https://tiles.example.org']
 * outsideSources({ basemap: '' }); // => []
 */
export function outsideSources(state: { readonly basemap: string }): string[] {
  if (state.basemap === '') return [];
  const check = checkBasemapUrl(state.basemap);
  return check.ok ? [check.origin] : [];
}
