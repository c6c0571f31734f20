/**
 * Watchlists and alerts through the core, on every backend: articles arriving by fetch (a news site on
 * 127.0.0.1), by import (the samples) and by the web-article store path are alerted once per watchlist, also
 * when the work runs twice; deliveries reach a webhook receiver (jianbao's JSON, 企业微信 and 钉钉 shapes) and an
 * SMTP server (single alerts and a digest at its hour, the clock injected), failures are retried with back-off.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPending, openJianbao, resolveConfig, sendDigests, type Actor, type Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import type { SearchRequest } from '../src/search/types.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';
import { startNewsSite, startReceiver, startSmtp, type NewsArticle } from './alerts-servers.js';
import { BACKENDS } from './backends.js';
import { SAMPLES } from './cli-run.js';

const ALICE: Actor = { id: 'alice', role: 'editor' };
const BOB: Actor = { id: 'bob', role: 'reader' };
const ADMIN: Actor = { id: 'root', role: 'admin' };

/** Articles written for these tests (not from the samples); only the first names the ministry, by its full name. */
const NEWS: NewsArticle[] = [
  {
    slug: 'ministry-5g', title: '工业和信息化部部署推进5G应用规模化发展', published: '2026-12-05T09:00:00+08:00',
    paragraphs: [
      '工业和信息化部日前召开专题会议，部署推进5G应用规模化发展工作，要求各地加快行业虚拟专网建设，推动5G在工业、医疗、教育等领域深度融合。',
      '会议指出，当前我国5G网络覆盖持续完善，基站总数稳步增长，融合应用已覆盖国民经济大类的过半数，但部分行业应用仍处于试点阶段。',
      '会议要求，各地通信管理局要会同有关部门，完善配套政策，加强频率资源保障，培育一批可复制推广的典型案例。',
    ],
  },
  {
    slug: 'ai-chips', title: '国产人工智能芯片出货量同比翻番', published: '2026-12-05T10:30:00+08:00',
    paragraphs: [
      '多家研究机构最新发布的报告显示，今年前三季度国产人工智能芯片出货量同比增长超过一倍，数据中心和智能驾驶是主要应用场景。',
      '报告认为，随着大模型训练和推理需求快速增长，算力芯片市场供不应求，国内厂商在先进封装和软件生态方面持续投入。',
      '业内人士表示，产业链上下游协同仍需加强，高端制造工艺和设计工具是下一阶段的攻关重点。',
    ],
  },
  {
    slug: 'retail', title: '十一月份社会消费品零售总额平稳增长', published: '2026-12-05T11:00:00+08:00',
    paragraphs: [
      '国家统计局发布数据显示，十一月份社会消费品零售总额同比增长，其中通讯器材类和家用电器类商品零售额增速较快。',
      '分析人士认为，以旧换新政策效应持续释放，线上消费保持活跃，服务消费潜力进一步释放。',
      '下一步，有关方面将继续落实扩大内需战略，推动消费平稳增长。',
    ],
  },
];

/**
 * Made-up articles: the first teaches a company's English name in brackets, the second prints only that name, the
 * third prints the ministry's full name (a known name) and the last neither.
 */
const TAUGHT: [string, string][] = [
  ['商业航天企业完成新一轮融资', '记者获悉，星澜航天（Xinglan Aerospace）今日宣布完成新一轮融资，资金将用于可复用火箭的研制。'],
  ['可复用火箭完成垂直起降试验', '12月3日，Xinglan Aerospace 在西北某试验场完成百米级垂直起降试验，公司称明年将开展入轨飞行。'],
  ['工业和信息化部推动卫星互联网发展', '工业和信息化部近日印发通知，推动卫星通信与地面网络融合发展，鼓励企业开展直连手机业务试验。'],
  ['新能源汽车销量继续增长', '乘用车市场信息联席会数据显示，十一月新能源汽车零售销量同比增长，渗透率再创新高。'],
];

