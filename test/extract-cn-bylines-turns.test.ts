import { describe, expect, it } from 'vitest';
import { printedAsEditor, readCnMetaLines, stripCnMetaLines } from '../src/extract/cn-meta.js';
import { trimCnEdges } from '../src/extract/cn-body-edges.js';
import { interviewTurns } from '../src/extract/cn-interview.js';
import { scriptStamps, yearOfStamps } from '../src/extract/script-stamps.js';
import { parseHtml } from '../src/extract/dom.js';
import { extractArticle } from '../src/extract/index.js';
import { englishDates } from '../src/extract/dates.js';
import { isGalleryControl, withoutPictureCounters } from '../src/extract/gallery-marks.js';
import { fromTranscriptLabel } from '../src/extract/cn-transcript-label.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const long = (n: number): string => `第${n}段：今年以来，全省新型储能装机规模持续扩大，多个百兆瓦级项目并网投运，带动上下游产业链协同发展，企业订单明显增加。`;

describe('bylines giving the writer with an e-mail address', () => {
  it.each([
    ['作者：Steven Keeping, steven.keeping@example.com　2024-06-18', { author: 'Steven Keeping', published: '2024-06-18' }],
    ['作者：赵明哲，zhaomz@example.cn　来源：电子设计世界　发布时间：2024-07-26　阅读：1645', { author: '赵明哲', source: '电子设计世界', published: '2024-07-26' }],
    ['文/Rick Merritt（rmerritt@example.com）　2024-11-18', { author: 'Rick Merritt', published: '2024-11-18' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('scans a long run of address-like text once', () => {
    const line = `${'a.'.repeat(50_000)}@`;
    expect(readCnMetaLines([line, `作者：李明，${'x'.repeat(300)}@example.com`]).author).toBe('李明');
  });
});

describe('information lines closed by a lead-in summary', () => {
  it.each([
    ['发布日期：2024-06-18    来源：中国水运报    浏览次数：152    核心提示：交通运输部发布的数据显示，今年1至5月…', { published: '2024-06-18', source: '中国水运报' }],
    ['A+ A-时间：2024-11-05 | 文章来源：某某商会 | 点击：41 | 摘要：海关数据显示，前10个月我国光伏组件出口约210吉瓦…', { published: '2024-11-05', source: '某某商会' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('leaves a summary box standing alone to the body edges', () => {
    expect(readCnMetaLines(['摘要：前10个月我国光伏组件出口约210吉瓦，同比增长21%。'])).toMatchObject({ published: null, source: null });
  });
});

describe('a writer credited as 报道', () => {
  it.each([
    ['2024/08/30 11:05　报道：林慧敏　摄影：陈某某', { author: '林慧敏', published: '2024-08-30T11:05:00' }],
    ['報導：黄国祥　攝影：李某某', { author: '黄国祥' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('reads no credit in a sentence that reports', () => {
    expect(readCnMetaLines(['据报道：今年以来储能电芯的平均中标价格已降至每瓦时0.35元左右。']).author).toBeNull();
  });
});

describe('the author tag naming the editor', () => {
  it('tells a line naming the editor alone from one naming an account and a person', () => {
    expect(printedAsEditor('刘某', ['正文……', '【编辑:刘某】'])).toBe(true);
    expect(printedAsEditor('刘某', ['[责任编辑: 刘某]'])).toBe(true);
    // Beside an agency's bracketed buttons too.
    expect(printedAsEditor('刘某', ['【纠错】 [责任编辑: 刘某]'])).toBe(true);
    expect(printedAsEditor('刘某', ['【打印】 【关闭】 【编辑：刘某】'])).toBe(true);
    expect(printedAsEditor('某某圈', ['编辑：某某圈 小王'])).toBe(false);
    expect(printedAsEditor('刘某', ['作者：刘某'])).toBe(false);
    // A line listing several editors names each of them.
    expect(printedAsEditor('何某', ['(责编：吕某、何某)'])).toBe(true);
    expect(printedAsEditor('何某', ['(责编：吕某、何某某)'])).toBe(false);
  });

  it('gives the reporter of the dateline, not the editor the author tag names', () => {
    const html = `<html><head><meta charset="utf-8"><meta name="author" content="刘某"><title>某地新闻-某新网</title></head><body>
<h1>某地新闻</h1><div class="time">2024年05月17日 11:26　来源：某新网</div>
<div class="zw"><p>某新网北京5月17日电(记者 李晓丹)${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p>
<div>【编辑:刘某】</div></div></body></html>`;
    const got = extractArticle(html);
    expect(got.author).toBe('李晓丹');
    expect(got.body).not.toContain('编辑');
  });

  it('takes no brand the head names as author and the page never prints, but keeps a person\u2019s name there', () => {
    const page = (tag: string, line: string): string => `<html><head><meta charset="utf-8"><meta property="article:author" content="${tag}"><title>某地新闻_汽车频道_某某网</title></head><body>
<h1>某地新闻</h1><div class="time">2024-05-17 11:26　${line}</div>
<div class="zw"><p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p></div></body></html>`;
    expect(extractArticle(page('某某汽车', '来源：新华社')).author).toBeNull();
    expect(extractArticle(page('某某汽车', '来源：新华社 作者：李晓丹')).author).toBe('李晓丹');
    expect(extractArticle(page('王小川', '来源：新华社')).author).toBe('王小川');
  });
});

describe('a time printed without its year, the year only in a state script', () => {
  it('takes the year of the stamp agreeing with the printed time to the minute', () => {
    const stamps = ['2023-06-01T08:00', '2024-11-18T19:45', '2023-05-20T21:10'];
    expect(yearOfStamps(stamps, (y) => `${y}-11-18T19:45:00`)).toBe(2024);
    expect(yearOfStamps(stamps, (y) => `${y}-11-18T19:46:00`)).toBeNull();
  });

  it('reads stamps of both kinds and scans a 100 kB run of digits once', () => {
    const doc = parseHtml(`<script>var s={"a":1731930300,"b":"2023-05-20 21:10:00","id":${'9'.repeat(100_000)}};</script>`);
    expect(scriptStamps(doc)).toEqual(['2024-11-18T19:45', '2023-05-20T21:10']);
  });

  it('dates a page whose state lists related articles of other years first', () => {
    const html = `<html><head><meta charset="utf-8"><title>某某公司发布新品</title></head><body>
<h1>某某公司发布新品</h1><div class="meta"><span>林可欣</span> · <span>11-18 19:45</span></div>
<div class="content"><p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p></div>
<script>window.__STATE__={"related":[{"title":"旧闻","t":1685577600}],"post":{"title":"某某公司发布新品","online":${Date.parse('2024-11-18T19:45:00+08:00') / 1000}}}</script>
</body></html>`;
    expect(extractArticle(html).published).toBe('2024-11-18T19:45:00');
  });
});

describe('interview transcripts told by their structure', () => {
  const turns = ['主持人：各位网友好，今天我们请来了陈某某，聊聊储能产业。', '陈某某：主持人好，储能这几年发展非常快，去年装机规模超过3000万千瓦。', '主持人：有人说行业已经“内卷”，您怎么看？', '陈某某：短期看确实存在低价竞争，但长期看市场空间仍然很大。'];

  it('reads a host and a guest each opening several paragraphs as turns, and label-value lines as none', () => {
    const isTurn = interviewTurns(turns);
    expect(isTurn?.(turns[1])).toBe(true);
    expect(isTurn?.('时间：2024年9月3日')).toBe(false);
    expect(interviewTurns(['联系人：张某', '联系电话：010-1234', '联系人：李某', '联系电话：010-5678', long(1)])).toBeNull();
    // A 100 kB paragraph of a label's characters is read once.
    expect(interviewTurns([`${'主'.repeat(100_000)}：`, long(1)])).toBeNull();
    expect(trimCnEdges([`—— ${'本期访谈'.repeat(25_000)}`, long(1), long(2)])).toHaveLength(3);
  });

  it('starts at the first turn under a guest box, an introduction and a player, and ends at the end mark', () => {
    const page = ['访谈嘉宾', '陈某某', '某某研究院院长、研究员', '访谈简介：本期访谈邀请陈某某作客直播间，与网友交流储能产业的发展，欢迎收看。', '视频回放　时长 32:15', ...turns, '—— 本期访谈结束，感谢收看 ——'];
    expect(trimCnEdges(page)).toEqual(turns);
    expect(stripCnMetaLines(turns).paragraphs).toEqual(turns);
  });
});

describe('names beside the time that name no writer', () => {
  it('reads a channel of the page\u2019s menu beside the time as no author', () => {
    const html = `<html><head><meta charset="utf-8"><title>某某新闻</title></head><body>
<div class="nav"><a>首页</a><a>国内</a><a>国际</a><a>财经</a><a>体育</a></div>
<h1>某某新闻</h1><div class="byline"><span>财经</span> <time>2024-11-05 07:40</time></div>
<div class="body"><p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p></div></body></html>`;
    const got = extractArticle(html);
    expect(got.author).toBeNull();
    expect(got.published).toBe('2024-11-05T07:40:00');
  });

  it('reads the information line a channel of the menus follows', () => {
    const html = `<html><head><meta charset="utf-8"><title>某某新闻</title></head><body>
<div class="nav"><a>首页</a><a>快报</a><a>深度</a><a>专栏</a><a>活动</a></div>
<h1>某某新闻</h1><div class="info"><a>白晓川</a> <em>•</em> <span>2024-11-18 16:02</span> <span>深度</span></div>
<div class="body"><p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p></div></body></html>`;
    expect(extractArticle(html)).toMatchObject({ author: '白晓川', published: '2024-11-18T16:02:00' });
  });

  it('reads a writer named 周 and a weekday\u2019s character as a name, and a weekday as none', () => {
    expect(readCnMetaLines(['周一鸣 · 2024-11-05 10:18'])).toMatchObject({ author: '周一鸣', published: '2024-11-05T10:18:00' });
    expect(readCnMetaLines(['周天成 2024年11月5日 星期二 10:18'])).toMatchObject({ author: '周天成', published: '2024-11-05T10:18:00' });
  });

  it('reads the app a post came from, glued to 来自, as no outlet', () => {
    expect(readCnMetaLines(['quant_zhou 发布于2024-11-26 17:30 来自雪球'])).toMatchObject({ author: 'quant_zhou', source: null });
  });
});

describe('an English abstract after the Chinese text', () => {
  it('ends the text at a labelled abstract or key words, however long, and keeps unlabelled English paragraphs', () => {
    const abs = `Abstract: ${'Orders recovered in most segments and prices stabilised after a long fall. '.repeat(5)}`;
    expect(trimCnEdges([long(1), long(2), long(3), abs, 'Key words: demand; capacity'])).toEqual([long(1), long(2), long(3)]);
    const en = 'Orders recovered in most segments and prices stabilised after a long fall.';
    expect(trimCnEdges([long(1), en, long(2), en])).toEqual([long(1), en, long(2), en]);
  });
});

describe('round 13a kinds: saved pages, galleries, video transcripts, English and weekday dates', () => {
  const text = `<p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p>`;

  it('takes no JSON-LD WebPage name that is the site\u2019s segment of <title> or addresses the site\u2019s home as the headline', () => {
    const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
    const html = (o: object): string => `<html><head><title>储能装机规模持续扩大 - 某某产业网</title>${ld(o)}</head><body><div class="logo">某某产业网</div><h1>储能装机规模持续扩大</h1><div>2024-11-05 10:18　来源：某某日报</div><div>${text}</div></body></html>`;
    expect(extractArticle(html({ '@type': 'WebPage', name: '某某产业网' })).title).toBe('储能装机规模持续扩大');
    expect(extractArticle(html({ '@type': 'WebPage', name: '某某网站', url: 'https://www.example.cn/' })).title).toBe('储能装机规模持续扩大');
  });

  it.each([
    ['Dec 6, 2026 | 来源：某某国际商会', { published: '2026-12-06', source: '某某国际商会' }],
    ['Tuesday, November 26, 2024 / 信息来源：某某学院', { published: '2024-11-26', source: '某某学院' }],
    ['发布：6 Dec. 2026 9:05 pm', { published: '2026-12-06T21:05:00' }],
    ['视频来源｜某某广播电视台', { source: '某某广播电视台' }],
    ['（视频来源：某某卫视　记者 许某 报道）', { source: '某某卫视', author: '许某' }],
    ['2024年08月30日11:05　某某日报　【大 中 小】', { published: '2024-08-30T11:05:00', source: '某某日报' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('reads an English-only line of an English page as no date', () => {
    expect(readCnMetaLines(['29 November 2018 | 20 January 2019']).published).toBeNull();
  });

  it('drops a gallery\u2019s buttons and the counters running in order beside its paragraphs, and keeps a lone fraction', () => {
    expect(isGalleryControl('‹ 上一张 2/4 下一张 ›')).toBe(true);
    expect(isGalleryControl('上一组 下一组 返回列表')).toBe(true);
    expect(isGalleryControl('三分之一即1/3的企业已上云。')).toBe(false);
    expect(withoutPictureCounters(['01/03 第一段。', '02/03 第二段。', '（图3/3）第三段。'])).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(withoutPictureCounters(['第一段。（1/3）', '第二段。（2/3）'])).toEqual(['第一段。', '第二段。']);
    expect(withoutPictureCounters(['占比约1/3', '另有1/2来自外省'])).toEqual(['占比约1/3', '另有1/2来自外省']);
  });

  it('reads a gallery told in <figcaption>s and in repeated caption blocks as the text', () => {
    const slides = (wrap: (p: string, i: number) => string): string => [long(1), long(2), long(3), long(4)].map(wrap).join('');
    const page = (body: string): string => `<html><head><title>组图：储能电站投运_某某网</title></head><body><h1>组图：储能电站投运</h1><div>2024-11-05 10:18　来源：某某日报</div><div class="g">${body}</div><div class="more"><h3>更多组图</h3></div></body></html>`;
    const fig = extractArticle(page(slides((p, i) => `<figure><img src="/${i}.jpg"><figcaption><b>${i + 1} / 4</b>　${p}</figcaption></figure>`)));
    expect(fig.body.split('\n\n')).toEqual([long(1), long(2), long(3), long(4)]);
    const cap = extractArticle(page(slides((p, i) => `<div class="slide"><img src="/${i}.jpg"><div class="caption">${p}</div><div><a>上一张</a> <a>下一张</a></div></div>`)));
    expect(cap.body.split('\n\n')).toEqual([long(1), long(2), long(3), long(4)]);
  });

  it('starts the text under a video page\u2019s transcript label, after the player\u2019s tip, duration and plays', () => {
    const paras = [{ text: '提示：若视频无法播放，请刷新页面' }, { text: '时长 02:36 播放 3.6万' }, { text: '【视频文稿】' }, { text: long(1) }];
    expect(fromTranscriptLabel(paras)).toEqual([{ text: long(1) }]);
    expect(fromTranscriptLabel([{ text: long(1) }, { text: '文稿：' }, { text: long(2) }]).length).toBe(3);
  });

  it('ends the text before a comment closed by its posting time', () => {
    expect(trimCnEdges([long(1), long(2), '网友说两句', '拍得真好，收藏了。 2024-11-23 10:05'])).toEqual([long(1), long(2)]);
  });

  it('gets every field of the dev pages of these kinds right', () => {
    const pages = loadCnPages('dev').filter((p) => /^g-(savedpage|photoset|slideshow|vodtext|analysis|itemprop|weekday|telecom)-/.test(p.name));
    expect(pages.length).toBe(16);
    for (const p of pages) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('reads 100 kB near-miss lines in linear time', () => {
    const big = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length));
    for (const line of [big('Dec 6, 2026 '), big('Tuesday, 6 '), big('1/2 '), big('（1/'), big('2024-11-23 1'), big('上一张'), big('文稿')]) {
      expect(englishDates(line).length).toBeGreaterThan(0);
      expect(withoutPictureCounters([line, line])).toHaveLength(2);
      expect(isGalleryControl(line)).toBe(false);
      expect(trimCnEdges([long(1), line]).length).toBeGreaterThan(0);
      expect(fromTranscriptLabel([{ text: line }])).toHaveLength(1);
    }
  });
});

describe('a writer named in a box of the writer\u2019s', () => {
  const page = (extra: string): string =>
    `<html><head><meta charset="utf-8"><title>某地新增三条公交线路</title></head><body><h1>某地新增三条公交线路</h1><div class="info">2024-10-22 09:15</div><div class="content"><p>${long(1)}</p><p>${long(2)}</p></div>${extra}</body></html>`;

  it('reads the one name of a writer\u2019s box, and no reader\u2019s name in the comments, however its box is called', () => {
    expect(extractArticle(page('<div class="author-box"><p>王五</p><p>本报记者，长期关注城市交通。</p></div>')).author).toBe('王五');
    expect(extractArticle(page('<div class="commentary-author"><p>王五</p></div>')).author).toBe('王五');
    const comment = (box: string): string => `<ol class="commentlist"><li>${box}<div class="body"><p>这条线路终于开通了，期待已久。</p></div></li></ol>`;
    expect(extractArticle(page(comment('<div class="comment-author vcard"><img class="avatar" src="/a.png" alt=""><cite class="fn">张三</cite></div>'))).author).toBeNull();
    expect(extractArticle(page('<div id="replies"><div class="item"><p class="author">李四</p><p>期待已久。</p></div></div>')).author).toBeNull();
  });
});
