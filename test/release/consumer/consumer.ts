// Strict TypeScript against the published types (checked under bundler and nodenext resolution).
import {
  createTable,
  type NormaliseMethod,
  runScenario,
  type ScenarioResult,
  type VillageTable,
} from '@lokus/core';
import schema from '@lokus/core/scenario.schema.json' with { type: 'json' };
import { type MoranResult, moranI, weightsFromLists } from '@lokus/geo';
import { type ReadCsvResult, readCsv } from '@lokus/io';
import { lociTable } from '@lokus/report';

const read: ReadCsvResult = readCsv('kode;idm\n3321012001;0,6529\n', { file: 'idm.csv' });
const table: VillageTable = createTable(read.records).table;
const result: ScenarioResult = runScenario(table, {
  name: 'IDM',
  indicators: [
    { id: 'idm', label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better' },
  ],
  select: { mode: 'top-n', n: 1 },
});
const rank: Float64Array | undefined = result.stages?.ranked.rank;
const moran: MoranResult = moranI([1, 2, 3, 4], weightsFromLists([[1], [0, 2], [1, 3], [2]]));
const method: NormaliseMethod = 'minmax';
const title: string = schema.title;
const rows: number = lociTable(result).rows.length;

// The types are real, not `any`: each line below must be a compile error.
// @ts-expect-error not a normalisation method
const wrong: NormaliseMethod = 'minmaks';
// @ts-expect-error createTable takes records, not a number
createTable(42);
// @ts-expect-error moranI's result has no `p` field of type string
const p: string = moran.I;

export { method, p, rank, rows, title, wrong };
