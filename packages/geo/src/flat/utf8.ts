/**
 * UTF-8 through the WHATWG `TextEncoder`/`TextDecoder`, present in Node and every browser, typed
 * here because the library compiles without the DOM and Node type libraries.
 */
const text = globalThis as unknown as {
  TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };
  TextEncoder: new () => { encode(input: string): Uint8Array };
};
const decoder = new text.TextDecoder('utf-8');
const encoder = new text.TextEncoder();

/**
 * Text of UTF-8 bytes.
 *
 * @example
 * utf8Decode(Uint8Array.of(104, 105)); // => 'hi'
 */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * UTF-8 bytes of a text.
 *
 * @example
 * Array.from(utf8Encode('hi')); // => [104, 105]
 */
export function utf8Encode(value: string): Uint8Array {
  return encoder.encode(value);
}
