import { type Command, Option } from 'commander';
import { bulletinToMarkdown } from '../../bulletin/markdown.js';
import { enrichBulletin, enrichmentFields, enrichmentNotes } from '../../pipeline/enrich-bulletin.js';
import { readBulletin } from '../../pipeline/read-bulletin.js';
import { loggerFor } from '../logger.js';
import { loadOptions, maxSizeOption } from '../options.js';

/**
 * `jianbao parse FILE [--format json|md] [--enrich]`: prints one issue as one JSON object, or as Markdown;
 * with --enrich each article also carries what enrichment says about it.
 */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one bulletin file and print its articles')
    .argument('<file>', 'text dump (UTF-8, UTF-16, GB18030), PDF or HTML bulletin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('json'))
    .addOption(maxSizeOption())
    .option('--enrich', 'add section guess, tags, entities, figures, dates, keywords and summary to each article')
    .action(async (file: string, opts: { format: 'json' | 'md'; maxMb: number; enrich?: boolean }, command: Command) => {
      const log = loggerFor(command);
      const { doc, bulletin } = await readBulletin(file, loadOptions(opts));
      log.debug({ file, encoding: doc.encoding, lines: doc.lines.length, articles: bulletin.articles.length }, 'parsed');
      const enriched = opts.enrich ? enrichBulletin(bulletin) : null;
      if (opts.format === 'md') {
        process.stdout.write(bulletinToMarkdown(bulletin, (_, i) => (enriched ? enrichmentNotes(enriched[i]) : [])));
        return;
      }
      const source = { path: doc.path, kind: doc.kind, encoding: doc.encoding, sha256: doc.sha256, bytes: doc.bytes };
      const articles = enriched ? bulletin.articles.map((a, i) => ({ ...a, ...enrichmentFields(enriched[i]) })) : bulletin.articles;
      process.stdout.write(`${JSON.stringify({ ...bulletin, articles, source }, null, 2)}\n`);
    });
}
