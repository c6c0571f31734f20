import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { indexText, type IndexSource } from '../src/search/index-text.js';
import { IndexTextPool } from '../src/search/index-text-pool.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';

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

describe.each(BACKENDS)('bench gen on $name with segmenting workers', (backend) => {
  it('stores the same archive and index as without them', async () => {
    const stores = [];
    for (const threads of [0, 2]) {
      const location = await backend.fresh();
      const jianbao = await openCore(location);
      try {
        const made = await jianbao.bench.generate(as('admin'), { articles: 400, threads });
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
    expect(stores[1].tables).toEqual(stores[0].tables);
    expect(stores[1].results).toEqual(stores[0].results);
    if (backend.name === 'sqlite') {
      const [before, after] = stores.map((s) => sqliteIndex(s.location));
      expect(before.words).toHaveLength(400);
      expect(before.grams.length).toBeGreaterThan(100_000);
      expect(after).toEqual(before);
    }
  }, 120_000);
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
