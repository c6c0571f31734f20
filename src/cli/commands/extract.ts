/** `jianbao extract FILE|URL [--format json|md]`: the article text and metadata of one web page. */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { extractArticle, type ExtractedPage } from '../../extract/index.js';
import { createFetcher, fetchArticle } from '../../fetch/index.js';
import { addAllowOptions, allowSettings, type AllowOpts } from '../options.js';
import { terminalSafe } from '../terminal.js';

/** Markdown rendering: headline, one metadata line, body. */
function toMarkdown(page: ExtractedPage): string {
  const meta = [page.published, page.author, page.source ?? page.siteName, page.url].filter(Boolean).join(' · ');
  return [page.title ? `# ${page.title}` : null, meta ? `_${meta}_` : null, page.body].filter((x) => x !== null).join('\n\n') + '\n';
}

async function load(input: string, allow: AllowOpts): Promise<ExtractedPage> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) return fetchArticle(input, createFetcher(allowSettings(allow)));
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not an HTML file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new Error(`${input}: ${problem}`);
  }
  return extractArticle(bytes);
}

/** Registers the `extract` command on the CLI program. */
export function registerExtract(program: Command): void {
  addAllowOptions(program
    .command('extract'))
    .description('extract the article text and metadata of a web page (a saved HTML file or an http(s) URL)')
    .argument('<input>', 'HTML file or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('json'))
    .action(async (input: string, opts: { format: 'json' | 'md' } & AllowOpts) => {
      // A page that cannot be had (404, timeout, refused address, a folder) is a failed input, exit 1, not bad usage.
      const page = await load(input, opts);
      for (const w of page.warnings) process.stderr.write(terminalSafe(`warning: ${input}: ${w}\n`));
      process.stdout.write(opts.format === 'md' ? toMarkdown(page) : `${JSON.stringify(page, null, 2)}\n`);
    });
}
