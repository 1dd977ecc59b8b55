import type { CoreDiagnostic } from '../types.ts';
import type { SchemaNode } from './scenarioJsonSchema.ts';

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

const typeOk = (type: NonNullable<SchemaNode['type']>, value: unknown): boolean => {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
  }
};

/**
 * Checks `value` against a schema node of the subset described in `scenarioJsonSchema`, pushing
 * one `SCENARIO_INVALID` diagnostic per problem, each with the JSON path (`select.quota.min`,
 * `indicators[2].direction`) and what is wrong. O(size of the value).
 *
 * @example
 * const out = [];
 * checkSchema({ type: 'integer', minimum: 0 }, -1, 'n', out);
 * out[0].message; // => 'n must be ≥ 0, got -1.'
 */
export function checkSchema(
  node: SchemaNode,
  value: unknown,
  path: string,
  out: CoreDiagnostic[],
): void {
  const where = path === '' ? 'The scenario' : path;
  const fail = (message: string): void => {
    out.push({ code: 'SCENARIO_INVALID', severity: 'error', message, path, value });
  };
  if (node.type !== undefined && !typeOk(node.type, value)) {
    const article = node.type === 'object' || node.type === 'integer' ? 'an' : 'a';
    fail(`${where} must be ${article} ${node.type}, got ${describe(value)}.`);
    return;
  }
  if (node.enum !== undefined && !node.enum.includes(value as string | number)) {
    fail(
      `${where} must be one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${describe(value)}.`,
    );
    return;
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum)
      fail(`${where} must be ≥ ${node.minimum}, got ${value}.`);
    if (node.maximum !== undefined && value > node.maximum)
      fail(`${where} must be ≤ ${node.maximum}, got ${value}.`);
    if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) {
      fail(`${where} must be > ${node.exclusiveMinimum}, got ${value}.`);
    }
  }
  if (typeof value === 'string' && node.minLength !== undefined && value.length < node.minLength) {
    fail(`${where} must not be empty.`);
  }
  if (typeof value === 'string' && node.pattern !== undefined) {
    if (!new RegExp(node.pattern, 'u').test(value)) {
      fail(`${where} must match ${node.pattern}, got ${describe(value)}.`);
    }
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) {
      fail(
        `${where} needs at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}, got ${value.length}.`,
      );
    }
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      fail(`${where} takes at most ${node.maxItems} items, got ${value.length}.`);
    }
    value.forEach((item, i) => {
      const itemNode = node.prefixItems?.[i] ?? node.items;
      if (itemNode !== undefined) checkSchema(itemNode, item, `${path}[${i}]`, out);
    });
  }
  if (node.type === 'object' && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(record, key) || record[key] === undefined) {
        out.push({
          code: 'SCENARIO_INVALID',
          severity: 'error',
          message: `${where} is missing the required property "${key}".`,
          path: path === '' ? key : `${path}.${key}`,
        });
      }
    }
    for (const [key, child] of Object.entries(record)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      // Own properties only: `__proto__`, `constructor` or `toString` are not known keys.
      const childNode =
        node.properties !== undefined && Object.hasOwn(node.properties, key)
          ? node.properties[key]
          : undefined;
      if (childNode !== undefined) {
        if (child !== undefined) checkSchema(childNode, child, childPath, out);
      } else if (node.additionalProperties === false) {
        const known = Object.keys(node.properties ?? {}).join(', ');
        out.push({
          code: 'SCENARIO_INVALID',
          severity: 'error',
          message: `${where} has an unknown property "${key}" (known: ${known}).`,
          path: childPath,
        });
      } else if (typeof node.additionalProperties === 'object') {
        checkSchema(node.additionalProperties, child, childPath, out);
      }
    }
  }
}
