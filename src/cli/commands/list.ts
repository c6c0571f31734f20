import type { Command } from 'commander';
import { displayLocation } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import type { IssueSummary, StoredArticle } from '../../store/types.js';
import { count, dbOption } from '../options.js';

/** `jianbao list [--db PATH] [--json] [--articles]`: the stored issues, optionally with their article titles. */
export function registerList(program: Command): void {
  program
    .command('list')
    .description('list stored issues (and with --articles their article titles)')
    .addOption(dbOption())
    .option('--articles', 'also list each issue\'s articles')
    .option('--json', 'print one JSON array instead of text')
    .action(async (opts: { db: string; articles?: boolean; json?: boolean }) => {
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const issues = await store.listIssues();
        const rows = await Promise.all(
          issues.map(async (issue) => ({
            issue,
            articles: opts.articles ? await store.listArticles({ issueId: issue.id }) : [],
          })),
        );
        process.stdout.write(opts.json ? asJson(rows, Boolean(opts.articles)) : asText(rows, opts.db));
      } finally {
        await store.close();
      }
    });
}

type Row = { issue: IssueSummary; articles: StoredArticle[] };

function asJson(rows: Row[], withArticles: boolean): string {
  const out = rows.map(({ issue, articles }) => ({
    ...issue,
    ...(withArticles
      ? { articles: articles.map(({ id, section, title, byline, page, lineStart, lineEnd }) => ({ id, section, title, byline, page, lineStart, lineEnd })) }
      : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

function asText(rows: Row[], db: string): string {
  if (!rows.length) return `no issues stored in ${displayLocation(db)}\n`;
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
  return `${lines.join('\n')}\n`;
}
