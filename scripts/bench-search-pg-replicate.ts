/**
 * Grows a kept benchmark archive on PostgreSQL (scripts/bench-search-pg.ts --keep) to `--to` articles by copying
 * what is stored, shifted in time: copy k of the issues, articles, tags, entities and index rows gets ids offset by
 * k × the stored id range and dates k × the stored span later. The stored vectors are copied, not recomputed (no
 * segmenting), but each copy's sample-bucket lexeme is that of its new id (sampleBucket), so a sample holds
 * different articles in each copy as in a generated archive, not the same few articles again.
 * Made for the 1M measurement on a machine where importing a million articles one issue at a time took hours: the
 * first part is imported through store.issues.import as usual (the generator's 1M date density, so the copies
 * continue its dates), the rest is these copies. Text repeats (each article is there ⌈to / stored⌉ times, at
 * different dates), which a real archive does not do; the posting lists, hit shares and row counts are a 1M
 * archive's. Only the tables search reads are copied (not the alert queue).
 *
 *   npx tsx scripts/bench-search-pg-replicate.ts --pg postgres://…/jianbao_bench_kept_1000000 --to 1000000
 */
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { sampleBucketSql } from '../src/store/postgres/search-index.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = option('--pg');
const to = Number(option('--to') ?? 1_000_000);
if (!url || !(to > 0)) {
  console.error('bench-search-pg-replicate: give --pg URL of a kept benchmark database and --to N articles');
  process.exit(1);
}

const started = performance.now();
const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}`);
// Opening the store brings the schema up to date (the sample buckets and title index among it).
await (await openStore(url)).close();
log('schema up to date');
const pool = createPool(url);
const one = async (sql: string) => (await pool.query(sql)).rows[0];
// The last two days may hold part of an issue batch when the import was stopped: they go, so the span is whole.
const { last } = await one(`SELECT max(issue_date) AS last FROM issues`);
await pool.query(`DELETE FROM source_files WHERE id IN (SELECT source_file_id FROM issues WHERE issue_date > ($1::date - 2)::text)`, [last]);
const base = await one(`
  SELECT count(*)::int AS n, max(a.id) AS article, (SELECT max(id) FROM issues) AS issue, (SELECT max(id) FROM source_files) AS file,
         (SELECT max(issue_date)::date - min(issue_date)::date + 1 FROM issues) AS span FROM articles a`);
const copies = Math.ceil(to / base.n);
const articleStep = Number(base.article) + 1;
const [issueStep, fileStep] = [Number(base.issue) + 1, Number(base.file) + 1];
log(`${base.n} articles over ${base.span} days stored; ${copies - 1} copies to make (article ids + k × ${articleStep})`);
await pool.query('DROP INDEX IF EXISTS search_vectors_tsv; DROP INDEX IF EXISTS search_vectors_title');
for (let k = 1; k < copies; k++) {
  const a = `id + ${k * articleStep}`;
  const days = k * base.span;
  const shift = (col: string) => `(${col}::date + ${days})::text`;
  const statements = [
    `INSERT INTO source_files (id, path, sha256, bytes, encoding, kind, imported_at) OVERRIDING SYSTEM VALUE
       SELECT id + ${k * fileStep}, path || '#${k}', sha256 || '#${k}', bytes, encoding, kind, imported_at FROM source_files WHERE id < ${fileStep}`,
    `INSERT INTO issues (id, source_file_id, publication, issue_date, sections, warnings) OVERRIDING SYSTEM VALUE
       SELECT id + ${k * issueStep}, source_file_id + ${k * fileStep}, publication, ${shift('issue_date')}, sections, warnings FROM issues WHERE id < ${issueStep}`,
    `INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions, page, line_start, line_end, content_hash, outlet)
       OVERRIDING SYSTEM VALUE
       SELECT ${a}, issue_id + ${k * issueStep}, ordinal, section, title, title_as_printed, byline, subheads, body, captions, page, line_start, line_end,
              content_hash || '#${k}', outlet FROM articles WHERE id < ${articleStep}`,
    `INSERT INTO article_tags SELECT article_id + ${k * articleStep}, tag, score FROM article_tags WHERE article_id < ${articleStep}`,
    `INSERT INTO article_entities SELECT article_id + ${k * articleStep}, name, type, mentions FROM article_entities WHERE article_id < ${articleStep}`,
    `INSERT INTO search_docs SELECT ${a}, ${shift('date')}, day + ${days}, section, source, tags, entities FROM search_docs WHERE id < ${articleStep}`,
    `INSERT INTO search_vectors (id, date, day, section, source, tags, entities, tsv)
       SELECT ${a}, ${shift('date')}, day + ${days}, section, source, tags, entities,
              ts_delete(tsv, format('#s%s', ${sampleBucketSql('id')})) || format('''#s%s''', ${sampleBucketSql(`(${a})`)})::tsvector
         FROM search_vectors WHERE id < ${articleStep}`,
    `INSERT INTO search_text SELECT ${a}, title, body FROM search_text WHERE id < ${articleStep}`,
    // BM25's token counts (its triggers add them to search_totals).
    `INSERT INTO search_lengths SELECT ${a}, words, grams FROM search_lengths WHERE id < ${articleStep}`,
  ];
  for (const sql of statements) await pool.query(sql);
  log(`copy ${k} of ${copies - 1}`);
}
for (const [table, step] of [['source_files', fileStep], ['issues', issueStep], ['articles', articleStep]] as const) {
  await pool.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), ${copies * step})`);
}
// One build from every row (the accumulator flushes less often with more memory), then statistics for the planner.
await pool.query(`SET maintenance_work_mem = '2GB'`);
await pool.query('CREATE INDEX search_vectors_tsv ON search_vectors USING gin (tsv)');
log('GIN index of the vectors built');
await pool.query('CREATE INDEX search_vectors_title ON search_vectors USING gin (title_tsv)');
log('GIN index of the titles built');
await pool.query('VACUUM ANALYZE');
const sizes = await pool.query<{ name: string; size: string }>(
  `SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS size FROM pg_class c
    WHERE c.relname IN ('search_vectors', 'search_docs', 'search_text', 'articles', 'search_vectors_tsv', 'search_vectors_title')`,
);
log(`${(await one('SELECT count(*)::int AS n FROM search_docs')).n} articles; ${sizes.rows.map((r) => `${r.name} ${r.size}`).join(', ')}`);
await pool.end();
