/**
 * Ranking quality of archive search on judged queries, on material the search was and was not built from:
 *
 * - samples: samples/*.txt imported through the real pipeline, the judged queries of
 *   testdata/search-judgements.json (binary relevance; judged articles are found by title, whitespace ignored,
 *   so the figure also reflects how well the parser splits articles);
 * - unseen: testdata/search-unseen/archive-*.json (64 articles of other publications written for this, imported
 *   as bulletins) with the graded queries of testdata/search-unseen/judgements.json, split into `dev` (may be looked
 *   at while tuning) and `heldout` (only measured);
 * - unseen2: testdata/search-unseen2/ in the same shape (69 articles of three more publications, 44 graded queries),
 *   written after the search was tuned on the first, before any change made for it;
 * - unseen3: testdata/search-unseen3/ in the same shape (66 articles of three more publications, 47 graded queries),
 *   written after the second, before any change made for it, where compounds are written apart, reordered or cut;
 * - unseen4: testdata/search-unseen4/ in the same shape (61 articles of three more publications, 47 graded queries),
 *   written after the third, before any change made for it, where products carry English and Chinese names and terms
 *   stand beside their formal synonyms;
 * - unseen5: testdata/search-unseen5/ in the same shape (61 articles of three more publications, 50 graded queries),
 *   written after the fourth, before any change made for it, where organisations go by full, short, English and
 *   short-form names; its judgements also list alias groups (every name of one organisation and its articles);
 * - unseen6: testdata/search-unseen6/ in the same shape (51 articles of three more publications, 40 graded queries,
 *   11 alias groups), written after the round of s17, before any change made for it, in an industry none of the
 *   others centres on (industrial internet and industrial software, satellite communications);
 * - unseen7: testdata/search-unseen7/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   14 alias groups), written after the round of s19, before any change made for it, in an industry none of the
 *   others centres on (medical devices, hospital informatisation and medical AI);
 * - unseen8: testdata/search-unseen8/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   14 alias groups), written after the round of s21, before any change made for it, in an industry none of the
 *   others centres on (smart farming, digital villages and the agriculture sector);
 * - unseen9: testdata/search-unseen9/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   18 alias groups), written after round sm2, before any change made for it, in an industry none of the others
 *   centres on (cross-border e-commerce and smart logistics);
 * - unseen10: testdata/search-unseen10/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   16 alias groups), written in round x22a, before any change made for it, in an industry none of the others
 *   centres on (new energy storage, smart grids and power markets);
 * - unseen11: testdata/search-unseen11/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   19 alias groups), written in round x23a, before any change made for it, in an industry none of the others
 *   centres on (hydrogen energy and fuel cells);
 * - unseen12: testdata/search-unseen12/ in the same shape (50 articles of three more publications, 40 graded queries,
 *   25 alias groups), written blind in round x23h (no search source, doc or other archive read), before any change
 *   made for it, on the house bulletin's own subjects (operators, 5G-A/6G, computing power, chips, satellite internet);
 * - unseen13: testdata/search-unseen13/ in the same shape (38 articles of two more publications, 30 graded queries,
 *   17 alias groups), written blind in round x24b (no search source, doc or other archive read), before any change
 *   made for it, in an industry none of the others centres on (the low-altitude economy: drones, eVTOL, general aviation).
 *
 * For each set it prints nDCG@10 per query and the mean, for our search and for a plain substring count with a
 * title boost (src/eval/search-metrics.ts) in the same run, and on each unseen archive whether every name of every
 * organisation finds all the articles naming that organisation by any name — quoted, as typed and as an entity
 * filter — for the organisations of the entity lexicon the archive mentions and for the judged alias groups.
 * Runs on the embedded SQLite store and, when a PostgreSQL server is given, on PostgreSQL too; it then prints how many
 * queries give the same first 10 hits in the same order on both backends: the judged ones, and queries made from the
 * titles of a synthetic archive of 1,500 articles.
 *
 *   npm run eval:search [-- --judgements FILE] [-- FILE.txt ...]
 *   npm run eval:search -- --pg postgres://user:pw@host:port/postgres     also on PostgreSQL
 *
 * The PostgreSQL server is the one of `--pg URL`, else of JIANBAO_TEST_PG (as `.ci/with-postgres` sets it): the
 * URL's role must be allowed to create databases; the script works in new scratch databases and drops them after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJudgedArchive, plainArticles, readAliasGroups, readJudged, type Judged, type JudgedPart } from '../src/eval/judged-archive.js';
import { ndcgAt, substringBaseline, squash, type PlainArticle } from '../src/eval/search-metrics.js';
import { importFile } from '../src/pipeline/import-file.js';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { orgData } from '../src/enrich/data.js';
import { FUNCTION_CHARS } from '../src/enrich/entities.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { isCommonWord } from '../src/enrich/segmenter.js';
import { createPool } from '../src/store/postgres/connection.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';

const K = 10;
/** The unseen archives, each with its judged queries: the set's name in the report and its folder. */
const UNSEEN_SETS = [
  { name: 'unseen', dir: 'testdata/search-unseen' },
  { name: 'unseen2', dir: 'testdata/search-unseen2' },
  { name: 'unseen3', dir: 'testdata/search-unseen3' },
  { name: 'unseen4', dir: 'testdata/search-unseen4' },
  { name: 'unseen5', dir: 'testdata/search-unseen5' },
  { name: 'unseen6', dir: 'testdata/search-unseen6' },
  { name: 'unseen7', dir: 'testdata/search-unseen7' },
  { name: 'unseen8', dir: 'testdata/search-unseen8' },
  { name: 'unseen9', dir: 'testdata/search-unseen9' },
  { name: 'unseen10', dir: 'testdata/search-unseen10' },
  { name: 'unseen11', dir: 'testdata/search-unseen11' },
  { name: 'unseen12', dir: 'testdata/search-unseen12' },
  { name: 'unseen13', dir: 'testdata/search-unseen13' },
];
const args = process.argv.slice(2);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const judgementsFile = option('--judgements') ?? 'testdata/search-judgements.json';
const pgUrl = option('--pg') ?? process.env.JIANBAO_TEST_PG;
const files = args.length ? args : readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('samples', f));

