/**
 * A data folder's files: the analyst's village table and boundaries, and a project file, picked
 * by their names. The File System Access API's folder picker where the browser has it
 * (Chromium, Edge), a multi-file folder input (`webkitdirectory`) otherwise.
 */

/** What a folder offers. */
export interface FolderPick {
  readonly table: File | null;
  readonly boundaries: File | null;
  readonly project: File | null;
}

const TABLE = /\.(csv|txt|xlsx|xls)$/i;
const BOUNDARY = /\.(geojson|topojson|zip)$/i;
const PROJECT = /\.lokus\.zip$/i;

/**
 * Picks from a list of files: a project file first; else the first table and the first boundary
 * file by name order (a folder's own order differs between browsers).
 *
 * @example
 * pickFolderFiles([new File([], 'b.geojson'), new File([], 'a.csv')]).table?.name; // => 'a.csv'
 */
export function pickFolderFiles(files: readonly File[]): FolderPick {
  const sorted = [...files]
    .filter((f) => !f.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const project = sorted.find((f) => PROJECT.test(f.name)) ?? null;
  return {
    project,
    table: sorted.find((f) => TABLE.test(f.name)) ?? null,
    boundaries: sorted.find((f) => BOUNDARY.test(f.name) && !PROJECT.test(f.name)) ?? null,
  };
}

interface DirectoryHandle {
  values(): AsyncIterable<{ kind: 'file' | 'directory'; getFile?: () => Promise<File> }>;
}

/**
 * Lets the analyst choose a folder; resolves with its files (top level), or none when cancelled.
 *
 * @example
 * (await chooseFolder(document)).length >= 0; // => true
 */
export async function chooseFolder(doc: Document): Promise<File[]> {
  const picker = (window as unknown as { showDirectoryPicker?: () => Promise<DirectoryHandle> })
    .showDirectoryPicker;
  if (picker) {
    try {
      const dir = await picker.call(window);
      const files: File[] = [];
      for await (const entry of dir.values()) {
        if (entry.kind === 'file' && entry.getFile) files.push(await entry.getFile());
      }
      return files;
    } catch {
      return [];
    }
  }
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.setAttribute('webkitdirectory', '');
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])));
    input.click();
  });
}
