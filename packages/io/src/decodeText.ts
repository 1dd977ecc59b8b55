import { decodeBytes, toBytes } from './textDecoder.ts';
import type { BinaryInput, IoDiagnostic } from './types.ts';

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** File name written into diagnostics. */
  readonly file?: string;
  /**
   * A WHATWG encoding label (`utf-8`, `windows-1252`, `latin1`, `utf-16le`, …) to use instead of
   * sniffing.
   */
  readonly encoding?: string;
}

/** Result of {@link decodeText}. */
export interface DecodeTextResult {
  /** The text without a byte-order mark. */
  readonly text: string;
  /** The encoding used, e.g. `utf-8` or `windows-1252`. */
  readonly encoding: string;
  readonly diagnostics: readonly IoDiagnostic[];
}

/**
 * Turns file contents into text. Strings pass through; bytes are decoded by their byte-order
 * mark (UTF-8, UTF-16LE, UTF-16BE), else as UTF-8 when they are valid UTF-8, else as
 * windows-1252 (the superset of latin1 that spreadsheet programs on Windows write), with an
 * `ENCODING_FALLBACK` warning. A leading byte-order mark is always removed.
 *
 * Method: the WHATWG Encoding Standard's decoders (`TextDecoder`, fatal mode to test UTF-8).
 * O(n) in the input size.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x6b, 0x6f, 0x64, 0x65])).text; // => 'kode'
 * decodeText(new Uint8Array([0x4b, 0xe9])).text; // => 'Ké'
 */
export function decodeText(input: BinaryInput, options: DecodeTextOptions = {}): DecodeTextResult {
  if (typeof input === 'string') {
    return { text: stripBom(input), encoding: 'utf-8', diagnostics: [] };
  }
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new Error('decodeText requires a string, a Uint8Array or an ArrayBuffer');
  }
  const bytes = toBytes(input);
  if (options.encoding !== undefined) {
    return {
      text: stripBom(decodeBytes(bytes, options.encoding)),
      encoding: options.encoding.toLowerCase(),
      diagnostics: [],
    };
  }
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeBytes(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', diagnostics: [] };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      text: decodeBytes(bytes.subarray(2), 'utf-16le'),
      encoding: 'utf-16le',
      diagnostics: [],
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      text: decodeBytes(bytes.subarray(2), 'utf-16be'),
      encoding: 'utf-16be',
      diagnostics: [],
    };
  }
  try {
    return { text: decodeBytes(bytes, 'utf-8', true), encoding: 'utf-8', diagnostics: [] };
  } catch {
    const text = windows1252(decodeBytes(bytes, 'windows-1252'));
    return {
      text,
      encoding: 'windows-1252',
      diagnostics: [
        {
          code: 'ENCODING_FALLBACK',
          severity: 'warning',
          message:
            'The file is not valid UTF-8; it was read as windows-1252 (latin1). Check accented names, or save the file as UTF-8.',
          ...(options.file === undefined ? {} : { file: options.file }),
          value: 'windows-1252',
        },
      ],
    };
  }
}

/**
 * Characters of windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); `0`
 * where the byte is unassigned and maps to the C1 control of the same value.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Some runtimes (Node 20) decode windows-1252 bytes 0x80–0x9F as C1 controls, as latin1 does;
 * this maps them to the characters of the WHATWG table so every runtime gives the same text.
 */
export function windows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0;
    return mapped === 0 ? c : String.fromCharCode(mapped);
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
