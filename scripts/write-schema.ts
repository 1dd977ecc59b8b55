/** Writes packages/core/scenario.schema.json from `scenarioJsonSchema` (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '@lokus/core';

writeFileSync(
  'packages/core/scenario.schema.json',
  `${JSON.stringify(scenarioJsonSchema, null, 2)}\n`,
);
console.log('wrote packages/core/scenario.schema.json');
