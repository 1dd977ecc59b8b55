import { parseDocument } from 'yaml';
import { decodeText } from './decodeText.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { BinaryInput, IoDiagnostic } from './types.ts';

/** Options of {@link readScenario}. */
export interface ReadScenarioOptions {
  /** File name written into every diagnostic; its extension picks the format. */
  readonly file?: string;
  /**
   * `json` or `yaml`; from the file extension (`.json`, `.yaml`, `.yml`) when absent, else JSON
   * when the text starts with `{` or `[`, else YAML.
   */
  readonly format?: 'json' | 'yaml';
}

/** Result of {@link readScenario}: the parsed value (`undefined` after a syntax error). */
export interface ReadScenarioResult {
  readonly value: unknown;
  readonly format: 'json' | 'yaml';
  readonly diagnostics: readonly IoDiagnostic[];
}

/**
 * Parses a scenario file written in JSON or YAML into a plain value; validating it against the
 * scenario schema is the job of `@lokus/core`. Syntax errors (and duplicate keys in YAML) become
 * `SCENARIO_SYNTAX_ERROR` diagnostics with line and column; an empty file is `EMPTY_FILE`.
 * YAML is read with the YAML 1.2 core schema (no custom tags, no code) and at most 100 alias
 * expansions.
 *
 * Method: `JSON.parse`, or the `yaml` package (eemeli.org/yaml). O(size).
 *
 * @example
 * readScenario('name: Demak 2025\nweights:\n  idm: 1\n', { file: 'demak.yaml' }).value;
 * // => { name: 'Demak 2025', weights: { idm: 1 } }
 */
export function readScenario(
  input: BinaryInput,
  options: ReadScenarioOptions = {},
): ReadScenarioResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const decoded = decodeText(input, where);
  const text = decoded.text;
  const extension = /\.(json|ya?ml)$/i.exec(options.file ?? '')?.[1]?.toLowerCase();
  const format =
    options.format ??
    (extension === 'json'
      ? 'json'
      : extension !== undefined
        ? 'yaml'
        : /^\s*[{[]/.test(text)
          ? 'json'
          : 'yaml');
  if (text.trim() === '') {
    return {
      value: undefined,
      format,
      diagnostics: [
        ...decoded.diagnostics,
        { code: 'EMPTY_FILE', severity: 'error', message: 'The scenario file is empty.', ...where },
      ],
    };
  }
  if (format === 'json') {
    const parsed = parseJsonText(text, 'SCENARIO_SYNTAX_ERROR', options.file);
    return parsed.ok
      ? { value: parsed.value, format, diagnostics: decoded.diagnostics }
      : { value: undefined, format, diagnostics: [...decoded.diagnostics, parsed.diagnostic] };
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    // Deeply nested flow collections exhaust the parser's stack.
    return {
      value: undefined,
      format,
      diagnostics: [
        ...decoded.diagnostics,
        {
          code: e instanceof RangeError ? 'NESTING_TOO_DEEP' : 'SCENARIO_SYNTAX_ERROR',
          severity: 'error',
          message: `The YAML could not be read: ${e instanceof Error ? e.message : String(e)}`,
          ...where,
        },
      ],
    };
  }
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      format,
      diagnostics: [
        ...decoded.diagnostics,
        ...doc.errors.map((e): IoDiagnostic => {
          const pos = e.linePos?.[0];
          return {
            code: 'SCENARIO_SYNTAX_ERROR',
            severity: 'error',
            message: `The file is not valid YAML${pos === undefined ? '' : ` at line ${pos.line}, column ${pos.col}`}: ${e.message.split('\n')[0]}`,
            ...where,
            ...(pos === undefined ? {} : { line: pos.line, column: String(pos.col) }),
            value: e.code,
          };
        }),
      ],
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), format, diagnostics: decoded.diagnostics };
  } catch (e) {
    return {
      value: undefined,
      format,
      diagnostics: [
        ...decoded.diagnostics,
        {
          code: 'SCENARIO_SYNTAX_ERROR',
          severity: 'error',
          message: `The YAML could not be read: ${e instanceof Error ? e.message : String(e)}`,
          ...where,
        },
      ],
    };
  }
}
