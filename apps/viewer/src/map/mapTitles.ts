/**
 * The titles over the maps: on the single map the district, the scenario, its year and the
 * number of loci; in the comparison each map says whether it is scenario A, scenario B or the rank
 * change B − A, so the two sides can never be mistaken for each other.
 */
import { fmt, t } from '../i18n/index.ts';

export interface MapTitle {
  readonly title: string;
  readonly subtitle: string;
}

export interface MapTitlesInput {
  /** District name in the UI language, e.g. "Kabupaten Demak". */
  readonly district: string;
  readonly view: 'map' | 'compare' | 'table';
  readonly right: 'b' | 'change';
  readonly a: { readonly name: string; readonly year?: number | undefined; readonly loci?: number };
  readonly b?: {
    readonly name: string;
    readonly year?: number | undefined;
    readonly loci?: number;
  };
}

function line(s: {
  readonly name: string;
  readonly year?: number | undefined;
  readonly loci?: number;
}) {
  return [
    s.name,
    s.year ? `${t('year')} ${s.year}` : '',
    s.loci === undefined ? '' : t('lociOnMap', { n: fmt(s.loci, 0) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Titles of map A and map B.
 *
 * @example
 * mapTitles({ district: 'Kabupaten Demak', view: 'map', right: 'b', a: { name: 'IDM', loci: 25 } }).a.title
 * // => 'Kabupaten Demak'
 */
export function mapTitles(input: MapTitlesInput): { a: MapTitle; b: MapTitle } {
  const b = input.b ?? input.a;
  if (input.view !== 'compare') {
    return {
      a: { title: input.district, subtitle: line(input.a) },
      b: { title: '', subtitle: '' },
    };
  }
  return {
    a: { title: `${t('mapScenarioA')} — ${input.district}`, subtitle: line(input.a) },
    b:
      input.right === 'change'
        ? { title: `${t('mapChange')} — ${input.district}`, subtitle: `${t('legendChangeNote')}` }
        : { title: `${t('mapScenarioB')} — ${input.district}`, subtitle: line(b) },
  };
}
