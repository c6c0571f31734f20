import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodPool } from '../src/compose/candidates.js';
import { draftIssue } from '../src/compose/draft.js';
import { importFile } from '../src/pipeline/import-file.js';
import { openStore } from '../src/store/open.js';
import { sharedTitleShare } from '../src/store/same-issue.js';
import { bulletinHtml, CHROMIUM, launchChromium, printPdf, type FixtureBlock } from '../scripts/make-test-pdf.js';
import { BACKENDS } from './backends.js';

/** One issue of the generated material, as a text dump and (printed by Chromium) as a PDF. */
const DIR = 'testdata/unseen/dev';
const TEXT = join(DIR, 'weekly-w42.txt');
const GOLD = JSON.parse(readFileSync(join(DIR, 'weekly-w42.gold.json'), 'utf8')) as { publication: string; issue_date: string };
const SAMPLE = 'samples/003_8913e8f3e5978f8d.txt';
/** A short issue (a dozen articles) for the text-then-PDF imports: three imports of a weekly's PDF took 20 s a backend. */
const BRIEF = join(DIR, 'brief-w33.txt');
const BRIEF_GOLD = JSON.parse(readFileSync(join(DIR, 'brief-w33.gold.json'), 'utf8')) as { publication: string; issue_date: string };
const hasChromium = existsSync(CHROMIUM);
let dir = '';
let PDF = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-same-issue-'));
  PDF = join(dir, 'brief-w33.pdf');
  if (!hasChromium) return;
  const browser = await launchChromium();
  try {
    const blocks = JSON.parse(readFileSync(join(DIR, 'brief-w33.blocks.json'), 'utf8')) as FixtureBlock[];
    await printPdf(browser, bulletinHtml(blocks), PDF, { publication: BRIEF_GOLD.publication, date: BRIEF_GOLD.issue_date });
  } finally {
    await browser.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sharedTitleShare', () => {
  it('counts each title once, whitespace aside, over the smaller list', () => {
    expect(sharedTitleShare(['甲 乙', '丙', '丁'], ['甲乙', '丙', '戊', '己'])).toBeCloseTo(2 / 3);
    expect(sharedTitleShare(['甲', '甲'], ['甲'])).toBe(1);
    expect(sharedTitleShare([], ['甲'])).toBe(0);
  });
});

