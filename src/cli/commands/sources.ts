/** `jianbao sources add|list|remove`: the web sources `jianbao fetch` polls. */
import { InvalidArgumentError, type Command } from 'commander';
import { addressPolicy } from '../../fetch/address-policy.js';
import { requireSourceUrl } from '../../fetch/url-policy.js';
import { formatInterval, parseInterval } from '../../sources/interval.js';
import { displayLocation } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import type { StoredArticle, StoredSource } from '../../store/types.js';
import { addAllowOptions, allowSettings, count, dbOption, type AllowOpts } from '../options.js';

/** Default poll interval for a new source. */
const DEFAULT_EVERY = '1h';

/** Commander parser turning `30m` into seconds, with the interval's own error message. */
function intervalArg(value: string): number {
  try {
    return parseInterval(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** A source given as `#3`, `3` or its URL. */
function sourceRef(value: string): number | string {
  return /^#?\d+$/.test(value) ? Number(value.replace('#', '')) : value;
}

/** Registers `sources` and its subcommands. */
export function registerSources(program: Command): void {
  const sources = program.command('sources').description('manage the feeds and listing pages jianbao fetch polls');

  addAllowOptions(sources
    .command('add'))
    .description('add an RSS/Atom/RDF feed or a listing page (the kind is detected on the first fetch)')
    .argument('<url>', 'http(s) URL')
    .addOption(dbOption())
    .option('--name <name>', 'display name')
    .option('--section <section>', 'section the articles are filed under')
    .option('--every <interval>', 'poll interval: 30m, 2h, 1d', intervalArg, parseInterval(DEFAULT_EVERY))
    .action(async (url: string, opts: { db: string; name?: string; section?: string; every: number } & AllowOpts) => {
      // The URL as fetched (normalised by WHATWG URL), so the same feed written twice is caught as a duplicate.
      const allow = allowSettings(opts);
      const href = requireSourceUrl(url, addressPolicy(allow.allowNetworks, allow.allowPrivate)).href;
      const store = await openStore(opts.db);
      try {
        const s = await store.addSource({ url: href, name: opts.name ?? null, section: opts.section ?? null, everySeconds: opts.every });
        process.stdout.write(`added #${s.id} ${s.url} (every ${formatInterval(s.everySeconds)})\n`);
      } finally {
        await store.close();
      }
    });

  sources
    .command('list')
    .description('list the sources with their last fetch, status and article counts')
    .addOption(dbOption())
    .option('--articles', 'also list each source\'s stored articles')
    .option('--json', 'print one JSON array instead of text')
    .action(async (opts: { db: string; articles?: boolean; json?: boolean }) => {
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const list = await store.listSources();
        const rows = await Promise.all(
          list.map(async (source) => ({ source, articles: opts.articles ? await store.listArticles({ sourceId: source.id }) : [] })),
        );
        process.stdout.write(opts.json ? asJson(rows, Boolean(opts.articles)) : asText(rows, displayLocation(opts.db)));
      } finally {
        await store.close();
      }
    });

  sources
    .command('remove')
    .description('remove a source (its stored articles stay)')
    .argument('<source>', 'source id (as listed) or URL')
    .addOption(dbOption())
    .action(async (ref: string, opts: { db: string }) => {
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const removed = await store.removeSource(sourceRef(ref));
        if (!removed) throw new Error(`${ref}: no such source (see jianbao sources list)`);
        process.stdout.write(`removed #${removed.id} ${removed.url}\n`);
      } finally {
        await store.close();
      }
    });
}

type Row = { source: StoredSource; articles: StoredArticle[] };

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
