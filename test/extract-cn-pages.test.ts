import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { aggregateCn, scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages, type CnPart } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text =
  '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。</p>' +
  '<p>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p>';

describe('the headline as printed', () => {
  it('drops a site suffix that no separator marks', () => {
    const got = extractArticle(page('<title>东区开展安全生产大检查 东区办事处</title>', `<table><tr><td><b>东区开展安全生产大检查</b></td></tr><tr><td>${text}</td></tr></table>`));
    expect(got.title).toBe('东区开展安全生产大检查');
  });

  it('takes the whole headline when og:title is cut at an ASCII quote', () => {
    const got = extractArticle(
      page('<title>美国"芯片法案"落地在即 - 环球网</title><meta property="og:title" content="美国"芯片法案"落地在即">', `<h3>美国"芯片法案"落地在即</h3><div>${text}</div>`),
    );
    expect(got.title).toBe('美国"芯片法案"落地在即');
  });

  it('takes the whole headline when <title> is cut short or written with half-width punctuation', () => {
    const cut = extractArticle(page('<title>工信部：前三季度电子信息制造业增加值同比增长...</title>', `<h2>工信部：前三季度电子信息制造业增加值同比增长17.9%</h2><div>${text}</div>`));
    expect(cut.title).toBe('工信部：前三季度电子信息制造业增加值同比增长17.9%');
    const width = extractArticle(page('<title>工信部:前三季度增长17.9% - 某某网</title>', `<div class="t">工信部：前三季度增长17.9％</div><div>${text}</div>`));
    expect(width.title).toBe('工信部：前三季度增长17.9％');
  });

  it('takes the headline without a label printed in its own element', () => {
    const got = extractArticle(page('<title>储能电池价格一年下降四成-某网</title>', `<h1>储能电池价格一年下降四成<span class="tag">原创</span></h1><div>${text}</div>`));
    expect(got.title).toBe('储能电池价格一年下降四成');
  });

  it('takes the cell above the dated line, or one named in pinyin, when <title> names only the site (printed as the masthead)', () => {
    const bare = extractArticle(page('<title>某某县人民政府</title>', `<table><tr><td>某某县人民政府</td></tr><tr><td>首页</td></tr><tr><td>储能电池价格一年下降四成</td></tr><tr><td>发布日期：2024-11-05</td></tr><tr><td>${text}</td></tr></table>`));
    expect(bare.title).toBe('储能电池价格一年下降四成');
    const named = extractArticle(page('<title>某某县人民政府</title>', `<div class="wzbt">储能电池价格一年下降四成</div><div>${text}</div>`));
    expect(named.title).toBe('储能电池价格一年下降四成');
  });

  it('takes the page heading when <title> names only the site', () => {
    const got = extractArticle(page('<title>中国经济网——国家经济门户</title>', `<div id="articleTitle">前三季度电子信息制造业增加值增长17.9%</div><div class="content">${text}</div>`));
    expect(got.title).toBe('前三季度电子信息制造业增加值增长17.9%');
  });
});

describe('the information line nearest the headline', () => {
  it('wins over a related-articles list printed before it', () => {
    const html = page(
      '<title>白皮书发布-中国电子报</title>',
      '<ul><li><a href="/1">第三代半导体联盟成立</a> 2021-12-01 14:20</li><li><a href="/2">存储厂商扩产</a> 2021-11-30 09:05</li></ul>' +
        `<h2>白皮书发布</h2><div>2021-12-02 10:18　中国电子报　记者 诸玲珍</div><div>${text}</div>`,
    );
    expect(extractArticle(html)).toMatchObject({ published: '2021-12-02T10:18:00', source: '中国电子报', author: '诸玲珍' });
  });

  it('takes the year of a MM-DD HH:MM date from any meta tag', () => {
    const html = page('<title>国产大飞机完成试飞_腾讯新闻</title><meta name="lastmodifiedtime" content="2021-10-08 09:00:00">', `<h1>国产大飞机完成试飞</h1><div>${text}</div><div><span>中国新闻网</span><span>09-30 22:46</span></div>`);
    expect(extractArticle(html)).toMatchObject({ published: '2021-09-30T22:46:00', source: '中国新闻网' });
  });

  it('takes the year of a MM-DD HH:MM date from the URL', () => {
    const html = page('<title>国产大飞机完成试飞_腾讯新闻</title>', `<h1>国产大飞机完成试飞</h1><div>${text}</div><div><span>中国新闻网</span><span>09-30 22:46</span></div>`);
    expect(extractArticle(html, { url: 'https://new.qq.com/omn/20210930/20210930A0CXYZ00.html' }).published).toBe('2021-09-30T22:46:00');
  });
});

describe('pages that keep their date or outlet elsewhere', () => {
  it('reads the time and the outlet from the state script of a page rendered by script', () => {
    const data = page('<title>储能白皮书发布_某新闻</title><script>window.DATA = {"id":"20231105A0","media":"中国电子报","pubtime":"2023-11-05 08:30:00"};</script>', `<h1>储能白皮书发布</h1><div>${text}</div>`);
    expect(extractArticle(data)).toMatchObject({ published: '2023-11-05T08:30:00', source: '中国电子报' });
    const epoch = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>${text}</div><script type="application/json">{"detail":{"publishTime":1699144200000,"source":"pc"}}</script>`);
    // 1699144200 s is 2023-11-05 08:30 in China Standard Time; "pc" is a code, not an outlet.
    expect(extractArticle(epoch)).toMatchObject({ published: '2023-11-05T08:30:00+08:00', source: null });
  });

  it('reads the time and outlet under other keys naming publication or release, and the outlet under copyFrom/sourceName', () => {
    const first = page('<title>储能白皮书发布</title><script>window.__STATE__ = {"article":{"firstPublishedAt":"2023-11-05 08:30:00","copyFrom":"中国电子报"}};</script>', `<h1>储能白皮书发布</h1><div>${text}</div>`);
    expect(extractArticle(first)).toMatchObject({ published: '2023-11-05T08:30:00', source: '中国电子报' });
    const released = page('<title>储能白皮书发布</title><script>var s = {"releasedTime":"2023-11-05 08:30","sourceName":"电子信息产业网","channel":"pc"};</script>', `<h1>储能白皮书发布</h1><div>${text}</div>`);
    expect(extractArticle(released)).toMatchObject({ published: '2023-11-05T08:30:00', source: '电子信息产业网' });
    // An update time is not the publication time.
    const updated = page('<title>储能白皮书发布</title><script>var s = {"updateTime":"2024-01-01 00:00"};</script>', `<h1>储能白皮书发布</h1><div>${text}</div>`);
    expect(extractArticle(updated).published).toBeNull();
  });

  it('dates a page printing only a relative time by its meta date', () => {
    const html = page('<title>储能白皮书发布</title><meta itemprop="datePublished" content="2023-11-05T08:30:00+08:00">', `<h1>储能白皮书发布</h1><div>发布于 3小时前　来源：中国电子报</div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ published: '2023-11-05T08:30:00+08:00', source: '中国电子报' });
    expect(extractArticle(html).body).not.toContain('小时前');
  });

  it('reads the outlet of a page that prints none from the government metadata set (ContentSource)', () => {
    const html = page('<title>储能白皮书发布_某某市人民政府</title><meta name="PubDate" content="2023-11-05 08:30"><meta name="ContentSource" content="市发展改革委">', `<div class="t">储能白皮书发布</div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ source: '市发展改革委' });
    // A printed 来源 wins.
    const printed = page('<title>储能白皮书发布</title><meta name="ContentSource" content="市发展改革委">', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：中国电子报</div><div>${text}</div>`);
    expect(extractArticle(printed).source).toBe('中国电子报');
  });

  it('takes a printed date over the script’s', () => {
    const html = page('<title>储能白皮书发布</title><script>var d = {"pubDate":"2020-01-01 00:00"};</script>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：中国电子报</div><div>${text}</div>`);
    expect(extractArticle(html).published).toBe('2023-11-05T08:30:00');
  });
});

describe('WeChat pages of other makes', () => {
  const wechat = (script: string): string =>
    page('<title>储能白皮书发布</title>', `<h1 class="rich_media_title" id="activity-name">储能白皮书发布</h1><div id="meta_content"><a id="js_name">光电汇</a><em id="publish_time"></em></div><div class="rich_media_content" id="js_content">${text}</div><script>${script}</script>`);

  it.each([
    ["var createTime = '2024-08-14 08:05';", '2024-08-14T08:05:00'],
    ["window.x = {create_time: JsDecode('1723593900')};", '2024-08-14T08:05:00+08:00'],
    ["var ct = '1723593900';", '2024-08-14T08:05:00+08:00'],
  ])('reads the time from %s', (script, want) => {
    expect(extractArticle(wechat(script))).toMatchObject({ published: want, source: '光电汇', author: null });
  });
});

