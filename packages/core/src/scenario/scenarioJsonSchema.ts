/**
 * The scenario format as JSON Schema (draft 2020-12). It is the single source of truth: the
 * validator in `validateScenario` reads it, and editors can use it for completion and checks
 * (`"$schema"` in a scenario file, or the YAML language server's schema setting).
 *
 * Only a small, well-defined subset of JSON Schema is used (type, enum, properties, required,
 * additionalProperties, items, prefixItems, minItems, maxItems, minimum, maximum,
 * exclusiveMinimum, minLength, description, default), so that the validator stays small.
 * @module
 */

import { robustnessJsonSchema } from '../robustness/robustnessJsonSchema.ts';
import {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  DIRECTIONS,
  scenarioDefaults as d,
  INDICATOR_KINDS,
  MISSING_POLICIES,
  NORMALISE_METHODS,
  PREFERENCE_FUNCTIONS,
  SCOPES,
  SELECT_MODES,
  TOPSIS_NORMALISATIONS,
  TREAT_METHODS,
  VILLAGE_KINDS,
  WEIGHT_METHODS,
} from './vocabulary.ts';

/** A JSON Schema node, restricted to the keywords lokus uses. */
export interface SchemaNode {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly description?: string;
  readonly default?: unknown;
  readonly enum?: readonly (string | number)[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly prefixItems?: readonly SchemaNode[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  /** A regular expression (Unicode mode) the whole string must match; anchor it. */
  readonly pattern?: string;
}

const str = (description: string, extra: Partial<SchemaNode> = {}): SchemaNode => ({
  type: 'string',
  description,
  ...extra,
});
const num = (description: string, extra: Partial<SchemaNode> = {}): SchemaNode => ({
  type: 'number',
  description,
  ...extra,
});
const pair = (description: string): SchemaNode => ({
  type: 'array',
  description,
  prefixItems: [{ type: 'number' }, { type: 'number' }],
  items: { type: 'number' },
  minItems: 2,
  maxItems: 2,
});
const villageCode = str('Kemendagri village code, `33.21.01.2001` or `3321012001`.', {
  minLength: 1,
});

const missingPolicy: SchemaNode = {
  type: 'string',
  enum: MISSING_POLICIES,
  description:
    'Missing values: `none` leaves the village unranked (kept and flagged), or impute with the mean, median or kecamatan median.',
};
const treatMethod: SchemaNode = {
  type: 'string',
  enum: TREAT_METHODS,
  description:
    "Outlier treatment: `coinr` is COINr's rule (|skew| and kurtosis test, winsorise, else log).",
};

const indicator: SchemaNode = {
  type: 'object',
  description: 'An indicator: its metadata and its settings in this scenario.',
  required: ['id', 'label', 'kind', 'direction'],
  additionalProperties: false,
  properties: {
    id: str('Indicator id, unique within the scenario.', { minLength: 1 }),
    column: str('Column of the village table holding the values (default: the id).', {
      minLength: 1,
    }),
    label: {
      type: 'object',
      description: 'Label in Bahasa Indonesia (`id`) and English (`en`).',
      required: ['id', 'en'],
      additionalProperties: false,
      properties: { id: str('Bahasa Indonesia.'), en: str('English.') },
    },
    unit: str('Unit shown to users, e.g. `KK`, `%`.'),
    kind: {
      type: 'string',
      enum: INDICATOR_KINDS,
      description: 'What the indicator measures; drives validation.',
    },
    direction: {
      type: 'string',
      enum: DIRECTIONS,
      description:
        '`higher-is-worse`: more means more need (e.g. households in desil 1). `higher-is-better`: more means more developed (e.g. IDM).',
    },
    source: str('Where the data comes from.'),
    year: { type: 'integer', description: 'Year of the data.', minimum: 1900, maximum: 2200 },
    denominator: str('Column to divide by, turning a count into a rate.', { minLength: 1 }),
    per: num('Multiplier of the ratio (100 for percent).', { exclusiveMinimum: 0 }),
    missing: missingPolicy,
    range: pair('Valid range `[min, max]` (shares default to [0, 1]).'),
    dimension: str('Dimension for nested weights, e.g. `IKS`.', { minLength: 1 }),
    weight: num('Manual weight, or weight within its dimension for nested weights.', {
      minimum: 0,
    }),
    goalposts: pair(
      'Goalposts `[low, high]` in the indicator units, for `goalposts` normalisation.',
    ),
    cutoff: num('Alkire–Foster deprivation cutoff in the indicator units.'),
    treat: treatMethod,
  },
};

const forced: SchemaNode = {
  type: 'object',
  required: ['code', 'reason'],
  additionalProperties: false,
  properties: {
    code: villageCode,
    reason: str('Why, as it will appear in the decree annex.', { minLength: 1 }),
  },
};

/**
 * JSON Schema of a lokus scenario.
 *
 * @example
 * scenarioJsonSchema.required; // => ['name', 'indicators']
 */
export const scenarioJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://lokus.dev/schema/scenario.json',
  title: 'lokus scenario',
  description:
    'How villages are scored, ranked and selected as poverty loci: indicators, treatment, normalisation, weights, aggregation, selection rules and map classes.',
  type: 'object',
  required: ['name', 'indicators'],
  additionalProperties: false,
  properties: {
    $schema: str('Optional link to this schema, for editors.'),
    name: str('Scenario name.', { minLength: 1 }),
    description: str('What the scenario is for.'),
    year: { type: 'integer', description: 'Year of the loci.', minimum: 1900, maximum: 2200 },
    indicators: { type: 'array', items: indicator, minItems: 1, description: 'Indicators used.' },
    missing: { ...missingPolicy, default: d.missing },
    scope: {
      type: 'object',
      required: ['by'],
      additionalProperties: false,
      description:
        'Where villages are compared: `all` ranks the whole table in one pool (the default); `kabupaten` or `province` ranks, selects and classifies within each kabupaten/kota or province of the village codes, as if each were run alone (n and percent apply to every group).',
      properties: {
        by: {
          type: 'string',
          enum: SCOPES,
          default: SCOPES[0],
          description:
            'The group: the whole table, the province (PP) or the kabupaten/kota (PP.KK) of the code.',
        },
      },
    },
    robustness: robustnessJsonSchema,
    outsideSources: {
      type: 'array',
      description:
        'Origins outside the computer (https://host) the viewer loaded from when it exported this scenario, e.g. a basemap. Informational: the result does not depend on it.',
      items: str('An https origin without credentials or path.', {
        pattern: '^https://[a-z0-9.-]+(:[0-9]{1,5})?$',
      }),
    },
    treat: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { ...treatMethod, default: d.treat.method },
        skewMax: num('Absolute skewness threshold.', {
          exclusiveMinimum: 0,
          default: d.treat.skewMax,
        }),
        kurtMax: num('Excess kurtosis threshold.', { default: d.treat.kurtMax }),
        winsorMax: {
          type: 'integer',
          description: 'Most points winsorised before a log transform.',
          minimum: 0,
          default: d.treat.winsorMax,
        },
      },
    },
    normalise: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: {
          type: 'string',
          enum: NORMALISE_METHODS,
          description: 'Normalisation; the result is oriented so that higher means more need.',
          default: d.normalise.method,
        },
        range: { ...pair('Output range for minmax and goalposts.'), default: d.normalise.range },
      },
    },
    weights: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: {
          type: 'string',
          enum: WEIGHT_METHODS,
          default: d.weights.method,
          description: 'How weights are obtained; they are renormalised to sum to 1.',
        },
        dimensions: {
          type: 'object',
          description: 'For `nested`: weight of each dimension.',
          additionalProperties: { type: 'number', minimum: 0 },
        },
      },
    },
    aggregate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: {
          type: 'string',
          enum: AGGREGATE_METHODS,
          default: d.aggregate.method,
          description: 'How normalised indicators become one score (higher = higher priority).',
        },
        k: num('Alkire–Foster poverty cutoff as a share of the total weight.', {
          exclusiveMinimum: 0,
          maximum: 1,
          default: d.aggregate.k,
        }),
        v: num('VIKOR weight of the majority strategy.', {
          minimum: 0,
          maximum: 1,
          default: d.aggregate.v,
        }),
        normalise: {
          type: 'string',
          enum: TOPSIS_NORMALISATIONS,
          default: TOPSIS_NORMALISATIONS[0],
          description: 'TOPSIS: how each treated column is normalised before the distances.',
        },
        preference: {
          type: 'string',
          enum: PREFERENCE_FUNCTIONS,
          default: PREFERENCE_FUNCTIONS[0],
          description:
            'PROMETHEE II: the preference function of every indicator, on the normalised scale.',
        },
        q: num('PROMETHEE II `linear`: indifference threshold on the normalised scale.', {
          minimum: 0,
          default: 0,
        }),
        p: num(
          'PROMETHEE II `v-shape` and `linear`: preference threshold on the normalised scale (required for them, above q).',
          { exclusiveMinimum: 0 },
        ),
      },
    },
    select: {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: {
        mode: {
          type: 'string',
          enum: SELECT_MODES,
          description:
            'Pick the n best ranked, a share of the ranked villages, or score ≥ threshold.',
        },
        n: { type: 'integer', minimum: 0, description: 'Number of loci for `top-n`.' },
        percent: num('Share of ranked villages, in percent, for `top-percent`.', {
          minimum: 0,
          maximum: 100,
        }),
        threshold: num('Minimum score for `threshold`.'),
        quota: {
          type: 'object',
          description: 'Loci per kecamatan.',
          additionalProperties: false,
          properties: {
            min: { type: 'integer', minimum: 0, description: 'At least this many per kecamatan.' },
            max: { type: 'integer', minimum: 0, description: 'At most this many per kecamatan.' },
          },
        },
        eligibility: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kinds: {
              type: 'array',
              items: { type: 'string', enum: VILLAGE_KINDS },
              description: 'Only these kinds of village may be selected.',
            },
            minimum: {
              type: 'array',
              description:
                'Minimum raw value on an indicator, e.g. at least 10 households in desil 1.',
              items: {
                type: 'object',
                required: ['indicator', 'min'],
                additionalProperties: false,
                properties: {
                  indicator: str('Column id.', { minLength: 1 }),
                  min: num('Minimum.'),
                },
              },
            },
          },
        },
        include: { type: 'array', items: forced, description: 'Villages forced in, with reasons.' },
        exclude: {
          type: 'array',
          items: forced,
          description: 'Villages forced out, with reasons.',
        },
        carryOver: {
          type: 'array',
          items: villageCode,
          description: "Last year's loci, kept while still eligible.",
        },
      },
    },
    classify: {
      type: 'object',
      additionalProperties: false,
      properties: {
        scheme: {
          type: 'string',
          enum: CLASSIFY_SCHEMES,
          default: d.classify.scheme,
          description: 'Map classification scheme.',
        },
        k: {
          type: 'integer',
          minimum: 1,
          maximum: 12,
          default: d.classify.k,
          description: 'Classes.',
        },
        breaks: {
          type: 'array',
          items: { type: 'number' },
          minItems: 1,
          description: 'Upper bounds for `manual`.',
        },
        field: str('Classify this raw indicator instead of the score.', { minLength: 1 }),
      },
    },
  },
} as const satisfies SchemaNode & Record<string, unknown>;
