import { type Command, InvalidArgumentError } from 'commander';
import { parseDateBound, type FacetCounts, type FiltersInput, type SearchResult } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** Options every archive query command shares: the filters. */
export interface FilterOptions {
  db?: string;
  from?: string;
  to?: string;
  section?: string[];
  tag?: string[];
  entity?: string[];
  source?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds --db and the filter options (--from --to --section --tag --entity --source) to a command. */
export function addFilterOptions(command: Command): Command {
  return command
    .addOption(dbOption())
    .option('--from <date>', 'only articles dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)', (v) => dateArg(v, 'from'))
    .option('--to <date>', 'only articles dated on or before', (v) => dateArg(v, 'to'))
    .option('--section <name>', 'only this section (repeat for any of several)', collect)
    .option('--tag <tag>', 'only articles with this tag (repeat: all of them)', collect)
    .option('--entity <name>', 'only articles naming this entity (repeat: all of them)', collect)
    .option('--source <name>', 'only this publication or source file (repeat for any of several)', collect);
}

/**
 * Lets a command's variadic query take its words as typed: `-电池` is an exclusion, a word of the query, where
 * commander would refuse it as an unknown option. Words keep their order; a `--long` option the command does not
 * know is still refused, by queryOf.
 */
export function takesQueryWords(command: Command): Command {
  return command.allowUnknownOption();
}

/** The query the words make; an unknown `--option` among them is a usage error (exit code 2). */
export function queryOf(command: Command, words: string[]): string {
  const unknown = words.find((w) => /^--./.test(w));
  if (unknown) command.error(`error: unknown option '${unknown}' (an exclusion is -word, with one dash)`, { code: 'commander.unknownOption' });
  return words.join(' ');
}

/** The filters the options give. */
export function filtersOf(opts: FilterOptions): FiltersInput {
  return { from: opts.from, to: opts.to, sections: opts.section, tags: opts.tag, entities: opts.entity, sources: opts.source };
}

/** A date option checked and widened like the query's from:/to:. */
export function dateArg(value: string, field: 'from' | 'to'): string {
  try {
    return parseDateBound(value, field);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** A positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** `jianbao search QUERY…`: ranked articles with snippets and facet counts. */
export function registerSearch(program: Command, cli: Cli): void {
  addFilterOptions(
    takesQueryWords(
      program
        .command('search')
        .description('search the archive: words (AND), "phrases", -exclusions, OR, field:value filters')
        .argument('[query...]', 'the query (see README: search syntax)'),
    ),
  )
    .option('--limit <n>', 'hits per page', positiveInt, 10)
    .option('--page <n>', 'which page of hits', positiveInt, 1)
    .option('--json', 'print one JSON object (snippet marks as <mark>)')
    .action(async (words: string[], opts: FilterOptions & { limit: number; page: number; json?: boolean }, command: Command) => {
      const query = queryOf(command, words);
      const request = { query, filters: filtersOf(opts), limit: opts.limit, offset: (opts.page - 1) * opts.limit, marks: opts.json ? 'html' : 'terminal' } as const;
      const result = await withCore(cli, opts, (jianbao, actor) => jianbao.search.search(actor, request), { mustExist: true });
      for (const w of result.warnings) cli.stderr.write(`jianbao: warning: ${w}\n`);
      cli.stdout.write(opts.json ? `${JSON.stringify({ query, ...result }, null, 2)}\n` : asText(result, query, opts));
    });
}

function asText(r: SearchResult, query: string, opts: { limit: number; page: number }): string {
  const first = (opts.page - 1) * opts.limit;
  const matches = r.total
    ? `${r.approximate ? 'about ' : ''}${r.total} ${r.total === 1 ? 'article matches' : 'articles match'} ${query || '(filters)'}`
    : `no article matches ${query || '(filters)'}`;
  // Articles missing one term follow those holding all (src/search/partial-matches.ts), each saying what it misses.
  const partial = r.partial ? `; ${r.partial} more ${r.partial === 1 ? 'holds' : 'hold'} all its terms but one` : '';
  const shown = r.hits.length ? `; ${first + 1}-${first + r.hits.length} shown` : '';
  const lines = [`${matches}${partial}${shown}`];
  r.hits.forEach((h, k) => {
    const where = [h.date ?? '(no date)', h.section, h.source].filter(Boolean).join(' · ');
    const missing = h.missing ? [`   缺少：${h.missing.join('、')}`] : [];
    lines.push('', `${first + k + 1}. ${h.titleHighlight}`, `   ${where}  #${h.id}`, ...missing, `   ${h.snippet}`);
  });
  const facet = (name: string, counts: FacetCounts) =>
    counts.length ? [`  ${name}: ${counts.slice(0, 8).map((c) => `${c.value} ${c.count}`).join(' · ')}${counts.length > 8 ? ' …' : ''}`] : [];
  if (r.total) {
    lines.push(
      '',
      'facets:',
      ...facet('section', r.facets.section),
      ...facet('month', [...r.facets.month].sort((a, b) => b.value.localeCompare(a.value))),
      ...facet('source', r.facets.source),
      ...facet('tag', r.facets.tag),
      ...facet('entity', r.facets.entity),
    );
  }
  return `${lines.join('\n')}\n`;
}
