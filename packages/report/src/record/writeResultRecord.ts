import type { ResultRecord } from './types.ts';

/**
 * Writes a result record as JSON text in a fixed layout: the record's members in their order,
 * indented, with one village per line, and a final newline — small diffs from year to year, the
 * same record always the same bytes. Numbers keep every digit (`JSON.stringify` round-trips
 * doubles exactly). O(size).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * writeResultRecord(toResultRecord(result)).startsWith('{\n  "format": "lokus-result",'); // => true
 */
export function writeResultRecord(record: ResultRecord): string {
  const { villages, ...head } = record;
  const top = JSON.stringify(head, null, 2);
  const lines = villages.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
  const body = villages.length === 0 ? '[]' : `[\n${lines}\n  ]`;
  return `${top.slice(0, -2)},\n  "villages": ${body}\n}\n`;
}
