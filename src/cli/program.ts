/**
 * The command line's program: `run(args, io)` parses one command line and runs its command against `io`, and
 * returns the exit code. The binary runs it once with the process (main.ts); the tests run it in their own
 * process, so most of them do not pay a Node start and the loading of the CLI per command.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { exitCode } from '../core/errors.js';
import { debugTrace, errorLine } from './errors.js';
import { CommandExit, type Cli, type CliIo, type Output } from './io.js';
import { queryArgv } from './query-argv.js';
import { terminalSafe } from './terminal.js';

/** Exit code for a command line commander could not accept (unknown option, missing argument…). */
const USAGE_ERROR = 2;

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Register = (program: Command, cli: Cli) => void;

/**
 * Each command's module, imported only when that command runs: a command pulls in what it needs (pdfjs, jieba's
 * dictionaries, docx, echarts, Chromium) and nothing of the others, so `list` or `--version` start quickly.
 * The order is the order of `--help`.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./commands/parse.js')).registerParse,
  import: async () => (await import('./commands/import.js')).registerImport,
  list: async () => (await import('./commands/list.js')).registerList,
  remove: async () => (await import('./commands/remove.js')).registerRemove,
  search: async () => (await import('./commands/search.js')).registerSearch,
  trend: async () => (await import('./commands/trend.js')).registerTrend,
  top: async () => (await import('./commands/top.js')).registerTop,
  bench: async () => (await import('./commands/bench.js')).registerBench,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  sources: async () => (await import('./commands/sources.js')).registerSources,
  fetch: async () => (await import('./commands/fetch.js')).registerFetch,
  enrich: async () => (await import('./commands/enrich.js')).registerEnrich,
  groups: async () => (await import('./commands/groups.js')).registerGroups,
  train: async () => (await import('./commands/train.js')).registerTrain,
  issue: async () => (await import('./commands/issue.js')).registerIssue,
  edition: async () => (await import('./commands/edition.js')).registerEdition,
  jobs: async () => (await import('./commands/jobs.js')).registerJobs,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  run: async () => (await import('./commands/worker.js')).registerRun,
  watch: async () => (await import('./commands/watch.js')).registerWatch,
  user: async () => (await import('./commands/user.js')).registerUser,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  article: async () => (await import('./commands/article.js')).registerArticle,
  undo: async () => (await import('./commands/article.js')).registerUndo,
};

/** Other names of commands: `bulletin` is what `issue` makes (a composed bulletin; docs/architecture.md, Names). */
const ALIASES: Record<string, string> = { bulletin: 'issue' };

const GLOBAL_VALUES = new Set(['--config', '--knowledge']);

/**
 * The commands this command line needs: the one it names; none for a bare `--version`; all of them otherwise
 * (help, no command, a misspelt one), so commander can list them or suggest the nearest.
 */
function commandsFor(args: string[]): string[] {
  // The global options that take a value (`--config FILE`) may come before the command's name.
  const arg = args.find((a, i) => !a.startsWith('-') && !GLOBAL_VALUES.has(args[i - 1]));
  const name = arg !== undefined && Object.hasOwn(ALIASES, arg) ? ALIASES[arg] : arg;
  if (name !== undefined && Object.hasOwn(COMMANDS, name)) return [name];
  if (name === undefined && args.length > 0 && args.every((a) => a === '-V' || a === '--version')) return [];
  return Object.keys(COMMANDS);
}

/** Nothing jianbao prints may drive the terminal: every string written to `out` is made terminal-safe. */
function safe(out: Output): Output {
  return { write: (text: string) => out.write(terminalSafe(text)), isTTY: out.isTTY, columns: out.columns };
}

/** A new program for one run: commander keeps the parsed options on its commands. */
function programFor(cli: Cli): Command {
  return new Command('jianbao')
    .description('简报 jianbao: parse, store and list industry bulletins')
    .version(version)
    .option('-v, --verbose', 'log what happens (JSON lines on stderr)')
    .option('--config <file>', 'configuration file (default: jianbao.config.json here when present; env JIANBAO_CONFIG)')
    .option('--knowledge <dir>', 'knowledge overlay folder: sections, tags, organisations, dictionary words (env JIANBAO_KNOWLEDGE)')
    // Loaded here, not at start: --version and --help need no configuration.
    .hook('preAction', async (root: Command) => (await import('./core.js')).useGlobalFlags(cli, root.opts()))
    // Settings made before the commands are added are inherited by them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => cli.stdout.write(text),
      writeErr: (text) => cli.stderr.write(text),
      // Help is wrapped to the run's terminal, else to commander's 80 columns.
      getOutHelpWidth: () => (cli.stdout.isTTY && cli.stdout.columns) || 80,
      getErrHelpWidth: () => (cli.stderr.isTTY && cli.stderr.columns) || 80,
      outputError: (text, write) => write(`jianbao: ${text.replace(/^error: /, '')}`),
    });
}

/**
 * Runs one command line (`args`: what follows `jianbao`) against `io` and returns its exit code: 0, 1 for a
 * failure (one line on stderr, a stack trace only under DEBUG=jianbao), 2 for a command line that is not
 * understood. Nothing here ends the process.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const cli: Cli = { ...io, stdout: safe(io.stdout), stderr: safe(io.stderr), globals: {} };
  const program = programFor(cli);
  try {
    const registers = await Promise.all(commandsFor(args).map((name) => COMMANDS[name]()));
    for (const register of registers) register(program, cli);
    for (const [alias, name] of Object.entries(ALIASES)) program.commands.find((c) => c.name() === name)?.alias(alias);
    await program.parseAsync(queryArgv(['node', 'jianbao', ...args]));
    return 0;
  } catch (err) {
    // Commander has printed the message or the help already.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : USAGE_ERROR;
    // The command has printed its output and says how it ended.
    if (err instanceof CommandExit) return err.code;
    cli.stderr.write(`${errorLine(err)}\n`);
    const trace = debugTrace(err, io.env);
    if (trace) cli.stderr.write(`${trace}\n`);
    return exitCode(err);
  }
}
