import { parseDocument } from 'yaml';
import { jsonTooDeepAt, MAX_JSON_DEPTH } from './jsonDepth.ts';
import type { IoDiagnostic, IoDiagnosticCode } from './types.ts';

/** Result of {@link parseJsonText}: the value, or a diagnostic with line and column. */
export type ParseJsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly diagnostic: IoDiagnostic };

/**
 * `JSON.parse` that reports a syntax error as a diagnostic with the line and column found in the
 * engine's message (V8 gives a position or a line and column), else where the YAML parser
 * stops (JSON is YAML 1.2); a few errors (a trailing comma) then keep no position. Text nested
 * deeper than {@link MAX_JSON_DEPTH} is refused first with `NESTING_TOO_DEEP`, so no recursive
 * reader later runs out of stack. Not part of the public API.
 */
export function parseJsonText(
  text: string,
  code: IoDiagnosticCode,
  file: string | undefined,
): ParseJsonTextResult {
  const deep = jsonTooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const column = deep - before.lastIndexOf('\n');
    return {
      ok: false,
      diagnostic: {
        code: 'NESTING_TOO_DEEP',
        severity: 'error',
        message: `The file nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep (at line ${line}, column ${column}); no boundary or scenario file needs that.`,
        ...(file === undefined ? {} : { file }),
        line,
        column: String(column),
        value: MAX_JSON_DEPTH,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    let line: number | undefined;
    let column: number | undefined;
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    if (lc !== null) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else {
      const offset =
        pos !== null ? Number(pos[1]) : /end of (JSON|data)/i.test(message) ? text.length : -1;
      if (offset >= 0) {
        const before = text.slice(0, offset);
        line = before.split('\n').length;
        column = offset - before.lastIndexOf('\n');
      } else {
        // Engines that name no position: JSON is YAML 1.2, so the YAML parser can often say where.
        const at = parseDocument(text, { uniqueKeys: false }).errors[0]?.linePos?.[0];
        if (at !== undefined) [line, column] = [at.line, at.col];
      }
    }
    const where = line === undefined ? '' : ` at line ${line}, column ${column}`;
    return {
      ok: false,
      diagnostic: {
        code,
        severity: 'error',
        message: `The file is not valid JSON${where}: ${message}`,
        ...(file === undefined ? {} : { file }),
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column: String(column) }),
      },
    };
  }
}