/** A made-up article as a bulletin holds it. */
function madeUp(title: string, body: string, i: number): Article {
  return { section: '企业情报', title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 2 * i + 1, lineEnd: 2 * i + 2 };
}

let news: Awaited<ReturnType<typeof startNewsSite>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  [news, receiver, smtp] = await Promise.all([startNewsSite(), startReceiver(), startSmtp()]);
  for (const a of NEWS) news.publish(a);
});
afterAll(async () => {
  await Promise.all([news.close(), receiver.close(), smtp.close()]);
});

/** A clock the test moves by hand. */
function clock(iso: string) {
  let t = new Date(iso);
  return { now: () => t, set: (next: string) => (t = new Date(next)) };
}

/** The core over `location`, allowed to reach 127.0.0.1, with the test SMTP server and a one-minute first retry. */
async function open(location: string, time: ReturnType<typeof clock>): Promise<Jianbao> {
  const config = resolveConfig({
    flags: { store: location, fetch: { allowNetworks: ['127.0.0.1'], hostDelayMs: 0, retries: 0, timeoutMs: 5000 }, alerts: { smtp: smtp.url, from: 'jianbao <alerts@example.com>', retryBaseMs: 60_000 } },
  });
  return openJianbao(config, { now: time.now });
}

/** Polls the news site's feed once through the core, as `jianbao fetch` does: new articles are stored and matched. */
async function fetchNews(j: Jianbao): Promise<number> {
  const url = `${news.base}/feed.xml`;
  const source = (await j.sources.list(ADMIN)).find((s) => s.source.url === url)?.source ?? (await j.sources.add(ADMIN, { url, name: '产业快讯', every: 60 }));
  const runs = await j.sources.poll(ALICE, { sourceId: source.id });
  return runs.reduce((n, r) => n + r.new, 0);
}

/** Alert titles per watchlist, as alice sees them. */
async function titlesByWatchlist(j: Jianbao, actor: Actor = ALICE): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const a of (await j.watchlists.alerts(actor, { limit: 1000 })).alerts) (out[a.watchlist] ??= []).push(a.title ?? `volume ${a.day}`);
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

