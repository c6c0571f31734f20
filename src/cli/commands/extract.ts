/** `jianbao extract FILE|URL [--format json|md]`: the article text and metadata of one web page. */
import { Option, type Command } from 'commander';
import { extractPage, type ExtractedPage } from '../../core/index.js';
import { cliConfig } from '../core.js';
import { addAllowOptions } from '../options.js';
import type { Cli } from '../io.js';

/** Markdown rendering: headline, one metadata line, body. */
function toMarkdown(page: ExtractedPage): string {
  const meta = [page.published, page.author, page.source ?? page.siteName, page.url].filter(Boolean).join(' · ');
  return [page.title ? `# ${page.title}` : null, meta ? `_${meta}_` : null, page.body].filter((x) => x !== null).join('\n\n') + '\n';
}

/** Registers the `extract` command on the CLI program. */
export function registerExtract(program: Command, cli: Cli): void {
  addAllowOptions(program
    .command('extract'))
    .description('extract the article text and metadata of a web page (a saved HTML file or an http(s) URL)')
    .argument('<input>', 'HTML file or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('json'))
    .action(async (input: string, opts: { format: 'json' | 'md'; allowPrivate?: boolean; allowNetworks?: string }) => {
      // A page that cannot be had (404, timeout, refused address, a folder) is a failed input, exit 1, not bad usage.
      const page = await extractPage(cliConfig(cli, opts), input);
      for (const w of page.warnings) cli.stderr.write(`warning: ${input}: ${w}\n`);
      cli.stdout.write(opts.format === 'md' ? toMarkdown(page) : `${JSON.stringify(page, null, 2)}\n`);
    });
}
