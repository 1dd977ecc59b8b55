/**
 * Single-file build, in a worker: the loader that a packed worker's `data:` URL holds (see
 * {@link packedWorker}). Its source text is all the worker gets at first, so it uses nothing from
 * outside itself.
 */

/** A gzipped, base64 file of the page, with the MIME type it is served as. */
export interface PackedFile {
  readonly b64: string;
  readonly type: string;
}

/** A worker's code and its binary assets by id. */
export interface LoaderPack {
  readonly code: PackedFile;
  readonly assets: Readonly<Record<string, PackedFile>>;
}

/**
 * Imports the code from a `blob:` URL; messages that arrive meanwhile are held and handed on
 * after. The pack is `embedded` in the loader's source, or comes as the first message
 * (`{ __lokusPack }`). The binary assets (e.g. the plan solver's 3.5 MB of WebAssembly, which
 * opening a district never needs) are inflated only when the code asks for them:
 * `globalThis.__lokusLoadAssets()` makes their `blob:` URLs, which `globalThis.__lokusAsset(id)`
 * then returns (the packed code reads an asset through it; see loadPackedAssets.ts).
 *
 * @example
 * const source = `(${String(workerLoader)})(null)`;
 * source.includes('DecompressionStream'); // => true
 */
export function workerLoader(embedded: LoaderPack | null): void {
  const held: unknown[] = [];
  let ready = false;
  const inflate = async (file: PackedFile): Promise<string> => {
    const from = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
    const bytes = from
      ? from(file.b64)
      : new Uint8Array(
          await (await fetch(`data:application/octet-stream;base64,${file.b64}`)).arrayBuffer(),
        );
    const stream = new Blob([bytes as BlobPart]).stream();
    const blob = await new Response(stream.pipeThrough(new DecompressionStream('gzip'))).blob();
    return URL.createObjectURL(new Blob([blob], { type: file.type }));
  };
  const start = async (pack: LoaderPack): Promise<void> => {
    const urls: Record<string, string> = {};
    let loading: Promise<void> | null = null;
    const g = globalThis as unknown as {
      __lokusLoadAssets: () => Promise<void>;
      __lokusAsset: (id: string) => string;
    };
    g.__lokusLoadAssets = () => {
      loading ??= (async () => {
        for (const [id, file] of Object.entries(pack.assets)) urls[id] = await inflate(file);
      })();
      return loading;
    };
    g.__lokusAsset = (id) => {
      const url = urls[id];
      if (url === undefined) throw new Error(`packed asset ${id} read before it was loaded`);
      return url;
    };
    await import(await inflate(pack.code));
    ready = true;
    for (const data of held) dispatchEvent(new MessageEvent('message', { data }));
  };
  const fail = (error: unknown): void => {
    setTimeout(() => {
      throw error;
    });
  };
  addEventListener('message', (event: MessageEvent) => {
    if (ready) return;
    event.stopImmediatePropagation();
    const pack = (event.data as { __lokusPack?: LoaderPack } | null)?.__lokusPack;
    if (pack === undefined || embedded) held.push(event.data);
    else start(pack).catch(fail);
  });
  if (embedded) start(embedded).catch(fail);
}
