import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { indexText, type IndexSource } from '../src/search/index-text.js';
import { IndexTextPool } from '../src/search/index-text-pool.js';
import { openStore } from '../src/store/open.js';
import type { SourceMeta } from '../src/store/types.js';
import type { Article, Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';
import { expectSameData } from './same-data.js';

/** Every paragraph of the samples as an article (its first line the title), and texts at the edges of segmenting. */
function articles(): IndexSource[] {
  const out: IndexSource[] = [];
  for (const file of readdirSync('samples').filter((f) => f.endsWith('.txt'))) {
    for (const para of readFileSync(join('samples', file), 'utf8').split(/\n\s*\n/)) {
      const [title, ...rest] = para.split('\n');
      out.push({ title, body: rest.join('\n'), captions: [] });
    }
  }
  out.push(
    { title: '', body: '', captions: [] },
    { title: 'ＡＢＣ１２３全角', body: '𠀀𠀁两个扩展汉字\u200b零宽\u0001控制字符', captions: ['图：说明文字', ''] },
    { title: '华为技术有限公司发布5G基站', body: '动力电池回收 "电池 回收" iPhone15 Pro', captions: [] },
  );
  return out;
}

describe('segmenting in worker threads', () => {
  const pool = new IndexTextPool(2);
  afterAll(() => pool.close());

  it('gives each article the index text the writer would make itself, in order, whatever the batch', async () => {
    const all = articles();
    expect(all.length).toBeGreaterThan(100);
    const batches = [all.slice(0, 7), all.slice(7, 8), all.slice(8)];
    const made = (await Promise.all(batches.map((b) => pool.prepare(b)))).flat();
    expect(made).toEqual(all.map(indexText));
    expect(made.at(-1)).toMatchObject({ title: '华为\u200b技术\u200b有限\u200b公司\u200b发布\u200b5G\u200b基站', titleGrams: '华为 为技 技术 术有 有限 限公 公司 司发 发布 5g 基站' });
  });

  it('refuses work once closed, naming the pool', async () => {
    const closed = new IndexTextPool(1);
    await closed.close();
    expect((await rejection(closed.prepare(articles().slice(0, 1)))).message).toBe('segmenting worker: the pool is closed');
  });
});

describe.each(BACKENDS)('bench gen on $name with segmenting workers and several issues per transaction', (backend) => {
  it('stores the same archive and index as one issue per transaction segmented by the writer', async () => {
    const stores = [];
    for (const [threads, issuesPerTransaction] of [[0, 1], [2, 1], [2, 7]]) {
      const location = await backend.migrated();
      const jianbao = await openCore(location);
      try {
        const made = await jianbao.bench.generate(as('admin'), { articles: 400, threads, issuesPerTransaction });
        expect(made.articles).toBe(400);
        const queries = ['芯片', '数字经济', '"电池 回收"', '华为 OR 中兴通讯', '芯片 -汽车'];
        const results = [];
        for (const query of queries) results.push(await jianbao.search.search(as('reader'), { query, limit: 50 }));
        expect(results[0].total).toBeGreaterThan(0);
        const tables = await backend.tables(location);
        // The one thing that differs by run: when each file was imported.
        for (const row of tables.source_files) delete row.imported_at;
        stores.push({ tables, results, location });
      } finally {
        await jianbao.close();
      }
    }
    for (const other of stores.slice(1)) {
      expectSameData(other.tables, stores[0].tables);
      expectSameData(other.results, stores[0].results);
    }
    if (backend.name === 'sqlite') {
      const [before, ...after] = stores.map((s) => sqliteIndex(s.location));
      expect(before.words).toHaveLength(400);
      expect(before.grams.length).toBeGreaterThan(100_000);
      for (const index of after) expectSameData(index, before);
    }
  }, 180_000);
});

/** The embedded store's index: the words table's text, and every gram instance of the contentless gram table. */
function sqliteIndex(file: string): { words: unknown[]; grams: unknown[] } {
  const db = new Database(file);
  try {
    db.exec("CREATE VIRTUAL TABLE temp.grams USING fts5vocab(main, article_grams, 'instance')");
    return {
      words: db.prepare('SELECT rowid, title, body FROM article_fts ORDER BY rowid').raw().all(),
      grams: db.prepare('SELECT term, doc, col, offset FROM temp.grams ORDER BY doc, col, offset').raw().all(),
    };
  } finally {
    db.close();
  }
}

const meta = (n: number): SourceMeta => ({ path: `t${n}.txt`, sha256: String(n).repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' });
const issue = (date: string, titles: string[]): Bulletin => ({
  publication: '测试刊', issueDate: date, sections: [], warnings: [],
  articles: titles.map((title): Article => ({ section: null, title, byline: null, subheads: [], body: `${title}。正文提到光波导。`, captions: [], page: null, lineStart: 1, lineEnd: 1 })),
});

describe.each(BACKENDS)('several imports in one transaction on $name', (backend) => {
  it('indexes what is committed: not an issue removed before the commit, nothing of a rolled-back one', async () => {
    const location = await backend.migrated();
    const store = await openStore(location);
    try {
      const titles = async (query: string) => (await store.search.search({ query, limit: 50 })).hits.map((h) => h.title).sort();
      await store.transaction(async (tx) => {
        await tx.issues.import(meta(1), issue('2024-01-02', ['固态电池量产', '芯片出口']));
        const removed = await tx.issues.import(meta(2), issue('2024-01-03', ['钠电池上车']));
        await tx.issues.import(meta(3), issue('2024-01-04', ['电池回收新规']));
        expect(await tx.issues.remove(removed.issueId)).toEqual({ issueId: removed.issueId, articles: 1 });
      });
      expect(await titles('电池')).toEqual(['固态电池量产', '电池回收新规']);
      expect(await titles('光波导')).toHaveLength(3);
      const failed = await rejection(
        store.transaction(async (tx) => {
          await tx.issues.import(meta(4), issue('2024-01-05', ['电池价格下跌']));
          throw new Error('导入取消');
        }),
      );
      expect(failed.message).toMatch(/导入取消$/);
      await store.issues.import(meta(5), issue('2024-01-06', ['芯片短缺缓解']));
      expect(await titles('电池')).toEqual(['固态电池量产', '电池回收新规']);
      expect(await titles('芯片')).toEqual(['芯片出口', '芯片短缺缓解']);
      expect(await titles('光波导')).toHaveLength(4);
    } finally {
      await store.close();
    }
    if (backend.name === 'sqlite') {
      // No text left behind for the removed article: search would not show it, but it would weigh in bm25.
      for (const table of ['article_fts', 'article_grams']) {
        expect(await backend.sql(location, `SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 4 }]);
      }
    }
  });
});
