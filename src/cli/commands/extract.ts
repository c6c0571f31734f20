/** `jianbao extract FILE|URL [--format json|md]`: the article text and metadata of one web page. */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { extractArticle, type ExtractedPage } from '../../extract/index.js';
import { createFetcher, fetchArticle } from '../../fetch/index.js';

/** Markdown rendering: headline, one metadata line, body. */
function toMarkdown(page: ExtractedPage): string {
  const meta = [page.published, page.author, page.source ?? page.siteName, page.url].filter(Boolean).join(' · ');
  return [page.title ? `# ${page.title}` : null, meta ? `_${meta}_` : null, page.body].filter((x) => x !== null).join('\n\n') + '\n';
}

async function load(input: string): Promise<ExtractedPage> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) return fetchArticle(input, createFetcher());
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (e) {
    throw new Error(`${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return extractArticle(bytes);
}

/** Registers the `extract` command on the CLI program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the article text and metadata of a web page (a saved HTML file or an http(s) URL)')
    .argument('<input>', 'HTML file or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('json'))
    .action(async (input: string, opts: { format: 'json' | 'md' }, cmd: Command) => {
      let page: ExtractedPage;
      try {
        page = await load(input);
      } catch (e) {
        cmd.error((e as Error).message);
      }
      for (const w of page.warnings) process.stderr.write(`warning: ${input}: ${w}\n`);
      process.stdout.write(opts.format === 'md' ? toMarkdown(page) : `${JSON.stringify(page, null, 2)}\n`);
    });
}
