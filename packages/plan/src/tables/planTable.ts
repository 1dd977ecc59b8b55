/** A table for people: column headers in order and rows keyed by header. */
export interface PlanTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}
