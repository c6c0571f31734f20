/**
 * Chinese pages of the kinds of site round 25 added to the dev set (dev-templates-ai.ts): small companies' 新闻中心,
 * electronics trade media, 街道/乡镇 offices, blogs and columns, forums' first posts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text =
  '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。</p>' +
  '<p>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p>';

describe('the dev pages of round 25', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(firmnews|eemedia|streetoffice|blogcolumn|forumfirst|tradesmall|barthread|townyearless|firmlogo|wpblog|streetrestate|eebrand|oldgbkcell|officetitlerow)-/.test(p.name));

  it('gets every field of the office pages right', () => {
    const office = dev.filter((p) => /^g-(streetoffice|townyearless|streetrestate|oldgbkcell|officetitlerow)-/.test(p.name));
    expect(office.length).toBe(18);
    for (const p of office) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('gets every field of the company pages right', () => {
    const firm = dev.filter((p) => /^g-(firmnews|firmlogo)-/.test(p.name));
    expect(firm.length).toBe(8);
    for (const p of firm) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('gets every field of the forum and bar pages right', () => {
    const forum = dev.filter((p) => /^g-(forumfirst|barthread)-/.test(p.name));
    expect(forum.length).toBe(8);
    for (const p of forum) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});

describe('a forum\u2019s first post', () => {
  const card = (stats: string) =>
    page(
      '<title>储能白皮书发布 - 某某论坛</title>',
      `<h1>储能白皮书发布</h1><table><tr><td><div><a>光纤老李</a></div><div>高级工程师</div>${stats}</td>` +
        `<td><div><em>楼主</em> 发表于2023-11-05 08:30 | <a>只看该作者</a></div><div class="t_msg">${text}</div>` +
        '<div class="sign">----------<br>干一行爱一行，欢迎交流储能经验</div></td></tr></table>',
    );

  it('takes the poster over a card whose counters print label over figure, never a label as the name', () => {
    const got = extractArticle(card('<dl><dt>主题</dt><dd>36</dd><dt>帖子</dt><dd>420</dd><dt>积分</dt><dd>2150</dd></dl>'));
    expect(got.author).toBe('光纤老李');
    expect(got.published).toBe('2023-11-05T08:30:00');
  });

  it('leaves the signature out of a post laid out in tables', () => {
    const got = extractArticle(card('<dl><dt>帖子</dt><dd>420</dd></dl>'));
    expect(got.body).toMatch(/^近日/);
    expect(got.body).toMatch(/较快增长。$/);
    expect(got.body).not.toContain('欢迎交流');
  });
});

describe('a small company\u2019s 新闻中心', () => {
  const news = (side: string) =>
    extractArticle(page('<title>公司动态-某某精密机械有限公司</title>', `<div class="main"><div style="padding:20px"><div style="font-size:20px">新厂房正式投产运营</div><div>发布时间：2024-10-22</div><div><div style="line-height:2">${text}</div></div></div>${side}</div>`)).body;

  it('takes the heading for the headline when <title> is the company\u2019s short name, its footer the registered one', () => {
    const got = extractArticle(page('<title>瑞科智能</title>', `<h1 class="logo"><a href="/">瑞科智能</a></h1><div class="news-tit">新厂房正式投产运营</div><div>[2024-10-22]</div>${text}<div>瑞科智能有限公司 版权所有</div>`));
    expect(got.title).toBe('新厂房正式投产运营');
    expect(got.body).toMatch(/^近日/);
  });

  it('ends the text before a sidebar heading whose list went and whose contact lines stood after it', () => {
    const body = news('<div class="box"><div>产品中心</div><ul><li><a>数控车床系列</a></li><li><a>加工中心系列</a></li></ul><div>联系我们</div><p>服务热线：400-800-1234</p><p>地址：某某市高新区创业路18号</p></div>');
    expect(body).toMatch(/较快增长。$/);
  });

  it('ends the text before a 最新资讯 or 热门文章 heading whose dated list went', () => {
    for (const label of ['最新资讯', '热门文章']) {
      const body = news(`<div class="box"><h4>${label}</h4><ul><li><a>公司受邀出席行业高峰论坛</a><span>2024-12-11</span></li><li><a>新材料事业部完成年度产能扩建</a><span>2024-12-13</span></li></ul></div>`);
      expect(body, label).toMatch(/较快增长。$/);
    }
  });
});

describe('a blog post', () => {
  const blog = (head: string, meta: string, side = '') =>
    extractArticle(
      page(
        `<title>${head}</title>`,
        `<header><div class="site-title"><a href="/">青禾随笔</a></div></header><article><h2 class="entry-title">储能白皮书发布</h2>${meta}<div class="entry-content">${text}</div></article>` +
          `<aside><h3>文章归档</h3><ul><li><a>2024年12月</a> (3)</li><li><a>2024年11月</a> (5)</li></ul></aside><footer>© 2024 青禾随笔 · Powered by WordPress</footer>${side}`,
      ),
      { url: 'https://qinghe.example-blog.cn/2024/11/26/abc/' },
    );

  it('takes the heading for the headline when <title> is the blog\u2019s name, which its © footer names', () => {
    expect(blog('青禾随笔', '<p>发表于 2024-11-26 17:30</p>').title).toBe('储能白皮书发布');
  });

  it('reads the writer and time beside a category (分类于, 分类：) and its counters', () => {
    const got = blog('储能白皮书发布 | 青禾随笔', '<p class="post-meta"><span>青禾</span> 发表于 <span>2024-11-26 17:30</span> · 分类于 <a>读书与行业</a> · 阅读 562</p>');
    expect(got).toMatchObject({ author: '青禾', published: '2024-11-26T17:30:00' });
  });

  it('reads the writer a blog theme prints after 由 or in its sentence after the post', () => {
    const got = (meta: string, foot = '') => blog('储能白皮书发布 – 青禾随笔', meta, foot);
    expect(got('<div class="entry-meta">发表于 <time datetime="2024-11-26T17:30:00+08:00">2024年11月26日</time> 由 <span class="author vcard"><a>青禾</a></span></div>')).toMatchObject({ author: '青禾', published: '2024-11-26T17:30:00+08:00' });
    const sentence = '<footer class="entry-footer">本条目发布于<time>2024年11月26日</time>。属于<a>未分类</a>分类。作者是<a>青禾</a>。</footer>';
    expect(blog('储能白皮书发布 – 青禾随笔', sentence).author).toBe('青禾');
  });

  it('dates a post printing no time by its URL, never by the archive\u2019s month and count', () => {
    expect(blog('储能白皮书发布 | 青禾随笔', '<p>分类：<a>随笔</a>　标签：<a>产业</a></p>').published).toBe('2024-11-26');
  });
});

describe('a bar\u2019s thread', () => {
  const post = (who: string, badge: string, body: string, floor: string) =>
    `<div class="l_post"><div class="d_author"><a class="p_author_name">${who}</a><div class="d_badge">${badge}</div></div><div class="d_post_content">${body}</div><div class="tail"><span>${floor}</span></div></div>`;
  const thread = (first: string) =>
    extractArticle(
      page(
        '<title>储能白皮书发布【储能吧】_某某贴吧</title>',
        `<h3 class="core_title_txt">储能白皮书发布</h3><span>只看楼主</span>${first}` +
          post('路过的老师傅', 'Lv5', '楼主说得在理。', '2楼 2023-11-06 09:12') +
          post('tech_fan', 'Lv6', '顶一个。', '3楼 2023-11-07 10:00'),
      ),
    );

  it('takes the poster over a level badge, never a reply\u2019s poster', () => {
    const got = thread(post('风起于青萍', '储能吧 Lv9', text, '1楼 2023-11-05 08:30'));
    expect(got).toMatchObject({ author: '风起于青萍', published: '2023-11-05T08:30:00' });
  });

  it('names no reply\u2019s poster, by its card or its box, when the first post has no card it reads', () => {
    expect(thread(post('风起于青萍', '', text, '1楼 2023-11-05 08:30')).author).toBeNull();
  });

  it('still reads a writer\u2019s box whose class also names the writer\u2019s title beside the name', () => {
    const got = extractArticle(page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div class="author-box"><p class="author">张三</p><p class="author">资深记者</p></div><div>2024-10-22</div>${text}`));
    expect(got.author).toBe('张三');
  });
});

describe('a trade medium\u2019s byline', () => {
  const meta = (line: string) => extractArticle(page('<title>储能白皮书发布-EEW 电子工程视界</title>', `<div class="title">储能白皮书发布</div><div>${line}</div>${text}`));

  it('reads a category labelled with its kind (信息分类, 文章分类, 新闻类别) as no writer or outlet', () => {
    expect(meta('信息分类：工作动态　发布日期：2024-10-22')).toMatchObject({ author: null, source: null, published: '2024-10-22' });
    expect(meta('文章分类：行业新闻　来源：市城管局　发布日期：2024-10-22')).toMatchObject({ author: null, source: '市城管局' });
    expect(meta('新闻类别：通知公告　作者：张三　发布日期：2024-10-22')).toMatchObject({ author: '张三', source: null });
  });

  it('reads 由 as a byline only after the time', () => {
    expect(meta('发表于 2024年11月26日 由 青禾').author).toBe('青禾');
    expect(meta('由国家统计局发布').author).toBeNull();
    expect(meta('来源：新华社 由 市委宣传部')).toMatchObject({ source: '新华社', author: null });
  });

  it('keeps a Latin name whole before the outlet a comma parts from it', () => {
    expect(meta('作者：Wang Lei, EEW China　2024-10-22 09:15').author).toBe('Wang Lei');
  });

  it('parts a button from the Latin initials before it, as from any outlet', () => {
    expect(meta('来源：CCTV 参与互动　2024-10-22').source).toBe('CCTV');
    expect(meta('来源：CNR 央广网　2024-10-22').source).toBe('CNR 央广网');
  });

  it('keeps an outlet named by Latin initials and a Han name whole', () => {
    expect(meta('文章来源：MEM 微电子世界　作者：孙浩　时间：2024-10-22 09:15')).toMatchObject({ source: 'MEM 微电子世界', author: '孙浩' });
  });
});

describe('a notice whose signature a class names', () => {
  it('keeps the signature paragraph as the notice\u2019s last line', () => {
    const got = extractArticle(page('<title>关于做好冬季安全生产工作的通知</title>', `<h1>关于做好冬季安全生产工作的通知</h1><div>发布时间：2024-10-22</div><div class="content">${text}<p class="signature">某某县应急管理局</p></div>`));
    expect(got.body).toMatch(/某某县应急管理局$/);
  });

  it('keeps a signature block closed by the day it was signed, in either numerals', () => {
    for (const day of ['2024年10月22日', '二〇二四年十月二十二日']) {
      const got = extractArticle(page('<title>关于做好冬季安全生产工作的通知</title>', `<h1>关于做好冬季安全生产工作的通知</h1><div>发布时间：2024-10-22</div><div class="content">${text}${text}${text}<div class="signature"><p>某某县应急管理局</p><p>${day}</p></div></div>`));
      expect(got.body).toMatch(new RegExp(`某某县应急管理局\\s+${day}$`));
    }
  });

  it('drops a signature block that closes on no day, as a forum prints under a post', () => {
    const got = extractArticle(page('<title>关于做好冬季安全生产工作的通知</title>', `<h1>关于做好冬季安全生产工作的通知</h1><div>发布时间：2024-10-22</div><div class="content">${text}${text}${text}<div class="sign">----------<br>干一行爱一行，欢迎交流储能经验</div></div>`));
    expect(got.body).not.toContain('干一行爱一行');
  });
});

describe('an office\u2019s headline', () => {
  it('is <title> without the office when the page prints only the office\u2019s masthead', () => {
    const got = extractArticle(page('<title>东区开展安全生产大检查 东区办事处</title>', `<div>东区办事处</div><div>发布时间：2024-10-22</div>${text}<div>主办：东区办事处</div>`));
    expect(got.title).toBe('东区开展安全生产大检查');
  });

  it('is cut from a row printing it with its day and counter, whose rest dates the page', () => {
    const got = extractArticle(page('<title>东区开展安全生产大检查_东区办事处</title>', `<div>东区办事处</div><table><tr><td class="row-title"><span>东区开展安全生产大检查</span>　[2024-10-22]　浏览：66次</td></tr><tr><td>${text}</td></tr></table><div>主办：东区办事处</div>`));
    expect(got).toMatchObject({ title: '东区开展安全生产大检查', published: '2024-10-22' });
    expect(got.body).toMatch(/^近日/);
  });

  it('is cut from such a row that spaces or punctuates the headline apart from <title>, and the row still dates the page', () => {
    for (const [tag, row] of [['东区：开展安全生产大检查', '东区:开展安全生产大检查'], ['东区开展安全生产大检查', '东区开展 安全生产大检查']]) {
      const got = extractArticle(page(`<title>${tag}_东区办事处</title>`, `<div>东区办事处</div><table><tr><td class="row-title"><span>${row}</span>　[2024-10-22]　浏览：66次</td></tr><tr><td>${text}</td></tr></table><div>主办：东区办事处</div>`));
      expect(got).toMatchObject({ title: tag, published: '2024-10-22' });
    }
  });
});
