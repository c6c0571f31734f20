import type { Command } from 'commander';
import type { ArticleView, StoredArticle } from '../../core/index.js';
import { positiveInt, whoOption } from '../compose-options.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

interface Flags {
  db?: string;
  who?: string;
}

/**
 * `jianbao article show|edit|split|merge|issue` and `jianbao undo`: the article page's workflows on the command
 * line, each one core call (src/core/services/articles.ts, history.ts).
 */
export function registerArticle(program: Command, cli: Cli): void {
  const article = program.command('article').description('read and fix one stored article (the workbench article page)');
  const common = (c: Command) => c.addOption(whoOption()).addOption(dbOption());

  common(article.command('show').description('print an article with its provenance, summary, tags, entities, figures and dates'))
    .argument('<id>', 'article id', positiveInt)
    .option('--json', 'print the whole view as JSON')
    .action(async (id: number, opts: Flags & { json?: boolean }) => {
      const view = await withCore(cli, opts, (j, actor) => j.articles.get(actor, id), { mustExist: true });
      cli.stdout.write(opts.json ? `${JSON.stringify(view, null, 2)}\n` : asText(view));
    });

  common(article.command('edit').description('change the title, section (a house section), summary or tags'))
    .argument('<id>', 'article id', positiveInt)
    .option('--title <text>', 'new title')
    .option('--section <name>', 'a house section (an unknown one is refused)')
    .option('--summary <text>', "the editor's summary (empty: back to the automatic one)")
    .option('--tags <list>', 'tags, comma-separated (replace the shown ones)')
    .action(async (id: number, opts: Flags & { title?: string; section?: string; summary?: string; tags?: string }) => {
      const input = {
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.section !== undefined ? { section: opts.section } : {}),
        ...(opts.summary !== undefined ? { summary: opts.summary } : {}),
        ...(opts.tags !== undefined ? { tags: opts.tags.split(/[,，、]/).map((t) => t.trim()).filter(Boolean) } : {}),
      };
      if (!Object.keys(input).length) throw new Error(`article ${id}: 请至少给出 --title、--section、--summary、--tags 中的一项 (give at least one of --title, --section, --summary, --tags)`);
      const after = await withCore(cli, opts, (j, actor) => j.articles.edit(actor, id, input), { mustExist: true });
      cli.stdout.write(line(after));
    });

  common(article.command('split').description('split a badly parsed article: the paragraphs from --at on become a new article after it'))
    .argument('<id>', 'article id', positiveInt)
    .requiredOption('--at <n>', 'the paragraph (1-based, as `article show` numbers them) the new article starts with', positiveInt)
    .option('--title <text>', "the new article's title (default: its first line)")
    .action(async (id: number, opts: Flags & { at: number; title?: string }) => {
      const { first, second } = await withCore(cli, opts, (j, actor) => j.articles.split(actor, id, { at: opts.at, ...(opts.title ? { title: opts.title } : {}) }), { mustExist: true });
      cli.stdout.write(line(first) + line(second));
    });

  common(article.command('merge').description('merge an article into the one printed before it in its issue'))
    .argument('<id>', 'article id', positiveInt)
    .action(async (id: number, opts: Flags) => {
      const merged = await withCore(cli, opts, (j, actor) => j.articles.merge(actor, id), { mustExist: true });
      cli.stdout.write(`merged #${id} into ${line(merged)}`);
    });

  common(article.command('issue').description('set the publication and date of a stored issue (as `jianbao list` shows it); its articles follow'))
    .argument('<issue>', 'stored issue id', positiveInt)
    .option('--publication <name>', 'publication (empty: none)')
    .option('--date <date>', 'issue date, 2021-10-21 or as printed (empty: none)')
    .action(async (id: number, opts: Flags & { publication?: string; date?: string }) => {
      if (opts.publication === undefined && opts.date === undefined) throw new Error(`issue ${id}: 请给出 --publication 或 --date (give --publication or --date)`);
      const input = { ...(opts.publication !== undefined ? { publication: opts.publication } : {}), ...(opts.date !== undefined ? { issueDate: opts.date } : {}) };
      const issue = await withCore(cli, opts, (j, actor) => j.issues.setMeta(actor, id, input), { mustExist: true });
      cli.stdout.write(`issue #${issue.id}: ${issue.publication ?? '(no publication)'} ${issue.issueDate ?? '(no date)'}\n`);
    });
}

/** `jianbao undo`: takes back your last article edit, split, merge, issue change or inbox triage. */
export function registerUndo(program: Command, cli: Cli): void {
  program
    .command('undo')
    .description('take back your last article edit, split, merge, issue publication/date or inbox triage (--who: whose)')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (opts: Flags) => {
      const undone = await withCore(cli, opts, (j, actor) => j.history.undo(actor), { mustExist: true });
      cli.stdout.write(`undone ${undone.action} ${undone.object}: ${undone.detail}\n`);
    });
}

function line(a: StoredArticle): string {
  return `#${a.id} [${a.section ?? '-'}] ${a.title}\n`;
}

function asText(v: ArticleView): string {
  const a = v.article;
  const from = a.web
    ? `${a.web.canonicalUrl || a.web.url}${a.web.outlet ? ` (${a.web.outlet})` : ''}`
    : `${v.issue?.source.path ?? ''}${a.page !== null ? ` p.${a.page}` : ''} lines ${a.lineStart}-${a.lineEnd} (issue #${a.issueId} ${v.issue?.publication ?? ''} ${v.issue?.issueDate ?? ''})`;
  const e = v.enrichment;
  return [
    `#${a.id} ${a.title}`,
    `section: ${a.section ?? '-'}${v.predictedSection ? ` (predicted ${v.predictedSection})` : ''}`,
    `from: ${from}`,
    `summary: ${v.summary}`,
    `tags: ${v.tags.join(', ')}`,
    ...(e ? [
      `entities: ${e.entities.map((x) => x.name).join(', ')}`,
      `figures: ${e.figures.map((f) => f.text).join(', ')}`,
      `dates: ${e.dates.map((d) => `${d.text}${d.date ? `=${d.date}` : ''}`).join(', ')}`,
    ] : []),
    ...(v.group.length ? [`same event: ${v.group.map((g) => `#${g.id} ${g.title}`).join('; ')}`] : []),
    '',
    ...v.paragraphs.map((p, i) => `[${i + 1}] ${p}`),
    '',
  ].join('\n');
}
