/** Deepest nesting of arrays and objects accepted in a JSON file (GeoJSON needs about 8). */
export const MAX_JSON_DEPTH = 100;

/**
 * Where JSON text first nests arrays and objects deeper than `limit`: the 0-based offset of the
 * bracket that goes too deep, or `-1`. Brackets inside strings do not count. Checked before
 * parsing, so a hostile file is refused before any recursive code sees it.
 * Not part of the public API.
 *
 * Method: one pass with a depth counter and a string/escape state. O(length), no recursion.
 */
export function jsonTooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
