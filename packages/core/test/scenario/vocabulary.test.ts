import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  DIRECTIONS,
  INDICATOR_KINDS,
  MISSING_POLICIES,
  NORMALISE_METHODS,
  SELECT_MODES,
  scenarioDefaults,
  TREAT_METHODS,
  VILLAGE_KINDS,
  VOCABULARY_LABELS,
  WEIGHT_METHODS,
} from '../../src/scenario/vocabulary.ts';

/** The published schema file, as an editor or another tool reads it. */
const published = JSON.parse(
  readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'),
);
const props = published.properties;
const indicator = props.indicators.items.properties;

describe('vocabulary', () => {
  it('the published JSON Schema enums are the vocabulary arrays', () => {
    expect(indicator.kind.enum).toEqual([...INDICATOR_KINDS]);
    expect(indicator.direction.enum).toEqual([...DIRECTIONS]);
    expect(indicator.missing.enum).toEqual([...MISSING_POLICIES]);
    expect(indicator.treat.enum).toEqual([...TREAT_METHODS]);
    expect(props.normalise.properties.method.enum).toEqual([...NORMALISE_METHODS]);
    expect(props.weights.properties.method.enum).toEqual([...WEIGHT_METHODS]);
    expect(props.aggregate.properties.method.enum).toEqual([...AGGREGATE_METHODS]);
    expect(props.select.properties.mode.enum).toEqual([...SELECT_MODES]);
    expect(props.select.properties.eligibility.properties.kinds.items.enum).toEqual([
      ...VILLAGE_KINDS,
    ]);
    expect(props.classify.properties.scheme.enum).toEqual([...CLASSIFY_SCHEMES]);
    expect(WEIGHT_METHODS).toContain('manual');
  });

  it('the published JSON Schema defaults are scenarioDefaults', () => {
    expect(props.missing.default).toBe(scenarioDefaults.missing);
    expect(props.treat.properties.method.default).toBe(scenarioDefaults.treat.method);
    expect(props.treat.properties.skewMax.default).toBe(scenarioDefaults.treat.skewMax);
    expect(props.normalise.properties.range.default).toEqual(scenarioDefaults.normalise.range);
    expect(props.weights.properties.method.default).toBe(scenarioDefaults.weights.method);
    expect(props.aggregate.properties.k.default).toBe(scenarioDefaults.aggregate.k);
    expect(props.classify.properties.k.default).toBe(scenarioDefaults.classify.k);
  });

  it('resolveScenario accepts every method of every vocabulary and fills scenarioDefaults', () => {
    const ind = {
      id: 'a',
      label: { id: 'a', en: 'a' },
      kind: 'count',
      direction: 'higher-is-worse',
      dimension: 'D',
      weight: 1,
      goalposts: [0, 10],
      cutoff: 1,
    };
    for (const method of NORMALISE_METHODS)
      expect(
        resolveScenario({ name: 'x', indicators: [ind], normalise: { method } }).diagnostics,
        method,
      ).toEqual([]);
    for (const method of WEIGHT_METHODS)
      expect(
        resolveScenario({ name: 'x', indicators: [ind], weights: { method } }).diagnostics,
        method,
      ).toEqual([]);
    for (const method of AGGREGATE_METHODS)
      expect(
        resolveScenario({ name: 'x', indicators: [ind], aggregate: { method } }).diagnostics,
        method,
      ).toEqual([]);
    for (const method of TREAT_METHODS)
      expect(
        resolveScenario({ name: 'x', indicators: [ind], treat: { method } }).diagnostics,
        method,
      ).toEqual([]);
    const { scenario } = resolveScenario({ name: 'x', indicators: [ind] });
    expect(scenario?.weights).toEqual(scenarioDefaults.weights);
    expect(scenario?.classify).toEqual(scenarioDefaults.classify);
  });

  it('VOCABULARY_LABELS words every entry of every vocabulary in Indonesian and English, without the code names', () => {
    const lists = {
      treat: TREAT_METHODS,
      normalise: NORMALISE_METHODS,
      weights: WEIGHT_METHODS,
      aggregate: AGGREGATE_METHODS,
      classify: CLASSIFY_SCHEMES,
      missing: MISSING_POLICIES,
      select: SELECT_MODES,
      direction: DIRECTIONS,
      kind: INDICATOR_KINDS,
    } as const;
    for (const [group, words] of Object.entries(lists)) {
      const labels = VOCABULARY_LABELS[group as keyof typeof lists] as Record<
        string,
        { id: string; en: string }
      >;
      expect(Object.keys(labels).sort(), group).toEqual([...words].sort());
      for (const w of words) {
        expect(labels[w]!.id.length, `${group}.${w}`).toBeGreaterThan(3);
        expect(labels[w]!.en.length, `${group}.${w}`).toBeGreaterThan(3);
        expect(labels[w]!.id, `${group}.${w}`).not.toMatch(/-is-|kecamatan-median|minmax|zscore/);
      }
    }
  });
});