describe('live blogs', () => {
  it('keeps each entry with the time printed in an element of its own, the first too', () => {
    const entries = ['09:30', '沪指高开0.3%，半导体板块领涨，多只个股涨停。', '09:45', '北向资金净流入12亿元，电子行业获增持。', '10:02', '储能概念股午前走强，锂电池板块跟涨。'];
    const got = extractArticle(page('<title>早盘直播</title>', `<h1>早盘直播</h1><p>2023-11-05 09:30 来源：某某财经</p><div class="live">${entries.map((e) => `<div>${e}</div>`).join('')}</div>`));
    expect(got.body.split('\n\n')).toEqual(['09:30 沪指高开0.3%，半导体板块领涨，多只个股涨停。', '09:45 北向资金净流入12亿元，电子行业获增持。', '10:02 储能概念股午前走强，锂电池板块跟涨。']);
    expect(got).toMatchObject({ published: '2023-11-05T09:30:00', source: '某某财经' });
  });
});

describe('self-media account cards of other makes', () => {
  it('takes the account from a card with a one-line intro and its counters on one line, the writer line as the author', () => {
    const html = page('<title>储能白皮书发布 - 某某号</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30</div><div><div>新能源前哨站</div><div>专注新能源产业报道</div><div>粉丝 3.5万 · 文章 210</div><a>关注</a></div><div><p>撰文：李明</p>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ source: '新能源前哨站', author: '李明' });
    const fans = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30</div><div><div>智造研究所</div><div>1.8万位粉丝｜作品 96</div></div><div>${text}</div>`);
    expect(extractArticle(fans)).toMatchObject({ source: '智造研究所', author: null });
  });
});

describe('forum posters', () => {
  it('takes the poster whose card (name, then the forum\u2019s counters) stands by the headline as the author, never the 楼主 mark', () => {
    const before = page('<title>储能白皮书发布 - 某论坛</title>', `<div><a>battery_lee</a><p>帖子 313</p><p>积分 2049</p></div><h1>储能白皮书发布</h1><div>发表于 2023-11-05 08:30 | 只看该作者</div><div>${text}</div>`);
    expect(extractArticle(before)).toMatchObject({ author: 'battery_lee', source: null, published: '2023-11-05T08:30:00' });
    const under = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><div>光纤老李</div><div>用户组：高级会员</div></div><div><span>楼主</span> <span>发表于 2023-11-05 08:30</span></div><div>${text}</div>`);
    expect(extractArticle(under)).toMatchObject({ author: '光纤老李', source: null });
    const oneLine = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><b>gridman_88</b> <span>等级：LV6</span></div><div>楼主 <span>发布于 2023-11-05 08:30</span> <a>只看该作者</a></div><div>${text}</div>`);
    expect(extractArticle(oneLine)).toMatchObject({ author: 'gridman_88', source: null, published: '2023-11-05T08:30:00' });
  });

  it('takes a thread whose heading carries a bracketed type, whose card prints figures over labels and whose time is relative', () => {
    const thread = page(
      '<title>储能白皮书发布 - 储能技术 - 某某论坛 -  Powered by Discuz!</title>',
      `<div class="logo">某某论坛</div><table><tr><td>查看: 2871 | 回复: 4</td><td><h1><a>[行业动态]</a> <span>储能白皮书发布</span></h1></td></tr></table>` +
        `<table><tr><td><a>battery_lee</a><table><tr><th><p>31</p>主题</th><th><p>313</p>帖子</th><td><p>2049</p>积分</td></tr></table></td>` +
        `<td><strong><a>楼主</a></strong> <em>发表于 <span title="2023-11-5 08:30:41">3&nbsp;天前</span></em> | <a>只看该作者</a> | <a>倒序看帖</a>` +
        `<div>${text}</div></td></tr></table>` +
        `<table><tr><td><a>路人甲</a></td><td><strong>沙发</strong> <em>发表于 2023-11-6 09:12</em><div>感谢分享。</div></td></tr></table>`,
    );
    expect(extractArticle(thread)).toMatchObject({ title: '储能白皮书发布', author: 'battery_lee', source: null, published: '2023-11-05T08:30:41' });
  });

  it('keeps a post printed as <br> runs to itself, not its signature and buttons beside it', () => {
    const runs = '近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。<br><br>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。<br><br>';
    const post = page(
      '<title>储能白皮书发布</title>',
      `<h1>储能白皮书发布</h1><div class="floor"><div class="head">发表于 2023-11-05 08:30</div><div class="body"><i>本帖最后由 battery_lee 于 2023-11-6 10:12 编辑</i><br><br>${runs}</div><div class="sig">干一行爱一行，欢迎交流储能经验</div><div class="act"><a>回复</a><a>举报</a></div></div>`,
    );
    const got = extractArticle(post);
    expect(got.body).toMatch(/^近日/);
    expect(got.body).toMatch(/较快增长。$/);
  });

  it('dates an edited answer by the publication time in its tooltip, never by another answer under it', () => {
    const answer = page(
      '<title>如何看待储能白皮书？ - 某某问答</title>',
      `<h1>如何看待储能白皮书？</h1><div>关注者 320</div><div><button>关注问题</button><button>写回答</button></div><div><a>battery_lee</a><div>储能工程师</div></div><div>1200 人赞同了该回答</div><div class="RichText">${text}</div>` +
        `<div><a><span data-tooltip="发布于 2023-11-05 08:30">编辑于 2023-11-07 12:00</span></a>・IP 属地上海</div><h2>更多回答</h2><div><a>路人乙</a><p>补充一点，实际落地还要看各地的配套政策。</p><span>发布于 2023-11-09 09:12</span></div>`,
    );
    const got = extractArticle(answer);
    expect(got.published).toBe('2023-11-05T08:30:00');
    expect(got.body).not.toContain('补充一点');
  });

  it('drops a package signature from <title> when no line prints the headline alone', () => {
    const got = extractArticle(page('<title>储能产业白皮书发布：装机规模三年翻两番 - 储能技术 - 某某论坛 - Powered by Discuz!</title>', `<div>某某论坛</div><div>${text}</div>`));
    expect(got.title).toBe('储能产业白皮书发布：装机规模三年翻两番');
  });

  it('reads a relative time’s exact title only where the element prints a relative time', () => {
    const labelled = extractArticle(page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><span title="2023-11-05 08:30">编辑推荐</span> 发布于 2023-11-04 10:00</div><div>${text}</div>`));
    expect(labelled.published).toBe('2023-11-04T10:00:00');
  });

  it('reads a 100 kB title attribute, counter line and <title> without backtracking over them', () => {
    const long = `${'3天前 '.repeat(20_000)}`;
    const got = extractArticle(page(`<title>${'powered '.repeat(12_000)}x</title>`, `<h1><a>[${'某'.repeat(9)}]</a> 储能白皮书发布</h1><div><a>battery_lee</a></div><div>${'帖子 1 '.repeat(15_000)}</div><span title="${long}">3天前</span><div>${text}</div>`));
    expect(got.body).toContain('电子信息制造业');
    expect(got.published).toBeNull();
  });
});

