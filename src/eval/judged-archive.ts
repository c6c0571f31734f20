/**
 * The unseen search archives (testdata/search-unseen*): articles of other publications written for judging search,
 * kept as JSON issues, with graded queries split into `dev` (may be looked at while tuning) and `heldout` (only
 * measured). Read by `npm run eval:search` and by the tests that hold its figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandBulletin } from '../pipeline/understand.js';
import type { Store } from '../store/types.js';
import type { Article } from '../types.js';
import { squash, type Grades, type PlainArticle } from './search-metrics.js';

/** A query with the grades of its judged articles. */
export interface Judged {
  query: string;
  grades: Grades;
}

export type JudgedPart = 'dev' | 'heldout';

/** Every name of one organisation, with the titles of the articles naming it by any of them (read, not searched). */
export interface AliasGroup {
  part: JudgedPart;
  names: string[];
  articles: string[];
}

interface ArchiveFile {
  publication: string;
  issues: { issueDate: string; articles: { section: string; title: string; body: string }[] }[];
}

/** The judged queries of an archive's folder, by part. */
export function readJudged(dir: string): Record<JudgedPart, Judged[]> {
  const judged = JSON.parse(readFileSync(join(dir, 'judgements.json'), 'utf8')) as Record<JudgedPart, { query: string; relevant: Grades }[]>;
  const part = (p: JudgedPart): Judged[] => judged[p].map((q) => ({ query: q.query, grades: q.relevant }));
  return { dev: part('dev'), heldout: part('heldout') };
}

/** The judged alias groups of an archive's folder (none when its judgements list none). */
export function readAliasGroups(dir: string): AliasGroup[] {
  return (JSON.parse(readFileSync(join(dir, 'judgements.json'), 'utf8')) as { aliases?: AliasGroup[] }).aliases ?? [];
}

/** Imports the folder's issues as bulletins, enriched as `import` enriches them (entity filters read that); returns the articles imported. */
export async function importJudgedArchive(store: Store, dir: string): Promise<number> {
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => /^archive-.*\.json$/.test(f)).sort()) {
    const archive = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ArchiveFile;
    for (const [k, issue] of archive.issues.entries()) {
      const articles = issue.articles.map(
        (a, i): Article => ({ section: a.section, title: a.title, byline: null, subheads: [], body: a.body, captions: [], page: 1, lineStart: i + 1, lineEnd: i + 1 }),
      );
      const path = `${dir}/${file}#${k}`;
      const bulletin = { publication: archive.publication, issueDate: issue.issueDate, sections: [...new Set(issue.articles.map((a) => a.section))], warnings: [], articles };
      await store.issues.import({ path, sha256: squash(path).padEnd(64, '0').slice(0, 64), bytes: 1, encoding: 'utf-8', kind: 'text' }, bulletin, understandBulletin(bulletin));
      n += articles.length;
    }
  }
  return n;
}

/** The stored articles as the substring baseline reads them. */
export async function plainArticles(store: Store): Promise<PlainArticle[]> {
  const { hits } = await store.search.search({ query: 'from:1900', limit: 100_000, facets: false });
  const dates = new Map(hits.map((h) => [h.id, h.date]));
  return (await store.articles.list()).map((a) => ({ title: a.title, body: a.body, date: dates.get(a.id) ?? null }));
}