describe.each(BACKENDS)('watchlists and alerts on $name', (backend) => {
  it('alerts each matching fetched article once, aliases included, and posts JSON and 企业微信/钉钉 messages once', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: '工信部动态', query: '工信部', webhook: `${receiver.base}/json` });
      await j.watchlists.add(ALICE, { name: '芯片', query: '芯片', webhook: `${receiver.base}/wecom`, webhookFormat: 'wecom' });
      await j.watchlists.add(ALICE, { name: '芯片钉钉', query: '芯片 OR 半导体', webhook: `${receiver.base}/dingtalk`, webhookFormat: 'dingtalk' });
      receiver.received.length = 0;

      // The poll matches what it stored: nothing is left for a later run.
      expect(await fetchNews(j)).toBe(3);
      expect(await j.watchlists.matchNew()).toMatchObject({ articles: 0, alerts: 0 });
      const expected = { 工信部动态: [NEWS[0]!.title], 芯片: [NEWS[1]!.title], 芯片钉钉: [NEWS[1]!.title] };
      expect(await titlesByWatchlist(j)).toEqual(expected);

      // The same work again: a second poll stores nothing new; matching again, even articles queued a second
      // time, raises nothing new.
      expect(await fetchNews(j)).toBe(0);
      expect(await j.watchlists.matchNew()).toMatchObject({ articles: 0, alerts: 0 });
      await backend.sql(location, 'INSERT INTO alert_queue (article_id) SELECT id FROM articles');
      expect(await j.watchlists.matchNew()).toMatchObject({ articles: 3, alerts: 0 });
      expect(await titlesByWatchlist(j)).toEqual(expected);

      expect(await deliverPending(j, time.now())).toEqual({ sent: 3, retrying: 0, dead: 0 });
      expect(await deliverPending(j, new Date(time.now().getTime() + 86_400_000))).toEqual({ sent: 0, retrying: 0, dead: 0 });
      const by = Object.fromEntries(receiver.received.map((r) => [r.path, r.body]));
      expect(receiver.received).toHaveLength(3);
      expect(by['/json']).toMatchObject({
        type: 'jianbao.alert',
        watchlist: { name: '工信部动态' },
        alert: { kind: 'match', day: '2026-12-05' },
        article: { title: NEWS[0]!.title, url: `${news.base}/a/ministry-5g.html`, date: '2026-12-05' },
      });
      expect((by['/json'] as { article: { lead: string } }).article.lead).toMatch(/^工业和信息化部日前召开专题会议/);
      expect(by['/wecom']).toEqual({ msgtype: 'text', text: { content: expect.stringContaining(`关注“芯片”有新文章：${NEWS[1]!.title}`) } });
      const ding = by['/dingtalk'] as { msgtype: string; markdown: { title: string; text: string } };
      expect(ding.msgtype).toBe('markdown');
      expect(ding.markdown.title).toContain(NEWS[1]!.title);
      expect(ding.markdown.text).toContain(`**[${NEWS[1]!.title}](${news.base}/a/ai-chips.html)**`);
    } finally {
      await j.close();
    }
  });

  it('alerts imported articles once, exactly those the archive search finds, and not again on a repeated import', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: 'ministry', query: '工业和信息化部' });
      await j.watchlists.add(ALICE, { name: 'chips-in-section', query: '芯片', section: '技术情报' });
      for (const file of SAMPLES) await j.issues.importFile(ALICE, file, { sameIssue: 'keep-both' });
      const again = await j.issues.importFile(ALICE, SAMPLES[0]!);
      expect(again.status).toBe('unchanged');
      expect(await j.watchlists.matchNew()).toMatchObject({ alerts: 0 });

      const store = await openStore(location);
      try {
        const requests: [string, SearchRequest][] = [
          ['ministry', { query: '工业和信息化部' }],
          ['chips-in-section', { query: '芯片', filters: { sections: ['技术情报'] } }],
        ];
        for (const [name, request] of requests) {
          const found = (await store.search.search({ ...request, limit: 1000, facets: false })).hits.map((h) => h.id).sort((a, b) => a - b);
          const alerted = (await j.watchlists.alerts(ALICE, { limit: 1000 })).alerts.filter((a) => a.watchlist === name).map((a) => a.articleId!).sort((a, b) => a - b);
          expect(found.length).toBeGreaterThan(0);
          expect(alerted).toEqual(found);
        }
      } finally {
        await store.close();
      }
    } finally {
      await j.close();
    }
  });

  it('alerts on the names the archive taught and on a known name printed where no entity was stored, as search finds them', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: 'taught', query: '星澜航天' });
      await j.watchlists.add(ALICE, { name: 'taught-entity', query: '', entity: '星澜航天' });
      await j.watchlists.add(ALICE, { name: 'ministry-entity', query: '', entity: '工信部' });
      // Stored past the core and its recogniser: no article has an entity; the catch-up run matches them.
      const store = await openStore(location);
      try {
        await store.issues.import(
          { path: 'taught.txt', sha256: 'a'.repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' },
          { publication: '航天周刊', issueDate: '2026-12-04', sections: ['企业情报'], warnings: [], articles: TAUGHT.map(([title, body], i) => madeUp(title, body, i)) },
        );
        expect(await j.watchlists.matchNew()).toMatchObject({ articles: TAUGHT.length });
        const expected = {
          taught: [TAUGHT[0]![0], TAUGHT[1]![0]].sort(),
          'taught-entity': [TAUGHT[0]![0], TAUGHT[1]![0]].sort(),
          'ministry-entity': [TAUGHT[2]![0]],
        };
        expect(await titlesByWatchlist(j)).toEqual(expected);
        const requests: [string, SearchRequest][] = [
          ['taught', { query: '星澜航天' }],
          ['taught-entity', { query: '', filters: { entities: ['星澜航天'] } }],
          ['ministry-entity', { query: '', filters: { entities: ['工信部'] } }],
        ];
        for (const [name, request] of requests) {
          const found = (await store.search.search({ ...request, limit: 1000, facets: false })).hits.map((h) => h.title).sort();
          expect(found).toEqual(expected[name as keyof typeof expected]);
        }
      } finally {
        await store.close();
      }
    } finally {
      await j.close();
    }
  });

  it('keeps alerts, with their titles, when their issue is replaced by another read of it or removed, and does not alert the new read', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-watch-'));
    try {
      await j.watchlists.add(ALICE, { name: 'ministry', query: '工信部', webhook: `${receiver.base}/replace` });
      const first = await j.issues.importFile(ALICE, SAMPLES[0]!);
      const before = (await j.watchlists.alerts(ALICE)).alerts;
      expect(before.length).toBeGreaterThan(0);
      // The same issue in other bytes (another converter's dump ends with blank lines).
      const copy = join(dir, 'again.txt');
      writeFileSync(copy, `${readFileSync(SAMPLES[0]!, 'utf8')}\n\n\n`);
      const replaced = await j.issues.importFile(ALICE, copy, { sameIssue: 'replace' });
      expect(replaced).toMatchObject({ status: 'replaced', sameAs: first.issueId });
      const after = (await j.watchlists.alerts(ALICE)).alerts;
      expect(after.map((a) => [a.id, a.title])).toEqual(before.map((a) => [a.id, a.title]));
      expect(after.every((a) => a.articleId === null)).toBe(true);
      expect(await j.watchlists.matchNew()).toMatchObject({ alerts: 0 });

      // A delivery still pending for a removed article goes out with the title the alert kept.
      receiver.received.length = 0;
      expect((await deliverPending(j, time.now())).sent).toBe(before.length);
      const bodies = receiver.received.map((r) => r.body as { article: unknown; text: string });
      expect(bodies.every((b) => b.article === null)).toBe(true);
      expect(bodies.map((b) => b.text.split('\n')[0]).sort()).toEqual(before.map((a) => `【简报监测】关注“ministry”有新文章：${a.title}`).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await j.close();
    }
  });

  it('e-mails single alerts at once and the daily digest at its hour, each once', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: '芯片快报', query: '芯片', email: 'alice@example.com' });
      await j.watchlists.add(ALICE, { name: '芯片日报', query: '芯片', email: 'team@example.com', digest: 'daily' });
      smtp.mails.length = 0;
      await fetchNews(j);
      await j.watchlists.matchNew();

      expect(await deliverPending(j, time.now())).toEqual({ sent: 1, retrying: 0, dead: 0 });
      expect(smtp.mails).toHaveLength(1);
      const single = smtp.mails[0]!;
      expect(single.to).toMatchObject({ text: 'alice@example.com' });
      expect(single.subject).toBe(`【简报监测】关注“芯片快报”有新文章：${NEWS[1]!.title}`);
      expect(single.text).toContain(`${news.base}/a/ai-chips.html`);
      expect(single.html).toContain('<html lang="zh-CN">');

      // Yesterday's digest (none: the watchlist is new); today's is not due before 08:00 tomorrow.
      expect(await sendDigests(j, time.now())).toMatchObject({ queued: 0, sent: 0 });
      expect(await sendDigests(j, new Date('2026-12-06T07:59:00+08:00'))).toMatchObject({ queued: 0, sent: 0 });
      expect(await sendDigests(j, new Date('2026-12-06T08:00:00+08:00'))).toMatchObject({ queued: 1, sent: 1 });
      expect(await sendDigests(j, new Date('2026-12-06T09:00:00+08:00'))).toMatchObject({ queued: 0, sent: 0 });
      expect(smtp.mails).toHaveLength(2);
      const digest = smtp.mails[1]!;
      expect(digest.to).toMatchObject({ text: 'team@example.com' });
      expect(digest.subject).toBe('【简报监测】关注“芯片日报”每日摘要 2026-12-05（1 篇）');
      expect(digest.text).toContain(`1. ${NEWS[1]!.title}`);
      expect(digest.html).toContain(`<a style="color:#1b1b1b" href="${news.base}/a/ai-chips.html">${NEWS[1]!.title}</a>`);
    } finally {
      await j.close();
    }
  });

  it('retries a failing webhook with doubling back-off, shows its error, gives up on a 4xx, and sends nothing twice', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: 'flaky', query: '工信部', webhook: `${receiver.base}/flaky` });
      await j.watchlists.add(ALICE, { name: 'gone', query: '芯片', webhook: `${receiver.base}/gone` });
      receiver.received.length = 0;
      await fetchNews(j);
      await j.watchlists.matchNew();
      const at = (s: number) => new Date(time.now().getTime() + s * 1000);

      // The first delivery meets a 503: retried in a minute; the receiver counts as down for the rest of this run,
      // so the second (same receiver) waits untouched for the next run.
      receiver.fail(1, 503);
      expect(await deliverPending(j, at(0))).toEqual({ sent: 0, retrying: 1, dead: 0 });
      const failed = (await j.watchlists.deliveries(ALICE)).find((d) => d.attempts === 1)!;
      expect(failed).toMatchObject({ status: 'pending', lastError: 'HTTP 503: receiver down for the test', nextAt: at(60).toISOString() });
      expect((await j.watchlists.deliveries(ALICE)).find((d) => d.id !== failed.id)).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
      expect(await deliverPending(j, at(1))).toEqual({ sent: 1, retrying: 0, dead: 0 });
      expect(await deliverPending(j, at(59))).toEqual({ sent: 0, retrying: 0, dead: 0 });

      // Due again at 60 s, it meets a 404: given up at once, with its error.
      receiver.fail(1, 404);
      expect(await deliverPending(j, at(60))).toEqual({ sent: 0, retrying: 0, dead: 1 });
      expect((await j.watchlists.deliveries(ALICE)).find((d) => d.id === failed.id)).toMatchObject({ status: 'dead', attempts: 2, lastError: 'HTTP 404: receiver down for the test' });
      expect(receiver.received).toHaveLength(1);
      expect(await deliverPending(j, at(3600))).toEqual({ sent: 0, retrying: 0, dead: 0 });
      expect(receiver.received).toHaveLength(1);

      // Retries double: a third failure waits 2 minutes.
      await j.watchlists.add(ALICE, { name: 'later', query: '零售', webhook: `${receiver.base}/later` });
      const store = await openStore(location);
      await store.sources.storeWebArticle({
        sourceId: null, section: null, title: '网上零售额保持较快增长', body: '商务部数据显示，网上零售额保持较快增长。', url: 'https://news.example.com/r/1',
        canonicalUrl: 'https://news.example.com/r/1', dedupKey: 'r-1', publishedAt: null, fetchedAt: at(3990).toISOString(), author: null, outlet: null,
      });
      await store.close();
      expect(await j.watchlists.matchNew()).toMatchObject({ articles: 1, alerts: 1 });
      receiver.fail(2, 500);
      await deliverPending(j, at(4000));
      await deliverPending(j, at(4060));
      const [later] = await j.watchlists.deliveries(ALICE, 'later');
      expect(later).toMatchObject({ attempts: 2, nextAt: at(4060 + 120).toISOString() });
      expect(await deliverPending(j, at(4180))).toEqual({ sent: 1, retrying: 0, dead: 0 });
    } finally {
      await j.close();
    }
  });

  it('two workers matching and delivering at once raise and send each alert once', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const [a, b] = [await open(location, time), await open(location, time)];
    try {
      await a.watchlists.add(ALICE, { name: 'both-1', query: '工信部 OR 芯片', webhook: `${receiver.base}/both` });
      await b.watchlists.add(ALICE, { name: 'both-2', query: '增长', webhook: `${receiver.base}/both` });
      receiver.received.length = 0;
      // Stored past the core (as another process's fetch would), so both workers find them queued.
      const store: Store = await openStore(location);
      for (const n of NEWS) {
        const url = `${news.base}/a/${n.slug}.html`;
        await store.sources.storeWebArticle({
          sourceId: null, section: null, title: n.title, body: n.paragraphs.join('\n\n'), url, canonicalUrl: url, dedupKey: url,
          publishedAt: n.published, fetchedAt: time.now().toISOString(), author: null, outlet: null,
        });
      }
      await store.close();
      const runs = await Promise.all([a.watchlists.matchNew(), b.watchlists.matchNew(), a.watchlists.matchNew()]);
      expect(runs.reduce((n, r) => n + r.alerts, 0)).toBe(5);
      const sent = await Promise.all([deliverPending(a, time.now()), deliverPending(b, time.now()), deliverPending(b, time.now())]);
      expect(sent.reduce((n, r) => n + r.sent, 0)).toBe(5);
      const keys = receiver.received.map((r) => { const body = r.body as { watchlist: { name: string }; article: { id: number } }; return `${body.watchlist.name}:${body.article.id}`; });
      expect(keys).toHaveLength(5);
      expect(new Set(keys).size).toBe(5);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('checks the address policy again when sending: a webhook on an address no longer allowed is given up, unsent', async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: 'local', query: '工信部', webhook: `${receiver.base}/policy` });
      receiver.received.length = 0;
      await fetchNews(j);
      await j.watchlists.matchNew();
    } finally {
      await j.close();
    }
    const strict = await openJianbao(resolveConfig({ flags: { store: location } }), { now: time.now });
    try {
      expect(await deliverPending(strict, time.now())).toEqual({ sent: 0, retrying: 0, dead: 1 });
      expect((await strict.watchlists.deliveries(ALICE))[0]).toMatchObject({
        status: 'dead', attempts: 1, lastError: expect.stringMatching(/^127\.0\.0\.1 是本机回环地址，已拒绝；.* \(127\.0\.0\.1 is a loopback address: refused/),
      });
      expect(receiver.received).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('raises one volume alert on a day whose matches pass 3× the trailing 7-day mean', async () => {
    const location = await backend.migrated();
    const time = clock('2026-11-20T12:00:00+08:00');
    const j = await open(location, time);
    const store = await openStore(location);
    try {
      await j.watchlists.add(ALICE, { name: '电池', query: '动力电池' });
      let n = 0;
      const storeArticles = async (count: number) => {
        for (let k = 0; k < count; k++, n++) {
          await store.sources.storeWebArticle({
            sourceId: null, section: null, title: `动力电池企业第${n}批扩产项目开工`, body: `据报道，动力电池企业扩产项目第${n}期开工建设，预计明年投产。`,
            url: `https://news.example.com/b/${n}`, canonicalUrl: `https://news.example.com/b/${n}`, dedupKey: `b-${n}`,
            publishedAt: time.now().toISOString(), fetchedAt: time.now().toISOString(), author: null, outlet: null,
          });
        }
        return j.watchlists.matchNew();
      };
      // One a day for a week, then four (not above 3 × 1), then a day of five.
      for (const day of ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
        time.set(`${day}T12:00:00+08:00`);
        expect(await storeArticles(1)).toMatchObject({ alerts: 1, volume: 0 });
      }
      time.set('2026-12-05T09:00:00+08:00');
      expect(await storeArticles(3)).toMatchObject({ alerts: 3, volume: 0 });
      time.set('2026-12-05T10:00:00+08:00');
      expect(await storeArticles(2)).toMatchObject({ alerts: 2, volume: 1 });
      time.set('2026-12-05T11:00:00+08:00');
      expect(await storeArticles(1)).toMatchObject({ alerts: 1, volume: 0 });
      const volume = (await j.watchlists.alerts(ALICE)).alerts.filter((a) => a.kind === 'volume');
      expect(volume).toHaveLength(1);
      expect(volume[0]).toMatchObject({ day: '2026-12-05', volume: { count: 5, mean: 1 } });
    } finally {
      await store.close();
      await j.close();
    }
  });

  it("keeps each user's alerts and read marks apart; shared watchlists are the admins'", async () => {
    const location = await backend.migrated();
    const time = clock('2026-12-05T12:00:00+08:00');
    const j = await open(location, time);
    try {
      await j.watchlists.add(ALICE, { name: 'alice-5g', query: '5G' });
      await j.watchlists.add(ADMIN, { name: '全员-芯片', query: '芯片', owner: null });
      await expect(j.watchlists.add(BOB, { name: 'bob-shared', query: '芯片', owner: null })).rejects.toThrow('bob: 读者只能管理自己的关注列表 (a reader may only keep their own watchlists)');
      await expect(j.watchlists.add(ALICE, { name: 'alice-5g', query: '6G' })).rejects.toThrow('watchlist alice-5g: 已有同名的关注列表 (a watchlist of that name exists already)');
      await expect(j.watchlists.add(ALICE, { name: 'x', query: '，。' })).rejects.toThrow(/^watchlist\.query: "，。" 中没有可检索的内容 \(nothing searchable/);
      await expect(j.watchlists.add(ALICE, { name: 'x', query: '5G', webhook: 'http://10.1.2.3/hook' })).rejects.toThrow(/^watchlist\.webhook: 10\.1\.2\.3 是内网地址，已拒绝；.* \(10\.1\.2\.3 is a private address: refused/);
      await expect(j.watchlists.add(ALICE, { name: 'x', query: '5G', digest: 'daily' })).rejects.toThrow('watchlist.digest: 摘要通过邮件发送，请同时填写邮箱地址 (a digest goes by e-mail: give an e-mail address too)');
      await fetchNews(j);
      await j.watchlists.matchNew();

      expect((await j.watchlists.list(BOB)).map((w) => w.name)).toEqual(['全员-芯片']);
      const alice = await j.watchlists.alerts(ALICE);
      expect(alice.unread).toBe(2);
      expect((await j.watchlists.alerts(BOB)).unread).toBe(1);
      const shared = alice.alerts.find((a) => a.watchlist === '全员-芯片')!;
      expect(await j.watchlists.markRead(ALICE, [shared.id])).toEqual({ marked: 1 });
      expect((await j.watchlists.alerts(ALICE)).unread).toBe(1);
      expect((await j.watchlists.alerts(BOB, { unreadOnly: true })).alerts.map((a) => a.id)).toEqual([shared.id]);
      expect(await j.watchlists.markRead(BOB, 'all')).toEqual({ marked: 1 });
      expect((await j.watchlists.alerts(BOB)).unread).toBe(0);

      await expect(j.watchlists.remove(BOB, '全员-芯片')).rejects.toThrow('bob: 读者无权删除共享的关注 (a reader may not remove a shared watchlist)');
      await expect(j.watchlists.remove(BOB, 'alice-5g')).rejects.toThrow('watchlist alice-5g: 没有这个关注列表 (no such watchlist)');
      await j.watchlists.remove(ADMIN, '全员-芯片');
      expect((await j.watchlists.alerts(BOB)).alerts).toEqual([]);
      expect((await j.audit.list(ADMIN, { object: 'watchlist:' })).map((e) => e.action)).toEqual(['watchlist.remove', 'watchlist.add', 'watchlist.add']);
    } finally {
      await j.close();
    }
  });
});
