import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema.ts';
import { VERSION } from '../../src/version.ts';

describe('scenarioJsonSchema', () => {
  it('scenarioJsonSchema matches the published scenario.schema.json (regenerate with `pnpm schema`)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema)));
  });

  it('VERSION equals the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
