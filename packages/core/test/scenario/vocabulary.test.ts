import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prometheeII } from '../../src/aggregate/prometheeII.ts';
import { topsis } from '../../src/aggregate/topsis.ts';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  DIRECTIONS,
  INDICATOR_KINDS,
  MISSING_POLICIES,
  NORMALISE_METHODS,
  PREFERENCE_FUNCTIONS,
  SELECT_MODES,
  scenarioDefaults,
  TOPSIS_NORMALISATIONS,
  TREAT_METHODS,
  VILLAGE_KINDS,
  VOCABULARY_LABELS,
  WEIGHT_METHODS,
} from '../../src/scenario/vocabulary.ts';
import { createTable } from '../../src/table/createTable.ts';

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
    expect(props.aggregate.properties.normalise.enum).toEqual([...TOPSIS_NORMALISATIONS]);
    expect(props.aggregate.properties.preference.enum).toEqual([...PREFERENCE_FUNCTIONS]);
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
    // The method options' defaults are the ones topsis and prometheeII apply: the first word.
    expect(props.aggregate.properties.normalise.default).toBe('vector');
    expect(props.aggregate.properties.preference.default).toBe('usual');
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
    for (const normalise of TOPSIS_NORMALISATIONS)
      expect(
        resolveScenario({
          name: 'x',
          indicators: [ind],
          aggregate: { method: 'topsis', normalise },
        }).diagnostics,
        normalise,
      ).toEqual([]);
    for (const preference of PREFERENCE_FUNCTIONS) {
      const aggregate = { method: 'promethee-ii', preference, q: 1, p: 5 };
      expect(
        resolveScenario({ name: 'x', indicators: [ind], aggregate }).diagnostics,
        preference,
      ).toEqual([]);
    }
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
      preference: PREFERENCE_FUNCTIONS,
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

  it('resolveScenario refuses a PROMETHEE II threshold p that is missing or not above q, at aggregate.p', () => {
    const ind = {
      id: 'a',
      label: { id: 'a', en: 'a' },
      kind: 'count',
      direction: 'higher-is-worse',
    };
    const paths = (aggregate: object) =>
      resolveScenario({ name: 'x', indicators: [ind], aggregate }).diagnostics.map((d) => d.path);
    expect(paths({ method: 'promethee-ii', preference: 'v-shape' })).toEqual(['aggregate.p']);
    expect(paths({ method: 'promethee-ii', preference: 'linear', q: 5, p: 5 })).toEqual([
      'aggregate.p',
    ]);
    expect(paths({ method: 'promethee-ii', preference: 'linear', q: -1, p: 5 })).toEqual([
      'aggregate.q',
    ]);
    expect(paths({ method: 'topsis', normalise: 'goalposts' })).toEqual(['aggregate.normalise']);
    expect(paths({ method: 'promethee-ii', preference: 'usual' })).toEqual([]);
  });

  it("runScenario passes the scenario's aggregate.normalise, preference, q and p to topsis and prometheeII", () => {
    const indicator = (id: string) => ({
      id,
      label: { id, en: id },
      kind: 'count' as const,
      direction: 'higher-is-worse' as const,
    });
    const values = [
      [3, 40],
      [9, 10],
      [1, 70],
      [6, 20],
      [8, 90],
    ];
    const { table } = createTable(
      values.map(([a, b], i) => ({
        code: `33.21.01.200${i + 1}`,
        name: `D${i}`,
        values: { a: a!, b: b! },
      })),
    );
    const base = { name: 'x', indicators: [indicator('a'), indicator('b')] };
    const columns = {
      a: Float64Array.from(values, (v) => v[0]!),
      b: Float64Array.from(values, (v) => v[1]!),
    };
    const weights = { a: 0.5, b: 0.5 };
    const directions = { a: 'benefit', b: 'benefit' } as const;
    const run = (aggregate: object) => {
      const r = runScenario(table, { ...base, aggregate } as unknown);
      expect(r.ok).toBe(true);
      return r.stages!;
    };
    const minmax = run({ method: 'topsis', normalise: 'minmax' });
    expect(minmax.aggregated.score).toEqual(
      topsis(columns, weights, { directions, normalise: 'minmax' }).score,
    );
    expect(minmax.aggregated.score).not.toEqual(run({ method: 'topsis' }).aggregated.score);
    const linear = run({ method: 'promethee-ii', preference: 'linear', q: 10, p: 60 });
    expect(linear.aggregated.score).toEqual(
      prometheeII(linear.normalised, weights, {
        directions,
        preference: { type: 'linear', q: 10, p: 60 },
      }).score,
    );
    expect(linear.aggregated.score).not.toEqual(run({ method: 'promethee-ii' }).aggregated.score);
  });
});
