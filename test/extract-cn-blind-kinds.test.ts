/**
 * The kinds of page the blind held-out parts 36 and 37 missed (round f25, dev-templates-aj.ts): two-digit years, a
 * WeChat page's comments dated later, an 信息公开 table's body over the 来源 line, a columnist's card beside the menu, a
 * summary box quoting the lead, a summary hidden by a style sheet's class, a press release's subtitle above its dateline.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { fullYears } from '../src/extract/dates.js';
import { dropAboveDateline } from '../src/extract/cn-body-edges.js';
import { hiddenClasses } from '../src/extract/hidden-classes.js';
import { parseHtml } from '../src/extract/dom.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text =
  '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。</p>' +
  '<p>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p>';

describe('the dev pages of round f25', () => {
  it('gets every field of every page right', () => {
    const dev = loadCnPages('dev').filter((p) => /^g-(twodigityear|wxcomments|issuersource|columnistcard|briefquote|hiddensummary|releasesub)-/.test(p.name));
    expect(dev.length).toBe(14);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});

describe('two-digit years', () => {
  it('writes a day of a two-digit year with four digits, the 1990s from 90', () => {
    expect(fullYears('更新时间：15-06-03')).toBe('更新时间：2015-06-03');
    expect(fullYears('14-08-24 07:30 来源：某某网')).toBe('2014-08-24 07:30 来源：某某网');
    expect(fullYears('98-12-01')).toBe('1998-12-01');
  });

  it('leaves a yearless time, a phone number, a day of another order and an impossible day alone', () => {
    expect(fullYears('08-24 07:30')).toBe('08-24 07:30');
    expect(fullYears('电话：010-68-52-88')).toBe('电话：010-68-52-88');
    expect(fullYears('24-08-2014')).toBe('24-08-2014');
    expect(fullYears('15-13-40')).toBe('15-13-40');
  });

  it('dates a page whose information line prints one', () => {
    const got = extractArticle(page('<title>某协会</title>', `<h1>行业运行承压</h1><div>文章来源：协会信息部　作者：佚名　更新时间：15-06-03　点击数：1644</div>${text}`));
    expect(got.published).toBe('2015-06-03');
    expect(got.source).toBe('协会信息部');
    expect(got.author).toBeNull();
  });
});

describe('a press release’s subtitle', () => {
  it('drops short lines above the dateline that opens the text', () => {
    const lead = '中国上海，2023年10月17日——某某公司今日宣布推出新一代产品。';
    expect(dropAboveDateline(['新产品面向800V平台，已通过认证', lead, '后文。'])).toEqual([lead, '后文。']);
  });

  it('keeps a sentence above it, and a text with no dateline', () => {
    const lead = '某某社北京6月21日电　记者从有关部门获悉。';
    expect(dropAboveDateline(['一句完整的导语。', lead, '后文。'])).toEqual(['一句完整的导语。', lead, '后文。']);
    expect(dropAboveDateline(['小标题', '正文第一段。', '后文。'])).toEqual(['小标题', '正文第一段。', '后文。']);
  });
});

describe('a class the page’s style sheet hides', () => {
  it('drops a short box of that class, and keeps a long block of it (a tab a script shows)', () => {
    const style = '<style>.x p{margin:0}.hide,.gone{display:none}</style>';
    const hidden = extractArticle(page(style, `<h1>标题</h1><div class="summary-box hide">一句隐藏的摘要文字，页面并不显示。</div><div class="content">${text}</div>`));
    expect(hidden.body).not.toContain('隐藏的摘要');
    const long = extractArticle(page(style, `<h1>标题</h1><div class="content gone">${text}${text}${text}</div>`));
    expect(long.body).toContain('电子信息制造业增加值');
  });

  it('reads classes hidden at the sheet’s top level only, and a sheet of two megabytes without braces as none', () => {
    const sheet = (css: string): string[] => [...hiddenClasses(parseHtml(`<html><head><style>${css}</style></head><body></body></html>`))];
    expect(sheet('.a p{margin:0}.hide,.gone{display:none}#x{display:none}div.y{display:none}')).toEqual(['hide', 'gone']);
    expect(sheet('@media (max-width:600px){.m{display:none}.n{display:none}}.o{display:none}')).toEqual(['o']);
    expect(sheet('x'.repeat(2_000_000))).toEqual([]);
  });
});
