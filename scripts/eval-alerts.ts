/**
 * How well watchlists alert, on material the matching was and was not built from. Each judged query becomes a
 * watchlist before the articles arrive; then the articles are stored and the alerts they raise are compared
 *
 * - with the archive search for the same query (which articles `jianbao search` finds, all pages): the share of
 *   watchlists whose alerts are exactly the search's set, and the mean Jaccard overlap of the two sets;
 * - with the judgements: the share of alerts on a judged-relevant article (precision) and the share of
 *   judged-relevant articles alerted (recall). Judgements rank; alerts are a set, so these read differently;
 * - each query of one term also as an entity watchlist (`entity: <query>`), with the archive search filtering by that
 *   entity: the share whose alerts are exactly the search's set. The unseen archives are stored without entities, so
 *   there only the names whose printing an entity filter accepts (src/search/entity-names.ts) alert.
 *
 * Seen: samples/*.txt imported through the core's import (the judged queries of testdata/search-judgements.json).
 * Unseen: testdata/search-unseen/archive-*.json (other publications, written for search's held-out test) stored as
 * bulletins and matched by the catch-up run, split into `dev` and `heldout` queries as judged there; the
 * matching was written without looking at either.
 *
 *   npm run eval:alerts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { squash } from '../src/eval/search-metrics.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';

const UNSEEN_DIR = 'testdata/search-unseen';
const ACTOR: Actor = { id: 'eval', role: 'admin' };

interface Judged {
  query: string;
  relevant: Set<string>;
}

interface Figures {
  queries: number;
  exact: number;
  jaccard: number;
  precision: number;
  recall: number;
  alerts: number;
  /** Entity watchlists (queries of one term) and those alerting exactly on the search's set. */
  entityWatches: number;
  entityExact: number;
}

const samples = readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('samples', f));
const seenQueries: Judged[] = (JSON.parse(readFileSync('testdata/search-judgements.json', 'utf8')) as { queries: { query: string; relevant: string[] }[] }).queries
  .map((q) => ({ query: q.query, relevant: new Set(q.relevant.map(squash)) }));
const unseen = JSON.parse(readFileSync(join(UNSEEN_DIR, 'judgements.json'), 'utf8')) as Record<'dev' | 'heldout', { query: string; relevant: Record<string, number> }[]>;
const unseenPart = (part: 'dev' | 'heldout'): Judged[] =>
  unseen[part].map((q) => ({ query: q.query, relevant: new Set(Object.entries(q.relevant).filter(([, g]) => g > 0).map(([t]) => squash(t))) }));

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-alerts-'));

