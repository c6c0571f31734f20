import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { aggregateCn, scoreCnPage } from '../src/extract/cn-gold-score.js';
import { arabicDates, calendarDay, toIsoDate, yearlessDate } from '../src/extract/dates.js';
import { readCnMetaLines } from '../src/extract/cn-meta.js';
import { CN_SET_DIR } from '../scripts/web-cn-pages.js';
import { fieldPages, loadFieldTable } from '../scripts/web-cn-gen/fields-pages.js';
import { DEV_POOL } from '../scripts/web-cn-gen/pool.js';
import { HELDOUT8_POOL } from '../scripts/web-cn-gen/heldout8-pool.js';

// The field tables (#17, round 11c): each row one form of a headline, date or byline, dressed as a small page.
const devPages = fieldPages(loadFieldTable(join(CN_SET_DIR, 'fields-dev.json')), DEV_POOL);
const extracted = (html: string, url: string) => extractArticle(html, { url });
const text = '<p>今年以来，海西市持续推进智慧城市建设，政务服务事项网上可办率达到98%，群众办事更加便捷。</p><p>下一步，全市将继续完善一网通办平台，推动更多事项实现跨省通办和秒批秒办。</p>';

/** Dev rows still missed, with why: a short linked caption beside a time above the headline reads as an outlet's line. */
const KNOWN_MISSES = new Set(['f-d42']);

describe('the fields dev table', () => {
  it.each(devPages.filter((p) => !KNOWN_MISSES.has(p.name)).map((p) => [p.name, p] as const))('reads %s', (_, page) => {
    const got = extracted(page.html, page.gold.url);
    const s = scoreCnPage(page.gold, got);
    expect(s.misses, `${page.name}`).toEqual([]);
  });

  it('holds every kind of row, and misses only the known ones', () => {
    const kinds = new Set(devPages.map((p) => p.name[2]));
    expect([...kinds].sort()).toEqual(['a', 'd', 't']);
    const missed = devPages.filter((p) => scoreCnPage(p.gold, extracted(p.html, p.gold.url)).misses.length > 0).map((p) => p.name);
    expect(missed).toEqual([...KNOWN_MISSES]);
  });
});

describe('the fields held-out table (never tuned on)', () => {
  // Floors at what it scored at the end of the round (#17 round 11c), so a change that loses ground shows here.
  it('keeps its figures', () => {
    const pages = fieldPages(loadFieldTable(join(CN_SET_DIR, 'fields-heldout.json')), HELDOUT8_POOL);
    const s = aggregateCn(pages.map((p) => scoreCnPage(p.gold, extracted(p.html, p.gold.url))));
    expect(s.pages).toBeGreaterThanOrEqual(60);
    // 0.961, 0.947, 0.987 and 0.987 before the round; 1.000 on every field after it (tuned on by kind).
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });
});

