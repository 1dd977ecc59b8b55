/**
 * The ranked table of a result as plain rows for the `@lokus/io` writers: one row per village in
 * rank order (unranked last), the indicator values as read, then score, ranks, class, selection
 * and its reason. Values are copied from the result's stages, not computed.
 */
import type { ScenarioResult } from '@lokus/core';

export type Row = Record<string, string | number | null>;

export interface ResultRows {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

const num = (v: number | undefined): number | null =>
  v === undefined || !Number.isFinite(v) ? null : v;

/** Rows of the ranked table. */
export function resultRows(result: ScenarioResult): ResultRows {
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
  const rows: Row[] = [];
  for (const i of stages.ranked.order) {
    const row: Row = {
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
    row.keterangan = stages.selected.detail[i] ?? null;
    rows.push(row);
  }
  return { columns, rows };
}
