import { type Command, Option } from 'commander';
import { parseFile } from '../../core/index.js';
import { cliConfig } from '../core.js';
import { loggerFor } from '../logger.js';
import { maxSizeOption } from '../options.js';
import type { Cli } from '../io.js';

/**
 * `jianbao parse FILE [--format json|md] [--enrich]`: prints one issue as one JSON object, or as Markdown;
 * with --enrich each article also carries what enrichment says about it.
 */
export function registerParse(program: Command, cli: Cli): void {
  program
    .command('parse')
    .description('parse one bulletin file and print its articles')
    .argument('<file>', 'text dump (UTF-8, UTF-16, GB18030), PDF or HTML bulletin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('json'))
    .addOption(maxSizeOption())
    .option('--enrich', 'add section guess, tags, entities, figures, dates, keywords and summary to each article')
    .action(async (file: string, opts: { format: 'json' | 'md'; maxMb?: number; enrich?: boolean }, command: Command) => {
      const { issue, markdown } = await parseFile(cliConfig(cli, opts), file, { enrich: Boolean(opts.enrich) });
      loggerFor(command, cli).debug({ file, encoding: issue.source.encoding, articles: issue.articles.length }, 'parsed');
      cli.stdout.write(opts.format === 'md' ? markdown : `${JSON.stringify(issue, null, 2)}\n`);
    });
}
