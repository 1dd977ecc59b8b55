import { VERSION } from '@lokus/core';
import { Command, Option } from 'commander';
import type { Context, Lang, Terminal } from './Context.ts';
import { addPlan } from './commands/planProgram.ts';

/** What a command's action returns: its JSON summary and, when not 0, its exit code. */
export interface CommandOutcome {
  readonly json: Readonly<Record<string, unknown>>;
  readonly exitCode?: number;
}

/** A command action: gets the context, its positional arguments and its own options. */
export type Action = (
  ctx: Context,
  args: readonly unknown[],
  options: Record<string, unknown>,
) => Promise<CommandOutcome>;

/** The actions behind the commands (injected, so the program's shape can be tested alone). */
export type Actions = Readonly<
  Record<
    | 'validate'
    | 'score'
    | 'compare'
    | 'annex'
    | 'trend'
    | 'robustness'
    | 'serve'
    | 'init'
    | 'indicators'
    | 'tiles',
    Action
  >
>;

const EXIT_HELP = `
Exit codes:
  0  ok
  1  a data problem stops scoring (or an input file cannot be read)
  2  usage error (unknown option, missing argument)
  3  an output exists (add --force) or the output folder is not writable; nothing written
  4  unexpected error (the message names the file)`;

/** Reader options shared by every command that reads a village table and boundaries. */
function inputOptions(cmd: Command): Command {
  return cmd
    .option(
      '--boundaries <file>',
      'village boundaries (.geojson, .topojson, zipped Shapefile .zip)',
    )
    .option('--district <code>', 'keep only this kabupaten of the table, e.g. 33.21')
    .addOption(
      new Option(
        '--decimal <sep>',
        'decimal separator of the table (the thousands separator is the other one)',
      ).choices(['.', ',']),
    )
    .option('--encoding <label>', 'text encoding of a CSV table (utf-8, windows-1252, …)')
    .option('--delimiter <char>', 'field delimiter of a CSV table')
    .option('--sheet <name>', 'worksheet of an XLSX table (name or 1-based number)')
    .option('--layer <name>', 'layer of a zipped Shapefile, or object of a TopoJSON file');
}

/** Wraps an action as commander's handler. */
type Handler = (a: Action) => (...parsed: unknown[]) => Promise<void>;

/** Registers `lokus validate`. */
function addValidate(program: Command, action: Handler, actions: Actions): void {
  inputOptions(
    program
      .command('validate')
      .description(
        'check a village table (and boundaries, scenario): every problem with file, row, column and value',
      )
      .argument('<table>', 'village table (.csv or .xlsx)')
      .option('--scenario <file>', 'scenario (YAML or JSON) to check against the table'),
  ).action(action(actions.validate));
}

/** Registers `lokus score`. */
function addScore(program: Command, action: Handler, actions: Actions): void {
  inputOptions(
    program
      .command('score')
      .description(
        'score a table with a scenario: loci table (CSV, XLSX), results GeoJSON, provenance, result record',
      )
      .argument('<scenario>', 'scenario file (YAML or JSON)')
      .requiredOption('--data <table>', 'village table (.csv or .xlsx)')
      .option('--out <dir>', 'output folder', 'out')
      .option(
        '--date <yyyy-mm-dd>',
        'date stamped in the outputs (default SOURCE_DATE_EPOCH, else today)',
      ),
  ).action(action(actions.score));
}

/** Registers `lokus compare`. */
function addCompare(program: Command, action: Handler, actions: Actions): void {
  inputOptions(
    program
      .command('compare')
      .description(
        "compare two result records (A the earlier), or this year's with --previous: rank shifts, villages entered and left with the reason, agreement",
      )
      .argument(
        '[results...]',
        'result records A B; or one record (or a scenario with --data) and --previous',
      )
      .option('--previous <file>', "last year's result record (hasil-<scenario>.json)")
      .option(
        '--data <table>',
        "score this year's table with the scenario given instead of a record",
      ),
  ).action(action(actions.compare));
}

