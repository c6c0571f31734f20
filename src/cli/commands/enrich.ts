import type { Command } from 'commander';
import { articleContext, understandArticle, understandingVersion } from '../../pipeline/understand.js';
import { openStore } from '../../store/open.js';
import type { ArticleUnderstanding } from '../../store/enrichment-types.js';
import { FileProgress } from '../file-progress.js';
import { count, dbOption } from '../options.js';

/** Articles enriched per store transaction: progress survives an interruption, commits stay few. */
const BATCH = 50;

/**
 * `jianbao enrich [--all] [--db PATH]`: enriches the stored articles that have no enrichment or one made by
 * older rules, data or section model (every article with --all), then recomputes the same-event groups.
 */
export function registerEnrich(program: Command): void {
  program
    .command('enrich')
    .description('(re-)enrich stored articles whose enrichment is missing or out of date, then regroup same-event articles')
    .option('--all', 'enrich every stored article again')
    .addOption(dbOption())
    .action(async (opts: { db: string; all?: boolean }) => {
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const context = await store.understandingContext();
        const issues = new Map((await store.listIssues()).map((i) => [i.id, i]));
        const articles = await store.listArticles();
        const stale = new Set(opts.all ? articles.map((a) => a.id) : await store.staleEnrichments(understandingVersion(context)));
        const todo = articles.filter((a) => stale.has(a.id));
        const progress = new FileProgress(todo.length);
        let batch: { articleId: number; understanding: ArticleUnderstanding }[] = [];
        try {
          for (const [i, a] of todo.entries()) {
            batch.push({ articleId: a.id, understanding: understandArticle(a, articleContext(a, issues), context) });
            if (batch.length === BATCH) {
              await store.saveEnrichments(batch);
              batch = [];
            }
            progress.tick(todo[i + 1]?.title);
          }
          await store.saveEnrichments(batch);
        } finally {
          progress.stop();
        }
        await store.regroup();
        const groups = await store.listGroups();
        process.stdout.write(
          `${count(todo.length, 'article')} enriched, ${articles.length - todo.length} up to date; ` +
            `${count(groups.length, 'same-event group')}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
