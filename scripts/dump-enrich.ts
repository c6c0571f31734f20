/**
 * Every enrichment of the material, as JSON lines, for a byte comparison before and after a change to how enrichment
 * runs (not to what it decides): the articles of testdata/enrich-unseen, the samples' articles (003 by its gold, the
 * briefs) and the articles the bulletin parser reads from samples/ and testdata/unseen, each set enriched as an issue
 * (enrichArticles) and one by one (enrichArticle), with and without document frequencies and a trained section model.
 *
 *   npx tsx scripts/dump-enrich.ts > before.jsonl   (then after the change: > after.jsonl; cmp before.jsonl after.jsonl)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/bulletin/parse.js';
import { addToDocFreq, enrichAllWithTerms, enrichArticle, trainSectionModel, type DocFreq, type EnrichContext, type EnrichInput } from '../src/enrich/index.js';
import { loadSource } from '../src/ingest/load.js';
import { articles003, briefArticles } from '../test/enrich-samples.js';

const root = new URL('../', import.meta.url).pathname;
const sets: [string, EnrichInput[]][] = [['003', articles003()], ['briefs', briefArticles()]];

const unseen = join(root, 'testdata/enrich-unseen');
for (const file of readdirSync(unseen).filter((f) => f.endsWith('.json')).sort()) {
  const articles = (JSON.parse(readFileSync(join(unseen, file), 'utf8')) as { articles?: unknown }).articles;
  if (Array.isArray(articles)) sets.push([file, articles as EnrichInput[]]);
}

/** Text files under dir, recursively, in name order. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? textFiles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
}

for (const path of [...textFiles(join(root, 'samples')).filter((p) => !p.includes('/bench/')), ...textFiles(join(root, 'testdata/unseen'))]) {
  const bulletin = parseBulletin(await loadSource(path));
  const issue = bulletin.articles.map((a) => ({ title: a.title, body: a.body, date: bulletin.issueDate, source: bulletin.publication }));
  sets.push([path.slice(root.length), issue]);
}

const print = (set: string, how: string, value: unknown) => process.stdout.write(`${set}\t${how}\t${JSON.stringify(value)}\n`);
const docFreq: DocFreq = { documents: 0, frequencies: {} };
const labelled = sets.flatMap(([, articles]) => articles.filter((a) => typeof (a as { section?: unknown }).section === 'string').map((a) => ({ article: a, section: (a as unknown as { section: string }).section })));
const trained: EnrichContext = { sectionModel: trainSectionModel(labelled.slice(0, 300)) };
print('model', 'trained', trained.sectionModel);

for (const [set, articles] of sets) {
  const together = enrichAllWithTerms(articles);
  together.forEach((e, i) => print(set, `issue ${i}`, e));
  articles.forEach((a, i) => print(set, `one ${i}`, enrichArticle(a)));
  for (const e of together) addToDocFreq(docFreq, e.terms);
}
for (const [set, articles] of sets) {
  enrichAllWithTerms(articles, { ...trained, docFreq, referenceDate: '2024-06-01' }).forEach((e, i) => print(set, `context ${i}`, e));
}
