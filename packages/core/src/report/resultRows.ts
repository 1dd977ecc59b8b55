import type { ScenarioResult } from '../result.ts';
import { REASON_LABELS } from '../select/reasonLabels.ts';

/** Options of {@link resultRows}. */
export interface ResultRowsOptions {
  /** Language of the `keterangan` column: Indonesian reasons (default) or the English detail sentence. */
  readonly locale?: 'id' | 'en';
}

/** One row of the loci table: column name → value (`null` for missing). */
export type ResultRow = Record<string, string | number | null>;

/** The loci table of a result: its columns in order and one row per village. */
export interface ResultRows {
  readonly columns: readonly string[];
  readonly rows: readonly ResultRow[];
}

const num = (v: number | undefined): number | null =>
  v === undefined || !Number.isFinite(v) ? null : v;

/**
 * The loci table of a result as plain rows, for CSV/XLSX writers and reports: one row per village
 * in rank order (unranked villages last), with the indicator values as scored (after
 * denominators, before imputation), score, ranks overall and in the kecamatan, map class (1-based),
 * selection (1/0), its reason code and the reason in words (`keterangan`: Indonesian by
 * default, with a forced decision's own reason text; `locale: 'en'` gives the English sentence
 * with ranks). Values are copied from the stages, never
 * recomputed, so every export of a run shows the same numbers. Column names are Indonesian, as in
 * the decree annex. O(n·m).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', values: { d1: 10 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'd1', en: 'd1' }, kind: 'count', direction: 'higher-is-worse' };
 * const { columns, rows } = resultRows(runScenario(table, { name: 'x', indicators: [d1] }));
 * columns.slice(0, 3); // => ['peringkat', 'kode', 'nama']
 * [rows[0].peringkat, rows[0].nama, rows[0].skor]; // => [1, 'Sukamaju', 100]
 */
export function resultRows(result: ScenarioResult, options: ResultRowsOptions = {}): ResultRows {
  const { locale = 'id' } = options;
  const { table, stages, indicators } = result;
  const columns = [
    'peringkat',
    'kode',
    'nama',
    'kode_kec',
    'nama_kec',
    'jenis',
    ...indicators,
    'skor',
    'peringkat_kecamatan',
    'kelas',
    'lokus',
    'alasan',
    'keterangan',
  ];
  if (!stages) return { columns, rows: [] };
  const rows: ResultRow[] = [];
  for (const i of stages.ranked.order) {
    const row: ResultRow = {
      peringkat: num(stages.ranked.rank[i]),
      kode: table.code[i]!,
      nama: table.name[i]!,
      kode_kec: table.kecamatan[i]!,
      nama_kec: table.kecamatanName[i]!,
      jenis: table.kind[i]!,
    };
    for (const id of indicators) row[id] = num(stages.raw[id]?.[i]);
    row.skor = num(stages.aggregated.score[i]);
    row.peringkat_kecamatan = num(stages.ranked.rankInKecamatan[i]);
    const c = stages.classes.classOf[i]!;
    row.kelas = c < 0 ? null : c + 1;
    row.lokus = stages.selected.selected[i]!;
    row.alasan = stages.selected.reason[i] ?? null;
    const reason = stages.selected.reason[i];
    const detail = stages.selected.detail[i] ?? '';
    if (locale === 'en' || reason === undefined) row.keterangan = detail || null;
    else {
      // The reason in Indonesian; a forced decision keeps the reason text the user wrote.
      const forced = reason === 'forced-include' || reason === 'forced-exclude';
      const given = detail.replace(/^Forced (in|out): /, '');
      row.keterangan = forced ? `${REASON_LABELS[reason].id}: ${given}` : REASON_LABELS[reason].id;
    }
    rows.push(row);
  }
  return { columns, rows };
}
