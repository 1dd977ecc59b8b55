import type { FlatPolygons } from './types.ts';
import { utf8Decode } from './utf8.ts';

// What a JSON value is to the scanner (frames of the container stack carry one).
const ROOT = 0;
const FEATURES = 1;
const FEATURE = 2;
const GEOMETRY = 3;
const COORDINATES = 4;
const CAPTURE = 5;
const SKIP = 6;
const ROOT_TYPE = 7;
const GEOMETRY_TYPE = 8;

// Lexer modes.
const NORMAL = 0;
const STRING = 1;
const NUMBER = 2;
const LITERAL = 3;

/** Exact powers of ten (10^22 is the largest exact double). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_DEPTH = 256;

/**
 * A streaming GeoJSON FeatureCollection scanner that never builds the coordinate tree: chunks
 * of UTF-8 bytes go in through `write`, and ring vertices, ring/polygon/feature offsets, geometry
 * types and properties come out. Run twice over the same bytes: a counting pass (`fill` false)
 * sizes the typed arrays exactly, then a filling pass writes them (`result`). Numbers are
 * converted exactly (the fast path m / 10^k for at most 15 significant digits and |k| ≤ 22,
 * `Number` otherwise), so coordinates equal `JSON.parse`'s. Properties are the only values
 * parsed as objects (`JSON.parse` of their bytes).
 */
export class FlatGeoJsonScanner {
  readonly counts = { features: 0, polygons: 0, rings: 0, vertices: 0 };
  private readonly out: {
    coordinates: Float64Array;
    ringOffsets: Int32Array;
    polygonOffsets: Int32Array;
    featureOffsets: Int32Array;
    geometryTypes: (string | null)[];
    properties: (Record<string, unknown> | null)[];
  } | null;
  private mode = NORMAL;
  private readonly kinds: number[] = []; // 0 object, 1 array
  private readonly roles: number[] = [];
  private readonly levels: number[] = [];
  private readonly keys: (string | null)[] = [];
  private expectKey = false;
  private afterValue = false;
  private role = ROOT;
  private text = '';
  private collect = false;
  private escape = false;
  private isKey = false;
  private readonly digits = new Uint8Array(512);
  private length = 0;
  private rootType: string | null = null;
  private seenFeatures = false;
  private offset = 0;
  // The feature and geometry being read.
  private geometryType: string | null = null;
  private geometryStart = { polygons: 0, rings: 0, vertices: 0 };
  private positionLevel = 0;
  /** Vertices before the current ring, rings before the current polygon. */
  private ringStart = 0;
  private polygonStart = 0;
  private positionValues = 0;
  private properties: Record<string, unknown> | null = null;
  // Captured bytes of a properties value.
  private capturing = false;
  private captureDepth = 0;
  private captureFrom = 0;
  private captureParts: Uint8Array[] = [];

  private readonly keep: readonly string[] | undefined;

  constructor(sizes: FlatGeoJsonScanner['counts'] | null, keep?: readonly string[]) {
    this.keep = keep;
    this.out =
      sizes === null
        ? null
        : {
            coordinates: new Float64Array(2 * sizes.vertices),
            ringOffsets: new Int32Array(sizes.rings + 1),
            polygonOffsets: new Int32Array(sizes.polygons + 1),
            featureOffsets: new Int32Array(sizes.features + 1),
            geometryTypes: [],
            properties: [],
          };
  }

