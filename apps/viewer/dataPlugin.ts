/**
 * Vite plugin that serves the viewer's datasets under `/data/*` in `vite` (dev) and
 * `vite preview`, and writes them into the build for `vite build`.
 *
 * Datasets:
 * - `sample`: the fictional district in `data/sample/` (villages.csv, villages.geojson,
 *   indicators.json) with the example scenarios in `data/scenarios/`; always present.
 * - `demak`: real Demak boundaries and IDM 2024 from the data directory named by the
 *   `LOKUS_DATA_DIR` environment variable (files `boundaries/desa-3321-demak.geojson` and
 *   `indicators/idm-2024.csv`), when it holds them. The IDM file covers five districts; only the
 *   Demak rows (codes `33.21.…`) are served.
 *
 * `/data/manifest.json` lists the datasets, the default one first (Demak when available).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

/** One dataset as listed in the manifest. */
export interface DatasetEntry {
  readonly id: string;
  readonly synthetic: boolean;
  readonly name: { readonly id: string; readonly en: string };
  readonly table: string;
  readonly boundaries: string;
  readonly indicators: string | null;
  readonly scenarios: readonly string[];
  /** Preferred scenario file (one of `scenarios`), or null for the viewer's own default. */
  readonly scenario: string | null;
  readonly attribution: readonly string[];
}

interface Served {
  readonly manifest: { readonly datasets: readonly DatasetEntry[] };
  /** URL path (without `/data/`) → file content. */
  readonly files: ReadonlyMap<string, () => Buffer | string>;
}

function sampleDir(): string {
  return process.env.LOKUS_SAMPLE_DIR ?? join(repo, 'data', 'sample');
}

function scenarioFiles(): string[] {
  const dir = join(repo, 'data', 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .sort();
}

function collect(): Served {
  const files = new Map<string, () => Buffer | string>();
  const datasets: DatasetEntry[] = [];
  const scenarios = scenarioFiles();
  for (const f of scenarios) {
    files.set(`scenarios/${f}`, () => readFileSync(join(repo, 'data', 'scenarios', f)));
  }
  const scenarioUrls = scenarios.map((f) => `/data/scenarios/${f}`);
  const pick = (re: RegExp): string | null => scenarioUrls.find((u) => re.test(u)) ?? null;

  const dataDir = process.env.LOKUS_DATA_DIR;
  const demakGeo = dataDir ? join(dataDir, 'boundaries', 'desa-3321-demak.geojson') : '';
  const idmCsv = dataDir ? join(dataDir, 'indicators', 'idm-2024.csv') : '';
  if (dataDir && existsSync(demakGeo) && existsSync(idmCsv)) {
    files.set('demak/boundaries.geojson', () => readFileSync(demakGeo));
    files.set('demak/idm-2024.csv', () => {
      const lines = readFileSync(idmCsv, 'utf8').split(/\r?\n/);
      const keep = lines.slice(1).filter((l) => l.startsWith('33.21.') || l.startsWith('3321'));
      return `${[lines[0], ...keep].join('\n')}\n`;
    });
    datasets.push({
      id: 'demak',
      synthetic: false,
      name: { id: 'Kabupaten Demak', en: 'Demak Regency' },
      table: '/data/demak/idm-2024.csv',
      boundaries: '/data/demak/boundaries.geojson',
      indicators: null,
      scenarios: scenarioUrls,
      scenario: pick(/idm/i),
      attribution: [
        'Batas desa: Kemendagri/BIG via cahyadsn/wilayah_boundaries (MIT)',
        'IDM 2024: Kemendesa PDTT',
      ],
    });
  }

  const dir = sampleDir();
  for (const f of ['villages.csv', 'villages.geojson', 'indicators.json']) {
    files.set(`sample/${f}`, () => readFileSync(join(dir, f)));
  }
  datasets.push({
    id: 'sample',
    synthetic: true,
    name: { id: 'Kabupaten Contoh (sintetis)', en: 'Sample district (synthetic)' },
    table: '/data/sample/villages.csv',
    boundaries: '/data/sample/villages.geojson',
    indicators: '/data/sample/indicators.json',
    scenarios: scenarioUrls,
    scenario: pick(/kemiskinan|desil|household|rumah/i) ?? scenarioUrls[0] ?? null,
    attribution: ['Data sintetis / synthetic data: lokus generator'],
  });
  const manifest = { datasets };
  files.set('manifest.json', () => JSON.stringify(manifest));
  return { manifest, files };
}

function contentType(path: string): string {
  if (path.endsWith('.json') || path.endsWith('.geojson')) return 'application/json';
  if (path.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (/\.ya?ml$/.test(path)) return 'text/yaml; charset=utf-8';
  return 'application/octet-stream';
}

function middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const url = (req.url ?? '').split('?')[0] ?? '';
  if (!url.startsWith('/data/')) {
    next();
    return;
  }
  const path = decodeURIComponent(url.slice('/data/'.length));
  const read = collect().files.get(path);
  if (!read) {
    next();
    return;
  }
  try {
    const body = read();
    res.setHeader('content-type', contentType(path));
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
}

/** The plugin: serve `/data/*` in dev and preview, emit it into `dist/data/` on build. */
export function lokusData(): Plugin {
  return {
    name: 'lokus-data',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle() {
      for (const [path, read] of collect().files) {
        try {
          this.emitFile({ type: 'asset', fileName: `data/${path}`, source: read() });
        } catch {
          this.warn(`lokus-data: ${path} is missing and was not written into the build`);
        }
      }
    },
  };
}
