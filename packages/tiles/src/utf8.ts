/**
 * The WHATWG `TextEncoder`, present in Node and every browser, typed here because the library
 * compiles without the DOM and Node type libraries. Not part of the public API.
 */
type TextEncoderConstructor = new () => { encode(input: string): Uint8Array };

const Encoder = (globalThis as unknown as { TextEncoder: TextEncoderConstructor }).TextEncoder;

/** The UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new Encoder().encode(text);
}
