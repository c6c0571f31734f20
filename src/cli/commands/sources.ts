/** `jianbao sources add|list|remove`: the web sources `jianbao fetch` polls. */
import { InvalidArgumentError, type Command } from 'commander';
import { checkSource, count, displayLocation, formatInterval, parseInterval, type SourceWithArticles } from '../../core/index.js';
import { cliConfig, withCore } from '../core.js';
import { addAllowOptions, dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** Commander parser turning `30m` into seconds, with the interval's own error message (a usage error). */
function intervalArg(value: string): number {
  try {
    return parseInterval(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** Registers `sources` and its subcommands. */
export function registerSources(program: Command, cli: Cli): void {
  const sources = program.command('sources').description('manage the feeds and listing pages jianbao fetch polls');

  addAllowOptions(sources
    .command('add'))
    .description('add an RSS/Atom/RDF feed or a listing page (the kind is detected on the first fetch)')
    .argument('<url>', 'http(s) URL')
    .addOption(dbOption())
    .option('--name <name>', 'display name')
    .option('--section <section>', 'section the articles are filed under')
    .option('--every <interval>', 'poll interval: 30m, 2h, 1d (default 1h)', intervalArg)
    .action(async (url: string, opts: { db?: string; name?: string; section?: string; every?: number; allowPrivate?: boolean; allowNetworks?: string }) => {
      const input = { url, name: opts.name ?? null, section: opts.section ?? null, every: opts.every };
      // Refused before any store is opened (or created).
      checkSource(cliConfig(cli, opts), input);
      const s = await withCore(cli, opts, (jianbao, actor) => jianbao.sources.add(actor, input));
      cli.stdout.write(`added #${s.id} ${s.url} (every ${formatInterval(s.everySeconds)})\n`);
    });

  sources
    .command('list')
    .description('list the sources with their last fetch, status and article counts')
    .addOption(dbOption())
    .option('--articles', 'also list each source\'s stored articles')
    .option('--json', 'print one JSON array instead of text')
    .action(async (opts: { db?: string; articles?: boolean; json?: boolean }) => {
      const { rows, store } = await withCore(cli, opts, async (jianbao, actor) => ({
        rows: await jianbao.sources.list(actor, { articles: Boolean(opts.articles) }),
        store: jianbao.config.store,
      }), { mustExist: true });
      cli.stdout.write(opts.json ? asJson(rows, Boolean(opts.articles)) : asText(rows, displayLocation(store)));
    });

  sources
    .command('remove')
    .description('remove a source (its stored articles stay)')
    .argument('<source>', 'source id (as listed) or URL')
    .addOption(dbOption())
    .action(async (ref: string, opts: { db?: string }) => {
      const removed = await withCore(cli, opts, (jianbao, actor) => jianbao.sources.remove(actor, ref), { mustExist: true });
      cli.stdout.write(`removed #${removed.id} ${removed.url}\n`);
    });
}

type Row = SourceWithArticles;

function asJson(rows: Row[], withArticles: boolean): string {
  const out = rows.map(({ source: { seen, ...s }, articles }) => ({
    ...s,
    seenCount: seen.length,
    ...(withArticles
      ? { articles: articles.map(({ id, section, title, web }) => ({ id, section, title, ...web })) }
      : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

function asText(rows: Row[], db: string): string {
  if (!rows.length) return `no sources in ${db} (add one with jianbao sources add URL)\n`;
  const lines: string[] = [];
  for (const { source: s, articles } of rows) {
    const last = s.lastFetchedAt ? `${s.lastStatus} at ${s.lastFetchedAt}` : 'never fetched';
    lines.push(
      `#${s.id}  ${s.name ?? s.url}  ${s.kind ?? 'kind unknown'}  every ${formatInterval(s.everySeconds)}  ${last}  ` +
        `${count(s.articleCount, 'article')}${s.failures ? `  ${count(s.failures, 'failure')} in a row` : ''}`,
    );
    if (s.name) lines.push(`    ${s.url}`);
    if (s.lastError) lines.push(`    last error: ${s.lastError}`);
    for (const a of articles) lines.push(`    ${a.id}. ${a.section ? `[${a.section}] ` : ''}${a.title}  ${a.web?.publishedAt ?? ''}  ${a.web?.outlet ? `${a.web.outlet}  ` : ''}${a.web?.canonicalUrl ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
