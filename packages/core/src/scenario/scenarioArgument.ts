import type { ResolvedScenario, Scenario } from './types.ts';

/**
 * `T` checked key by key against `Shape`, at every depth: a key that `Shape` does not have
 * becomes `never` (so a misspelt key is a compile error), a value takes `Shape`'s type there.
 * Keys `Shape` requires are not demanded (a missing one is a runtime diagnostic).
 */
type Exact<T, Shape> = T extends readonly (infer E)[]
  ? Shape extends readonly (infer SE)[]
    ? readonly Exact<E, SE>[]
    : Shape
  : T extends object
    ? Shape extends object
      ? { [K in keyof T]: K extends keyof Shape ? Exact<T[K], Shape[K]> : never }
      : Shape
    : Shape;

/**
 * What `runScenario` accepts as a scenario of type `T`: anything whose shape is not known at
 * compile time (`unknown`, `any`, `{}`, a type that may be null, a record with an index
 * signature, e.g. parsed JSON or YAML) is checked at run time only, and so is a
 * {@link ResolvedScenario} (a result's own scenario); a value of another known object type, such
 * as an inline literal, must also match {@link Scenario} key by key, so a misspelt key or method
 * name is a compile error.
 *
 * @example
 * const ok: ScenarioArgument<{ name: string }> = { name: 'A' };
 * ok; // => { name: 'A' }
 */
export type ScenarioArgument<T> = unknown extends T
  ? unknown
  : // biome-ignore lint/complexity/noBannedTypes: `{}` here asks "may T be anything non-null?"
    {} extends T
    ? unknown
    : string extends keyof T
      ? unknown
      : T extends ResolvedScenario
        ? unknown
        : Exact<T, Scenario>;