const sampleQueries: Judged[] = (JSON.parse(readFileSync(judgementsFile, 'utf8')) as { queries: { query: string; relevant: string[] }[] }).queries.map(
  (q) => ({ query: q.query, grades: Object.fromEntries(q.relevant.map((t) => [t, 1])) }),
);
const PART_LABEL: Record<JudgedPart, string> = { dev: 'dev', heldout: 'held-out' };
const unseenSets = UNSEEN_SETS.map(({ name, dir }) => ({ name, dir, parts: readJudged(dir), aliases: readAliasGroups(dir) }));

/** Mean nDCG@K of our search and of the baseline over judged queries, printing each query. */
async function score(store: Store, plain: PlainArticle[], queries: Judged[], label: string, tops: Map<string, string[]>): Promise<{ ours: number; base: number }> {
  let [ours, base] = [0, 0];
  console.log(`\n-- ${label}: ${queries.length} queries (nDCG@${K}: ours / substring baseline)`);
  for (const { query, grades } of queries) {
    const { hits } = await store.search.search({ query, limit: K, facets: false });
    const o = ndcgAt(K, hits.map((h) => h.title), grades);
    const b = ndcgAt(K, substringBaseline(query, plain).map((a) => a.title), grades);
    [ours, base] = [ours + o, base + b];
    tops.set(`${label}: ${query}`, hits.map((h) => h.title));
    console.log(`${o.toFixed(3)} ${b.toFixed(3)}  ${query.padEnd(16)} top: ${hits[0]?.title ?? '(no hit)'}`);
  }
  return { ours: ours / queries.length, base: base / queries.length };
}

/**
 * True when the text names the organisation by this name: a Latin name as a word of its own (Intel is not in Apple
 * Intelligence, NEC not in FastConnect), a Chinese one wherever its characters are, except inside a longer name of
 * another organisation of the lexicon or a place of the tables (国务院 in 国务院国资委, 中国石油 in 中国石油化工集团, 伊利
 * in 伊利诺伊州) and where its last character
 * and the next make a common word (高通 in 高通量卫星: 通量), unless that next character is a function word (工信部将).
 */
