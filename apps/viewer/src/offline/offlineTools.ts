/**
 * The header's buttons for working without a server: open a data folder, save the district as
 * a project file, open a project file. Files go through the viewer's own load dialog (its join
 * report and column mapping), so nothing here reads or checks data itself.
 */
import type { Scenario } from '@lokus/core';
import { h } from '../dom.ts';
import { locale } from '../i18n/index.ts';
import { decodeHash } from '../state/hash.ts';
import type { AppState } from '../state/store.ts';
import { checkBasemapUrl } from './basemapUrl.ts';
import { chooseFolder, pickFolderFiles } from './folderFiles.ts';
import { offlineText } from './offlineText.ts';
import { openManifest } from './openManifest.ts';
import { type ProjectFileEntry, readProject, writeProject } from './projectFile.ts';

/** What the buttons need of the controller. */
export interface OfflineToolsHost {
  readonly store: { readonly state: AppState; update(patch: Partial<AppState>): void };
  readonly dataset: { readonly id: string } | null;
  run(slot: 'a' | 'b'): void;
  setView(view: AppState['view']): void;
}

/** The files last picked in the load dialog (their bytes go into a saved project). */
const picked: { table: File | null; boundaries: File | null } = { table: null, boundaries: null };

function setFile(doc: Document, id: string, file: File): void {
  const input = doc.getElementById(id) as HTMLInputElement | null;
  if (!input) return;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens the load dialog with these files, as if the analyst had picked them. */
function feed(doc: Document, table: File | null, boundaries: File | null): void {
  (doc.getElementById('open-load') as HTMLButtonElement | null)?.click();
  if (table) setFile(doc, 'load-table', table);
  if (boundaries) setFile(doc, 'load-boundaries', boundaries);
}

async function entryBytes(name: string, file: File | null, url: string | null) {
  if (file) return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (!url) return null;
  const res = await fetch(new URL(url, document.baseURI).href);
  return { name, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The current dataset's two files: the analyst's own, or the listed dataset's. */
async function currentFiles(
  host: OfflineToolsHost,
): Promise<[ProjectFileEntry, ProjectFileEntry] | null> {
  const id = host.dataset?.id;
  if (id === 'upload') {
    const t = await entryBytes('', picked.table, null);
    const b = await entryBytes('', picked.boundaries, null);
    return t && b ? [t, b] : null;
  }
  const entry = (await openManifest(document)).datasets.find((d) => d.id === id);
  if (!entry) return null;
  const last = (u: string) => u.split('/').pop() ?? u;
  const t = await entryBytes(last(entry.table), null, entry.table);
  const b = await entryBytes(last(entry.boundaries), null, entry.boundaries);
  return t && b ? [t, b] : null;
}

async function saveProject(doc: Document, host: OfflineToolsHost): Promise<void> {
  const files = await currentFiles(host);
  if (!files) return;
  const state = decodeHash(location.hash);
  const basemap = state.basemap ? checkBasemapUrl(state.basemap) : null;
  const name = host.store.state.scenario?.name ?? 'lokus';
  const bytes = writeProject({
    name,
    state: { ...state },
    outsideSources: basemap?.ok ? [basemap.host] : [],
    table: files[0],
    boundaries: files[1],
  });
  const a = h('a', {
    href: URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    ),
    download: `${
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'lokus'
    }.lokus.zip`,
  });
  doc.body.append(a);
  a.click();
  a.remove();
}

/** After the analyst used the project's files, puts back its scenarios and view. */
function restoreWhenUsed(host: OfflineToolsHost, state: Readonly<Record<string, unknown>>): void {
  const before = host.dataset;
  const timer = setInterval(() => {
    const now = host.dataset;
    if (now === before || now?.id !== 'upload') return;
    clearInterval(timer);
    const scenario = state.scenario as Scenario | undefined;
    const scenarioB = state.scenarioB as Scenario | null | undefined;
    host.store.update({
      ...(scenario ? { scenario } : {}),
      ...(scenarioB !== undefined ? { scenarioB } : {}),
    });
    host.run('a');
    const view = state.view;
    host.setView(view === 'compare' || view === 'table' ? view : 'map');
  }, 250);
  setTimeout(() => clearInterval(timer), 30 * 60_000);
}

async function openProject(doc: Document, host: OfflineToolsHost, file: File): Promise<void> {
  const project = readProject(new Uint8Array(await file.arrayBuffer()));
  const asFile = (e: ProjectFileEntry) => new File([e.bytes as Uint8Array<ArrayBuffer>], e.name);
  restoreWhenUsed(host, project.state);
  feed(doc, asFile(project.table), asFile(project.boundaries));
}

/**
 * Adds the buttons after the header's "load data" button and follows the load dialog's picks.
 *
 * @example
 * mountOfflineTools(root, controller); // => undefined
 */
export function mountOfflineTools(root: HTMLElement, host: OfflineToolsHost): void {
  const doc = root.ownerDocument;
  const text = offlineText(locale());
  doc.addEventListener(
    'change',
    (e) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0] ?? null;
      if (input.id === 'load-table') picked.table = file;
      if (input.id === 'load-boundaries') picked.boundaries = file;
    },
    true,
  );
  const projectInput = h('input', {
    type: 'file',
    id: 'project-input',
    accept: '.zip',
    hidden: true,
  });
  projectInput.addEventListener('change', () => {
    const file = projectInput.files?.[0];
    if (file) void openProject(doc, host, file);
  });
  const menu = h('details', { class: 'export-menu offline-tools' });
  const item = (id: string, label: string, action: () => Promise<void> | void) => {
    const button = h('button', { type: 'button', id }, label);
    button.addEventListener('click', () => {
      menu.removeAttribute('open');
      void action();
    });
    return h('li', {}, button);
  };
  menu.append(
    h('summary', { id: 'project-toggle' }, text.project),
    h(
      'ul',
      { class: 'menu' },
      item('open-folder', text.openFolder, async () => {
        const pick = pickFolderFiles(await chooseFolder(doc));
        if (pick.project) await openProject(doc, host, pick.project);
        else if (pick.table || pick.boundaries) feed(doc, pick.table, pick.boundaries);
      }),
      item('save-project', text.saveProject, () => saveProject(doc, host)),
      item('open-project', text.openProject, () => projectInput.click()),
    ),
    projectInput,
  );
  const tools = menu;
  const load = root.querySelector('#open-load');
  if (load) load.after(' ', tools);
  else root.prepend(tools);
}