/** A query of one term, without operators or quotes: a name an entity filter may take. */
function oneTerm(query: string): boolean {
  return /^[^\s"():-]+$/u.test(query.trim());
}

/** A fresh store with one watchlist per query (named by its position). */
async function withWatchlists(name: string, queries: Judged[]): Promise<{ location: string; jianbao: Jianbao }> {
  const location = join(dir, `${name}.db`);
  const jianbao = await openJianbao(resolveConfig({ flags: { store: location } }));
  for (const [i, q] of queries.entries()) {
    await jianbao.watchlists.add(ACTOR, { name: `q${i}`, query: q.query, owner: null });
    if (oneTerm(q.query)) await jianbao.watchlists.add(ACTOR, { name: `e${i}`, query: '', entity: q.query, owner: null });
  }
  return { location, jianbao };
}

/** Alerts and search results compared, per query. */
async function measure(jianbao: Jianbao, store: Store, queries: Judged[], label: string): Promise<Figures> {
  const { alerts } = await jianbao.watchlists.alerts(ACTOR, { limit: 1000 });
  const titles = new Map((await store.articles.list()).map((a) => [a.id, squash(a.title)]));
  const f: Figures = { queries: queries.length, exact: 0, jaccard: 0, precision: 0, recall: 0, alerts: 0, entityWatches: 0, entityExact: 0 };
  let [alertedRelevant, alertCount, relevantCount, relevantFound] = [0, 0, 0, 0];
  console.log(`\n-- ${label}: ${queries.length} watchlists (alerts / search finds / both; judged relevant alerted)`);
  for (const [i, q] of queries.entries()) {
    const alerted = new Set(alerts.filter((a) => a.watchlist === `q${i}` && a.kind === 'match').map((a) => a.articleId!));
    // Articles listed for missing one term (src/search/partial-matches.ts) are not what the search finds.
    const { hits } = await store.search.search({ query: q.query, limit: 100_000, facets: false });
    const found = new Set(hits.filter((h) => !h.missing).map((h) => h.id));
    const both = [...alerted].filter((id) => found.has(id)).length;
    const union = alerted.size + found.size - both;
    f.exact += both === union ? 1 : 0;
    f.jaccard += union ? both / union : 1;
    const alertedTitles = new Set([...alerted].map((id) => titles.get(id)!));
    alertedRelevant += [...alerted].filter((id) => q.relevant.has(titles.get(id)!)).length;
    alertCount += alerted.size;
    relevantCount += q.relevant.size;
    relevantFound += [...q.relevant].filter((t) => alertedTitles.has(t)).length;
    console.log(`${String(alerted.size).padStart(3)} ${String(found.size).padStart(3)} ${String(both).padStart(3)}  ${[...q.relevant].filter((t) => alertedTitles.has(t)).length}/${q.relevant.size}  ${q.query}`);
  }
  for (const [i, q] of queries.entries()) {
    if (!oneTerm(q.query)) continue;
    const alerted = alerts.filter((a) => a.watchlist === `e${i}` && a.kind === 'match').map((a) => a.articleId!).sort((a, b) => a - b);
    const { hits } = await store.search.search({ query: '', filters: { entities: [q.query] }, limit: 100_000, facets: false });
    const found = hits.map((h) => h.id).sort((a, b) => a - b);
    f.entityWatches++;
    f.entityExact += JSON.stringify(alerted) === JSON.stringify(found) ? 1 : 0;
    if (JSON.stringify(alerted) !== JSON.stringify(found)) console.log(`entity ${q.query}: alerts ${alerted.length}, search finds ${found.length}`);
  }
  f.jaccard /= queries.length;
  f.precision = alertCount ? alertedRelevant / alertCount : 1;
  f.recall = relevantCount ? relevantFound / relevantCount : 1;
  f.alerts = alertCount;
  return f;
}

async function seen(): Promise<Figures> {
  const { location, jianbao } = await withWatchlists('samples', seenQueries);
  const store = await openStore(location);
  try {
    for (const file of samples) await jianbao.issues.importFile(ACTOR, file, { sameIssue: 'keep-both' });
    return await measure(jianbao, store, seenQueries, `seen: samples (${samples.length} files)`);
  } finally {
    await Promise.all([store.close(), jianbao.close()]);
  }
}

interface ArchiveFile {
  publication: string;
  issues: { issueDate: string; articles: { section: string; title: string; body: string }[] }[];
}

async function unseenFigures(part: 'dev' | 'heldout'): Promise<Figures> {
  const queries = unseenPart(part);
  const { location, jianbao } = await withWatchlists(`unseen-${part}`, queries);
  const store = await openStore(location);
  try {
    for (const file of readdirSync(UNSEEN_DIR).filter((f) => /^archive-.*\.json$/.test(f)).sort()) {
      const archive = JSON.parse(readFileSync(join(UNSEEN_DIR, file), 'utf8')) as ArchiveFile;
      for (const [k, issue] of archive.issues.entries()) {
        const articles = issue.articles.map((a, i): Article => ({ section: a.section, title: a.title, byline: null, subheads: [], body: a.body, captions: [], page: 1, lineStart: i + 1, lineEnd: i + 1 }));
        const path = `${UNSEEN_DIR}/${file}#${k}`;
        await store.issues.import(
          { path, sha256: squash(path).padEnd(64, '0').slice(0, 64), bytes: 1, encoding: 'utf-8', kind: 'text' },
          { publication: archive.publication, issueDate: issue.issueDate, sections: [...new Set(issue.articles.map((a) => a.section))], warnings: [], articles },
        );
      }
    }
    // Stored past the core: the catch-up run finds them.
    await jianbao.watchlists.matchNew();
    return await measure(jianbao, store, queries, `unseen ${part}`);
  } finally {
    await Promise.all([store.close(), jianbao.close()]);
  }
}

try {
  const rows: [string, Figures][] = [['seen (samples)', await seen()], ['unseen dev', await unseenFigures('dev')], ['unseen held-out', await unseenFigures('heldout')]];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log('\n                    watchlists  alerts  same set as search  mean Jaccard  precision  recall  entity watchlists same set');
  for (const [label, f] of rows) {
    console.log(`${label.padEnd(20)}${String(f.queries).padStart(10)}${String(f.alerts).padStart(8)}${`${f.exact}/${f.queries}`.padStart(20)}${f.jaccard.toFixed(3).padStart(14)}${pct(f.precision).padStart(11)}${pct(f.recall).padStart(8)}${`${f.entityExact}/${f.entityWatches}`.padStart(28)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