describe('self-media accounts and writers', () => {
  it('takes the account beside the time as the source and the writer line as the author, without the region', () => {
    const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><a>智能制造前沿</a> <span>2023-11-05 08:30</span> <span>浙江</span></div><div><p>作者｜李明</p>${text}</div>`);
    const got = extractArticle(html);
    expect(got).toMatchObject({ published: '2023-11-05T08:30:00', source: '智能制造前沿', author: '李明' });
    expect(got.body).not.toContain('作者');
  });

  it('joins an account printed on the line above the time, past a follow button', () => {
    const html = page('<title>储能白皮书发布</title>', `<h2>储能白皮书发布</h2><div><div>产业新观察</div><div>+ 关注</div><div>发布时间：2023-11-05 08:30</div></div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ published: '2023-11-05T08:30:00', source: '产业新观察', author: null });
    // A labelled 来源 wins over a name standing above the time.
    const labelled = page('<title>储能白皮书发布</title>', `<h2>储能白皮书发布</h2><div><div>市工业和信息化局</div><div>2023-11-05 08:30</div><div>来源：中国电子报</div></div><div>${text}</div>`);
    expect(extractArticle(labelled).source).toBe('中国电子报');
  });

  it('takes the account beside a microblog device label as the source, never the device', () => {
    for (const device of ['来自 微博 weibo.com', '来自iPhone客户端', '来自 HUAWEI Mate 60 Pro']) {
      const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><a>新能源产业观察</a> <span>2023-11-05 08:30</span> <span>${device}</span></div><div>${text}</div>`);
      expect(extractArticle(html), device).toMatchObject({ published: '2023-11-05T08:30:00', source: '新能源产业观察', author: null });
    }
    // With a colon, 来自 labels the outlet.
    const labelled = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来自：中国电子报</div><div>${text}</div>`);
    expect(extractArticle(labelled).source).toBe('中国电子报');
  });

  it('reads an information line whose fields are inline elements glued together inside the text box', () => {
    const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div class="a">${text}<p><i>新能源产业观察</i><i>2023-11-05 08:30</i><i>阅读1.2万</i></p></div>`);
    const got = extractArticle(html);
    expect(got).toMatchObject({ published: '2023-11-05T08:30:00', source: '新能源产业观察' });
    expect(got.body.endsWith('继续保持较快增长。')).toBe(true);
  });

  it('drops a row of counters only after the text', () => {
    const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30</div><div class="a">${text}<div><span>阅读 1.2万</span> <span>转发 12</span> <span>评论 8</span> <span>赞 30</span></div></div>`);
    expect(extractArticle(html).body.endsWith('继续保持较快增长。')).toBe(true);
  });

  it('takes the account of the page\u2019s only card with counters, in a sidebar after the text, when nothing else names the source', () => {
    const card = (name: string, counts: string): string => `<div><p>${name}</p><p>专注产业观察</p><p>${counts}</p></div>`;
    const body = `<h1>储能白皮书发布</h1><div>2023-11-05 08:30</div><div class="a">${text}${text}${text}</div><div class="c"><h4>全部评论</h4><p>支持</p></div>`;
    expect(extractArticle(page('<title>储能白皮书发布</title>', `${body}<div class="side">${card('硬核科技说', '粉丝 2.3万 · 文章 412')}</div>`)).source).toBe('硬核科技说');
    // Two cards are a list of recommended accounts: neither is the page's.
    const two = `${body}<div class="side">${card('硬核科技说', '粉丝 2.3万 · 文章 412')}${card('芯片那些事儿', '文章 96 | 总阅读 51万')}</div>`;
    expect(extractArticle(page('<title>储能白皮书发布</title>', two)).source).toBeNull();
  });

  it('takes the account of an account card printed by the headline', () => {
    const html = page('<title>储能白皮书发布</title>', `<div><div>硬核科技说</div><div>文章 1523</div><div>总阅读 3.2万</div></div><h1>储能白皮书发布</h1><div>2023-11-05 08:30</div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ source: '硬核科技说', author: null });
  });

  it('takes a two- or three-character name beside the time as the author', () => {
    const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div><a>王立新</a> <span>2023-11-05 08:30</span></div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ source: null, author: '王立新' });
  });

  it('reads a reprint note for the account and the writer, and keeps it out of the body', () => {
    const html = page(
      '<title>储能白皮书发布</title>',
      `<h1>储能白皮书发布</h1><div><a>周洁</a> · <span>2小时前</span></div><div><p>（本文转载自微信公众号“能源新视界”（ID：nyxsj），作者：周洁）</p>${text}</div>`,
    );
    const got = extractArticle(html);
    expect(got).toMatchObject({ source: '能源新视界', author: '周洁' });
    expect(got.body).not.toContain('公众号');
  });

  it('names no author when the only name is the account itself', () => {
    const html = page('<title>储能白皮书发布</title><meta name="author" content="能源新视界">', `<h1>储能白皮书发布</h1><div><a>能源新视界</a> <span>2023-11-05 08:30</span></div><div>${text}</div>`);
    expect(extractArticle(html)).toMatchObject({ source: '能源新视界', author: null });
  });
});

describe('furniture around the text', () => {
  it('drops a video box and a caption before the text, keeps the text past a photo credit, and drops the 版次 line', () => {
    const html = page(
      '<title>储能白皮书发布</title>',
      '<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：光明日报</div><div class="a">' +
        '<div>视频加载中...</div><p>视频：发布会现场　来源：某某视频</p><p>资料图片</p>' +
        '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%。</p><p>图源：受访者供图</p>' +
        '<p>分析人士认为，随着新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p><p>《光明日报》（2023年11月05日　10版）</p></div>',
    );
    const body = extractArticle(html).body;
    expect(body.startsWith('近日，工业和信息化部')).toBe(true);
    expect(body.endsWith('继续保持较快增长。')).toBe(true);
    expect(body).not.toMatch(/视频|图源|资料图片|光明日报/);
  });

  it('keeps a long run of digits at the end of the body without backtracking over it', () => {
    const digits = `${'1'.repeat(150)}x 以下为编号清单的全部内容`;
    const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：光明日报</div><div>${text}<p>${digits}</p></div>`);
    expect(extractArticle(html).body).toContain(digits);
  });

  it('ends a press release at its end mark, its 关于… boilerplate or its media contacts, and keeps the dateline', () => {
    const dateline = '深圳2023年11月5日电 /某某财讯/ -- ';
    const lead = `<p>${dateline}近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%。</p><p>分析人士认为，电子信息制造业将继续保持较快增长。</p>`;
    for (const tail of ['<p>###</p><p>媒体联系：王女士</p>', '<p>（完）</p>', '<h3>关于某某科技有限公司</h3><p>某某科技有限公司成立于2008年，是一家工业物联网企业。</p>', '<p>新闻联络人：品牌部</p>']) {
      const html = page('<title>储能白皮书发布</title>', `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：某某财讯</div><div class="a">${lead}${tail}</div>`);
      const body = extractArticle(html).body;
      expect(body.startsWith('深圳2023年11月5日电'), tail).toBe(true);
      expect(body.endsWith('继续保持较快增长。'), tail).toBe(true);
    }
  });

  it('drops a gallery caption ending in a full stop, a text pager, a 专题 label and the comments box', () => {
    const html = page(
      '<title>储能白皮书发布</title>',
      `<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：光明日报</div><div class="a"><p>1/6</p><p>图为生产线。</p>${text}` +
        '<p>上一页 1 2 3 下一页</p><p>【专题】数字经济</p><h3>网友评论</h3><p>已有0人参与</p></div>',
    );
    const body = extractArticle(html).body;
    expect(body.startsWith('近日，工业和信息化部')).toBe(true);
    expect(body.endsWith('继续保持较快增长。')).toBe(true);
  });
});

describe('scoring a page against its gold', () => {
  const gold = {
    url: 'https://example.cn/a', title: '标题', date: '2022-10-01T17:42', source: '新华社', author: ['李明', null],
    body_first: '第一段开头', body_last: '最后一段结尾。', not_in_body: ['责任编辑'],
  };
  const got = {
    url: null, title: '标题', body: '第一段 开头的文字。\n\n最后一段结尾。', published: '2022-10-01T09:42:00Z', author: null,
    siteName: null, source: '新华社', lang: 'zh', warnings: [],
  };

  it('compares dates as instants in China Standard Time, bounds without whitespace, and any listed author', () => {
    expect(scoreCnPage(gold, got)).toMatchObject({ title: true, date: true, source: true, author: true, bounds: true, clean: true, authorJunk: false });
    expect(scoreCnPage(gold, { ...got, published: '2022-10-01' }).date).toBe(false);
  });

  it('counts an author that is no name as junk, and names the furniture left in the body', () => {
    const s = scoreCnPage(gold, { ...got, author: '网络整理 阅读：1644', body: `${got.body}\n\n责任编辑：王芳` });
    expect(s).toMatchObject({ author: false, authorJunk: true, bounds: false, clean: false });
    expect(s.misses.join(' ')).toMatch(/leaks: 责任编辑/);
  });
});

describe('round 7 kinds: numerals, topic pages, 信息公开 tables, 号 badges, transcripts, English abstracts', () => {
  it('dates a page printed in Chinese numerals, with and without a time', () => {
    const a = extractArticle(page('<title>某县召开秋冬季农业生产推进会</title>', `<h2>某县召开秋冬季农业生产推进会</h2><div>发布日期：二〇二四年十一月五日　来源：某县农业农村局</div><div>${text}</div>`));
    expect(a.published).toBe('2024-11-05');
    const b = extractArticle(page('<title>某县召开秋冬季农业生产推进会</title>', `<h2>某县召开秋冬季农业生产推进会</h2><div>时间：二零二四年十月二十二日 09:15</div><div>${text}</div>`));
    expect(b.published).toBe('2024-10-22T09:15:00');
  });

  it("takes a topic page's lead article heading, not the topic's banner", () => {
    const got = extractArticle(
      page('<title>聚焦工业互联网_专题_某某网</title>', `<div class="banner"><h1>聚焦工业互联网</h1><p>权威发布 地方实践</p></div><div class="lead"><h2>工业互联网平台连接设备突破一亿台</h2><div>2024-10-22 09:15　来源：某某日报</div><div>${text}</div></div>`),
    );
    expect(got.title).toBe('工业互联网平台连接设备突破一亿台');
  });

  it('names the 发布机构 of a 信息公开 table printed without colons as the source', () => {
    const got = extractArticle(
      page('<title>关于开展安全生产检查的通知</title>', `<table><tr><td>索 引 号</td><td>0051-2024-01</td></tr><tr><td>发布机构</td><td>某某县应急管理局</td><td>生成日期</td><td>2024年10月20日</td></tr></table><h2>关于开展安全生产检查的通知</h2><div>${text}</div>`),
    );
    expect(got.source).toBe('某某县应急管理局');
  });

  it("reads the account beside a portal's 号 badge as the source", () => {
    const got = extractArticle(page('<title>固态电池量产提速|某某网</title>', `<h1>固态电池量产提速</h1><div><a>硬科技研究所</a><span>网易号</span></div><div>2024-10-22 09:15</div><div>${text}</div>`));
    expect(got.source).toBe('硬科技研究所');
  });

  it("gives no author for a press conference's titled 发布人, and drops an English abstract above the text", () => {
    const a = extractArticle(page('<title>新闻发布会实录</title>', `<h1>新闻发布会实录</h1><div>发布时间：2024-10-22 09:15</div><div><p>主持人：市新闻办 王某某</p><p>发布人：市工信局局长 李某某</p>${text}</div>`));
    expect(a.author).toBeNull();
    const b = extractArticle(
      page('<title>电子信息制造业较快增长</title>', `<h1>电子信息制造业较快增长</h1><div>2024-10-22 09:15 来源：某某报</div><div><p>Electronics Output Keeps Growing Fast</p><p>Output of the electronics industry rose by 17.9 percent in the first three quarters.</p>${text}</div>`),
    );
    expect(b.body.startsWith('近日')).toBe(true);
    expect(b.body).not.toMatch(/Electronics|Output/);
  });
});

