/** The dataset list served at `/data/manifest.json` by the viewer's data plugin. */
import type { Label } from '@lokus/core';

export interface DatasetEntry {
  readonly id: string;
  readonly synthetic: boolean;
  readonly name: Label;
  readonly table: string;
  readonly boundaries: string;
  readonly indicators: string | null;
  readonly scenarios: readonly string[];
  readonly scenario: string | null;
  readonly attribution: readonly string[];
  /** The boundaries as a PMTiles archive of `lokus tiles` (national mode), else absent. */
  readonly tiles?: string | null;
}

export interface Manifest {
  readonly datasets: readonly DatasetEntry[];
}

/** Fetches the manifest. */
export async function fetchManifest(base = ''): Promise<Manifest> {
  const res = await fetch(`${base}/data/manifest.json`);
  if (!res.ok) throw new Error(`manifest: HTTP ${res.status}`);
  return (await res.json()) as Manifest;
}
