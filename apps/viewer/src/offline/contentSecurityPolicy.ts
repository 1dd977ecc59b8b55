/**
 * The viewer's Content-Security-Policy: everything from the page's own origin, `blob:` and
 * `data:`; nothing from another host unless the analyst has agreed to that host on this machine.
 */

/** Options of {@link contentSecurityPolicy}. */
export interface PolicyOptions {
  /** `'sha256-…'` sources of the page's inline scripts (the single-file build). */
  readonly scriptHashes?: readonly string[];
  /** Outside origins (`https://host`) the analyst agreed to, for basemap tiles. */
  readonly outsideOrigins?: readonly string[];
  /**
   * For an HTTP header: the server cannot know which hosts the analyst agreed to (that choice
   * lives in the browser), so tiles and images may come from any `https:` host at the header's
   * level and the page's own meta policy, built from the analyst's choices, narrows them.
   */
  readonly header?: boolean;
}

/**
 * Builds the policy. Styles allow `'unsafe-inline'`: the map library and the viewer position
 * elements with inline `style` attributes and the print view adds a `<style>` element; a style
 * cannot run code, and every request a style could make (images, fonts) is held by `img-src`
 * and `font-src`. No `'unsafe-eval'`: nothing in the viewer or the map library needs it.
 * `'wasm-unsafe-eval'` lets WebAssembly compile (the plan layer's HiGHS solver), never JS `eval`.
 *
 * @example
 * contentSecurityPolicy().startsWith("default-src 'self'"); // => true
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const { scriptHashes = [], outsideOrigins = [], header = false } = options;
  const outside = header ? ['https:'] : [...outsideOrigins];
  const local = ["'self'", 'blob:', 'data:'];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", 'blob:', ...scriptHashes.map((h) => `'${h}'`), "'wasm-unsafe-eval'"]],
    ['style-src', [...local, "'unsafe-inline'"]],
    ['worker-src', local],
    ['child-src', local],
    ['connect-src', [...local, ...outside]],
    ['img-src', [...local, ...outside]],
    ['font-src', local],
    ['media-src', local],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
