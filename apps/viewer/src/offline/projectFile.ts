/**
 * The project file: one zip that carries a district as prepared in the viewer — the analyst's
 * table and boundary files byte for byte, the scenarios (A and B), the view state, and the
 * outside sources that were used — so it can be reopened later or handed to a colleague.
 *
 * Layout: `proyek.json` (format, version, dataset name, file names, state) and `data/<file>`.
 * Zipped with fflate: JSZip is in the tree (inside the workbook writer's bundle) but a copy of
 * it adds 100 KB to the single-file viewer, fflate 8 KB. Entries carry a fixed date, so the same
 * project gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A file of the project. */
export interface ProjectFileEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What a project holds besides its files. */
export interface ProjectState {
  readonly name: string;
  /** Shareable state of the viewer (scenario, scenarioB, view, fill, …) as the link carries it. */
  readonly state: Readonly<Record<string, unknown>>;
  /** Outside hosts whose content the project's view used (a basemap), or none. */
  readonly outsideSources: readonly string[];
}

/** A project read back. */
export interface Project extends ProjectState {
  readonly table: ProjectFileEntry;
  readonly boundaries: ProjectFileEntry;
}

export const PROJECT_FORMAT = 'lokus-proyek';
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));
const SAFE_NAME = /^[\w .()-]{1,120}$/;

/** A file name from outside, kept only when it is a plain name (no folders, no odd characters). */
function safeName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return SAFE_NAME.test(base) && !base.startsWith('.') ? base : fallback;
}

/**
 * Writes the project zip.
 *
 * @example
 * writeProject({ name: 'x', state: {}, outsideSources: [], table, boundaries })[0]; // => 0x50
 */
export function writeProject(project: Project): Uint8Array {
  const table = safeName(project.table.name, 'desa.csv');
  const boundaries = safeName(project.boundaries.name, 'batas.geojson');
  const meta = {
    format: PROJECT_FORMAT,
    version: 1,
    name: project.name,
    files: { table: `data/${table}`, boundaries: `data/${boundaries}` },
    state: project.state,
    outsideSources: project.outsideSources,
  };
  return zipSync(
    {
      'proyek.json': strToU8(`${JSON.stringify(meta, null, 2)}\n`),
      [`data/${table}`]: project.table.bytes,
      [`data/${boundaries}`]: project.boundaries.bytes,
    },
    { level: 6, mtime: FIXED_DATE },
  );
}

/** Why a project file could not be read. */
export class ProjectError extends Error {}

/**
 * Reads a project zip; everything in it is data from outside and is checked.
 *
 * @example
 * readProject(writeProject(p)).name === p.name; // => true
 */
export function readProject(bytes: Uint8Array): Project {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ProjectError('readProject requires a zip file');
  }
  const metaBytes = files['proyek.json'];
  if (metaBytes === undefined) throw new ProjectError('readProject: proyek.json is missing');
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(strFromU8(metaBytes)) as Record<string, unknown>;
  } catch {
    throw new ProjectError('readProject: proyek.json is not JSON');
  }
  const paths = meta.files as { table?: unknown; boundaries?: unknown } | undefined;
  if (meta.format !== PROJECT_FORMAT || typeof paths !== 'object' || paths === null) {
    throw new ProjectError('readProject: proyek.json is not a lokus project');
  }
  const read = (path: unknown): ProjectFileEntry => {
    const entry = typeof path === 'string' ? files[path] : undefined;
    if (typeof path !== 'string' || !entry) {
      throw new ProjectError(`readProject: ${String(path)} is missing`);
    }
    return { name: safeName(path, 'data'), bytes: entry };
  };
  const state = meta.state;
  return {
    name: typeof meta.name === 'string' ? meta.name : '',
    state: typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {},
    outsideSources: Array.isArray(meta.outsideSources)
      ? meta.outsideSources.filter((s): s is string => typeof s === 'string')
      : [],
    table: read(paths.table),
    boundaries: read(paths.boundaries),
  };
}
