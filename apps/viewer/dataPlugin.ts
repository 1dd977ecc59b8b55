/**
 * Vite plugin that serves the viewer's datasets under `/data/*` in `vite` (dev) and
 * `vite preview`, and writes them into the build for `vite build`.
 *
 * Datasets:
 * - `sample`: the fictional district in `data/sample/` (villages.csv, villages.geojson,
 *   indicators.json) with the example scenarios in `data/scenarios/`; always present.
 * - one dataset per district of the data directory named by the `LOKUS_DATA_DIR` environment
 *   variable: each `boundaries/desa-<kode>-<name>.geojson` (e.g. `desa-3321-demak.geojson`, id
 *   `demak`) with the rows of `indicators/idm-2024.csv` whose code starts with its kabupaten code
 *   (`33.21.`), opened on the IDM scenario of `data/scenarios/`.
 *
 * `data/manifest.json` lists the datasets, the default one first (Demak when available); its
 * paths are relative to the page, so the build works from any folder of any static server.
 *
 * Options: `realData: false` leaves the data directory out (a release carries the fictional
 * sample only); `embed: true` writes no files and puts the manifest into the page instead, each
 * file as a `data:` URL (the single-file build, opened from disk where nothing can be fetched).
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
  /** The boundaries as a PMTiles archive of `lokus tiles` (national mode), else absent. */
  readonly tiles?: string;
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

/** A district of the data directory: its boundary file and the IDM rows of its code. */
interface District {
  readonly id: string;
  readonly title: string;
  readonly prefix: string;
  readonly boundaries: string;
  readonly idm: string;
}

/**
 * Every `boundaries/desa-<kode>-<name>.geojson` of the data directory that has IDM rows, Demak
 * first (the default), then by name.
 */
function districts(dataDir: string | undefined): District[] {
  if (!dataDir) return [];
  const dir = join(dataDir, 'boundaries');
  const idm = join(dataDir, 'indicators', 'idm-2024.csv');
  if (!existsSync(dir) || !existsSync(idm)) return [];
  const found: District[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = /^desa-(\d{2})(\d{2})-([a-z0-9-]+)\.geojson$/.exec(f);
    if (!m) continue;
    const [, prov, kab, slug] = m as unknown as [string, string, string, string];
    const title = slug
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    found.push({ id: slug, title, prefix: `${prov}.${kab}.`, boundaries: join(dir, f), idm });
  }
  return found.sort((a, b) => Number(b.id === 'demak') - Number(a.id === 'demak'));
}

/** The header and the rows of one district (dotted or plain codes) of the IDM file. */
function idmRows(file: string, prefix: string): string {
  const plain = prefix.replace(/\./g, '');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const keep = lines.slice(1).filter((l) => l.startsWith(prefix) || l.startsWith(plain));
  return `${[lines[0], ...keep].join('\n')}\n`;
}

function collect(options: DataOptions): Served {
  const files = new Map<string, () => Buffer | string>();
  const datasets: DatasetEntry[] = [];
  const scenarios = scenarioFiles();
  for (const f of scenarios) {
    files.set(`scenarios/${f}`, () => readFileSync(join(repo, 'data', 'scenarios', f)));
  }
  const scenarioUrls = scenarios.map((f) => `data/scenarios/${f}`);
  const pick = (re: RegExp): string | null => scenarioUrls.find((u) => re.test(u)) ?? null;

  for (const d of districts(options.realData ? process.env.LOKUS_DATA_DIR : undefined)) {
    files.set(`${d.id}/boundaries.geojson`, () => readFileSync(d.boundaries));
    files.set(`${d.id}/idm-2024.csv`, () => idmRows(d.idm, d.prefix));
    datasets.push({
      id: d.id,
      synthetic: false,
      name: { id: `Kabupaten ${d.title}`, en: `${d.title} Regency` },
      table: `data/${d.id}/idm-2024.csv`,
      boundaries: `data/${d.id}/boundaries.geojson`,
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
  // A sample folder with `villages.pmtiles` (e.g. a synthetic nation) opens in national mode.
  const tiles = !options.embed && existsSync(join(dir, 'villages.pmtiles'));
  if (tiles)
    files.set('sample/villages.pmtiles', () => readFileSync(join(dir, 'villages.pmtiles')));
  datasets.push({
    id: 'sample',
    synthetic: true,
    name: tiles
      ? { id: 'Nasional contoh (sintetis)', en: 'Sample nation (synthetic)' }
      : { id: 'Kabupaten Contoh (sintetis)', en: 'Sample district (synthetic)' },
    table: 'data/sample/villages.csv',
    boundaries: 'data/sample/villages.geojson',
    indicators: 'data/sample/indicators.json',
    scenarios: scenarioUrls,
    scenario: pick(/kemiskinan|desil|household|rumah/i) ?? scenarioUrls[0] ?? null,
    attribution: ['Data sintetis / synthetic data: lokus generator'],
    ...(tiles ? { tiles: 'data/sample/villages.pmtiles' } : {}),
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
  const read = collect({ realData: true }).files.get(path);
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

/** Options of {@link lokusData}. */
export interface DataOptions {
  /** Add the districts of `LOKUS_DATA_DIR` (default true). */
  readonly realData?: boolean;
  /** Put the manifest and its files into the page as `data:` URLs (default false). */
  readonly embed?: boolean;
}

/**
 * A file as a `data:` URL that ends in `#/<name>`: readers pick the format by the name after the
 * last slash, and a fetch ignores the fragment. Only what a URL cannot carry is escaped.
 */
function dataUrl(path: string, body: Buffer | string): string {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  const escaped = text.replace(/[%#/?\s]/g, (c) =>
    [...Buffer.from(c, 'utf8')]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
  return `data:text/plain;charset=utf-8,${escaped}#/${path.split('/').pop()}`;
}

/** The manifest with every path replaced by its file's `data:` URL, as JSON safe in a page. */
function embeddedManifest(served: Served): string {
  const url = (path: string) => {
    const read = served.files.get(path.replace(/^data\//, ''));
    return read ? dataUrl(path, read()) : path;
  };
  const datasets = served.manifest.datasets.map((d) => ({
    ...d,
    table: url(d.table),
    boundaries: url(d.boundaries),
    indicators: d.indicators === null ? null : url(d.indicators),
    scenarios: d.scenarios.map(url),
    scenario: d.scenario === null ? null : url(d.scenario),
  }));
  return JSON.stringify({ datasets }).replace(/</g, '\\u003c');
}

/** The plugin: serve `data/*` in dev and preview, emit it into `dist/data/` on build. */
export function lokusData(options: DataOptions = {}): Plugin {
  const settings = { realData: options.realData ?? true, embed: options.embed ?? false };
  return {
    name: 'lokus-data',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (!settings.embed) return [];
        const json = embeddedManifest(collect(settings));
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'lokus-manifest' },
            children: json,
            injectTo: 'body',
          },
        ];
      },
    },
    generateBundle() {
      if (settings.embed) return;
      for (const [path, read] of collect(settings).files) {
        try {
          this.emitFile({ type: 'asset', fileName: `data/${path}`, source: read() });
        } catch {
          this.warn(`lokus-data: ${path} is missing and was not written into the build`);
        }
      }
    },
  };
}
