/**
 * The viewer's one door to the scoring vocabulary of `@lokus/core`: method lists, defaults and
 * the rules for weights. The panels call these names only; nothing here decides a number that
 * reaches the decree.
 */
import {
  type AggregateMethod,
  type ClassifyScheme,
  type NormaliseMethod,
  type SchemaNode,
  scenarioDefaults,
  scenarioJsonSchema,
  type WeightMethod,
} from '@lokus/core';

function enumAt(path: readonly string[]): readonly string[] {
  let node: SchemaNode | undefined = scenarioJsonSchema as SchemaNode;
  for (const key of path) node = node?.properties?.[key];
  return (node?.enum ?? []).map(String);
}

/** Normalisation methods, as core's scenario schema lists them. */
export const NORMALISE_METHODS = enumAt(['normalise', 'method']) as readonly NormaliseMethod[];
/** Weighting methods (`manual` included). */
export const WEIGHT_METHODS = enumAt(['weights', 'method']) as readonly WeightMethod[];
/** Aggregation methods. */
export const AGGREGATE_METHODS = enumAt(['aggregate', 'method']) as readonly AggregateMethod[];
/** Map classification schemes the panel offers: `manual` needs breaks the panel cannot edit. */
export const CLASSIFY_SCHEMES = (
  enumAt(['classify', 'scheme']) as readonly ClassifyScheme[]
).filter((s) => s !== 'manual');
/** Selection modes. */
export const SELECT_MODES = enumAt(['select', 'mode']) as readonly (
  | 'top-n'
  | 'top-percent'
  | 'threshold'
)[];

/** Core's defaults, for controls whose scenario leaves a setting out. */
export const DEFAULTS = scenarioDefaults;
