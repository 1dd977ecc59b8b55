import type { SchemaNode } from '../scenario/scenarioJsonSchema.ts';
import { AGGREGATE_METHODS, NORMALISE_METHODS } from '../scenario/vocabulary.ts';
import type { WeightPerturbation } from './types.ts';

const PERTURBATION: readonly WeightPerturbation[] = ['none', 'uniform', 'dirichlet'];

const probability = (description: string): SchemaNode => ({
  type: 'number',
  description,
  minimum: 0,
  maximum: 1,
});

/**
 * The `robustness` block of a scenario as JSON Schema (the keyword subset of
 * `scenarioJsonSchema`): what varies between draws and by how much, the number of draws, the seed,
 * the Sobol design and the flag thresholds.
 *
 * @example
 * Object.keys(robustnessJsonSchema.properties ?? {});
 * // => ['draws', 'seed', 'weights', 'normalise', 'aggregate', 'dropIndicator', 'sobol', 'thresholds']
 */
export const robustnessJsonSchema: SchemaNode = {
  type: 'object',
  description:
    'Uncertainty and sensitivity analysis of the selection: Monte Carlo draws over the choices a meeting argues about.',
  additionalProperties: false,
  properties: {
    draws: {
      type: 'integer',
      description: 'Monte Carlo draws.',
      minimum: 1,
      maximum: 1_000_000,
      default: 1000,
    },
    seed: { type: 'integer', description: 'Seed of the draws.', default: 1 },
    weights: {
      type: 'object',
      description: 'How the agreed weights vary.',
      additionalProperties: false,
      properties: {
        method: {
          type: 'string',
          enum: PERTURBATION,
          description:
            '`uniform`: each weight × (1 ± factor); `dirichlet`: Dirichlet around the agreed weights; `none`.',
          default: 'uniform',
        },
        factor: {
          type: 'number',
          description: 'Relative range of `uniform`, in [0, 1).',
          minimum: 0,
          default: 0.2,
        },
        concentration: {
          type: 'number',
          description: 'Concentration of `dirichlet`; larger is closer to the agreed weights.',
          exclusiveMinimum: 0,
          default: 100,
        },
      },
    },
    normalise: {
      type: 'array',
      description: 'Normalisations drawn with equal probability (default: the scenario’s own).',
      items: { type: 'string', enum: NORMALISE_METHODS },
      minItems: 1,
    },
    aggregate: {
      type: 'array',
      description: 'Aggregations drawn with equal probability (default: the scenario’s own).',
      items: { type: 'string', enum: AGGREGATE_METHODS },
      minItems: 1,
    },
    dropIndicator: probability('Probability that a draw drops one indicator, chosen uniformly.'),
    sobol: {
      type: 'integer',
      description: 'Base samples N of the Sobol design (N·(k + 2) runs); 0 = no Sobol indices.',
      minimum: 0,
      maximum: 1_000_000,
      default: 256,
    },
    thresholds: {
      type: 'object',
      description: 'Probability thresholds of the village flags.',
      additionalProperties: false,
      properties: {
        stableLocus: probability('At or above: stable locus (default 0.9).'),
        stableNonLocus: probability('At or below: stable non-locus (default 0.1).'),
      },
    },
  },
};