describe('round 8 kinds: the run of furniture after the text, boxes inside it, journals and credit lines', () => {
  const head = '<h1>储能白皮书发布</h1><div>2023-11-05 08:30　来源：光明日报</div>';
  const ends = (tail: string): string => extractArticle(page('<title>储能白皮书发布</title>', `${head}<div class="a">${text}${tail}</div>`)).body;

  it('ends the text at 注释 and 参考文献 however many entries follow, and at the first furniture line of a run without labels', () => {
    const refs = Array.from({ length: 12 }, (_, i) => `<p>[${i + 1}] 某某. 新型基础设施投资效率研究[J]. 某某经济, 2023(${i + 1}): 12-20.</p>`).join('');
    for (const tail of [`<p>（作者单位：某某研究院）</p><p>注释：</p>${refs}`, `<p>参考文献</p>${refs}`, '<p>版权声明</p><p>凡本站注明来源的作品，著作权均属本站所有，其他媒体使用须取得书面许可。</p><p>微信扫一扫</p><p>关注产业一线动态</p>', '<p>已有0人参与评论</p><p>请文明上网，理性发言</p>']) {
      const body = ends(tail);
      expect(body.endsWith('继续保持较快增长。'), tail.slice(0, 30)).toBe(true);
    }
  });

  it("keeps a notice's signature and date above its 打印 row, and the text after a reading box inside it", () => {
    expect(ends('<p>特此通知。</p><p>某某市工业和信息化局</p><p>2023年11月5日</p><p>【打印】【关闭】</p>').endsWith('2023年11月5日')).toBe(true);
    const boxed = extractArticle(
      page('<title>储能白皮书发布</title>', `${head}<div class="a">${text}<p>延伸阅读</p><p><a>千兆城市名单公布</a></p><p>与此同时，头部企业纷纷加快海外布局，在欧洲和东南亚设立工厂。</p><p>分析人士提醒，企业出海需要做好长期投入的准备。</p></div>`),
    ).body;
    expect(boxed.endsWith('需要做好长期投入的准备。')).toBe(true);
    expect(boxed).not.toContain('延伸阅读');
  });

  it('ends the text at a reading list whose items are summary sentences with their dates', () => {
    const items = '<p>多家光模块企业宣布扩产计划，800G产品出货量持续增加，行业景气度维持高位。</p><p>（12-05 15:48）</p><p>首批算力网络试点城市名单公布，将探索跨区域算力调度和结算机制。</p><p>（12-05 15:48）</p>';
    const body = ends(`<p>更多资讯</p>${items}`);
    expect(body.endsWith('继续保持较快增长。')).toBe(true);
  });

  it('ends the text at a long comment section whose comments read as sentences', () => {
    const comments = Array.from({ length: 10 }, (_, i) => `<p>网友${i}：希望政策尽快落地，让中小企业真正受益，也希望细则早点出台。</p>`).join('');
    const body = ends(`<p>网友评论</p>${comments}`);
    expect(body.endsWith('继续保持较快增长。')).toBe(true);
  });

  it("drops a player, a countdown and sign-up buttons inside the text, and reads a bracketed credit line's writer", () => {
    const got = extractArticle(
      page('<title>储能白皮书发布</title>', `${head}<div class="a"><p>听全文</p><p>00:00 / 03:42</p><p>距开幕还有 120 天</p>${text}<p>立即报名</p><p>【供稿：宣传科　撰稿：赵某某　摄影：何某　审核：孙某】</p></div>`),
    );
    expect(got.body.startsWith('近日，工业和信息化部')).toBe(true);
    expect(got.body.endsWith('继续保持较快增长。')).toBe(true);
    expect(got.author).toBe('赵某某');
  });

  it("reads a journal page's Highwire tags and drops its front and back matter", () => {
    const got = extractArticle(
      page(
        '<title>储能白皮书发布</title><meta name="citation_publication_date" content="2024/09/12"><meta name="citation_author" content="周某某">',
        `<h1>储能白皮书发布</h1><div class="a"><p>周某某 （某某大学经济学院，北京 100872）</p><p>【摘要】本文讨论了储能产业的发展。</p><p>关键词：储能；电池</p><p>DOI：10.0000/j.issn.2024.10.003</p>${text}<p>基金项目：国家社会科学基金项目</p><p>收稿日期：2024-08-12</p></div>`,
      ),
    );
    expect(got.published).toBe('2024-09-12');
    expect(got.author).toBe('周某某');
    expect(got.body.startsWith('近日，工业和信息化部')).toBe(true);
    expect(got.body.endsWith('继续保持较快增长。')).toBe(true);
  });
});

