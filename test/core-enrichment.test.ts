import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jianbao } from '../src/core/index.js';
import { displayLocation } from '../src/store/location.js';
import { BACKENDS } from './backends.js';
import { SAMPLES } from './cli-run.js';
import { as, openCore, rejection } from './core-fixture.js';
import { gold003 } from './enrich-samples.js';

describe.each(BACKENDS)('the enrichment service on $name', (backend) => {
  let db: string;
  let jianbao: Jianbao;
  const admin = as('admin', 'ed');
  beforeAll(async () => {
    db = await backend.migrated();
    jianbao = await openCore(db);
    for (const file of SAMPLES) expect((await jianbao.issues.importFile(admin, file)).status).toBe('imported');
  }, 120_000);
  afterAll(() => jianbao.close());
  /** The enrichment rows and groups of the store, read past the core. */
  const rows = () => Promise.all(['article_enrichment', 'doc_freq', 'event_groups'].map((t) => backend.sql(db, `SELECT * FROM ${t} ORDER BY 1`)));
  const articleCount = async () => (await jianbao.issues.list(admin)).reduce((n, i) => n + i.articleCount, 0);

  it('finds everything enriched at import up to date; enrich all is idempotent and reports progress', async () => {
    expect(await jianbao.enrichment.enrich(admin)).toEqual({ enriched: 0, upToDate: await articleCount(), groups: 1, relearned: 0 });
    const seen: number[] = [];
    const first = await jianbao.enrichment.enrich(admin, { all: true }, (done, total) => seen.push(done / total));
    expect(first.enriched).toBe(await articleCount());
    expect(seen.at(-1)).toBe(1);
    const after = await rows();
    expect(await jianbao.enrichment.enrich(admin, { all: true })).toEqual(first);
    expect(await rows()).toEqual(after);
  }, 120_000);

  it('lists the same-event groups, the 003 duplicate pair among them, for a reader too', async () => {
    const groups = await jianbao.enrichment.groups(as('reader'));
    const [a, b] = gold003().duplicates[0];
    expect(groups.some((g) => g.articles.map((x) => x.title).sort().join('|') === [a, b].sort().join('|'))).toBe(true);
  });

  it("trains on printed house sections and editors' moves; enrich then redoes every article; both are logged", async () => {
    const plain = await jianbao.enrichment.train(admin);
    expect(plain.corrections).toBe(0);
    const printed = gold003().articles;
    const of = (r: typeof plain, s: string) => r.bySection.find((x) => x.section === s)!.articles;
    expect(of(plain, '企业情报')).toBe(printed.filter((a) => a.section === '企业情报').length);
    expect(plain.labelled).toBe(plain.bySection.reduce((n, s) => n + s.articles, 0));
    expect((await jianbao.enrichment.enrich(admin)).upToDate).toBe(0);

    const { id } = await jianbao.bulletins.compose(admin, { from: '2021-10-15', to: '2021-10-21' });
    const { bulletin } = await jianbao.bulletins.get(admin, id);
    const moved = bulletin.sections.find((s) => s.name === '企业情报')!.entries[0].articleId;
    // Edits a server must tell apart: an article not in the draft, one already in it, a plan that is not JSON.
    expect(await rejection(jianbao.bulletins.edit(admin, id, { op: 'drop', articleId: 99_999 }))).toMatchObject({ kind: 'not-found', message: `article 99999: 不在第 ${id} 期中 (not in issue ${id})` });
    expect(await rejection(jianbao.bulletins.edit(admin, id, { op: 'add', articleId: moved }))).toMatchObject({ kind: 'conflict', message: `article ${moved}: 已在第 ${id} 期中 (already in issue ${id})` });
    expect(await rejection(jianbao.bulletins.edit(admin, id, { op: 'plan', plan: '{', name: 'plan.json' }))).toMatchObject({ kind: 'invalid-input', message: /^plan\.json: not JSON/ });
    await jianbao.bulletins.edit(admin, id, { op: 'move', articleId: moved, section: '海外借鉴' });
    const edited = await jianbao.enrichment.train(admin);
    expect(edited.corrections).toBe(1);
    expect(of(edited, '企业情报')).toBe(of(plain, '企业情报') - 1);
    expect(of(edited, '海外借鉴')).toBe(of(plain, '海外借鉴') + 1);
    const log = await jianbao.audit.list(admin);
    expect(log.filter((e) => e.action === 'model.train')).toHaveLength(2);
    expect(log.find((e) => e.action === 'archive.enrich')).toMatchObject({ actor: 'ed', object: 'archive' });
  }, 120_000);

  it('lets a reader read groups but neither enrich nor train', async () => {
    expect(await rejection(jianbao.enrichment.enrich(as('reader', 'client')))).toMatchObject({ kind: 'forbidden', message: 'client: 读者无权修改档案 (a reader may not enrich articles)' });
    expect(await rejection(jianbao.enrichment.train(as('reader', 'client')))).toMatchObject({ kind: 'forbidden' });
  });

  it('refuses to train a store with no house sections: invalid input naming the store', async () => {
    const other = await backend.migrated();
    const empty = await openCore(other);
    try {
      await empty.issues.importFile(admin, SAMPLES[0]);
      const err = await rejection(empty.enrichment.train(admin));
      expect(err).toMatchObject({ kind: 'invalid-input' });
      expect(err.message).toMatch(new RegExp(`^${displayLocation(other).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 库中没有文章归入本社栏目（.+） \\(no stored article is printed under a house section`));
    } finally {
      await empty.close();
    }
  }, 60_000);
});
