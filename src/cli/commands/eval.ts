import type { Command } from 'commander';
import { evaluateFile } from '../../core/index.js';
import { cliConfig } from '../core.js';
import { loggerFor } from '../logger.js';
import { maxSizeOption } from '../options.js';
import { type Cli, CommandExit } from '../io.js';

/**
 * `jianbao eval GOLD FILE [--json]`: parses FILE (text dump or PDF) as `jianbao import` would, scores it against the
 * gold annotation and prints the figures (the same as `npm run eval`); exits 1 when a figure misses its bar.
 */
export function registerEval(program: Command, cli: Cli): void {
  program
    .command('eval')
    .description('score the parse of one bulletin against its gold annotation (exit 1 when a bar is missed)')
    .argument('<gold>', 'gold annotation (JSON, see testdata/gold)')
    .argument('<file>', 'the bulletin it annotates: text dump or PDF')
    .option('--json', 'print the figures as one JSON object')
    .addOption(maxSizeOption())
    .action(async (gold: string, file: string, opts: { json?: boolean; maxMb?: number }, command: Command) => {
      const { report, pass, text } = await evaluateFile(cliConfig(cli, opts), gold, file);
      loggerFor(command, cli).debug({ gold, file, pass }, 'evaluated');
      cli.stdout.write(opts.json ? `${JSON.stringify({ ...report, pass }, null, 2)}\n` : `${text}\n`);
      if (!pass) throw new CommandExit(1);
    });
}
