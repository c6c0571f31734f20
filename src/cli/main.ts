import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerBench } from './commands/bench.js';
import { registerEdition } from './commands/edition.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerFetch } from './commands/fetch.js';
import { registerEnrich } from './commands/enrich.js';
import { registerGroups } from './commands/groups.js';
import { registerImport } from './commands/import.js';
import { registerIssue } from './commands/issue.js';
import { registerList } from './commands/list.js';
import { registerParse } from './commands/parse.js';
import { registerSources } from './commands/sources.js';
import { registerTrain } from './commands/train.js';
import { registerSearch } from './commands/search.js';
import { registerTop } from './commands/top.js';
import { registerTrend } from './commands/trend.js';
import { debugTrace, errorLine } from './errors.js';
import { guardStream } from './terminal.js';

/** Exit code for a command line commander could not accept (unknown option, missing argument…). */
const USAGE_ERROR = 2;

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('jianbao')
  .description('简报 jianbao: parse, store and list industry bulletins')
  .version(version)
  .option('-v, --verbose', 'log what happens (JSON lines on stderr)')
  // Settings made before the commands are added are inherited by them.
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`jianbao: ${text.replace(/^error: /, '')}`) });

guardStream(process.stdout);

// A reader that stops early (`jianbao parse f | head`) closes the pipe: that ends the command, it is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

registerParse(program);
registerImport(program);
registerList(program);
registerSearch(program);
registerTrend(program);
registerTop(program);
registerBench(program);
registerExtract(program);
registerEval(program);
registerSources(program);
registerFetch(program);
registerEnrich(program);
registerGroups(program);
registerTrain(program);
registerIssue(program);
registerEdition(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has printed the message or the help already.
    process.exitCode = err.exitCode === 0 ? 0 : USAGE_ERROR;
  } else {
    process.stderr.write(`${errorLine(err)}\n`);
    const trace = debugTrace(err);
    if (trace) process.stderr.write(`${trace}\n`);
    process.exitCode = 1;
  }
}
