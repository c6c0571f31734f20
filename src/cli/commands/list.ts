import type { Command } from 'commander';
import { count, displayLocation, webPlace, type IssueSummary, type StoredArticle, type WebProvenance } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/**
 * `jianbao list [--db PATH] [--json] [--articles]`: the stored issues, optionally with their article titles and
 * the web articles (which belong to no issue) after them.
 */
export function registerList(program: Command, cli: Cli): void {
  program
    .command('list')
    .description('list stored issues (and with --articles their article titles, then the web articles)')
    .addOption(dbOption())
    .option('--articles', 'also list each issue\'s articles, then the articles fetched from the web')
    .option('--json', 'print one JSON array instead of text')
    .action(async (opts: { db?: string; articles?: boolean; json?: boolean }) => {
      const { issues, articles, store } = await withCore(cli, opts, async (jianbao, actor) => ({
        store: jianbao.config.store,
        issues: await jianbao.issues.list(actor),
        // One query for every article (bulletin articles in printed order, then web ones), shared out by issue.
        articles: opts.articles ? await jianbao.issues.listArticles(actor) : [],
      }), { mustExist: true });
      const byIssue = new Map<number, StoredArticle[]>();
      for (const a of articles) {
        if (a.issueId === null) continue;
        if (!byIssue.has(a.issueId)) byIssue.set(a.issueId, []);
        byIssue.get(a.issueId)!.push(a);
      }
      const rows = issues.map((issue) => ({ issue, articles: byIssue.get(issue.id) ?? [] }));
      const web = articles.filter((a): a is WebArticle => a.web !== undefined);
      cli.stdout.write(opts.json ? asJson(rows, web, Boolean(opts.articles)) : asText(rows, web, store));
    });
}

type Row = { issue: IssueSummary; articles: StoredArticle[] };
type WebArticle = StoredArticle & { web: WebProvenance };

/** The issues; with --articles each with its articles, and the web articles as a last `{ web: true, … }` entry. */
function asJson(rows: Row[], web: WebArticle[], withArticles: boolean): string {
  const out: object[] = rows.map(({ issue, articles }) => ({
    ...issue,
    ...(withArticles
      ? { articles: articles.map(({ id, section, title, byline, page, lineStart, lineEnd }) => ({ id, section, title, byline, page, lineStart, lineEnd })) }
      : {}),
  }));
  if (web.length) out.push({ web: true, articleCount: web.length, articles: web.map(({ id, section, title, web: w }) => ({ id, section, title, ...w })) });
  return `${JSON.stringify(out, null, 2)}\n`;
}

function asText(rows: Row[], web: WebArticle[], db: string): string {
  if (!rows.length && !web.length) return `no issues stored in ${displayLocation(db)}\n`;
  const lines: string[] = [];
  for (const { issue, articles } of rows) {
    lines.push(
      `#${issue.id}  ${issue.issueDate ?? '(no date)'}  ${issue.publication ?? '(no publication)'}  ` +
        `${count(issue.articleCount, 'article')}  ${issue.source.path}`,
    );
    for (const a of articles) {
      const where = `${a.page !== null ? `p.${a.page} ` : ''}lines ${a.lineStart}-${a.lineEnd}`;
      lines.push(`    ${a.ordinal + 1}. ${a.section ? `[${a.section}] ` : ''}${a.title}  (${where})`);
    }
  }
  if (web.length) lines.push(`web  ${count(web.length, 'article')} fetched from sources`);
  for (const a of web) {
    lines.push(`    #${a.id} ${a.section ? `[${a.section}] ` : ''}${a.title}  (${webPlace(a.web).issueDate}  ${a.web.outlet ? `${a.web.outlet}  ` : ''}${a.web.canonicalUrl})`);
  }
  return `${lines.join('\n')}\n`;
}