describe.each(BACKENDS)('the same issue imported twice ($name)', (backend) => {
  it.skipIf(!hasChromium)('as text then as PDF is stored once and says so; --replace keeps the PDF\'s read', async () => {
    const location = await backend.migrated();
    const store = await openStore(location);
    try {
      const first = await importFile(BRIEF, store);
      expect(first.status).toBe('imported');
      const hits = (await store.search.search({ query: '动力电池' })).total;
      expect(hits).toBeGreaterThan(0);

      const again = await importFile(PDF, store);
      expect(again).toMatchObject({ status: 'same-issue', sameAs: first.issueId });
      expect((await store.issues.list()).map((i) => i.id)).toEqual([first.issueId]);
      expect((await store.search.search({ query: '动力电池' })).total).toBe(hits);

      const both = await importFile(PDF, store, { sameIssue: 'keep-both' });
      expect(both.status).toBe('imported');
      await store.issues.remove(both.issueId);

      const replaced = await importFile(PDF, store, { sameIssue: 'replace' });
      expect(replaced).toMatchObject({ status: 'replaced', sameAs: first.issueId });
      const issues = await store.issues.list();
      expect(issues.map((i) => [i.id, i.source.kind])).toEqual([[replaced.issueId, 'pdf']]);
      expect(issues[0]).toMatchObject({ publication: BRIEF_GOLD.publication, issueDate: BRIEF_GOLD.issue_date });
      expect((await store.search.search({ query: '动力电池' })).total).toBe(hits);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('takes publication and date from the user for a file that does not give them, and then knows the issue', async () => {
    const location = await backend.migrated();
    const plain = join(dir, `${backend.name}-undated.txt`);
    // The same issue without its running headers: nothing in it says its publication or date.
    const text = readFileSync(TEXT, 'utf8').split('\n').filter((l) => !l.includes(GOLD.publication) && !/第 \d+ 页|2023年/.test(l)).join('\n');
    writeFileSync(plain, text);
    const store = await openStore(location);
    try {
      const r = await importFile(plain, store, { publication: GOLD.publication, issueDate: GOLD.issue_date });
      expect(r.status).toBe('imported');
      expect((await store.issues.list())[0]).toMatchObject({ publication: GOLD.publication, issueDate: GOLD.issue_date });
      expect(await importFile(TEXT, store)).toMatchObject({ status: 'same-issue', sameAs: r.issueId });
    } finally {
      await store.close();
    }
  });

  it('remove leaves no trace in search, groups, trends, document frequencies or drafts', async () => {
    const location = await backend.migrated();
    const store = (await openStore(location));
    try {
      const kept = await importFile(SAMPLE, store);
      const gone = await importFile(TEXT, store);
      const goneIds = new Set((await store.articles.list({ issueId: gone.issueId })).map((a) => a.id));
      const keptDf = await backend.sql(location, 'SELECT sum(df) AS n FROM doc_freq');
      expect((await store.search.search({ query: '光刻胶' })).total).toBeGreaterThan(0);

      const pool = await periodPool(store, '2021-10-01', '2023-12-31');
      const draftId = await store.drafts.save(
        draftIssue(pool.candidates, { from: '2021-10-01', to: '2023-12-31', number: 1, createdAt: '2024-01-01T00:00:00.000Z' }),
        { at: '2024-01-01T00:00:00.000Z', who: 'test', what: 'new', detail: 'test' },
      );
      const before = (await store.drafts.get(draftId))!.sections.flatMap((s) => s.entries);
      expect(before.some((e) => goneIds.has(e.articleId))).toBe(true);

      expect(await store.issues.remove(gone.issueId)).toEqual({ issueId: gone.issueId, articles: goneIds.size });
      expect(await store.issues.remove(gone.issueId)).toBeNull();

      expect((await store.issues.list()).map((i) => i.id)).toEqual([kept.issueId]);
      expect((await store.search.search({ query: '光刻胶' })).total).toBe(0);
      expect((await store.search.search({ query: '数字经济' })).hits.every((h) => !goneIds.has(h.id))).toBe(true);
      expect((await store.search.countByDate({ query: '', filters: { from: GOLD.issue_date, to: GOLD.issue_date } })).reduce((n, c) => n + c.count, 0)).toBe(0);
      expect(await store.search.countFacts('tag', GOLD.issue_date, GOLD.issue_date)).toEqual([]);
      for (const g of await store.enrichment.groups()) expect(g.articles.some((a) => goneIds.has(a.id))).toBe(false);
      const after = (await store.drafts.get(draftId))!.sections.flatMap((s) => s.entries);
      expect(after.length).toBeGreaterThan(0);
      for (const e of after) {
        expect(goneIds.has(e.articleId)).toBe(false);
        expect(e.alsoSeen.some((a) => goneIds.has(a.articleId))).toBe(false);
      }
      // Document frequencies are those of the issue that is left, as if the other had never been imported.
      const fresh = await backend.migrated();
      const alone = await openStore(fresh);
      await importFile(SAMPLE, alone);
      await alone.close();
      expect(Number((await backend.sql(location, 'SELECT sum(df) AS n FROM doc_freq'))[0].n))
        .toBe(Number((await backend.sql(fresh, 'SELECT sum(df) AS n FROM doc_freq'))[0].n));
      expect(Number(keptDf[0].n)).toBeGreaterThan(Number((await backend.sql(fresh, 'SELECT sum(df) AS n FROM doc_freq'))[0].n));
      for (const table of ['article_enrichment', 'article_tags', 'search_docs', 'event_groups', 'fingerprint_lookup']) {
        const [row] = await backend.sql(location, `SELECT count(*) AS n FROM ${table} WHERE article_id NOT IN (SELECT id FROM articles)`.replace('article_id', table === 'search_docs' ? 'id' : 'article_id'));
        expect(Number(row.n)).toBe(0);
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