describe('the Chinese news-page set (testdata/web-cn)', () => {
  const score = (part: CnPart) => aggregateCn(loadCnPages(part).map((p) => scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url }))));

  it('gets every field right on nearly every dev page', () => {
    const s = score('dev');
    expect(s.pages).toBeGreaterThanOrEqual(30);
    for (const k of ['title', 'date', 'source', 'author', 'bounds', 'clean'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.95);
    expect(s.authorJunk).toBe(0);
  });

  // Floors at what the held-out part scores (it is never tuned on), so a change that loses ground shows here.
  it('keeps its held-out figures', () => {
    const s = score('heldout');
    expect(s.pages).toBeGreaterThanOrEqual(20);
    expect(s).toMatchObject({ authorJunk: 0 });
    expect(s.title).toBeGreaterThanOrEqual(0.95);
    expect(s.date).toBeGreaterThanOrEqual(0.95);
    expect(s.source).toBeGreaterThanOrEqual(0.95);
    expect(s.author).toBeGreaterThanOrEqual(0.95);
    expect(s.bounds).toBeGreaterThanOrEqual(0.85);
    expect(s.clean).toBeGreaterThanOrEqual(0.95);
  });

  // The second held-out part (generated pages of other templates, never tuned on): floors at what it scores.
  it('keeps the figures of the second held-out part', () => {
    const s = score('heldout2');
    expect(s.pages).toBeGreaterThanOrEqual(20);
    expect(s).toMatchObject({ authorJunk: 0 });
    expect(s.title).toBeGreaterThanOrEqual(0.95);
    expect(s.date).toBeGreaterThanOrEqual(0.95);
    expect(s.bounds).toBeGreaterThanOrEqual(0.95);
    expect(s.clean).toBeGreaterThanOrEqual(0.95);
    // Both 1.000 since #17's fifth round read a writer and an account printed side by side before the time.
    expect(s.source).toBe(1);
    expect(s.author).toBe(1);
  });

  // The fourth held-out part (written before the tuning that followed it, scored before and after): floors at what it scored after.
  it('keeps the figures of the fourth held-out part', () => {
    const s = score('heldout4');
    expect(s.pages).toBeGreaterThanOrEqual(24);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, author: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.95);
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
  });

  // The fifth held-out part (written after #17's tuning, scored once): floors at what it scored then.
  it('keeps the figures of the fifth held-out part', () => {
    const s = score('heldout5');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    // Author 1.000 since #17's sixth round read a column writer's card with its 关注他 button.
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, author: 1 });
    // Source 0.917 since #17's seventh round read 信息公开 table labels printed without a colon.
    expect(s.source).toBeGreaterThanOrEqual(0.9);
    for (const k of ['bounds', 'clean'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.9);
  });

  // The sixth held-out part (#17's second round: written before its tuning, scored before and after only): floors at what it scored after.
  it('keeps the figures of the sixth held-out part', () => {
    const s = score('heldout6');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1 });
    expect(s.author).toBeGreaterThanOrEqual(0.85);
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
    expect(s.clean).toBeGreaterThanOrEqual(0.9);
  });

  // The seventh held-out part (#17's third round: written before its tuning, scored before and after only): floors at what it scored after.
  it('keeps the figures of the seventh held-out part', () => {
    const s = score('heldout7');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, date: 1, author: 1, bounds: 1 });
    expect(s.title).toBeGreaterThanOrEqual(0.9);
    // 0.833 since #17's sixth round read ContentSource; on round 22's corrected gold (an edition's paper its source) 0.833 again.
    expect(s.source).toBeGreaterThanOrEqual(0.8);
    expect(s.clean).toBeGreaterThanOrEqual(0.9);
  });

  // The eighth held-out part (#17's fourth round: written before its tuning, scored before and after only): floors at what it scored after.
  it('keeps the figures of the eighth held-out part', () => {
    const s = score('heldout8');
    expect(s.pages).toBeGreaterThanOrEqual(28);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, bounds: 1, clean: 1 });
    expect(s.author).toBeGreaterThanOrEqual(0.9);
  });

  // The ninth held-out part (written after the fourth round's first batch, scored once, then again after the second): floors at what it scored after.
  it('keeps the figures of the ninth held-out part', () => {
    const s = score('heldout9');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, bounds: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.9);
    expect(s.author).toBeGreaterThanOrEqual(0.9);
  });

  // The tenth held-out part (written after all of the fourth round's tuning, scored once, then again after the 12-hour-clock and traditional-label fixes): floors at what it scored after.
  it('keeps the figures of the tenth held-out part', () => {
    const s = score('heldout10');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, author: 1, bounds: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.9);
  });

  // The eleventh held-out part (written after every fix of the fourth round, never tuned on; scored once then, and again after the fifth round's tuning on held-out 12's kinds, whose announcement and table pages are of its kinds too): floors at what it scores now.
  it('keeps the figures of the eleventh held-out part', () => {
    const s = score('heldout11');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The twelfth held-out part (another hand, #17's fifth round, scored before and after the round's tuning on dev pages of its kinds): floors at what it scored after.
  it('keeps the figures of the twelfth held-out part', () => {
    const s = score('heldout12');
    expect(s.pages).toBeGreaterThanOrEqual(24);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The thirteenth held-out part (written after the fifth round's tuning, scored once, never tuned on; scored again after the sixth round's tuning on dev pages of its kinds): floors at what it scores now.
  it('keeps the figures of the thirteenth held-out part', () => {
    const s = score('heldout13');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The fourteenth held-out part (#17's sixth round, kinds no part had, committed before any change and scored once; tuned on by kind in the seventh round through dev pages of its kinds, then scored again once): floors at what it scores now.
  it('keeps the figures of the fourteenth held-out part', () => {
    const s = score('heldout14');
    expect(s.pages).toBeGreaterThanOrEqual(16);
    expect(s).toMatchObject({ authorJunk: 0, date: 1, source: 1 });
    expect(s.title).toBeGreaterThanOrEqual(0.9);
    expect(s.author).toBeGreaterThanOrEqual(0.9);
    // 0.750 (from 0.688) since #17's eighth round's closing run of furniture.
    expect(s.bounds).toBeGreaterThanOrEqual(0.7);
    expect(s.clean).toBeGreaterThanOrEqual(0.7);
  });

  // The fifteenth held-out part (#17's seventh round, kinds no part had, committed before any change, never tuned on): floors at what it scored.
  it('keeps the figures of the fifteenth held-out part', () => {
    const s = score('heldout15');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, clean: 1 });
    expect(s.author).toBeGreaterThanOrEqual(0.8);
    // 0.917 (from 0.667) since #17's eighth round tuned on dev pages of its kinds (the closing run of furniture).
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
  });

  // The sixteenth held-out part (#17's eighth round, kinds no part had, written after the round's tuning, committed before its one scoring;
  // tuned on by kind in the ninth round through dev pages of its kinds, its files not opened): floors at what it scores now.
  it('keeps the figures of the sixteenth held-out part', () => {
    const s = score('heldout16');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1 });
    expect(s.date).toBeGreaterThanOrEqual(0.9);
    expect(s.source).toBeGreaterThanOrEqual(0.9);
    expect(s.author).toBeGreaterThanOrEqual(0.85);
    // 1.000 (from 0.786 and 0.714) since #17's tenth round (a person's box above an interview's turns, a statement above the text).
    expect(s.bounds).toBeGreaterThanOrEqual(0.95);
    expect(s.clean).toBeGreaterThanOrEqual(0.95);
  });

  // The seventeenth held-out part (#17's eighth round, written after its second batch, committed before its one scoring;
  // its one scoring showed the reading-box rule keeping a summary list, fixed on dev pages of another make, so tuned on by kind): floors at what it scores now.
  it('keeps the figures of the seventeenth held-out part', () => {
    const s = score('heldout17');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, bounds: 1, clean: 1 });
    expect(s.author).toBeGreaterThanOrEqual(0.65);
  });

  // The eighteenth held-out part (#17's ninth round, kinds no part had, written after the round's tuning, committed before its one scoring): floors at what it scores now.
  it('keeps the figures of the eighteenth held-out part', () => {
    const s = score('heldout18');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1 });
    // Tuned on by kind in #17's tenth round (marked bylines, closing notes, blocks of particulars, 版记 lines): author 0.917, bounds and clean 1.000.
    expect(s.author).toBeGreaterThanOrEqual(0.9);
    expect(s.bounds).toBeGreaterThanOrEqual(0.95);
    expect(s.clean).toBeGreaterThanOrEqual(0.95);
  });

  // The nineteenth held-out part (#17's tenth round, kinds no part had in full real-world markup, committed before any change;
  // scored before, once mid-round and at the end, its last fix told by one missed field of its profile kind): floors at what it scores now.
  it('keeps the figures of the nineteenth held-out part', () => {
    const s = score('heldout19');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The twenty-first held-out part (#17's eleventh round, 11a: small sites' packages in full markup, committed before any change,
  // scored before and at the end, never tuned on): floors at what it scored at the end.
  it('keeps the figures of the twenty-first held-out part', () => {
    const s = score('heldout21');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1 });
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
    expect(s.clean).toBeGreaterThanOrEqual(0.9);
  });

  // The twenty-fourth held-out part (#17's round 13a: seven families no part had, committed before any change; its fields
  // printed before and after the round's rules, which were tuned on dev pages of its kinds): floors at its end figures.
  it('keeps the figures of the twenty-fourth held-out part', () => {
    const s = score('heldout24');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1 });
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
    expect(s.clean).toBeGreaterThanOrEqual(0.9);
  });

  // The twenty-fifth held-out part (#17's round 13b: seven families no part had, committed before any change; its fields
  // printed before, once mid-round and at the end, its kinds rebuilt in dev pages of other makes): floors at its end figures.
  it('keeps the figures of the twenty-fifth held-out part', () => {
    const s = score('heldout25');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1 });
    expect(s.bounds).toBeGreaterThanOrEqual(0.9);
    expect(s.clean).toBeGreaterThanOrEqual(0.9);
  });

  // The twenty-sixth held-out part (#17's round 14: five families no part had, committed before any change; its
  // figures printed before, by the round's regression runs and at its end, its kinds rebuilt in dev pages of other makes).
  it('keeps the figures of the twenty-sixth held-out part', () => {
    const s = score('heldout26');
    expect(s.pages).toBeGreaterThanOrEqual(10);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, bounds: 1, clean: 1 });
    // 0.800 since round 15 (an app prompt naming the channel's brand, a person's card in the sidebar, tuned on by kind).
    expect(s.author).toBeGreaterThanOrEqual(0.8);
  });

  // The twenty-seventh held-out part (#17's round 15: six families no part had, committed before any change; first
  // scored 1/0.917/1/1/0.667/0.667, printed by the round's regression runs, its kinds rebuilt in dev pages of other makes).
  it('keeps the figures of the twenty-seventh held-out part', () => {
    const s = score('heldout27');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1 });
    expect(s.bounds).toBeGreaterThanOrEqual(0.8);
    expect(s.clean).toBeGreaterThanOrEqual(0.8);
  });

  // The twenty-eighth held-out part (#17's round 16: five families no part had, committed before any change; first
  // scored 1/0.800/0.800/0.800/1/1, its blog kinds rebuilt in dev pages of other makes, fields only).
  it('keeps the figures of the twenty-eighth held-out part', () => {
    const s = score('heldout28');
    expect(s.pages).toBeGreaterThanOrEqual(10);
    // Round 18 (posting lines, dev-templates-aa.ts): date and author 1.000; round 21 (a platform's certification beside
    // the account, dev-templates-ad.ts): the self-media page's source too.
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The twenty-ninth held-out part (#17's round 18: seven families no part had, committed before any change; first
  // scored 1/1/1/0.929/1/1 — the board thread's numbered handle — then 1.000 after the round's rules, fields only).
  it('keeps the figures of the twenty-ninth held-out part', () => {
    const s = score('heldout29');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The thirtieth held-out part (#17's round 19: four families the parts cover least, committed before any change; first
  // scored 1/1/0.875/1/0.875/0.875 — a re-posted WeChat article's account, a party client's closing statement — then
  // 1.000 after the round's rules, fields only).
  it('keeps the figures of the thirtieth held-out part', () => {
    const s = score('heldout30');
    expect(s.pages).toBeGreaterThanOrEqual(8);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The thirty-first held-out part (#17's round 20: five families in habits the parts have least, committed before any
  // change; first scored 1/1/1/0.800/0.600/0.900 on its corrected gold, then tuned on by kind, fields only).
  it('keeps the figures of the thirty-first held-out part', () => {
    const s = score('heldout31');
    expect(s.pages).toBeGreaterThanOrEqual(10);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, bounds: 1, clean: 1 });
    expect(s.author).toBeGreaterThanOrEqual(0.9);
  });

  // The thirty-second held-out part (#17's round 21: five families in habits the parts lack, committed before any change;
  // scored 0.900/0.900/0.800/1/0.800/0.800 first and at the round's end; tuned on by kind in round 22: 1/0.900/1/1/1/1).
  it('keeps the figures of the thirty-second held-out part', () => {
    const s = score('heldout32');
    expect(s.pages).toBeGreaterThanOrEqual(10);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, source: 1, author: 1, bounds: 1, clean: 1 });
    expect(s.date).toBeGreaterThanOrEqual(0.9);
  });

  // The thirty-third held-out part (#17's round 22: five families in habits the parts lack, committed before any change
  // and never tuned on, not even by kind; first scored 1/0.900/0.600/0.800/0.800/1, at the round's end source 0.800).
  it('keeps the figures of the thirty-third held-out part', () => {
    const s = score('heldout33');
    expect(s.pages).toBeGreaterThanOrEqual(10);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, clean: 1 });
    for (const k of ['date'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.9);
    for (const k of ['author', 'bounds'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.8);
    expect(s.source).toBeGreaterThanOrEqual(0.8);
  });

  // The thirty-fourth held-out part (#17's round 23: six families the parts have least of, committed before any change
  // and never tuned on; first scored on main's extractor 1/1/0.833/1/0.833/0.833): floors at that first score.
  it('keeps the figures of the thirty-fourth held-out part', () => {
    const s = score('heldout34');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, author: 1 });
    for (const k of ['source', 'bounds', 'clean'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.83);
  });

  // The thirty-fifth held-out part (#17's round 25: six families the parts have least of, committed before any change
  // and never tuned on; first scored on main's extractor 1.000 on every field): floors at that first score.
  it('keeps the figures of the thirty-fifth held-out part', () => {
    const s = score('heldout35');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The thirty-sixth held-out part (#17's round 25: fourteen pages written blind by hand, each a different kind of site;
  // first scored on main's extractor 1/0.857/1/0.929/0.929/1; spent and tuned on from round f25, 1.000 on every field).
  it('keeps the figures of the blind hand-written part', () => {
    const s = score('heldout36');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, source: 1, author: 1, bounds: 1, clean: 1 });
  });

  // The thirty-seventh held-out part (#17's round 25: fourteen more pages written blind by hand by a second writer; first
  // scored on main's extractor 1/1/0.714/0.857/0.786/0.929; spent and tuned on from round f25: 1/1/0.786/0.929/0.929/1,
  // the misses left being gold calls against the set's conventions).
  it('keeps the figures of the second blind hand-written part', () => {
    const s = score('heldout37');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.78);
    for (const k of ['author', 'bounds'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.92);
  });

  // The thirty-eighth held-out part (#17's round 25: fourteen more pages written blind by hand by a third writer,
  // committed before any score; first scored on main's extractor 1/0.929/0.786/0.786/0.857/0.929; spent and tuned on
  // from round f26: 1/1/0.857/0.857/0.929/1, the misses left being gold calls against the set's conventions).
  it('keeps the figures of the third blind hand-written part', () => {
    const s = score('heldout38');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, clean: 1 });
    for (const k of ['source', 'author'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.85);
    expect(s.bounds).toBeGreaterThanOrEqual(0.92);
  });

  // The thirty-ninth held-out part (#17's round 25: fourteen more pages written blind by hand by a fourth writer,
  // committed before any score; first scored on main's extractor 1/0.929/0.643/0.857/0.786/1; spent and tuned on from
  // round f26: 1/1/0.786/0.929/0.857/1, the misses left being gold calls against the set's conventions).
  it('keeps the figures of the fourth blind hand-written part', () => {
    const s = score('heldout39');
    expect(s.pages).toBeGreaterThanOrEqual(14);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.78);
    expect(s.author).toBeGreaterThanOrEqual(0.92);
    expect(s.bounds).toBeGreaterThanOrEqual(0.85);
  });

  // The fortieth held-out part (#17, x24a: twelve pages written blind by hand by a fifth writer, committed before any
  // score and never tuned on; first scored on main's extractor 1/1/0.917/1/1/1): floors at it.
  it('keeps the figures of the fifth blind hand-written part', () => {
    const s = score('heldout40');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1, date: 1, author: 1, bounds: 1, clean: 1 });
    expect(s.source).toBeGreaterThanOrEqual(0.91);
  });

  // The third held-out part (written after the tuning, scored once): floors at what it scored then.
  it('keeps the figures of the third held-out part', () => {
    const s = score('heldout3');
    expect(s.pages).toBeGreaterThanOrEqual(12);
    expect(s).toMatchObject({ authorJunk: 0, title: 1 });
    for (const k of ['date', 'author', 'bounds', 'clean'] as const) expect(s[k], k).toBeGreaterThanOrEqual(0.9);
    expect(s.source).toBeGreaterThanOrEqual(0.8);
  });
});

