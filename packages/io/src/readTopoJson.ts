import { feature } from 'topojson-client';
import { decodeText } from './decodeText.ts';
import { finishBoundaries } from './finishBoundaries.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { BinaryInput, IoDiagnostic, ReadBoundariesResult } from './types.ts';

type Topology = Parameters<typeof feature>[0];
type GeometryObject = Exclude<Parameters<typeof feature>[1], string>;

/** Options of {@link readTopoJson}. */
export interface ReadTopoJsonOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Name of the object in `objects` to read; the first one when absent. */
  readonly object?: string;
}

/**
 * Reads village boundaries from TopoJSON text or bytes: the arcs of one named object are turned
 * into a GeoJSON FeatureCollection (quantised coordinates decoded), then checked and repaired
 * exactly like {@link readGeoJson}. Problems: `INVALID_JSON`, `NESTING_TOO_DEEP`, `NOT_TOPOJSON`,
 * `TOPOJSON_OBJECT_NOT_FOUND`; `TOPOJSON_OBJECT_CHOSEN` (info) when the topology holds several
 * objects and none was named; `TOPOJSON_MISSING_ARC` when a geometry refers to an arc the
 * topology lacks (that feature is set aside; checked before decoding, so the message names the
 * arc instead of "Cannot read properties of undefined").
 *
 * Method: topojson-client `feature` (github.com/topojson/topojson-client). O(arcs + positions).
 *
 * @example
 * const topology = { type: 'Topology', objects: { desa: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };
 * readTopoJson(JSON.stringify(topology)).diagnostics.map((d) => d.code);
 * // => ['NO_FEATURES']
 */
export function readTopoJson(
  input: BinaryInput,
  options: ReadTopoJsonOptions = {},
): ReadBoundariesResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const none = (d: readonly IoDiagnostic[]): ReadBoundariesResult => ({
    features: { type: 'FeatureCollection', features: [] },
    diagnostics: d,
    setAside: [],
  });
  const decoded = decodeText(input, where);
  if (decoded.text.trim() === '') {
    return none([
      { code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where },
    ]);
  }
  const parsed = parseJsonText(decoded.text, 'INVALID_JSON', options.file);
  if (!parsed.ok) return none([...decoded.diagnostics, parsed.diagnostic]);
  const topology = parsed.value as Partial<Topology> | null;
  if (
    topology === null ||
    typeof topology !== 'object' ||
    topology.type !== 'Topology' ||
    typeof topology.objects !== 'object' ||
    topology.objects === null ||
    !Array.isArray(topology.arcs)
  ) {
    return none([
      ...decoded.diagnostics,
      {
        code: 'NOT_TOPOJSON',
        severity: 'error',
        message: 'The file is JSON but not a TopoJSON Topology with objects and arcs.',
        ...where,
      },
    ]);
  }
  const names = Object.keys(topology.objects);
  const diagnostics: IoDiagnostic[] = [...decoded.diagnostics];
  const name = options.object ?? names[0];
  if (name === undefined || !Object.hasOwn(topology.objects, name)) {
    return none([
      ...diagnostics,
      {
        code: 'TOPOJSON_OBJECT_NOT_FOUND',
        severity: 'error',
        message:
          name === undefined
            ? 'The topology holds no objects.'
            : `The topology has no object ${JSON.stringify(name)}; it has ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
        ...where,
        value: names,
      },
    ]);
  }
  if (options.object === undefined && names.length > 1) {
    diagnostics.push({
      code: 'TOPOJSON_OBJECT_CHOSEN',
      severity: 'info',
      message: `The topology holds ${names.length} objects; read the first, ${JSON.stringify(name)}.`,
      ...where,
      value: names,
    });
  }
  // Geometries naming arcs the topology lacks are set aside (their geometry read as empty).
  const object = topology.objects[name] as GeometryObject;
  const arcCount = (topology.arcs as unknown[]).length;
  const asideAt = new Map<number, IoDiagnostic>();
  let checked = object;
  if (object.type === 'GeometryCollection' && Array.isArray(object.geometries)) {
    const geometries = object.geometries.map((g, i) => {
      const bad = missingArc((g as { arcs?: unknown }).arcs, arcCount);
      if (bad === null) return g;
      asideAt.set(i + 1, {
        code: 'TOPOJSON_MISSING_ARC',
        severity: 'warning',
        message: `Feature ${i + 1} of object ${JSON.stringify(name)} refers to arc ${bad}, but the topology has ${arcCount} arcs (0–${arcCount - 1})`,
        ...where,
        value: bad,
      });
      return { type: null, properties: g.properties } as unknown as typeof g;
    });
    checked = { ...object, geometries };
  } else {
    const bad = missingArc((object as { arcs?: unknown }).arcs, arcCount);
    if (bad !== null) {
      return none([
        ...diagnostics,
        {
          code: 'TOPOJSON_MISSING_ARC',
          severity: 'error',
          message: `Object ${JSON.stringify(name)} refers to arc ${bad}, but the topology has ${arcCount} arcs.`,
          ...where,
          value: bad,
        },
      ]);
    }
  }
  let geojson: unknown;
  try {
    geojson = feature(topology as Topology, checked);
  } catch (e) {
    return none([
      ...diagnostics,
      {
        code: 'NOT_TOPOJSON',
        severity: 'error',
        message: `Object ${JSON.stringify(name)} could not be decoded (${e instanceof Error ? e.message : String(e)}).`,
        ...where,
      },
    ]);
  }
  const result = finishBoundaries(geojson, { ...where, asideAt });
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/**
 * The first arc index in a TopoJSON `arcs` member (nested arrays of integers; `~i` for reversed
 * arcs) that is not an arc of the topology, or `null` when all are. Iterative, so deep nesting
 * cannot exhaust the stack.
 */
function missingArc(arcs: unknown, count: number): number | string | null {
  if (arcs === undefined) return null;
  const stack: unknown[] = [arcs];
  while (stack.length > 0) {
    const a = stack.pop();
    if (Array.isArray(a)) {
      for (const x of a) stack.push(x);
    } else if (typeof a === 'number' && Number.isInteger(a)) {
      const i = a < 0 ? ~a : a;
      if (i >= count) return a;
    } else {
      return typeof a === 'number' ? a : String(a);
    }
  }
  return null;
}
