import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { exitCode } from '../core/errors.js';
import { debugTrace, errorLine } from './errors.js';
import { queryArgv } from './query-argv.js';
import { guardStream } from './terminal.js';

/** Exit code for a command line commander could not accept (unknown option, missing argument…). */
const USAGE_ERROR = 2;

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('jianbao')
  .description('简报 jianbao: parse, store and list industry bulletins')
  .version(version)
  .option('-v, --verbose', 'log what happens (JSON lines on stderr)')
  .option('--config <file>', 'configuration file (default: jianbao.config.json here when present; env JIANBAO_CONFIG)')
  .option('--knowledge <dir>', 'knowledge overlay folder: sections, tags, organisations, dictionary words (env JIANBAO_KNOWLEDGE)')
  // Loaded here, not at start: --version and --help need no configuration.
  .hook('preAction', async (root: Command) => (await import('./core.js')).useGlobalFlags(root.opts()))
  // Settings made before the commands are added are inherited by them.
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`jianbao: ${text.replace(/^error: /, '')}`) });

guardStream(process.stdout);
// Also what the workbench and the workers log while a command serves: a refused request's message quotes its input.
guardStream(process.stderr);

// A reader that stops early (`jianbao parse f | head`) closes the pipe: that ends the command, it is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

type Register = (program: Command) => void;

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

try {
  const registers = await Promise.all(commandsFor(process.argv.slice(2)).map((name) => COMMANDS[name]()));
  for (const register of registers) register(program);
  for (const [alias, name] of Object.entries(ALIASES)) program.commands.find((c) => c.name() === name)?.alias(alias);
  await program.parseAsync(queryArgv(process.argv));
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has printed the message or the help already.
    process.exitCode = err.exitCode === 0 ? 0 : USAGE_ERROR;
  } else {
    process.stderr.write(`${errorLine(err)}\n`);
    const trace = debugTrace(err);
    if (trace) process.stderr.write(`${trace}\n`);
    process.exitCode = exitCode(err);
  }
}