  /** Scans one chunk of bytes. */
  write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.mode === STRING) {
        this.stringByte(b, chunk, i);
        continue;
      }
      if (this.mode === NUMBER) {
        if ((b >= 48 && b <= 57) || b === 46 || b === 101 || b === 69 || b === 43 || b === 45) {
          if (this.length === this.digits.length) this.fail('a number is too long');
          this.digits[this.length++] = b;
          continue;
        }
        this.endNumber(chunk, i);
      } else if (this.mode === LITERAL) {
        if (b >= 97 && b <= 122) {
          this.text += String.fromCharCode(b);
          continue;
        }
        this.endLiteral(chunk, i);
      }
      this.normalByte(b, chunk, i);
    }
    if (this.capturing) {
      this.captureParts.push(chunk.slice(this.captureFrom));
      this.captureFrom = 0;
    }
    this.offset += chunk.length;
  }

  /** Ends the input; the flat polygons of a filling pass (null after a counting pass). */
  end(): FlatPolygons | null {
    if (this.mode === NUMBER) this.endNumber(new Uint8Array(0), 0);
    else if (this.mode === LITERAL) this.endLiteral(new Uint8Array(0), 0);
    if (this.mode !== NORMAL || this.kinds.length > 0 || !this.afterValue) {
      this.fail('the JSON text ends early');
    }
    if (this.rootType !== 'FeatureCollection' || !this.seenFeatures) {
      throw new Error('readFlatGeoJson requires a GeoJSON FeatureCollection with "features"');
    }
    const out = this.out;
    if (out === null) return null;
    return { length: this.counts.features, ...out };
  }

  private fail(what: string, at = 0): never {
    throw new Error(`readFlatGeoJson: ${what} (byte ${this.offset + at})`);
  }

  private stringByte(b: number, chunk: Uint8Array, i: number): void {
    if (this.escape) {
      this.escape = false;
      if (this.collect) this.text += '\\';
    } else if (b === 92) {
      this.escape = true;
      return;
    } else if (b === 34) {
      this.mode = NORMAL;
      this.endString(chunk, i);
      return;
    }
    if (this.collect && this.text.length < 64) this.text += String.fromCharCode(b);
  }

  /** A byte outside strings, numbers and literals. */
  private normalByte(b: number, chunk: Uint8Array, i: number): void {
    if (b === 32 || b === 10 || b === 13 || b === 9) return;
    if (b === 44) {
      // ,
      if (!this.afterValue || this.kinds.length === 0) this.fail('unexpected ","', i);
      this.afterValue = false;
      this.expectKey = this.kinds.at(-1) === 0;
      return;
    }
    if (b === 58) {
      // :
      if (this.keys.at(-1) === null || this.afterValue) this.fail('unexpected ":"', i);
      this.role = this.roleOfValue();
      return;
    }
    if (b === 125 || b === 93) {
      this.close(b === 125 ? 0 : 1, chunk, i);
      return;
    }
    if (this.afterValue) this.fail(`unexpected "${String.fromCharCode(b)}"`, i);
    if (b === 34) {
      this.isKey = this.expectKey;
      this.collect = this.isKey || this.role === ROOT_TYPE || this.role === GEOMETRY_TYPE;
      this.text = '';
      this.mode = STRING;
      if (!this.isKey) this.startValue(i);
      return;
    }
    if (this.expectKey) this.fail('expected a property name', i);
    if (b === 123 || b === 91) {
      this.startValue(i);
      this.open(b === 123 ? 0 : 1);
    } else if ((b >= 48 && b <= 57) || b === 45) {
      this.startValue(i);
      this.mode = NUMBER;
      this.length = 0;
      this.digits[this.length++] = b;
    } else if (b >= 97 && b <= 122) {
      this.startValue(i);
      this.mode = LITERAL;
      this.text = String.fromCharCode(b);
    } else {
      this.fail(`unexpected "${String.fromCharCode(b)}"`, i);
    }
  }

  /** The role of the value that follows, from the container it is in and its key. */
  private roleOfValue(): number {
    const depth = this.kinds.length;
    if (depth === 0) return ROOT;
    const parent = this.roles[depth - 1]!;
    if (parent === CAPTURE || parent === SKIP) return parent;
    if (this.kinds[depth - 1] === 1) {
      if (parent === FEATURES) return FEATURE;
      return parent === COORDINATES ? COORDINATES : SKIP;
    }
    const key = this.keys[depth - 1];
    if (parent === ROOT) return key === 'type' ? ROOT_TYPE : key === 'features' ? FEATURES : SKIP;
    if (parent === FEATURE) {
      if (key === 'geometry') return GEOMETRY;
      return key === 'properties' && this.out !== null ? CAPTURE : SKIP;
    }
    if (parent === GEOMETRY) {
      return key === 'type' ? GEOMETRY_TYPE : key === 'coordinates' ? COORDINATES : SKIP;
    }
    return SKIP;
  }

  /** Bookkeeping at the first byte of a value. */
  private startValue(i: number): void {
    if (this.kinds.length === 0 && this.role !== ROOT) this.fail('more than one JSON value', i);
    if (this.kinds.at(-1) === 1) this.role = this.roleOfValue();
    if (this.role === CAPTURE && !this.capturing) {
      this.capturing = true;
      this.captureDepth = this.kinds.length;
      this.captureFrom = i;
      this.captureParts = [];
    }
  }

  private open(kind: number): void {
    if (this.kinds.length >= MAX_DEPTH) this.fail('the JSON nesting is too deep');
    const role = this.role;
    const parentLevel = this.roles.at(-1) === COORDINATES ? this.levels.at(-1)! : 0;
    if (role === FEATURES && kind !== 1) this.fail('"features" is not an array');
    if (role === FEATURES) this.seenFeatures = true;
    if (role === FEATURE) this.startFeature(kind);
    if (role === GEOMETRY && kind === 0) this.startGeometry();
    if (role === COORDINATES && kind !== 1) this.fail('coordinates hold an object');
    if (role === COORDINATES) this.positionValues = 0;
    this.kinds.push(kind);
    this.roles.push(role === GEOMETRY && kind !== 0 ? SKIP : role);
    this.levels.push(role === COORDINATES ? parentLevel + 1 : 0);
    this.keys.push(null);
    this.expectKey = kind === 0;
    this.afterValue = false;
  }

  private close(kind: number, chunk: Uint8Array, i: number): void {
    const depth = this.kinds.length;
    if (depth === 0 || this.kinds[depth - 1] !== kind) this.fail('unbalanced brackets', i);
    if (!this.afterValue && (this.expectKey ? this.keys[depth - 1] !== null : false)) {
      this.fail('a property without a value', i);
    }
    const role = this.roles[depth - 1]!;
    if (role === COORDINATES) this.closeCoordinates(this.levels[depth - 1]!, i);
    if (role === GEOMETRY) this.endGeometry();
    if (role === FEATURE) this.endFeature();
    this.kinds.pop();
    this.roles.pop();
    this.levels.pop();
    this.keys.pop();
    this.afterValue = true;
    this.expectKey = false;
    if (this.capturing && this.kinds.length === this.captureDepth) this.endCapture(chunk, i + 1);
  }

  private endString(chunk: Uint8Array, i: number): void {
    if (this.isKey) {
      this.keys[this.keys.length - 1] = this.text;
      this.expectKey = false;
      return;
    }
    if (this.role === ROOT_TYPE && this.kinds.length === 1) this.rootType = this.text;
    if (this.role === GEOMETRY_TYPE) this.geometryType = this.text;
    this.endPrimitive(chunk, i + 1);
  }

  private endLiteral(chunk: Uint8Array, i: number): void {
    this.mode = NORMAL;
    if (this.text !== 'null' && this.text !== 'true' && this.text !== 'false') {
      this.fail(`unknown word "${this.text}"`, i);
    }
    if (this.role === GEOMETRY) this.nullGeometry();
    this.endPrimitive(chunk, i);
  }

  private endPrimitive(chunk: Uint8Array, end: number): void {
    this.afterValue = true;
    if (this.capturing && this.kinds.length === this.captureDepth) this.endCapture(chunk, end);
  }

  private endNumber(chunk: Uint8Array, i: number): void {
    this.mode = NORMAL;
    if (this.role === COORDINATES) this.coordinate(this.parseNumber(i), i);
    else if (this.role === GEOMETRY) this.nullGeometry();
    this.endPrimitive(chunk, i);
  }

  /** The number in `digits`, exactly as `Number` reads it. */
  private parseNumber(i: number): number {
    const d = this.digits;
    let k = 0;
    const negative = d[0] === 45;
    if (negative) k++;
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let fraction = false;
    for (; k < this.length; k++) {
      const c = d[k]!;
      if (c === 46 && !fraction) fraction = true;
      else if (c >= 48 && c <= 57) {
        if (mantissa > 0 || c > 48) significant++;
        mantissa = mantissa * 10 + (c - 48);
        if (fraction) scale--;
      } else break;
    }
    if (k === this.length && significant <= 15 && scale >= -22) {
      const value = scale === 0 ? mantissa : mantissa / POW10[-scale]!;
      return negative ? -value : value;
    }
    const value = Number(String.fromCharCode(...d.subarray(0, this.length)));
    if (Number.isNaN(value)) this.fail('a malformed number', i);
    return value;
  }

  private startFeature(kind: number): void {
    if (kind !== 0) this.fail('a feature is not an object');
    this.geometryType = null;
    this.properties = null;
  }

  private startGeometry(): void {
    const { polygons, rings, vertices } = this.counts;
    this.geometryStart = { polygons, rings, vertices };
    this.geometryType = null;
    this.positionLevel = 0;
  }

  private nullGeometry(): void {
    this.geometryType = null;
  }

  private coordinate(value: number, i: number): void {
    const level = this.levels.at(-1)!;
    if (this.positionLevel === 0) this.positionLevel = level;
    if (level !== this.positionLevel) this.fail('coordinates nested unevenly', i);
    if (this.positionValues < 2 && this.out !== null) {
      this.out.coordinates[2 * this.counts.vertices + this.positionValues] = value;
    }
    this.positionValues++;
  }

  private closeCoordinates(level: number, i: number): void {
    const p = this.positionLevel;
    if (p === 0) return;
    const c = this.counts;
    if (level === p) {
      if (this.positionValues < 2) this.fail('a position with fewer than two numbers', i);
      c.vertices++;
    } else if (level === p - 1 && c.vertices > this.ringStart) {
      // Rings without positions and polygons without rings are left out.
      c.rings++;
      this.ringStart = c.vertices;
      if (this.out) this.out.ringOffsets[c.rings] = c.vertices;
    } else if (level === p - 2 && level >= 1 && c.rings > this.polygonStart) {
      c.polygons++;
      this.polygonStart = c.rings;
      if (this.out) this.out.polygonOffsets[c.polygons] = c.rings;
    }
  }

  /** Keeps the geometry's polygons, or drops what was read if it is not polygonal. */
  private endGeometry(): void {
    const type = this.geometryType;
    const p = this.positionLevel;
    const polygonal =
      (type === 'Polygon' && (p === 3 || p === 0)) ||
      (type === 'MultiPolygon' && (p === 4 || p === 0));
    if (!polygonal) Object.assign(this.counts, this.geometryStart);
    this.ringStart = this.counts.vertices;
    this.polygonStart = this.counts.rings;
    this.geometryType = type ?? 'unknown';
  }

  private endFeature(): void {
    const c = this.counts;
    c.features++;
    if (this.out === null) return;
    this.out.featureOffsets[c.features] = c.polygons;
    this.out.geometryTypes.push(this.geometryType);
    this.out.properties.push(this.properties);
  }

  private endCapture(chunk: Uint8Array, end: number): void {
    this.captureParts.push(chunk.subarray(this.captureFrom, end));
    this.capturing = false;
    const size = this.captureParts.reduce((s, part) => s + part.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of this.captureParts) {
      bytes.set(part, at);
      at += part.length;
    }
    this.captureParts = [];
    const value = JSON.parse(utf8Decode(bytes)) as unknown;
    const all =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
    this.properties =
      all === null || this.keep === undefined
        ? all
        : Object.fromEntries(
            this.keep.filter((k) => Object.hasOwn(all, k)).map((k) => [k, all[k]]),
          );
  }
}