/** Registers `lokus annex`. */
function addAnnex(program: Command, action: Handler, actions: Actions): void {
  inputOptions(
    program
      .command('annex')
      .description(
        'write the decree annex (PDF): loci by kecamatan, map, scenario, changes, signature',
      )
      .argument('<scenario>', 'scenario file (YAML or JSON)')
      .requiredOption('--data <table>', 'village table (.csv or .xlsx)')
      .option('--previous <file>', "last year's result record (for the changes section)")
      .option('--trend <files...>', 'earlier result records for the trend chart')
      .option('--decree-number <text>', 'decree number (a fill-in field when absent)')
      .option('--decree-date <text>', 'decree date (a fill-in field when absent)')
      .option(
        '--district-name <text>',
        'district name: "Kabupaten Demak", "Kota Pekalongan" or "Demak"',
      )
      .option('--out <dir>', 'output folder', 'out')
      .option('--date <yyyy-mm-dd>', 'date stamped in the PDF metadata')
      .option(
        '--robustness',
        "add the borderline villages and why (runs the scenario's robustness block)",
      )
      .option('--threads <n>', 'threads for the robustness draws (default: cores, at most 2)'),
  ).action(action(actions.annex));
}

/** Registers `lokus trend`. */
function addTrend(program: Command, action: Handler, actions: Actions): void {
  program
    .command('trend')
    .description(
      "several years' results: per-village table, graduates, stayed every year, target progress",
    )
    .argument('<results...>', 'result records, one per year')
    .option(
      '--indicator <column>',
      'input column whose sum over the loci tracks the district target (default miskin_ekstrem_jiwa)',
    )
    .option('--out <dir>', 'output folder for the trend table (CSV); printed only when absent')
    .action(action(actions.trend));
}

/** Registers `lokus robustness`. */
function addRobustness(program: Command, action: Handler, actions: Actions): void {
  inputOptions(
    program
      .command('robustness')
      .description(
        'how sure are the loci: seeded draws over weights, normalisation, aggregation and dropped indicators',
      )
      .argument(
        '<scenario>',
        'scenario file (YAML or JSON); its robustness block sets the analysis',
      )
      .requiredOption('--data <table>', 'village table (.csv or .xlsx)')
      .option('--draws <n>', "number of draws (overrides the scenario's robustness.draws)")
      .option('--seed <n>', "random seed (overrides the scenario's robustness.seed)")
      .option('--out <dir>', 'output folder for robustness-<scenario>.csv and .json')
      .option('--threads <n>', 'threads for the draws (default: cores, at most 2; same result)'),
  ).action(action(actions.robustness));
}

/** Registers `lokus serve`. */
function addServe(program: Command, action: Handler, actions: Actions): void {
  program
    .command('serve')
    .description('build (if needed) and serve the map viewer on 127.0.0.1')
    .option(
      '--data <dir>',
      'real-data directory (boundaries/, indicators/); default LOKUS_DATA_DIR',
    )
    .option('--port <n>', 'first port to try', '4173')
    .option('--rebuild', 'build the viewer even when a build exists')
    .action(action(actions.serve));
}

/** Registers `lokus init`. */
function addInit(program: Command, action: Handler, actions: Actions): void {
  program
    .command('init')
    .description('write a commented starter scenario for a district, from the indicator catalogue')
    .argument('<district>', 'kabupaten code, e.g. 33.21')
    .option('--out <file>', 'scenario file to write (default skenario-<code>.yaml)')
    .option('--year <yyyy>', 'year of the decision (default next year)')
    .action(action(actions.init));
}

