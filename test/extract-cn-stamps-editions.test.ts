import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { readCnMetaLines, stripCnMetaLines } from '../src/extract/cn-meta.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const paras = [
  '近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。',
  '分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。',
];
const text = paras.map((p) => `<p>${p}</p>`).join('');
const title = '电子信息制造业增加值同比增长17.9%';
// 2024-10-22 09:15 China Standard Time.
const MS = Date.parse('2024-10-22T09:15:00+08:00');

describe('a time a script writes in from a data attribute', () => {
  it('dates the page, and names the outlet printed beside it, on the empty time element or the box around it', () => {
    const empty = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="info"><span>某某新闻</span><span class="time" data-publish-time="${MS}"></span></div><div class="content">${text}</div>`));
    expect(empty).toMatchObject({ published: '2024-10-22T09:15:00', source: '某某新闻' });
    expect(empty.body.startsWith(paras[0])).toBe(true);
    const box = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="meta" data-pubtime="${MS / 1000}"><em>某某日报</em> <i class="icon"></i></div><div class="content">${text}</div>`));
    expect(box).toMatchObject({ published: '2024-10-22T09:15:00', source: '某某日报' });
  });

  it('writes the time into the first empty element of an article box holding the stamp, else at its head', () => {
    const slot = extractArticle(page(`<title>${title}</title>`, `<div class="article" data-publish-time="${MS}"><h1>${title}</h1><p class="from">某某新闻</p><p class="t"></p><div>${text}</div></div>`));
    expect(slot).toMatchObject({ published: '2024-10-22T09:15:00', source: '某某新闻' });
    expect(slot.body.startsWith(paras[0])).toBe(true);
    const head = extractArticle(page(`<title>${title}</title>`, `<div class="article" data-publish-time="${MS}"><h1>${title}</h1><div>${text}</div></div>`));
    expect(head.published).toBe('2024-10-22T09:15:00');
  });

  it('adds nothing where the element prints its own time, and reads no other attribute or an overlong value', () => {
    const printed = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="info">某某新闻 <span data-publish-time="${MS + 86_400_000}">2024-10-22 09:15</span></div>${text}`));
    expect(printed.published).toBe('2024-10-22T09:15:00');
    const other = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="info">某某新闻 <span data-id="${MS}" data-view-time="${MS}"></span></div>${text}`));
    expect(other.published).toBeNull();
    const long = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="info">某某新闻 <span data-publish-time="${'2024-10-22 '.repeat(20_000)}"></span></div>${text}`));
    expect(long.published).toBeNull();
  });
});

describe('self-media accounts', () => {
  it('drops the region glued to the time by a middle dot: no author, the account above the time the source', () => {
    expect(readCnMetaLines(['2024-10-22 09:15·浙江'])).toMatchObject({ published: '2024-10-22T09:15:00', author: null, source: null });
    const got = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="acc"><a>某某产业观察</a><div><span>2024-10-22 09:15・北京</span></div></div><div class="content">${text}</div>`));
    expect(got).toMatchObject({ source: '某某产业观察', author: null });
  });

  it('drops a region after a middle dot behind a relative time, and reads the account beside 昨天 09:15', () => {
    expect(readCnMetaLines(['某某产业观察 3小时前·浙江'])).toMatchObject({ source: '某某产业观察', author: null });
    expect(readCnMetaLines(['某某产业观察 刚刚・北京'])).toMatchObject({ source: '某某产业观察', author: null });
    expect(readCnMetaLines(['某某产业观察 昨天 09:15'])).toMatchObject({ source: '某某产业观察', author: null, published: null });
  });

  it('reads an account card printed on one line with its follow button above the headline', () => {
    const got = extractArticle(page(`<title>${title}</title>`, `<div class="card"><span>某某智造前沿</span><a>+关注</a></div><h1>${title}</h1><div>2024-10-22 09:15・广东</div><div class="content">${text}</div>`));
    expect(got).toMatchObject({ source: '某某智造前沿', author: null });
    // A person's card so printed is a writer's, not an account's.
    const person = extractArticle(page(`<title>${title}</title>`, `<div class="card"><span>林一帆</span><a>+关注</a></div><h1>${title}</h1><div>2024-10-22 09:15</div><div class="content">${text}</div>`));
    expect(person.source).toBeNull();
  });
});