function mentions(text: string, name: string, longer: readonly string[]): boolean {
  const [t, n] = [text.toLowerCase(), name.toLowerCase()];
  const han = /\p{Script=Han}/u.test(n);
  for (let k = t.indexOf(n); k >= 0; k = t.indexOf(n, k + 1)) {
    if (!han && (/[a-z0-9]/.test(t[k - 1] ?? '') || /[a-z0-9]/.test(t[k + n.length] ?? ''))) continue;
    const next = t[k + n.length] ?? '';
    if (han && /\p{Script=Han}/u.test(next) && !FUNCTION_CHARS.has(next) && isCommonWord(n.slice(-1) + next)) continue;
    const inside = longer.some((l) => {
      for (let at = l.indexOf(n); at >= 0; at = l.indexOf(n, at + 1)) if (t.startsWith(l, k - at)) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}

/** Every name of one organisation and the articles naming it by any of them; `source` says where the group comes from. */
interface NameGroup {
  source: string;
  names: string[];
  articles: string[];
}

/** The organisations of the lexicon the archive mentions by some name, each with the articles holding any of its names. */
function lexiconGroups(plain: PlainArticle[]): NameGroup[] {
  const aliases = sharedAliases();
  // A place of the tables holds names too (伊利 in 伊利诺伊州): printed there, it names no organisation.
  const places = [...knownSurfaces()].filter(([, k]) => k.type === 'place').map(([surface]) => surface.toLowerCase());
  const all = [...new Set([...orgData().flatMap((o) => aliases.namesOf(o.name).map((n) => n.toLowerCase())), ...places])];
  return orgData().flatMap((org) => {
    const names = aliases.namesOf(org.name);
    const own = new Set(names.map((n) => n.toLowerCase()));
    const longer = new Map(names.map((n) => [n, all.filter((l) => !own.has(l) && l.length > n.length && l.includes(n.toLowerCase()))]));
    const articles = plain.filter((a) => names.some((n) => mentions(`${a.title}\n${a.body}`, n, longer.get(n) ?? []))).map((a) => a.title);
    return articles.length ? [{ source: 'lexicon', names, articles }] : [];
  });
}

/** The ways a name is looked up: quoted in the query, as an analyst types it, and as an entity filter (`--entity`). */
const LOOKUPS = {
  quoted: (name: string) => ({ query: `"${name}"` }),
  typed: (name: string) => ({ query: name }),
  entity: (name: string) => ({ query: '', filters: { entities: [name] } }),
} as const;
type Lookup = keyof typeof LOOKUPS;

/**
 * Per lookup, over the names of the groups: how many find every article of their group, the share of (name, article)
 * pairs found, and the false hits (articles found that are not of the group: a name taught wrongly pulls another's).
 */
type AliasFigures = Record<Lookup, { names: number; complete: number; pairs: number; found: number; falseHits: number; failed: string[] }>;

/** Does looking up each name of each group, each way, find every article of the group? */
async function aliasCheck(store: Store, groups: NameGroup[]): Promise<AliasFigures> {
  const figures = Object.fromEntries(Object.keys(LOOKUPS).map((k) => [k, { names: 0, complete: 0, pairs: 0, found: 0, falseHits: 0, failed: [] as string[] }])) as AliasFigures;
  for (const group of groups) {
    for (const name of group.names) {
      for (const [lookup, request] of Object.entries(LOOKUPS) as [Lookup, (n: string) => { query: string }][]) {
        const { hits } = await store.search.search({ ...request(name), limit: 1000, facets: false });
        // A name finds an article by holding it, not by being the term an article listed below misses.
        const found = new Set(hits.filter((h) => !h.missing).map((h) => squash(h.title)));
        const missing = group.articles.filter((t) => !found.has(squash(t)));
        const own = new Set(group.articles.map(squash));
        const f = figures[lookup];
        f.falseHits += [...found].filter((t) => !own.has(t)).length;
        f.names++;
        f.pairs += group.articles.length;
        f.found += group.articles.length - missing.length;
        if (missing.length) f.failed.push(`${name} (${group.source}): misses ${missing.length} of ${group.articles.length} (${missing[0]})`);
        else f.complete++;
      }
    }
  }
  return figures;
}

interface Figures {
  samples: { ours: number; base: number };
  /** Per unseen set, its parts' means and its entity-name check. */
  unseen: { name: string; dev: { ours: number; base: number }; heldout: { ours: number; base: number }; alias: { lexicon: AliasFigures; judged: AliasFigures | null } }[];
  /** Per set and query, the titles of the first K hits in order (to compare the backends' rankings). */
  tops: Map<string, string[]>;
}

/** Runs every set on a backend; `open` gives a fresh store per set. */
async function evaluate(open: (name: string) => Promise<Store>, backend: string): Promise<Figures> {
  const samples = await open('samples');
  const tops = new Map<string, string[]>();
  let figures: Figures;
  try {
    let articles = 0;
    for (const f of files) articles += (await importFile(f, samples)).articles;
    console.log(`\n== ${backend}: samples (${files.length} files, ${articles} articles)`);
    const stored = (await samples.articles.list()).map((a) => squash(a.title));
    const missing = [...new Set(sampleQueries.flatMap((q) => Object.keys(q.grades)).filter((t) => !stored.includes(squash(t))))];
    if (missing.length) console.log(`${missing.length} judged titles are not among the stored articles (parser output): ${missing.slice(0, 5).join(' | ')}`);
    const s = await score(samples, await plainArticles(samples), sampleQueries, 'samples', tops);
    figures = { samples: s, unseen: [], tops };
  } finally {
    await samples.close();
  }
  for (const set of unseenSets) {
    const store = await open(set.name);
    try {
      const n = await importJudgedArchive(store, set.dir);
      console.log(`\n== ${backend}: ${set.name} archive (${n} articles, ${set.dir})`);
      const plain = await plainArticles(store);
      const dev = await score(store, plain, set.parts.dev, `${set.name} dev`, tops);
      const heldout = await score(store, plain, set.parts.heldout, `${set.name} held-out`, tops);
      const judged = set.aliases.map((g) => ({ source: `judged ${PART_LABEL[g.part]}`, names: g.names, articles: g.articles }));
      const alias = { lexicon: await aliasCheck(store, lexiconGroups(plain)), judged: judged.length ? await aliasCheck(store, judged) : null };
      figures.unseen.push({ name: set.name, dev, heldout, alias });
    } finally {
      await store.close();
    }
  }
  return figures;
}

function report(backend: string, f: Figures): void {
  const row = (name: string, x: { ours: number; base: number }, n: number) =>
    `${name.padEnd(18)} ${String(n).padStart(7)}  ${x.ours.toFixed(3)}   ${x.base.toFixed(3)}`;
  console.log(`\n${backend}: mean nDCG@${K}`);
  console.log(`${'set'.padEnd(18)} queries  search  substring baseline`);
  console.log(row('samples (seen)', f.samples, sampleQueries.length));
  for (const [k, u] of f.unseen.entries()) {
    for (const p of ['dev', 'heldout'] as const) console.log(row(`${u.name} ${PART_LABEL[p]}`, u[p], unseenSets[k].parts[p].length));
  }
  const share = (x: AliasFigures[Lookup]) =>
    `${x.complete} of ${x.names} names (${((100 * x.found) / Math.max(1, x.pairs)).toFixed(1)} % of articles, ${x.falseHits} false hits)`;
  for (const u of f.unseen) {
    for (const [label, figures] of [['organisations of the lexicon', u.alias.lexicon], ['judged alias groups', u.alias.judged]] as const) {
      if (!figures) continue;
      console.log(`names (${u.name}, ${label}) finding every article of their organisation — quoted: ${share(figures.quoted)}; typed: ${share(figures.typed)}; entity filter: ${share(figures.entity)}`);
      for (const lookup of Object.keys(LOOKUPS) as Lookup[]) for (const line of figures[lookup].failed) console.log(`  ${lookup}: ${line}`);
    }
  }
}

/** Articles of the synthetic archive on which the backends' rankings are compared (no judgements: order only). */
const SYNTHETIC_ARTICLES = 1_500;

/**
 * Queries made from the synthetic archive's own titles, none chosen by hand: from every 30th article's title its
 * first run of Chinese, cut to 2 and to 4 characters; and pairs of consecutive such runs, as two terms and as OR.
 */
function syntheticQueries(titles: string[]): string[] {
  const runs = titles.filter((_, i) => i % 30 === 0).map((t) => t.match(/\p{Script=Han}{2,}/u)?.[0]).filter((r): r is string => !!r);
  const out = runs.flatMap((r) => [r.slice(0, 2), r.slice(0, 4)]);
  for (let i = 1; i < runs.length; i += 2) out.push(`${runs[i - 1].slice(0, 3)} ${runs[i].slice(0, 2)}`, `${runs[i - 1].slice(0, 2)} OR ${runs[i].slice(0, 3)}`);
  return [...new Set(out)];
}

/**
 * A synthetic archive (six years, seed 13) on both backends: how many of the queries syntheticQueries makes give the
 * same first K article ids in the same order.
 */
async function compareSynthetic(openPg: (name: string) => Promise<Store>): Promise<void> {
  const material = materialFromTexts(readSampleTexts('samples'));
  const sqliteDir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
  const stores = [openSqliteStore(join(sqliteDir, 'synthetic.db')), await openPg('synthetic')];
  try {
    for (const i of syntheticIssues(material, { articles: SYNTHETIC_ARTICLES, seed: 13 })) for (const st of stores) await st.issues.import(i.source, i.bulletin);
    const list = syntheticQueries((await stores[0].articles.list()).map((a) => a.title));
    const differ: string[] = [];
    for (const query of list) {
      const [a, b] = await Promise.all(stores.map(async (st) => (await st.search.search({ query, limit: K, facets: false })).hits.map((h) => h.id)));
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(query);
    }
    console.log(`synthetic archive  ${list.length - differ.length} of ${list.length}${differ.length ? `  (differ: ${differ.join(', ')})` : ''} (${SYNTHETIC_ARTICLES} articles, queries from its titles)`);
  } finally {
    for (const st of stores) await st.close();
    rmSync(sqliteDir, { recursive: true, force: true });
  }
}

/** How many judged queries of each set give the same first K titles in the same order on both backends. */
function compareTops(a: Map<string, string[]>, b: Map<string, string[]>): void {
  console.log(`\nSame first ${K} hits in the same order on SQLite and PostgreSQL:`);
  for (const set of ['samples', ...unseenSets.flatMap((u) => [`${u.name} dev`, `${u.name} held-out`])]) {
    const keys = [...a.keys()].filter((key) => key.startsWith(`${set}: `));
    const differ = keys.filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)));
    console.log(`${set.padEnd(18)} ${keys.length - differ.length} of ${keys.length}${differ.length ? `  (differ: ${differ.map((key) => key.slice(set.length + 2)).join(', ')})` : ''}`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
let sqlite: Figures;
try {
  sqlite = await evaluate(async (name) => openSqliteStore(join(dir, `${name}.db`)), 'SQLite');
  report('SQLite', sqlite);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (pgUrl) {
  const admin = createPool(pgUrl);
  const made: string[] = [];
  try {
    const openPg = async (name: string) => {
      const db = `jianbao_eval_${name}_${process.pid}`;
      await admin.query(`CREATE DATABASE ${db}`);
      made.push(db);
      const url = new URL(pgUrl);
      url.pathname = `/${db}`;
      return openPostgresStore(url.toString());
    };
    const figures = await evaluate(openPg, 'PostgreSQL');
    report('PostgreSQL', figures);
    compareTops(sqlite.tops, figures.tops);
    await compareSynthetic(openPg);
  } finally {
    for (const db of made) await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: not measured (give --pg URL or JIANBAO_TEST_PG)');
}
