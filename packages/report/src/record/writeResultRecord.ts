import type { ResultRecord } from './types.ts';

/**
 * Writes a result record as JSON text in a fixed layout: the record's members in their order,
 * indented, with one village per line, and a final newline — small diffs from year to year, the
 * same record always the same bytes. Numbers keep every digit (`JSON.stringify` round-trips
 * doubles exactly). O(size).
 *
 * @example
 * // record: toResultRecord(result) of the sample district
 * writeResultRecord(record).startsWith('{\n  "format": "lokus-result",'); // => true
 */
export function writeResultRecord(record: ResultRecord): string {
  const { villages, ...head } = record;
  const top = JSON.stringify(head, null, 2);
  const lines = villages.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
  const body = villages.length === 0 ? '[]' : `[\n${lines}\n  ]`;
  return `${top.slice(0, -2)},\n  "villages": ${body}\n}\n`;
}
