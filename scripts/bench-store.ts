/**
 * Speed of the store backends, PostgreSQL next to the embedded SQLite store as the baseline measured in the same
 * run: importing parsed issues (one transaction each), then listing issues and reading all articles back.
 *
 *   JIANBAO_TEST_PG=postgres://… npx tsx scripts/bench-store.ts [FILE...]   (default: samples/*.txt)
 *
 * The files are read and parsed once; each import stores one of them under a new sha256, so the figures are the
 * store's alone. BENCH_IMPORTS=N imports per backend (default 300). BENCH_UNDERSTAND=1 imports each issue with its
 * enrichment (computed once per file beforehand, so again the figures are the store's: enrichment rows, document
 * frequencies and same-event groups written in the import transaction; every copy of a file joins its groups). Without JIANBAO_TEST_PG (a server where a
 * database may be created; `bash .ci/with-postgres npx tsx scripts/bench-store.ts` starts one) only SQLite runs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBulletin, type ReadBulletin } from '../src/pipeline/read-bulletin.js';
import { understandBulletin } from '../src/pipeline/understand.js';
import type { ArticleUnderstanding } from '../src/store/enrichment-types.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';

const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 300);
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync('samples').filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`);
const parsed: ReadBulletin[] = [];
for (const f of files) parsed.push(await readBulletin(f));
const understood: ArticleUnderstanding[][] | undefined = process.env.BENCH_UNDERSTAND
  ? parsed.map((p) => understandBulletin(p.bulletin)({ docFreq: { documents: 0, frequencies: {} }, sectionModel: null }))
  : undefined;

/** One backend: a location holding no store yet, and how to remove it afterwards. */
interface Target {
  name: string;
  location: string;
  drop(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
  return { name: 'sqlite', location: join(dir, 'j.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTarget(serverUrl: string): Promise<Target> {
  const admin = createPool(serverUrl);
  const db = `jianbao_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return {
    name: 'postgres',
    location: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Wall time of `fn` in ms. */
async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

interface Figures {
  importMs: number[];
  listIssuesMs: number;
  readArticlesMs: number;
  articles: number;
}

async function measure(target: Target): Promise<Figures> {
  const store = await openStore(target.location);
  try {
    const importMs: number[] = [];
    for (let i = 0; i < IMPORTS; i++) {
      const { doc, bulletin } = parsed[i % parsed.length];
      const sha256 = createHash('sha256').update(doc.sha256).update(String(i)).digest('hex');
      const understand = understood && (() => understood[i % parsed.length]);
      importMs.push(await ms(() => store.issues.import({ ...doc, sha256 }, bulletin, understand)));
    }
    let articles = 0;
    const listIssuesMs = await ms(() => store.issues.list());
    const readArticlesMs = await ms(async () => (articles = (await store.articles.list()).length));
    return { importMs, listIssuesMs, readArticlesMs, articles };
  } finally {
    await store.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const targets = [await sqliteTarget(), ...(process.env.JIANBAO_TEST_PG ? [await postgresTarget(process.env.JIANBAO_TEST_PG)] : [])];
const articlesPerIssue = parsed.reduce((n, p) => n + p.bulletin.articles.length, 0) / parsed.length;
console.log(`${IMPORTS} imports${understood ? ' with enrichment' : ''} of ${files.length} parsed file(s), ${articlesPerIssue.toFixed(1)} articles per issue on average`);
console.log('backend    import median ms  imports/s  list issues ms  read all articles ms  (articles)  import time vs sqlite');
let baseline: number | undefined;
for (const target of targets) {
  try {
    const f = await measure(target);
    const total = f.importMs.reduce((a, b) => a + b, 0);
    const med = median(f.importMs);
    // The ratio is of total import time: SQLite's occasional WAL checkpoints make its median flatter than its mean.
    baseline ??= total;
    console.log(
      `${target.name.padEnd(10)} ${med.toFixed(2).padStart(16)}  ${((IMPORTS * 1000) / total).toFixed(0).padStart(9)}` +
        `  ${f.listIssuesMs.toFixed(1).padStart(14)}  ${f.readArticlesMs.toFixed(1).padStart(20)}  ${String(f.articles).padStart(10)}` +
        `  ${(total / baseline).toFixed(2).padStart(19)}×`,
    );
  } finally {
    await target.drop();
  }
}