// #17 round 15 (dev-templates-v.ts): letter boards, a column's menu entry, a brand in an app prompt, empty byline cells
// and a person's card in the sidebar, each on the dev pages that rebuild the kind.
describe('letter boards, app prompts and sidebar cards', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(letterboard|lettertable|operatornews|brandprompt|emptybyline|cardonly)-/.test(p.name));
  const got = (name: string) => {
    const p = dev.find((d) => d.name === name)!;
    return { gold: p.gold, page: extractArticle(p.bytes, { url: p.gold.url }) };
  };

  it('gets every field of the dev pages of these kinds right', () => {
    expect(dev.length).toBe(12);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('reads a letter and its answer as one text, without the record fields between them, dated by the letter', () => {
    for (const name of ['g-letterboard-0', 'g-letterboard-1', 'g-lettertable-0']) {
      const { gold, page } = got(name);
      expect(page.body.startsWith(gold.body_first), name).toBe(true);
      expect(page.body.replace(/\s+/g, '').endsWith(gold.body_last), name).toBe(true);
      expect(page.body, name).not.toMatch(/答复部门|回复部门|处理状态|信件编号/);
      expect(page.published, name).toBe(`${gold.date}:00`);
    }
  });

  it('takes no brand named only in an app prompt for the author, and a sidebar card\'s person for the writer, not the source', () => {
    expect(got('g-brandprompt-0').page.author).toBeNull();
    const card = got('g-cardonly-1').page;
    expect([card.author, card.source]).toEqual(['陆青禾', null]);
    expect(got('g-emptybyline-1').page.source).not.toBeNull();
  });

  it('reads a 100 kB run of record labels as no record line and no information line', () => {
    const line = '来信人：'.repeat(25000);
    const got = extractArticle(page('<title>电子信息制造业增长较快</title>', `<h1>电子信息制造业增长较快</h1><div>${line}</div><div>${text}</div>`));
    expect(got.body).toContain('分析人士认为');
    expect(got.author).toBeNull();
  });
});

