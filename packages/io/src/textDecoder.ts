/**
 * The WHATWG `TextDecoder`, present in Node and every browser, typed here because the library
 * compiles without the DOM and Node type libraries. Not part of the public API.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

type TextDecoderConstructor = new (
  label?: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => TextDecoderLike;

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Decodes bytes with the named WHATWG encoding; throws on invalid bytes when `fatal`. */
export function decodeBytes(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new Decoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** A view of the input bytes without copying. */
export function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}
