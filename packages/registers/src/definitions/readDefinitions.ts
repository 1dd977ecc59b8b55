import { parse } from 'yaml';
import type { RegisterDiagnostic } from '../types.ts';
import {
  type ParseDefinitionsOptions,
  type ParseDefinitionsResult,
  parseDefinitions,
} from './parseDefinitions.ts';

/**
 * Reads indicator definitions from the text of a YAML or JSON file (JSON is YAML) and checks
 * them with {@link parseDefinitions}. A syntax error gives one `DEFINITION_INVALID` diagnostic
 * with the line, never a throw.
 *
 * Method: the `yaml` package, then one pass. O(text length).
 *
 * @example
 * readDefinitions('name: x\nyear: 2025\nregisters: {}\nindicators: []').definitions; // => null
 */
export function readDefinitions(
  text: string,
  options: ParseDefinitionsOptions = {},
): ParseDefinitionsResult {
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: false });
  } catch (error) {
    const e = error as { message?: string; linePos?: { line: number }[] };
    const line = e.linePos?.[0]?.line;
    const diagnostic: RegisterDiagnostic = {
      code: 'DEFINITION_INVALID',
      severity: 'error',
      message: `the definitions are not valid YAML or JSON: ${e.message ?? String(error)}`,
      ...(options.file === undefined ? {} : { file: options.file }),
      ...(line === undefined ? {} : { line }),
    };
    return { definitions: null, diagnostics: [diagnostic] };
  }
  return parseDefinitions(value, options);
}