describe('paper editions', () => {
  it('reads the reporter from a 版次/作者/稿件来源 line, and 本报 as no outlet', () => {
    expect(readCnMetaLines(['版次：A03　　作者：本报记者　葛新民　　稿件来源：某州日报'])).toMatchObject({ author: '葛新民', source: '某州日报' });
    expect(readCnMetaLines(['【版次】第05版 【作者】蓝若 【稿件来源】本报'])).toMatchObject({ author: '蓝若', source: null });
  });

  it('reads no reporter from a 副题 that opens with 记者, and still two reporters after one label', () => {
    expect(readCnMetaLines(['——记者蹲点一线看变化']).author).toBeNull();
    expect(readCnMetaLines(['2024-10-22 09:15 | 来源：海西日报 | 记者：江月、石磊']).author).toBe('江月、石磊');
    // A name with a middle dot (a Uyghur or Kazakh name) is a person's.
    expect(readCnMetaLines(['2024-10-22 09:15 来源：某疆日报 记者 阿依古丽·买买提']).author).toBe('阿依古丽·买买提');
  });

  it('takes the heading over a <title> that is the 版面 alone, and the paper from the header\u2019s cells', () => {
    const got = extractArticle(
      page('<title>第A04版：区县新闻</title>', `<table><tr><td>某原日报</td><td>2024年9月12日</td><td>第A04版：区县新闻</td></tr></table><div><h1>${title}</h1><div id="ozoom">${text}</div></div>`),
    );
    expect(got).toMatchObject({ title, source: '某原日报', published: '2024-09-12' });
    const dashed = extractArticle(page('<title>某川商报－第06版</title>', `<div class="bm">第06版：财经　2024年12月5日</div><h2>${title}</h2><div>${text}</div>`));
    expect(dashed.source).toBe('某川商报');
    // A menu's or a share bar's word ending in 报 beside the mark is no paper.
    const menu = extractArticle(page(`<title>${title}</title>`, `<div class="nav"><a>首页</a><a>简报</a></div><div class="top"><span>2024年10月22日</span> <span>第05版</span></div><h1>${title}</h1>${text}`));
    expect(menu.source).toBeNull();
    const tools = extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="bar"><span>2024年10月22日 第05版</span></div><div class="tools"><a>分享</a> <a>举报</a></div>${text}`));
    expect(tools.source).toBeNull();
  });

  it('takes a line bold throughout above the text for the headline when <title> is the edition\u2019s name and no heading stands', () => {
    const got = extractArticle(page('<title>某兴日报数字报</title>', `<div class="top">某兴日报　2024年9月12日　第02版：要闻</div><div><p>聚焦实体经济</p><p><b>${title}</b></p><p>□ 本报记者　闻人杰</p>${text}<p><b>专家观点</b></p><p>${paras[1]}</p></div>`));
    expect(got).toMatchObject({ title, author: '闻人杰', source: '某兴日报' });
    expect(got.body.startsWith(paras[0])).toBe(true);
  });

  it('keeps the <title>’s headline over a bold sub-head opening the text when <title> names no site or edition', () => {
    const headline = '关于推进电子信息制造业高质量发展的实施意见';
    const got = extractArticle(page(`<title>${headline}_某某市人民政府</title>`, `<div class="nav"><a href="/">首页</a></div><div class="content"><p><strong>一、总体要求和主要目标</strong></p>${text}</div><div class="foot">版权所有：某某市人民政府</div>`));
    expect(got.title).toBe(headline);
    // A <title> that is only the site's name: the bold line is the headline.
    const sited = extractArticle(page('<title>某某市人民政府</title>', `<div class="content"><p><strong>${title}</strong></p>${text}</div><div class="foot">版权所有：某某市人民政府</div>`));
    expect(sited.title).toBe(title);
  });

  it('drops a caption printed above the byline that opens the text, and keeps a text above a byline', () => {
    const captioned = stripCnMetaLines(['技术人员在生产线上调试设备。', '□ 本报记者　褚南　文/图', ...paras]);
    expect(captioned.paragraphs).toEqual(paras);
    expect(captioned.meta.author).toBe('褚南');
    const texted = stripCnMetaLines([paras[0], '□ 本报记者　褚南　文/图', paras[1]]);
    expect(texted.paragraphs).toEqual(paras);
  });
});

describe('a photo closing the text', () => {
  const closing = (photo: string): string => extractArticle(page(`<title>${title}</title>`, `<h2>${title}</h2><div class="text">${text}${photo}</div>`)).body;
  it('drops its one-clause caption, under the photo or beside it', () => {
    expect(closing('<p align="center"><img src="/a.jpg"></p><p align="center">项目建设现场一角。</p>').endsWith(paras[1])).toBe(true);
    expect(closing('<p><img src="/a.jpg"></p><p style="text-align: center">项目建设现场一角。</p>').endsWith(paras[1])).toBe(true);
    expect(closing('<p><img src="/a.jpg"><br>工作人员正在检查设备运行情况。</p>').endsWith(paras[1])).toBe(true);
  });

  it('keeps a sentence of text after a photo, and a caption-like line with text after it', () => {
    expect(closing('<p><img src="/a.jpg"></p><p>下一步，该市将继续加大投入，推动项目早日建成。</p>').endsWith('推动项目早日建成。')).toBe(true);
    // A short one-clause sentence printed as text (not centred as captions are) closes the article under its last photo.
    expect(closing('<p><img src="/a.jpg"></p><p>会议由副市长张三主持。</p>').endsWith('会议由副市长张三主持。')).toBe(true);
    const inside = extractArticle(page(`<title>${title}</title>`, `<h2>${title}</h2><div class="text"><p>${paras[0]}</p><p><img src="/a.jpg"></p><p>项目建设现场一角。</p><p>${paras[1]}</p></div>`)).body;
    expect(inside).toContain('项目建设现场一角。');
  });
});

describe('the round\u2019s dev pages', () => {
  it('read every field right', () => {
    const pages = loadCnPages('dev').filter((p) => /^g-(clientstamp|accountregion|accountcard|editionfields|editionmarkline|editionmarkbox|editionphotobyline|clientbox|editionclosingphoto|editionboldhead|fonttable|bolddivtitle|twoh1reading|threadpager|foldpager)-/.test(p.name));
    expect(pages).toHaveLength(30);
    for (const p of pages) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});

describe('held-out 33\u2019s leftovers, by kind', () => {
  const body = (text: string): string => extractArticle(page(`<title>${title}</title>`, `<h1>${title}</h1><div class="info">2024-10-22 09:15　来源：某某新闻</div><div class="content">${text}</div><div class="editor">责任编辑：林木</div>`)).body;
  const long = '下一步，有关部门将加快推进产业基础再造工程，支持企业加大研发投入，推动关键核心技术攻关取得新突破。';
  const box = '<p><strong>延伸阅读</strong></p><p><a href="/1.html">多地出台措施稳就业促增收</a></p><p><a href="/2.html">前三季度全国网上零售额增长8.6%</a></p>';

  it('keeps one short last paragraph after a reading box in the text\u2019s flow, and drops the box', () => {
    const got = body(`${text}<p>${long}</p>${box}<p>全年目标有望实现。</p>`);
    expect(got.endsWith('全年目标有望实现。')).toBe(true);
    expect(got).not.toContain('延伸阅读');
    expect(got).not.toContain('稳就业促增收');
  });

  it('still ends the text at a reading list followed by a tail notice only', () => {
    const got = body(`${text}<p>${long}</p>${box}<p>（完）</p>`);
    expect(got.endsWith(long)).toBe(true);
  });

  it('drops an English version printed after the Chinese text, with its label; keeps English paragraphs alternating with the Chinese', () => {
    const en = ['Officials said the measures announced this year had helped companies expand production and hire more workers.', 'Analysts expect the growth to continue into next year as new projects are completed and demand recovers.'];
    const labelled = body(`${text}<p><strong>English Version</strong></p><p>Local Industry Picks Up Speed</p>${en.map((p) => `<p>${p}</p>`).join('')}`);
    expect(labelled.endsWith(paras[1])).toBe(true);
    expect(labelled).not.toContain('English');
    const bare = body(`${text}${en.map((p) => `<p>${p}</p>`).join('')}`);
    expect(bare.endsWith(paras[1])).toBe(true);
    const alternating = body(`<p>${paras[0]}</p><p>${en[0]}</p><p>${paras[1]}</p><p>${en[1]}</p>`);
    expect(alternating.endsWith(en[1])).toBe(true);
  });

  it('reads its dev pages right', () => {
    const pages = loadCnPages('dev').filter((p) => /^g-(readingshortlast|englishversion)-/.test(p.name));
    expect(pages).toHaveLength(4);
    for (const p of pages) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});
