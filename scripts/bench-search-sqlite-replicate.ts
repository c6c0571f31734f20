/**
 * Builds a big SQLite benchmark archive fast, as scripts/bench-search-pg-replicate.ts does on PostgreSQL: the first
 * `--import` articles of the synthetic `--to`-article archive (seed 1, so its dates have the big archive's density)
 * are imported as usual through store.issues.import, whole days only; then the stored rows are copied in SQL until
 * the archive holds `--to`: copy k gets ids offset by k × the stored id range and dates k × the stored span later.
 * The word index is copied from the text article_fts stores (already segmented: no jieba), the gram index from the
 * grams of each stored article made once (article_grams keeps no text to copy). Only what search reads is copied
 * (source files, issues, articles, tags, entities, learned names, search_docs, both FTS tables), not enrichment or alert rows.
 * Text repeats (each article ⌈to / imported⌉ times, at different dates), which a real archive does not do; posting
 * lists, hit shares and row counts are those of an archive of that size.
 *
 *   npx tsx scripts/bench-search-sqlite-replicate.ts --dir /work/sqlite-1m --to 1000000 [--import 60000]
 *   npm run bench:search -- --sizes 1000000 --keep /work/sqlite-1m     (measures it: the file is archive-1000000.db)
 *
 * The secondary indexes and row triggers are off during the copies and made again at the end. `--finish` does only
 * that end on an archive whose build was stopped (a stopped copy rolls back whole): it then holds fewer articles.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { gramsForIndex } from '../src/search/grams.js';
import { bodyText } from '../src/search/index-text.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = option('--dir');
const to = Number(option('--to') ?? 1_000_000);
const first = Number(option('--import') ?? 60_000);
const finishOnly = args.includes('--finish');
if (!dir || !(to > 0) || (!finishOnly && !(first > 0 && first <= to))) {
  console.error('bench-search-sqlite-replicate: give --dir DIR, --to N articles and --import M ≤ N articles to import first');
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const file = join(dir, `archive-${to}.db`);
if (existsSync(file) !== finishOnly) {
  console.error(`bench-search-sqlite-replicate: ${file}: ${finishOnly ? 'no such archive to finish' : 'already exists (remove it to build again)'}`);
  process.exit(1);
}

const started = performance.now();
const log = (line: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line} (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);

/** Imports the first part, then copies it; the indexes and triggers are left to restoreSchema. */
async function build(): Promise<Database.Database> {
  // 1. Imported as usual, stopping at a day's end so the copies continue the dates with the same density.
  const store = await openStore(file);
  let made = 0;
  let lastDate = '';
  for (const issue of syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: to, seed: 1 })) {
    if (made >= first && issue.bulletin.issueDate !== lastDate) break;
    const r = await store.issues.import(issue.source, issue.bulletin);
    made += r.status === 'imported' ? r.articles : 0;
    lastDate = issue.bulletin.issueDate ?? lastDate;
    if (made % 10_000 < issue.bulletin.articles.length) log(`${made} articles imported`);
  }
  await store.close();
  log(`${made} articles imported, to ${lastDate}`);
  
  // 2. Copies in SQL, with the secondary indexes and the row triggers (search generation, alert queue) off.
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const base = one<{ article: number; issue: number; file: number; span: number }>(`
    SELECT (SELECT max(id) FROM articles) AS article, (SELECT max(id) FROM issues) AS issue, (SELECT max(id) FROM source_files) AS file,
           (SELECT julianday(max(issue_date)) - julianday(min(issue_date)) + 1 FROM issues) AS span`);
  const copies = Math.ceil(to / made);
  const [articleStep, issueStep, fileStep] = [base.article + 1, base.issue + 1, base.file + 1];
  const aside = db
    .prepare<[], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (
         (type = 'index' AND tbl_name IN ('articles', 'issues', 'search_docs', 'article_tags', 'article_entities', 'search_names'))
         OR (type = 'trigger' AND tbl_name IN ('articles', 'search_docs', 'article_tags', 'article_entities') AND name NOT LIKE '%delete%'))`,
    )
    .all();
  for (const r of aside) db.exec(`DROP ${r.type.toUpperCase()} ${r.name}`);
  // The grams of every stored article, made once: each copy's gram rows are these.
  db.exec('CREATE TEMP TABLE grams (id INTEGER PRIMARY KEY, title TEXT, body TEXT)');
  const insertGrams = db.prepare('INSERT INTO grams VALUES (?, ?, ?)');
  type Row = { id: number; title: string; body: string; captions: string };
  const page = db.prepare<[number], Row>('SELECT id, title, body, captions FROM articles WHERE id > ? ORDER BY id LIMIT 2000');
  // Pages, not one cursor: better-sqlite3 cannot write while a read statement is still iterating.
  for (let rows = page.all(0); rows.length; rows = page.all(rows[rows.length - 1].id)) {
    db.transaction(() => {
      for (const a of rows) insertGrams.run(a.id, gramsForIndex(a.title), gramsForIndex(bodyText({ body: a.body, captions: JSON.parse(a.captions) as string[] })));
    })();
  }
  log(`${made} articles over ${base.span} days stored; ${copies - 1} copies to make (article ids + k × ${articleStep})`);
  for (let k = 1; k < copies; k++) {
    const a = `id + ${k * articleStep}`;
    const days = k * base.span;
    const shift = (col: string) => `date(${col}, '+${days} days')`;
    // The last copy stops at `to` articles.
    const n = Math.min(made, to - k * made);
    db.transaction(() => {
      db.exec(`
        CREATE TEMP TABLE copied AS SELECT id FROM articles WHERE id < ${articleStep} ORDER BY id LIMIT ${n};
        CREATE TEMP TABLE copied_issues AS SELECT DISTINCT issue_id AS id FROM articles WHERE id IN copied;
        INSERT INTO source_files (id, path, sha256, bytes, encoding, kind, imported_at)
          SELECT id + ${k * fileStep}, path || '#${k}', sha256 || '#${k}', bytes, encoding, kind, imported_at FROM source_files
           WHERE id IN (SELECT source_file_id FROM issues WHERE id IN copied_issues);
        INSERT INTO issues (id, source_file_id, publication, issue_date, sections, warnings)
          SELECT id + ${k * issueStep}, source_file_id + ${k * fileStep}, publication, ${shift('issue_date')}, sections, warnings FROM issues
           WHERE id IN copied_issues;
        INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions, page, line_start, line_end, content_hash, outlet, edits)
          SELECT ${a}, issue_id + ${k * issueStep}, ordinal, section, title, title_as_printed, byline, subheads, body, captions, page, line_start, line_end,
                 content_hash || '#${k}', outlet, edits FROM articles WHERE id IN copied;
        INSERT INTO article_tags SELECT article_id + ${k * articleStep}, tag, score FROM article_tags WHERE article_id IN copied;
        INSERT INTO article_entities SELECT article_id + ${k * articleStep}, name, type, mentions FROM article_entities WHERE article_id IN copied;
        INSERT INTO search_names SELECT article_id + ${k * articleStep}, key, name FROM search_names WHERE article_id IN copied;
        INSERT INTO search_docs (id, date, section, source) SELECT ${a}, ${shift('date')}, section, source FROM search_docs WHERE id IN copied;
        INSERT INTO article_fts (rowid, title, body) SELECT rowid + ${k * articleStep}, title, body FROM article_fts WHERE rowid IN copied;
        INSERT INTO article_grams (rowid, title, body) SELECT ${a}, title, body FROM grams WHERE id IN copied;
        DROP TABLE copied;
        DROP TABLE copied_issues;
      `);
    })();
    log(`copy ${k} of ${copies - 1}`);
  }
  return db;
}

/** The store's indexes and triggers that `db` lacks, made again from the schema a new store has. */
async function restoreSchema(db: Database.Database): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'jianbao-schema-'));
  try {
    await (await openStore(join(scratch, 'schema.db'))).close();
    const fresh = new Database(join(scratch, 'schema.db'), { readonly: true });
    const wanted = fresh.prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL`).all();
    fresh.close();
    const has = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sqlite_master WHERE name = ?');
    for (const r of wanted) if (!has.get(r.name)!.n) db.exec(r.sql);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const db = finishOnly ? new Database(file) : await build();
await restoreSchema(db);
db.exec('UPDATE search_generation SET n = n + 1');
log('indexes and triggers back');
db.pragma('wal_checkpoint(TRUNCATE)');
log(`${(db.prepare('SELECT count(*) AS n FROM search_docs').get() as { n: number }).n} articles in ${file}`);
db.close();