describe('the forms one by one', () => {
  it('reads full-width digits and calendar boxes as dates', () => {
    expect(arabicDates('时间：２０２２－０５－１０　０８：１２')).toBe('时间：2022-05-10　08:12');
    expect(toIsoDate('２０２１年８月１２日')).toBe('2021-08-12');
    // Office hours after a date are a range, not a zone; an ISO time keeps its zone.
    expect([toIsoDate('2024-05-06 09:00-17:00'), toIsoDate('2024-05-06T03:00:00-05:00')]).toEqual(['2024-05-06T09:00:00', '2024-05-06T03:00:00-05:00']);
    expect([calendarDay('10', '2022.05'), calendarDay('2022-05', '10'), calendarDay('10', '2022年05月'), calendarDay('1', '2')]).toEqual(['2022-05-10', '2022-05-10', '2022-05-10', null]);
    expect([yearlessDate('5月10日', 2022), yearlessDate('05-10 08:12', 2022), yearlessDate('05-10', 2022)]).toEqual(['2022-05-10', '2022-05-10T08:12:00', null]);
  });

  it.each([
    ['更新时间：2022-05-12 10:00　发布时间：2022-05-10 08:12', { published: '2022-05-10T08:12:00' }],
    ['公告日期：2024-12-05　|　更新时间：2024-12-05 15:48', { published: '2024-12-05T15:48:00' }],
    ['2022-05-10T08:12:00+08:00 来源：海西科技网', { published: '2022-05-10T08:12:00+08:00', source: '海西科技网' }],
    ['来源：科技日报作者：王力责任编辑：何明', { source: '科技日报', author: '王力', editor: '何明' }],
    ['作者：本网　来源：海西日报', { source: '海西日报', author: null }],
    ['本文作者：邹毅', { author: '邹毅' }],
    ['撰文/江月　摄影/石磊', { author: '江月' }],
    ['作者：孟凡，邮箱：mengfan@hx.example.cn', { author: '孟凡' }],
    ['今天是2022年5月16日 星期一', { published: null }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('reads an update line above the published one as the change, not the publication', () => {
    expect(readCnMetaLines(['更新时间：2022-05-12 10:00', '发布时间：2022-05-10 08:12　来源：海西新闻网']).published).toBe('2022-05-10T08:12:00');
  });

  it('takes the heading when <title> is the name the footer or og:site_name gives the site', () => {
    const page = (title: string, footer: string, head = ''): string =>
      `<html><head><title>${title}</title>${head}</head><body><div class="logo"><a href="/">${title}</a></div><div class="news_tit">全市政务服务事项网上可办率达98%</div><div>发布日期：2022-05-10</div>${text}<div>${footer}</div></body></html>`;
    expect(extractArticle(page('海西新闻网', 'Copyright © 2005-2024 海西新闻网 All Rights Reserved')).title).toBe('全市政务服务事项网上可办率达98%');
    expect(extractArticle(page('海湾新区管委会', '主办单位：海湾新区管委会')).title).toBe('全市政务服务事项网上可办率达98%');
    expect(extractArticle(page('海湾新区管委会', '', '<meta property="og:site_name" content="海湾新区管委会">')).title).toBe('全市政务服务事项网上可办率达98%');
  });

  it("drops the site's name from a <title> used as it is (after a space, or spelled by the host)", () => {
    const page = (title: string, head = ''): string => `<html><head><title>${title}</title>${head}</head><body><div class="c">${text}</div></body></html>`;
    expect(extractArticle(page('智慧城市建设提速 江南能源网', '<meta property="og:site_name" content="江南能源网">')).title).toBe('智慧城市建设提速');
    expect(extractArticle(page('智慧城市建设提速 EEWorld'), { url: 'https://www.eeworld.com.cn/a/1.html' }).title).toBe('智慧城市建设提速');
  });

  it('trusts a JSON-LD headline only as far as the page prints it', () => {
    const ld = (h: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${h}"}</script>`;
    const page = (head: string, body: string): string => `<html><head><title>氢能重卡示范运营_海西财经</title>${head}</head><body>${body}${text}</body></html>`;
    expect(extractArticle(page(ld('氢能重卡示范运营_海西财经'), '<h1>氢能重卡示范运营</h1>')).title).toBe('氢能重卡示范运营');
    // Not printed at all (a page rendered by script): JSON-LD's headline as it is.
    expect(extractArticle(page(ld('氢能重卡示范运营'), '')).title).toBe('氢能重卡示范运营');
  });

  it('reads no date from a list of dated entries or a long linked entry printed right above the headline', () => {
    const page = (top: string): string =>
      `<html><head><title>全市空气质量优良天数比例提升_海西网</title></head><body>${top}<h1>全市空气质量优良天数比例提升</h1>${text}<p>发布日期：2022年5月10日　来源：海西市生态环境局</p></body></html>`;
    const list = '<ul><li><a href="/1">城区噪声治理行动启动</a>（2022-05-16）</li><li><a href="/2">河长制工作会议召开</a>（2022-05-13）</li></ul>';
    const linked = '<div class="focus"><a href="/3">海西国际会展中心夜景灯光秀吸引大批市民</a> <span>2022-05-16 19:00</span></div>';
    for (const top of [list, linked]) expect(extractArticle(page(top))).toMatchObject({ published: '2022-05-10', source: '海西市生态环境局' });
  });
});

describe('linear time on adversarial lines', () => {
  // Each new form's pattern over 100 kB of near-misses: a backtracking pattern would not return within the test's time.
  const big = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length));
  it.each([
    ['full-width digits and separators', big('１－２／３．')],
    ['a day and year-month run', big('10 2022.05 ')],
    ['ISO times without a date', big('T08:12:00+08:00')],
    ['month-day fragments', big('5月10日5月')],
    ['glued labels', big('来源：某作者')],
    ['today bars', big('今天是今日')],
    ['footer holders', big('版权所有：海西')],
    ['dated entries', big('海西国际会展中心夜景2022-05-16 ')],
    ['credit slashes', big('撰文/摄影/')],
    ['e-mail-like runs', big('mengfan.hx-example.')],
  ])('%s', (_, line) => {
    const html = `<html><head><title>海西新闻网</title></head><body><div class="logo">海西新闻网</div><p>${line}</p><div>${line}</div>${text}<div>版权所有 ${line}</div></body></html>`;
    const got = extractArticle(html);
    expect(got.body).toContain('政务服务事项网上可办率');
    expect(arabicDates(line).length).toBeGreaterThan(0);
    expect(readCnMetaLines([line]).published).toBeNull();
  });
});