// #17 round 20 (dev-templates-ac.ts): 组图 told in captions, a 快讯's shorter bracketed headline under a quotes box, a
// reporter's `X 报道` line, an account's card closing a re-posted article, and answerers' cards with counters.
describe('galleries, 快讯 headlines, reporter lines, account cards and answer pages', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(columnslash|flashshort|gallerybyline|reportline|wxcardend|qacounters|qaanswer|closingcredit)-/.test(p.name));
  const got = (name: string) => {
    const p = dev.find((d) => d.name === name)!;
    return { gold: p.gold, page: extractArticle(p.bytes, { url: p.gold.url }) };
  };

  it('gets every field of the dev pages of these kinds right', () => {
    expect(dev.length).toBe(16);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('keeps a 组图 page\'s `图为…` captions as its text, and drops one between the paragraphs of an article', () => {
    const { page: gallery } = got('g-gallerybyline-1');
    expect(gallery.body.match(/^图为/gm)?.length).toBe(3);
    const photo = '<p><img src="/a.jpg"></p><p>图为施工现场。</p>';
    const article = extractArticle(page('<title>电子信息制造业增长较快</title>', `<h1>电子信息制造业增长较快</h1><div class="text">${text}${photo}${text}</div>`));
    expect(article.body).not.toContain('图为');
  });

  it('drops a 快讯\'s shorter bracketed headline before an undated `X讯，` and a line of stock quotes', () => {
    const { page: flash } = got('g-flashshort-1');
    expect(flash.body).not.toMatch(/^【/);
    expect(flash.body).not.toMatch(/\d+\.\d+ [+-]\d/);
  });

  it('reads `X 报道` on its own line as the reporter, and a question\'s answerer as the author, never the source', () => {
    expect(got('g-reportline-0').page.author).toBe(got('g-reportline-0').gold.author);
    for (const name of ['g-qacounters-0', 'g-qacounters-1', 'g-qaanswer-0']) {
      const { gold, page } = got(name);
      expect([page.author, page.source], name).toEqual([gold.author, null]);
    }
  });

  it('reads the reporter of a credit glued to the last sentence, and keeps the credit out of the text', () => {
    for (const name of ['g-closingcredit-0', 'g-closingcredit-1']) {
      const { gold, page } = got(name);
      expect(page.author, name).toBe(gold.author);
      expect(page.body, name).not.toMatch(/记者\s*\S+\s*(何力)?[）)]$/);
    }
  });

  it('keeps an account the source under a question headline when only the text speaks of answers', () => {
    const html = page(
      '<title>储能电池为何一年降价四成？_产业观察家_某某号</title>',
      '<h1>储能电池为何一年降价四成？</h1><div class="card"><div>产业观察家</div><div>文章 1523</div><div>+关注</div></div><div>2024-10-22 09:15</div>' +
        '<div class="text"><p>记者在采访中注意到，多家企业负责人在回答记者提问时表示，储能电池价格下行主要源于碳酸锂价格回落和产能集中释放。</p><p>业内预计，价格竞争仍将持续一段时间，行业整合有望加快。</p></div>',
    );
    const got = extractArticle(html);
    expect([got.source, got.author]).toEqual(['产业观察家', null]);
  });

  it('ends a re-posted article before the account card closing it', () => {
    const { page } = got('g-wxcardend-0');
    expect(page.body).not.toContain('专注产业研究');
    expect(page.body).not.toMatch(/某某产业研究$/);
  });
});

describe('comment sections and counters', () => {
  const text = '<p>今年以来，某某医院持续推进智慧医院建设，门诊患者平均候诊时间缩短了二十分钟，患者满意度明显提升。</p><p>医院信息中心负责人介绍，下一步将继续完善线上服务功能，让群众看病就医更加便捷。</p>';
  const page = (top: string, bottom: string): string =>
    `<html><head><title>医院推进智慧医院建设_某某网</title></head><body><h1>医院推进智慧医院建设</h1>${top}<div class="txt">${text}</div>${bottom}</body></html>`;

  it('reads no reader under a comment section as the author', () => {
    const got = extractArticle(page('<div>2024-09-12 10:30　来源：某某日报</div>', '<div>网友评论（2）</div><p>网友 海风 2024-12-01 08:30</p><p>说得好</p>'));
    expect(got.author).toBeNull();
    expect(got.source).toBe('某某日报');
  });

  it('reads the information line under a comment counter beside the headline', () => {
    const got = extractArticle(page('<div class="tools"><span>评论（12）</span></div><div>2024-09-12 10:30　来源：某某日报　作者：柯某某</div>', ''));
    expect([got.published, got.source, got.author]).toEqual(['2024-09-12T10:30:00', '某某日报', '柯某某']);
  });
});

// #17 round 16 (dev-templates-q.ts): a column's newest entry dated above a post's own time, and a blog whose date and
// handle are only in the line after the text, closed by counters and buttons.
describe('blog posts dated by their own line', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(techpost|postfoot)-/.test(p.name));
  const got = (name: string) => {
    const p = dev.find((d) => d.name === name)!;
    return { page: extractArticle(p.bytes, { url: p.gold.url }), gold: p.gold };
  };

  it("takes the post's own time, not its column's newest entry", () => {
    for (const name of ['g-techpost-0', 'g-techpost-1']) {
      const { page, gold } = got(name);
      expect(page.published?.slice(0, 16), name).toBe(gold.date);
    }
    expect(got('g-techpost-0').page.author).toBe('mikoto_dev');
  });

  it('reads the date and the handle from a line closed by counters and buttons', () => {
    for (const name of ['g-postfoot-0', 'g-postfoot-1']) {
      const { page, gold } = got(name);
      expect(page.published?.slice(0, 16), name).toBe(gold.date);
    }
    expect(got('g-postfoot-0').page.author).toBe('lazycoder');
  });

  it('keeps 编辑 before a name a credit, and reads a 100 kB run of buttons as no line', () => {
    const withEditor = extractArticle(`<html><body><h1>某某项目建成投产</h1><div>2024-09-12 10:30 编辑 张三</div><div><p>某某项目今天建成投产，年产能达到十万吨，将带动上下游企业集聚发展。</p><p>项目负责人表示，下一步将加快二期工程建设进度。</p></div></body></html>`);
    expect(withEditor.published).toBe('2024-09-12T10:30:00');
    const buttons = extractArticle(`<html><body><h1>某某项目建成投产</h1><div>于 2024-09-12 10:30 发布${' 编辑 收藏'.repeat(10000)}</div><div>${'最新'.repeat(25000)}于 2024</div><div><p>某某项目今天建成投产，年产能达到十万吨，将带动上下游企业集聚发展。</p><p>项目负责人表示，下一步将加快二期工程建设进度。</p></div></body></html>`);
    expect(buttons.body).toContain('项目负责人表示');
  });
});

describe('a writer\u2019s handle told from an outlet by the page\u2019s structure', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(techpost|postfoot|colpeople|hostedblog)-/.test(p.name));
  const got = (name: string) => {
    const p = dev.find((x) => x.name === name)!;
    return { page: extractArticle(p.bytes, { url: p.gold.url }), gold: p.gold };
  };

  it('takes a Han handle beside the time as the author when it links to a user page or sits between headline and site in <title>', () => {
    for (const name of ['g-techpost-1', 'g-postfoot-1', 'g-hostedblog-0']) {
      const { page, gold } = got(name);
      expect([page.author, page.source], name).toEqual([gold.author, null]);
    }
  });

  it('takes the name of a card linking to a user page with a follow button or counters, and keeps an outlet the source', () => {
    for (const name of ['g-colpeople-0', 'g-colpeople-1']) expect(got(name).page.author, name).toBe(got(name).gold.author);
    const outlet = got('g-hostedblog-1');
    expect([outlet.page.source, outlet.page.author]).toEqual(['某某日报', null]);
  });

  it('reads a 100 kB <title> of separators and a 100 kB link text as no handle', () => {
    const para = '<p>某某项目今天建成投产，年产能达到十万吨，将带动上下游企业集聚发展。</p><p>项目负责人表示，下一步将加快二期工程建设进度。</p>';
    const page = extractArticle(`<html><head><title>某某项目建成投产${' - _'.repeat(33000)}</title></head><body><h1>某某项目建成投产</h1><div>2024-09-12 10:30 青山写代码</div><a href="/user/1">${'关注'.repeat(50000)}</a><div>${para}</div></body></html>`);
    expect(page.body).toContain('项目负责人表示');
    expect(page.published).toBe('2024-09-12T10:30:00');
  });
});

