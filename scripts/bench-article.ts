/**
 * Speed of the article page's workflows at scale, beside a plain read of the same article measured in the same
 * run (the baseline): reading the page's view, an edit (which re-enriches, reindexes and regroups in its
 * transaction), a split with its undo; then the grouping step alone: one article placed again by key lookup
 * (what a change runs) beside the full regrouping (what changes ran at first).
 *
 *   npm run bench:article [-- --articles N --edits K]   (default 3000 articles, enriched first; 20 edits)
 *
 * The archive is `bench gen`'s synthetic one, enriched so that fingerprints, document frequencies and groups are
 * real. SQLite only; the machine's load changes the figures, so compare within a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openJianbao, resolveConfig, type Actor } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' }, edits: { type: 'string', default: '20' } } });
const N = Number(values.articles);
const EDITS = Number(values.edits);
const admin: Actor = { id: 'bench', role: 'admin' };

const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-article-'));
const jianbao = await openJianbao(resolveConfig({ flags: { store: join(dir, 'j.db') } }));
let open = true;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function line(name: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `${name.padEnd(34)} p50 ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms   (n=${ms.length})`;
}

try {
  const t = performance.now();
  await jianbao.bench.generate(admin, { articles: N });
  const enriched = await jianbao.enrichment.enrich(admin);
  console.log(`archive: ${N} articles generated and enriched in ${((performance.now() - t) / 1000).toFixed(1)} s; ${enriched.groups} same-event groups`);
  const ids = (await jianbao.issues.listArticles(admin, { limit: 2000 })).filter((a) => a.issueId !== null).map((a) => a.id);
  const sample = Array.from({ length: Math.max(EDITS, 50) }, (_, i) => ids[(i * 37) % ids.length]!);

  const plain: number[] = [];
  const view: number[] = [];
  for (const id of sample) {
    plain.push(await timed(() => jianbao.issues.getArticle(admin, id)));
    view.push(await timed(() => jianbao.articles.get(admin, id)));
  }
  const sections = ['产业环境', '技术情报'];
  const edits: number[] = [];
  for (const [i, id] of sample.slice(0, EDITS).entries()) edits.push(await timed(() => jianbao.articles.edit(admin, id, { section: sections[i % 2] })));
  const splits: number[] = [];
  const undos: number[] = [];
  for (const id of sample.slice(0, Math.min(5, EDITS))) {
    const { paragraphs } = await jianbao.articles.get(admin, id);
    if (paragraphs.length < 2) continue;
    splits.push(await timed(() => jianbao.articles.split(admin, id, { at: paragraphs.length })));
    undos.push(await timed(() => jianbao.history.undo(admin)));
  }

  console.log(line('baseline: issues.getArticle', plain));
  console.log(line('articles.get (the page view)', view));
  console.log(line('articles.edit (section)', edits));
  console.log(line('articles.split', splits));
  console.log(line('history.undo (of a split)', undos));
  await jianbao.close();
  open = false;
  // The grouping step alone, on the store: what a change runs (its articles placed again by key) beside the
  // full regrouping it ran before.
  const store = await openStore(join(dir, 'j.db'));
  const one: number[] = [];
  const full: number[] = [];
  for (const id of sample.slice(0, 5)) {
    one.push(await timed(() => store.enrichment.regroupArticles([id])));
    full.push(await timed(() => store.enrichment.regroup()));
  }
  await store.close();
  console.log(line('grouping: one article placed again', one));
  console.log(line('grouping: full regroup (before)', full));
} finally {
  if (open) await jianbao.close();
  rmSync(dir, { recursive: true, force: true });
}
