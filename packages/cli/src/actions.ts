import type { DecimalSeparator } from '@lokus/io';
import { CliError } from './CliError.ts';
import type { Context } from './Context.ts';
import { tr } from './Context.ts';
import { annexCommand } from './commands/annex.ts';
import { compareCommand } from './commands/compare.ts';
import { indicatorsCommand } from './commands/indicators.ts';
import { initCommand } from './commands/init.ts';
import { robustnessCommand } from './commands/robustness.ts';
import { scoreCommand } from './commands/score.ts';
import { serveCommand } from './commands/serve.ts';
import { tilesCommand } from './commands/tiles.ts';
import { trendCommand } from './commands/trend.ts';
import { validateCommand } from './commands/validate.ts';
import { EXIT } from './exitCodes.ts';
import { integerOption } from './integerOption.ts';
import type { InputOptions } from './loadInputs.ts';
import type { Actions } from './program.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The given string options among `keys`. */
function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = str(o[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The reader options of a parsed command line, without the ones not given. */
export function readerOptions(o: Record<string, unknown>): Omit<InputOptions, 'data'> {
  const pick: Record<string, unknown> = {};
  for (const key of [
    'boundaries',
    'scenario',
    'district',
    'encoding',
    'delimiter',
    'sheet',
    'layer',
  ]) {
    const v = str(o[key]);
    if (v !== undefined) pick[key] = v;
  }
  if (o.decimal === '.' || o.decimal === ',') pick.decimal = o.decimal as DecimalSeparator;
  return pick as Omit<InputOptions, 'data'>;
}

function portOf(ctx: Context, v: unknown): number {
  const n = Number(v ?? 4173);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new CliError(
      EXIT.USAGE,
      tr(
        ctx.lang,
        `--port harus 1–65535, bukan ${String(v)}`,
        `--port must be 1–65535, got ${String(v)}`,
      ),
    );
  }
  return n;
}

function yearOf(ctx: Context, v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    throw new CliError(
      EXIT.USAGE,
      tr(
        ctx.lang,
        `--year harus tahun seperti 2027, bukan ${String(v)}`,
        `--year must be a year such as 2027, got ${String(v)}`,
      ),
    );
  }
  return n;
}

/**
 * The actions of the `lokus` commands, from parsed arguments to the command functions.
 *
 * @example
 * typeof actions.score; // => 'function'
 */
export const actions: Actions = {
  validate: async (ctx, [table], o) => validateCommand(ctx, String(table), readerOptions(o)),
  score: async (ctx, [scenario], o) => ({
    json: await scoreCommand(ctx, String(scenario), {
      ...readerOptions(o),
      data: String(o.data),
      out: str(o.out) ?? 'out',
      ...(str(o.date) === undefined ? {} : { date: str(o.date)! }),
    }),
  }),
  compare: async (ctx, [files], o) =>
    compareCommand(ctx, (files as string[] | undefined) ?? [], {
      ...readerOptions(o),
      ...pick(o, ['data', 'previous']),
    }),
  annex: async (ctx, [scenario], o) =>
    annexCommand(ctx, String(scenario), {
      ...readerOptions(o),
      data: String(o.data),
      out: str(o.out) ?? 'out',
      ...pick(o, ['previous', 'decreeNumber', 'decreeDate', 'districtName', 'date']),
      ...(Array.isArray(o.trend) ? { trend: o.trend.map(String) } : {}),
      ...(o.robustness === true ? { robustness: true } : {}),
      ...(o.threads === undefined
        ? {}
        : { threads: integerOption(ctx, '--threads', o.threads, 1) }),
    }),
  trend: async (ctx, [files], o) =>
    trendCommand(ctx, (files as string[] | undefined) ?? [], {
      ...pick(o, ['indicator', 'out']),
    }),
  robustness: async (ctx, [scenario], o) =>
    robustnessCommand(ctx, String(scenario), {
      ...readerOptions(o),
      data: String(o.data),
      ...pick(o, ['out']),
      ...(o.draws === undefined ? {} : { draws: integerOption(ctx, '--draws', o.draws, 1) }),
      ...(o.seed === undefined ? {} : { seed: integerOption(ctx, '--seed', o.seed, 0) }),
      ...(o.threads === undefined
        ? {}
        : { threads: integerOption(ctx, '--threads', o.threads, 1) }),
    }),
  serve: async (ctx, _args, o) =>
    serveCommand(ctx, {
      ...(str(o.data) === undefined ? {} : { data: str(o.data)! }),
      port: portOf(ctx, o.port),
      rebuild: o.rebuild === true,
    }),
  indicators: async (ctx, [files], o) =>
    indicatorsCommand(ctx, (files as string[] | undefined) ?? [], {
      definitions: String(o.definitions),
      ...pick(o, ['out', 'villages']),
      ...(o.smallCells === 'suppress' ? { smallCells: 'suppress' as const } : {}),
      ...(o.smallCount === undefined
        ? {}
        : { smallCount: integerOption(ctx, '--small-count', o.smallCount, 1) }),
      rates: o.rates === true,
    }),
  tiles: async (ctx, [file], o) =>
    tilesCommand(ctx, String(file), {
      out: str(o.out) ?? 'out',
      ...pick(o, ['name', 'layer', 'attribution']),
      ...(o.maxZoom === undefined
        ? {}
        : { maxZoom: integerOption(ctx, '--max-zoom', o.maxZoom, 0) }),
    }),
  init: async (ctx, [district], o) =>
    initCommand(ctx, String(district), {
      ...(str(o.out) === undefined ? {} : { out: str(o.out)! }),
      ...(o.year === undefined ? {} : { year: yearOf(ctx, o.year) }),
    }),
};