// #17 round 18 (dev-templates-aa.ts): posting lines of blogs and boards (`posted @ … handle`, `Posted on … by handle`,
// `由 handle » …`, `handle 已于 … 发布`), a poster's card with a rank or a 楼主 badge, handles closed by a number, a member's
// 注册时间 and the previous or next article's date, and a short text sharing its box with related links, each on the dev
// pages that rebuild the kind.
describe('posting lines, board posters and numbered handles', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(boardhandle|postedat|bloghome|boursenews|acctwriter)-/.test(p.name));
  const got = (name: string) => {
    const p = dev.find((x) => x.name === name)!;
    return { page: extractArticle(p.bytes, { url: p.gold.url }), gold: p.gold };
  };

  it('gets every field of the dev pages of these kinds right', () => {
    expect(dev.length).toBe(10);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('keeps an account between headline and platform in <title> the source when the text names its writer apart', () => {
    for (const name of ['g-acctwriter-0', 'g-acctwriter-1']) {
      const { page, gold } = got(name);
      expect([page.source, page.author], name).toEqual([gold.source, gold.author]);
    }
  });

  it('keeps a short text whose box also holds its related links as paragraphs, and drops the links', () => {
    const { page, gold } = got('g-boursenews-0');
    expect(page.body.startsWith(gold.body_first)).toBe(true);
    expect(page.body.replace(/\s+/g, '').endsWith(gold.body_last)).toBe(true);
    expect(page.body).not.toMatch(/相关新闻|会员大会/);
  });

  it('takes the name on a posting line as the writer, never the source, and the post\u2019s own time', () => {
    for (const name of ['g-postedat-0', 'g-postedat-1', 'g-bloghome-0', 'g-boardhandle-0']) {
      const { page, gold } = got(name);
      expect([page.author, page.source, page.published?.slice(0, 16)], name).toEqual([gold.author, null, gold.date]);
    }
  });

  it('keeps a handle closed by a number, and takes a poster beside a rank or a 楼主 badge, not a button or a reply\u2019s poster', () => {
    expect(got('g-boardhandle-0').page.author).toBe('gearhead1987');
    expect(got('g-boardhandle-1').page.author).toBe('cnc_laowang2012');
  });

  it('keeps an outlet before 于 … 发布 the source, and reads 100 kB runs of posting words as no line', () => {
    const para = '<p>某某项目今天建成投产，年产能达到十万吨，将带动上下游企业集聚发展。</p><p>项目负责人表示，下一步将加快二期工程建设进度。</p>';
    const outlet = extractArticle(`<html><body><h1>某某项目建成投产</h1><div>某某日报 于 2024-09-12 10:30 发布</div><div>${para}</div></body></html>`);
    expect([outlet.source, outlet.author]).toEqual(['某某日报', null]);
    const runs = extractArticle(`<html><body><h1>某某项目建成投产</h1><div>posted @ 2024-09-12 10:30 ${'by '.repeat(33000)}</div><div>由 ${'a»'.repeat(50000)}</div><div>上一篇：${'发布于 2024-01-01 '.repeat(5000)}</div><div>${para}</div></body></html>`);
    expect(runs.body).toContain('项目负责人表示');
    // An author tag of 100 kB without spaces: no name, and no quadratic e-mail scan.
    const tag = extractArticle(`<html><head><meta name="author" content="${'a'.repeat(100000)}2019"></head><body><h1>某某项目建成投产</h1><div>${para}</div></body></html>`);
    expect(tag.author).toBeNull();
  });
});

// #17 round 19 (dev-templates-ab.ts): a WeChat article re-posted on a portal, whose 来源 names the account in the
// platform's words, and a party client's page closed by a bracketed 版权声明, each on the dev pages that rebuild the kind.
describe('re-posted WeChat articles and bracketed statements', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(partyclient|wxportal|wxcredits|leadsummary|wxnative)-/.test(p.name));

  it('gets every field of the dev pages of these kinds right', () => {
    expect(dev.length).toBe(10);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('takes the account a 来源 line names in the platform\u2019s words as the source, spaced from it or not', () => {
    const sourced = (src: string) => extractArticle(page('<title>全市工业经济稳中有进-某某网</title>', `<h1>全市工业经济稳中有进</h1><div class="info">2024-07-16 08:20　来源：${src}</div><div>${text}</div>`)).source;
    for (const src of ['微信公众号“某某制造圈”', '公众号：某某制造圈', '某某制造圈微信公众号', '某某制造圈（微信公众号）', '公众号某某制造圈']) expect(sourced(src), src).toBe('某某制造圈');
    expect(sourced('某某日报')).toBe('某某日报');
    expect(sourced('某某制造圈综合整理')).toBe('某某制造圈');
    expect(sourced('网络整理')).toBeNull();
    expect(sourced('微信公众号 某某制造圈')).toBe('某某制造圈');
  });

  it('reads a reprint note naming the platform after its colon (本文来源：公众号 X) for the account and the writer', () => {
    const got = extractArticle(page('<title>全市工业经济稳中有进</title>', `<h1>全市工业经济稳中有进</h1><div class="t">2024-07-16 08:20</div><div><p>本文来源：公众号 某某材料前沿（ID：xcl_qy），作者：宋一帆</p>${text}</div>`));
    expect([got.source, got.author]).toEqual(['某某材料前沿', '宋一帆']);
  });

  it('reads no IP 属地 beside a WeChat account as its writer', () => {
    const p = dev.find((x) => x.name === 'g-wxnative-1')!;
    expect(extractArticle(p.bytes, { url: p.gold.url }).author).toBeNull();
  });

  it('ends the text before THE END and a 【版权声明】 without a colon', () => {
    const got = extractArticle(page('<title>全市工业经济稳中有进</title>', `<h1>全市工业经济稳中有进</h1><div>${text}<p>— THE END —</p><p>【版权声明】凡注明“来源：某某观察”的稿件，版权均归某某观察所有。</p></div>`));
    expect(got.body).toMatch(/较快增长。$/);
  });
});

describe('index blocks, paper editions, mastheads and writers named apart (#17 round 22)', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(countyindex|editionpaper|epaper|assoccrumb|neighbourtail|columnkicker|gluedcommentator|logotime|indexcells|spectable|membermasthead|indexfar|channelnote|verdictbox)-/.test(p.name));

  it('gets every field of the dev pages of these kinds right', () => {
    expect(dev.length).toBe(28);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });

  it('dates a document by its 发布日期, not its earlier 成文日期, in either order and with the publication alone', () => {
    const date = (cells: string) => extractArticle(page('<title>某某县人民政府</title>', `<table><tr>${cells}</tr></table><div class="bt"><p>关于做好秋冬季农田水利建设的通知</p></div>${text}`)).published;
    expect(date('<td>成文日期：</td><td>2024-11-19</td><td>发布日期：</td><td>2024-11-21</td>')).toBe('2024-11-21');
    expect(date('<td>发布日期：</td><td>2024-11-21</td><td>成文日期：</td><td>2024-11-19</td>')).toBe('2024-11-21');
    expect(date('<td>成文日期：</td><td>2024-11-19</td>')).toBe('2024-11-19');
  });

  it('ends the text before a table closing it, and keeps a table between its paragraphs', () => {
    const table = '<table><tr><th>配置参数</th></tr><tr><td>屏幕</td><td>6.7英寸</td></tr></table>';
    const body = (html: string) => extractArticle(page('<title>某某手机评测</title>', `<h1>某某手机评测</h1><div>2024-10-15 08:30</div><div class="content">${html}</div>`)).body;
    expect(body(`${text}${table}`)).not.toContain('配置参数');
    expect(body(`${text}${table}<p>综合来看，这款手机的续航和影像表现都达到了同价位的领先水平，值得推荐。</p>`)).toContain('配置参数');
  });

  it('reads a publishing body under any label of issuing (公开单位, 发文单位, 制发机关) as the source', () => {
    const src = (label: string) => extractArticle(page('<title>某某县人民政府</title>', `<h1>关于做好秋冬季农田水利建设的通知</h1><ul><li>${label}：某某县水利局</li><li>公开日期：2024-10-15</li></ul>${text}`)).source;
    for (const label of ['公开单位', '发文单位', '制发机关', '发布部门']) expect(src(label), label).toBe('某某县水利局');
  });

  it('names the paper of an edition page only where a 版次 mark stands by the headline', () => {
    const src = (top: string, title: string) => extractArticle(page(`<title>${title}</title>`, `${top}<h2>全市冬季供暖设施检修完成</h2><div>本报记者 严冬</div>${text}<div>某某社版权所有</div>`)).source;
    expect(src('<div>某江日报　2024年10月15日　第03版：经济</div>', '某江日报电子版')).toBe('某江日报');
    expect(src('<div>2024-10-15　A06版　民生新闻</div>', '全市冬季供暖设施检修完成-某城都市报数字报')).toBe('某城都市报');
    expect(src('<div>第01版：要闻</div>', '中国电子报')).toBe('中国电子报');
    expect(src('<div>2024-10-15</div>', '某江日报电子版')).toBeNull();
  });

  it('reads a glued 特约评论员 name, a 专栏 kicker\u2019s writer, and no name from a note thanking contributors', () => {
    const head = (info: string, tail = '') => extractArticle(page('<title>稳外贸要在“稳”字上下功夫_某某评论网</title>', `<h1>稳外贸要在“稳”字上下功夫</h1>${info}${text}${tail}`)).author;
    expect(head('<div>2024-10-15 08:30　来源：某某评论网　特约评论员梁栋</div>')).toBe('梁栋');
    expect(head('<div class="kicker">专栏 · <a href="/u/1">宁远</a></div><div>2024-10-15 08:30</div>')).toBe('宁远');
    expect(head('<div>2024-10-15 08:30　来源：某某评论网</div>', '<p>（通讯员许可、实习生罗蓝对此文亦有贡献）</p>')).toBeNull();
  });

  it('ends the text before a contribution note glued to its last sentence', () => {
    const body = (note: string) => extractArticle(page('<title>稳外贸要在“稳”字上下功夫</title>', `<h1>稳外贸要在“稳”字上下功夫</h1><div>2024-10-15 08:30</div>${text.replace(/。<\/p>$/, `。${note}</p>`)}`)).body;
    for (const note of ['（实习生罗蓝对本文亦有贡献）', '（通讯员许可、见习记者罗蓝参与采写）']) expect(body(note), note).toMatch(/较快增长。$/);
  });
});
