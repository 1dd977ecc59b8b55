import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexSources } from '../annex/types.ts';
import { headedList, keepTogether } from './keepTogether.ts';

/**
 * Data sources, attributions, what came from outside this computer and the provenance line (version, input and scenario hashes).
 *
 * @example
 * sourcesBlock({ title: 'Sumber data', items: ['IDM 2024'], attributions: [], provenance: 'lokus 0.1' }).length;
 * // => 2
 */
export function sourcesBlock(sources: AnnexSources): Content[] {
  const title: Content = { text: sources.title, style: 'section', margin: [0, 12, 0, 6] };
  const provenance: Content = {
    text: sources.provenance,
    fontSize: 7,
    color: '#555555',
    margin: [0, 6, 0, 0],
  };
  const items = [
    ...sources.items,
    ...sources.attributions,
    ...(sources.outside ? [sources.outside] : []),
  ];
  if (items.length === 0) return [keepTogether(title, provenance)];
  return [...headedList(title, items, ''), provenance];
}
