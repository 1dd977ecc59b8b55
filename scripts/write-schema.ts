/**
 * Writes packages/core/scenario.schema.json from `scenarioJsonSchema`, whose enums and defaults
 * come from core's vocabulary (`pnpm schema`). A core test fails when the file is not current.
 */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '@lokus/core';

const target = new URL('../packages/core/scenario.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema, null, 2)}\n`);
console.log('wrote packages/core/scenario.schema.json');
