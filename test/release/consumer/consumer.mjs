// A plain Node ES module, as a user of the published packages would write it.
import { createTable, hashString, NORMALISE_METHODS, runScenario } from '@lokus/core';
import schema from '@lokus/core/scenario.schema.json' with { type: 'json' };
import { moranI, weightsFromLists } from '@lokus/geo';
import { readCsv } from '@lokus/io';
import { lociTable } from '@lokus/report';

const csv = 'kode;nama;idm\n3321012001;Banyumeneng;0,6529\n3321012002;Sukamaju;0,5012\n';
const { records, diagnostics } = readCsv(csv, { file: 'idm.csv' });
const { table } = createTable(records);
const result = runScenario(table, {
  name: 'IDM',
  indicators: [
    { id: 'idm', label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better' },
  ],
  select: { mode: 'top-n', n: 1 },
});
const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
const loci = lociTable(result, { lang: 'en', lociOnly: true });

console.log(
  JSON.stringify({
    diagnostics: diagnostics.length,
    ok: result.ok,
    selected: table.code.filter((_, i) => result.stages?.selected.selected[i] === 1),
    lociRows: loci.rows.length,
    moranI: moranI([1, 2, 3, 4], w, { permutations: 0 }).I,
    sha256abc: hashString('abc'),
    schemaTitle: schema.title,
    normalise: NORMALISE_METHODS.includes('minmax'),
  }),
);