/** Registers `lokus indicators`. */
function addIndicators(program: Command, action: Handler, actions: Actions): void {
  program
    .command('indicators')
    .description(
      'village indicators from household registers (DTSEN/P3KE exports: CSV, XLSX, Parquet), privately: only village counts leave',
    )
    .argument('<registers...>', 'register files (households and persons)')
    .requiredOption('--definitions <file>', 'indicator definitions (YAML or JSON)')
    .option('--out <file>', 'village table to write (CSV)')
    .option('--villages <table>', "the district's village table (its codes and names)")
    .addOption(
      new Option('--small-cells <policy>', 'counts below the threshold: flag or suppress')
        .choices(['flag', 'suppress'])
        .default('flag'),
    )
    .option('--small-count <n>', "small-cell threshold (default the definitions' smallCount, 5)")
    .option('--rates', 'also write each indicator rate (count / denominator)')
    .action(action(actions.indicators));
}

/** Registers `lokus tiles`. */
function addTiles(program: Command, action: Handler, actions: Actions): void {
  program
    .command('tiles')
    .description(
      'village boundaries as vector tiles in one PMTiles file (desa, kecamatan, kabupaten layers), for maps of many districts',
    )
    .argument('<boundaries>', 'village boundaries (.geojson, .topojson, zipped Shapefile .zip)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--name <file>', 'archive file name (default <boundaries>.pmtiles)')
    .option('--max-zoom <z>', 'highest zoom with tiles (default 10)')
    .option('--layer <name>', 'layer of a zipped Shapefile, or object of a TopoJSON file')
    .option('--attribution <text>', 'attribution of the boundaries, kept in the archive')
    .action(action(actions.tiles));
}

const COMMANDS = [
  addValidate,
  addScore,
  addCompare,
  addAnnex,
  addTrend,
  addRobustness,
  addServe,
  addInit,
  addIndicators,
  addTiles,
  addPlan,
];

/**
 * Builds the `lokus` command-line program (commander): global options `--lang`, `--quiet`,
 * `--json`, `--force`, and the commands `validate`, `score`, `compare`, `annex`, `trend`,
 * `serve` and `init`, each with `--help`. `run` receives the chosen action and its parsed
 * arguments; parse errors are thrown as commander errors (see `runCli`).
 *
 * @example
 * const terminal = { out: () => {}, err: () => {}, interactive: false, cwd: '.' };
 * const program = buildProgram(terminal, actions, async () => {});
 * program.commands.map((c) => c.name()).slice(0, 3); // => ['validate', 'score', 'compare']
 */
export function buildProgram(
  terminal: Terminal,
  actions: Actions,
  run: (
    action: Action,
    args: readonly unknown[],
    options: Record<string, unknown>,
  ) => Promise<void>,
): Command {
  const program = new Command('lokus')
    .description(
      'Decide, explain and map the villages a district prioritises for poverty reduction (lokus desa).',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: terminal.out, writeErr: terminal.err })
    .showHelpAfterError('(add --help for usage)')
    .addOption(
      new Option('--lang <lang>', 'language of messages and documents')
        .choices(['id', 'en'])
        .default('id'),
    )
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print one JSON object on standard output (for other tools)')
    .option('--force', 'overwrite existing outputs')
    .addHelpText('after', EXIT_HELP);
  const action: Handler =
    (a: Action) =>
    async (...parsed: unknown[]): Promise<void> => {
      const cmd = parsed.at(-1) as Command;
      await run(a, parsed.slice(0, -2), cmd.optsWithGlobals());
    };

  for (const add of COMMANDS) add(program, action, actions);
  for (const cmd of program.commands) cmd.addHelpText('after', EXIT_HELP);
  return program;
}

/** The global options as the context needs them. */
export function globalOptions(options: Record<string, unknown>): {
  lang: Lang;
  quiet: boolean;
  json: boolean;
  force: boolean;
} {
  return {
    lang: options.lang === 'en' ? 'en' : 'id',
    quiet: options.quiet === true,
    json: options.json === true,
    force: options.force === true,
  };
}
