/**
 * Dev templates (tuned on) for #17's round 11b, the kinds held-out 22 missed (told by field and family only), each in a
 * make and wording of its own: a medium whose writer and time share one line under the headline (`X · 时间`, `X | 时间`),
 * the time printed without its year and the year only in the page's state script, which also lists related articles
 * with their own times; a trade-electronics page with English navigation and a byline giving the writer with an
 * e-mail address (`作者：Name, mail`, `文/Name（mail）`), a link line and an ad inside the text; a wire page whose dateline
 * opens the text with the reporter in ASCII brackets, its editor named in `<meta name="author">` and in a closing
 * bracket; and an interview transcript whose turns are elements with the speaker in a span, under a guest box, an
 * introduction and a video, closed by an end marker. Then, for held-out 17's author misses (told by field and kind only),
 * an overseas paper's page with a channel name beside the time and Latin share names, and an investor community's post;
 * a tech medium with the writer and a full time on one line and a channel after them; and, so the kinds held-out 22
 * passed stay passing, an old GBK table page in `<br><br>` runs, a picture story of one `<div>` a paragraph and a
 * company's page laid out in a WeChat editor.
 */
import { cnDay, dash, esc, pageId, pick, yearless, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';
import { gbk } from './heldout4-templates.js';

function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: text[0].slice(0, 12), body_last: text[text.length - 1].slice(-12), not_in_body: o.notInBody };
}
const epoch = (d: string): number => Date.parse(`${d}:00+08:00`) / 1000;
const navOf = (names: string[]): string => names.map((n, i) => `<a href="/c/${i}/">${n}</a>`).join('');

/** A medium printing `writer · time` under its headline; on one page the time has no year and the state script has it. */
export const devWriterTimeState: Template = (a, k) => {
  const writer = a.author ?? pick(['丁一帆', '欧阳可'], k);
  const url = `https://${pick(['www.example-tmt.com/news', 'm.example-lieyun.cn/a'], k)}/${pageId(a, k)}`;
  const others = [['某某芯片公司完成新一轮融资', '2023-06-01T08:00'], ['行业观察：硬件创业的第二曲线', '2023-05-20T21:10']];
  const state = pick([
    `<script>window.__PRELOADED_STATE__ = {"recommend":[${others.map(([t, d]) => `{"title":${JSON.stringify(t)},"online_at":${epoch(d)}}`).join(',')}],"post":{"title":${JSON.stringify(a.title)},"writer":${JSON.stringify(writer)},"online_at":${epoch(a.date)}}};</script>`,
    `<script>window.__NUXT__={data:[{detail:{title:${JSON.stringify(a.title)},nick:${JSON.stringify(writer)},ctime:"${dash(a.date)}:00"},more:[${others.map(([t, d]) => `{title:${JSON.stringify(t)},ctime:"${dash(d)}:00"}`).join(',')}]}]};</script>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某TMT', '某某云'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><script>var _paq = window._paq || []; _paq.push(["trackPageView"]);</script></head><body>
<div class="hd">${navOf(['首页', '快讯', '深度', '公司', '投资', '活动', '榜单', '智库', '下载APP'])}</div>
<div class="wrap"><div class="post-main">
<h1 class="post-h">${esc(a.title)}</h1>
<div class="post-meta">${pick([`<a class="w-name" href="/u/1">${esc(writer)}</a> | <time>${yearless(a.date)}</time>`, `<span class="nick">${esc(writer)}</span><i>·</i><span class="ts">${yearless(a.date)}</span><span class="views">1.2万阅读</span>`], k)}</div>
<div class="post-body">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="post-copy">${pick(['本文系某某TMT原创，转载请注明出处。', '*本文为作者投稿，不代表平台观点。'], k)}</div>
<div class="w-card"><b>${esc(writer)}</b><span>专注硬科技报道</span><button>关注</button></div>
<div class="more"><h4>推荐阅读</h4><ul>${others.map(([t, d]) => `<li><a>${esc(t)}</a> <span>${dash(d)}</span></li>`).join('')}</ul></div>
</div></div>
<div class="ft">© ${pick(['某某TMT', '某某云'], k)} 粤ICP备0000000号</div>
${state}</body></html>`;
  return { name: `g-writertime-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: null, author: writer, notInBody: ['原创', '投稿', '推荐阅读', '关注'] }) };
};

/** A trade-electronics page: English navigation, a writer given with an e-mail address, a link line and an ad in the text. */
export const devMailByline: Template = (a, k) => {
  const writer = pick(['Rick Merritt', '孙振宇'], k);
  const url = `https://www.example-eetrend.com/${pick(['content', 'news'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}${pageId(a, k).slice(0, 4)}.html`;
  const byline = pick([
    `<p class="by">文/${writer}（rmerritt@example-eetrend.com）　<span>${a.date.slice(0, 10)}</span></p>`,
    `<div class="meta"><span>作者：${writer}, sunzy@example-eetrend.com</span> | <span>出处：${esc(a.source)}</span> | <span>时间：${a.date.slice(0, 10)}</span> | <span>点击：2031</span></div>`,
  ], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<div class="inad"><iframe src="https://ads.example-eetrend.com/i?s=${k}" width="600" height="100"></iframe></div>\n<p>${pick(['推荐阅读：<a href="#">射频前端模组的国产化进程</a>', '相关阅读：<a href="#">功率半导体的下一个十年</a>'], k)}</p>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick([' - Example Electronics 电子工程网', '_EETrend 电子技术前沿'], k)}</title></head><body>
<nav>${navOf(['Home', 'News', 'Analog', 'Power', 'RF', 'Automotive', 'AI', 'Webinar', 'Download', 'Events', 'Jobs', 'Sign in'])}</nav>
<div class="crumb">Home &gt; ${pick(['Power', 'Industry'], k)}</div>
<div class="article"><h1>${esc(a.title)}</h1>
${byline}
<div class="content">
${body}
</div>
<div class="keywords">Keywords: ${pick(['5G, 宽带', 'SoC, 汽车'], k)}</div>
<div class="notice">${pick(['声明：本文为原创，版权归本网所有，转载须经授权。', '免责声明：文章内容仅供参考，不构成投资建议；如有侵权，请联系删除。'], k)}</div>
<div class="rel"><h3>You may also like</h3><ul><li><a>Power module trends</a> 2024-01-05</li><li><a>车规电源设计</a> 2023-12-20</li></ul></div></div>
<footer>About | Contact | Media Kit | Privacy · Copyright © 2024 Example Electronics. All rights reserved.</footer></body></html>`;
  return { name: `g-mailbyline-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: k === 0 ? null : a.source, author: writer, notInBody: ['@', '推荐阅读', '相关阅读', 'Keywords', '声明', 'You may also like'] }) };
};

/** A wire page: the dateline opens the text with the reporter in ASCII brackets; its editor in the author meta and a closing bracket. */
export const devWireAsciiDateline: Template = (a, k) => {
  const reporter = a.author ?? pick(['郑海波', '吴晓'], k);
  const place = pick(['上海', '广州'], k);
  const dateline = `${pick(['某通社', '某新网'], k)}${place}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日电${pick([`(记者 ${reporter})`, `(记者${reporter} 实习生 王某)`], k)}`;
  const text = [`${dateline}${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-wire.cn/${pick(['gn', 'cj'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 10)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-某通社', '_某新网'], k)}</title>
<meta name="author" content="${esc(a.editor)}"><meta name="source" content="${pick(['某通社', '某新网'], k)}"></head><body>
<div class="nav">${navOf(['首页', '滚动', '时政', '国际', '社会', '财经', '汽车', '体育', '文娱', '图片', '视频'])}</div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="time-source">${cnDay(a.date)} ${a.date.slice(11)}　来源：${pick(['某通社', '某新网'], k)}</div>
<div class="article">
${k === 1 ? `<div class="gallery"><span>图集 1/2</span><img src="/p/1.jpg"><p>展会现场。某新社记者 刘某 摄</p><a>下一张</a></div>` : ''}
${text.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<p class="editor">${pick([`[责任编辑:${a.editor}]`, `【编辑:${a.editor}】`], k)}</p>
</div>
<div class="statement">未经书面授权，不得转载、摘编本网稿件。</div>
<div class="more"><h4>更多新闻</h4><ul><li><a>其他新闻一</a> 06-01</li><li><a>其他新闻二</a> 05-30</li></ul></div></div>
</body></html>`;
  return { name: `g-wireascii-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: pick(['某通社', '某新网'], k), author: [reporter, null], notInBody: ['编辑', '图集', '下一张', '记者 刘某', '不得转载', '更多新闻'] }) };
};

/** An interview transcript: turns as elements with the speaker in a span, under a guest box, an introduction and a video. */
export const devTalkTurns: Template = (a, k) => {
  const guest = pick(['周教授', '马总'], k);
  const host = pick(['主持人', '记者'], k);
  const turns: [string, string][] = [];
  a.paras.forEach((p, i) => {
    turns.push([host, pick([`请您谈谈这件事的背景，第${i + 1}个问题。`, `能具体介绍一下吗？这是第${i + 1}问。`], k)]);
    turns.push([guest, p]);
  });
  const text = turns.map(([w, s]) => `${w}：${s}`);
  const url = `https://www.example-talk.com/${pick(['zhibo', 'interview'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['在线访谈', '高端访谈'], k)}_某某网</title></head><body>
<div class="nav">${navOf(['首页', '新闻', '访谈', '直播', '专题', '视频', '图片', '论坛'])}</div>
<div class="main"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="${pick(['jb-box', 'guest-panel'], k)}"><h4>${pick(['本期嘉宾', '嘉宾介绍'], k)}</h4><p>${guest}</p><p>${pick(['某某大学经济学院教授、博士生导师', '某某科技有限公司董事长'], k)}</p></div>
<div class="${pick(['zy', 'summary-box'], k)}"><b>${pick(['内容摘要', '访谈摘要'], k)}：</b>${guest}围绕${esc(a.title.slice(0, 8))}与网友在线交流。</div>
<div class="vbox"><div class="player"></div><span>${pick(['视频时长 28:06', '观看回放'], k)}</span></div>
<div class="${pick(['talk-list', 'dialog'], k)}">
${turns.map(([w, s]) => pick([`<div class="row"><span class="who">${w}：</span><span class="txt">${esc(s)}</span></div>`, `<li class="turn"><em>${w}：</em>${esc(s)}</li>`], k)).join('\n')}
</div>
<div class="end">${pick(['—— 访谈结束 ——', '【本场访谈结束】'], k)}</div>
<div class="more"><h4>${pick(['往期回顾', '精彩访谈'], k)}</h4><ul><li><a>上一期访谈</a> 2024-08-01</li></ul></div></div>
<div class="foot">某某网 版权所有</div></body></html>`;
  return { name: `g-talkturns-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: a.source, author: null, notInBody: ['本期嘉宾', '嘉宾介绍', '摘要', '视频时长', '观看回放', '访谈结束', '往期回顾', '精彩访谈'] }) };
};

/**
 * An overseas Chinese paper's page (for held-out 17's author misses, told by kind only): a lead line naming the paper and
 * no reporter (`（某某日报讯）`), share buttons named in Latin letters, a subscription box after the text.
 */
export const devOverseasPaper: Template = (a, k) => {
  const paper = pick(['星洲某报', '欧洲某某时报'], k);
  const lead = pick([`（${paper}讯）`, `【${paper}讯】`], k);
  const text = [`${lead}${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-${pick(['sinchew', 'euchinese'], k)}.com/${pick(['news', 'article'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${esc(a.title)} | ${paper}</title>
<meta property="og:site_name" content="${paper}"><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="topnav">${navOf(['首页', '国内', '国际', '财经', '社区', '副刊', '言路', '娱乐', '体育', '电子报', 'English', '订阅'])}</div>
<article><h1>${esc(a.title)}</h1>
<div class="byline">${pick([`<span class="cat">财经</span> <time>${dash(a.date)}</time>`, `<time>${a.date.slice(0, 10).replace(/-/g, '/')} ${a.date.slice(11)}</time> <span>${paper}</span>`], k)}</div>
<div class="share">${pick(['<a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Telegram</a>', '<a>Share</a><a>LINE</a><a>Facebook</a><a>Email</a>'], k)}</div>
<div class="article-body">${text.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="subscribe"><h4>${pick(['订阅电子报', 'Newsletter 订阅'], k)}</h4><p>${pick(['每天早上8点，把新闻送到你的邮箱。', '輸入電郵，訂閱每日新聞快遞。'], k)}</p><input placeholder="Email"><button>${pick(['立即订阅', 'Subscribe'], k)}</button></div>
</article>
<div class="more"><h4>热门新闻</h4><ul><li><a>另一则新闻</a> <time>${a.date.slice(0, 10)}</time></li></ul></div>
<footer>© ${paper} All Rights Reserved.</footer></body></html>`;
  return { name: `g-overseaspaper-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: k === 1 ? paper : null, author: null, notInBody: ['Facebook', 'WhatsApp', 'LINE', '订阅', 'Newsletter', '热门新闻'] }) };
};

/** An investor community's post (held-out 17's kind, told by kind only): a Latin handle with the app it was posted from (`来自 iPhone客户端`, `来自雪球`), a counters row and replies. */
export const devInvestorPost: Template = (a, k) => {
  const handle = pick(['laohan_value', 'quant_zhou'], k);
  const url = `https://${pick(['guba', 'xq'], k)}.example-invest.com/${pick(['news', 'post'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某股吧', '某某球'], k)}</title></head><body>
<div class="nav">${navOf(['首页', '行情', '股吧', '资讯', '基金', '研报', '社区', '下载APP'])}</div>
<div class="post"><h1>${esc(a.title)}</h1>
<div class="poster">${pick([`<a class="uname">${handle}</a><span class="time">${dash(a.date)}</span><span class="from">来自 iPhone客户端</span>`, `<a class="user-name">${handle}</a> <span>发布于${dash(a.date)}</span> <span>来自雪球</span><span class="ip">IP属地：上海</span>`], k)}</div>
<div class="post-body">${a.paras.map((p, i) => `<p>${i === 0 ? pick(['$某某电子(SZ00XXX5)$ ', '$某某能源(SH60XXX8)$ '], k) : ''}${esc(p)}</p>`).join('\n')}</div>
<div class="ops">转发 ${12 + k}　评论 ${30 + k}　赞 ${88 + k}</div>
<div class="replies"><h4>全部评论</h4><div class="reply"><a>韭菜一号</a>：${pick(['说得好，已关注。', '楼主分析到位。'], k)}<span>${a.date.slice(0, 10)} 21:03</span></div></div></div>
<div class="foot">风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</div></body></html>`;
  const text = [`${pick(['$某某电子(SZ00XXX5)$ ', '$某某能源(SH60XXX8)$ '], k)}${a.paras[0]}`, ...a.paras.slice(1)];
  return { name: `g-investorpost-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: handle, notInBody: ['转发', '全部评论', '风险提示', 'IP属地', '来自'] }) };
};

/** A tech medium's page whose writer and full time share a line (`X · 2024-11-05 10:18`), a summary box under it and a writer card with counters and a follow button after the text. */
export const devWriterDotDate: Template = (a, k) => {
  const writer = a.author ?? pick(['钟若愚', '白晓川'], k);
  const url = `https://www.example-${pick(['tmtpost', 'geekpark'], k)}.com/${pick(['post', 'news'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-某某媒体', ' | 某某公园'], k)}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${pick(['某某媒体', '某某公园'], k)}"}</script></head><body>
<header>${navOf(['首页', '快报', '深度', '专栏', '活动', '投资', '榜单', '视频', '登录', '注册'])}</header>
<main><div class="post-head"><h1>${esc(a.title)}</h1>
<div class="post-info">${pick([`<a class="writer" href="/u/7">${esc(writer)}</a><span class="sep">·</span><span class="t">${dash(a.date)}</span>`, `<span class="by"><a href="/u/9">${esc(writer)}</a></span> <em>•</em> <span class="date">${dash(a.date)}</span> <span class="cat">深度</span>`], k)}</div></div>
<div class="abstract">${pick(['核心摘要', '摘要'], k)}：${esc(a.paras[0].slice(0, 30))}</div>
<div class="post-content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="writer-card"><img src="/a.png"><div class="n">${esc(writer)}</div><div class="d">${pick(['资深科技记者，关注芯片与通信。', '关注消费电子与新能源汽车。'], k)}</div><div class="c">文章 ${88 + k} · 粉丝 ${1.2 + k}万</div><a class="f">+ 关注</a></div>
<div class="rel"><h3>相关文章</h3><ul><li><a>另一篇文章</a> <span>${dash(a.date).slice(0, 10)}</span></li></ul></div></main>
<footer>© 2024 ${pick(['某某媒体', '某某公园'], k)} 京ICP备00000000号</footer></body></html>`;
  return { name: `g-writerdot-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: null, author: writer, notInBody: ['摘要', '粉丝', '关注', '相关文章'] }) };
};

/** An old GBK portal page: nested tables, `<font>`, the text in `<br><br>` runs, `发表于` and 【字体：大 中 小】 in the information cell. */
export const devOldBrTable: Template = (a, k) => {
  const url = `http://www.example-${pick(['hnxw', 'szrb'], k)}.com.cn/${pick(['Article', 'news'], k)}/ShowInfo.asp?InfoID=${7000 + k * 13}`;
  const info = pick([
    `【作者：${a.author ?? '本站'}】【发表于：${dash(a.date)}】【来源：${esc(a.source)}】【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】`,
    `<font color=gray>${esc(a.source)}　发表于 ${cnDay(a.date)} ${a.date.slice(11)}　阅读 <script>document.write(318)</script> 次</font>`,
  ], k);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>${esc(a.title)}-${pick(['某某信息港', '某某热线'], k)}</title>
<script language="javascript">function ZoomFont(n){document.getElementById("fontzoom").style.fontSize=n+"px";}</script></head>
<body bgcolor="#ffffff"><table width="778" align="center" cellpadding="0" cellspacing="0"><tr><td>${navOf(['首页', '新闻', '图片', '论坛', '房产', '汽车', '人才', '分类信息', '黄页'])}</td></tr></table>
<table width="778" align="center"><tr><td width="560" valign="top"><table width="100%" cellpadding="4">
<tr><td align="center"><font style="font-size:20px;font-weight:bold;color:#003399">${esc(a.title)}</font></td></tr>
<tr><td align="center" bgcolor="#f2f2f2">${info}</td></tr>
<tr><td id="fontzoom"><div style="line-height:180%">${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}`).join('<br>\n<br>\n')}</div></td></tr>
<tr><td align="right">${pick([`编辑：${esc(a.editor)}`, `[责任编辑：${esc(a.editor)}]`], k)}</td></tr>
<tr><td>${pick(['【<a>发表评论</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】', '<a>上一篇</a>　<a>下一篇</a>　<a>返回列表</a>'], k)}</td></tr>
<tr><td><b>相关新闻</b><br>·<a>其他消息一</a>（${a.date.slice(0, 10)}）<br>·<a>其他消息二</a>（${a.date.slice(0, 10)}）</td></tr>
</table></td><td width="200" valign="top"><b>热门排行</b><br>·<a>一周热点</a><br>·<a>本月热点</a></td></tr></table>
<table width="778" align="center"><tr><td align="center">版权所有 某某信息港　联系我们　备案号：某ICP备0000${k}号</td></tr></table></body></html>`;
  return { name: `g-oldbrtable-${k}`, html, bytes: gbk(html), gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: k === 0 ? a.author : null, notInBody: ['字体', '发表于', '编辑', '发表评论', '上一篇', '相关新闻', '热门排行', '版权所有'] }) };
};

/** A paper's picture story with one `<div>` a paragraph and captioned pictures between them, credits and a statement after. */
export const devDivPerLine: Template = (a, k) => {
  const url = `https://www.example-${pick(['jinbao', 'dushi'], k)}.cn/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const cap = pick(['现场工作人员正在调试设备。', '市民在展台前体验新产品。'], k);
  const lines = a.paras.map((p) => pick([`<div class="p">${esc(p)}</div>`, `<div style="margin:12px 0;text-indent:2em">${esc(p)}</div>`], k));
  lines.splice(1, 0, pick([`<div class="img"><img src="/i/1.jpg"></div><div class="img-title">${cap}（通讯员 张某 摄）</div>`, `<div align="center"><img src="/i/2.jpg"><br><span style="color:#999">▲${cap}</span></div>`], k));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某今报', '某某都市报'], k)}</title></head><body>
<div class="nav">${navOf(['首页', '时政', '本地', '民生', '经济', '文体', '图片', '视频', '专题'])}</div>
<div class="main"><h1>${esc(a.title)}</h1><div class="info">${pick([`${dash(a.date)}　来源：${esc(a.source)}`, `发布时间：${cnDay(a.date)} ${a.date.slice(11)} 来源：${esc(a.source)}`], k)}</div>
<div class="content">${lines.join('\n')}</div>
<div class="zb">${pick([`编辑：${esc(a.editor)}　校对：王某`, `（编辑 ${esc(a.editor)}）`], k)}</div>
<div class="sm">本报所有原创稿件，未经授权不得转载。</div>
<div class="xg"><h4>相关新闻</h4><div><a>另一条新闻</a> ${a.date.slice(0, 10)}</div></div></div></body></html>`;
  return { name: `g-divperline-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: [cap.slice(0, 8), '编辑', '不得转载', '相关新闻'] }) };
};

/** A company's news page laid out in a WeChat editor: styled sections, a follow prompt above, credits, 往期推荐 and a QR prompt after. */
export const devEditorSections: Template = (a, k) => {
  const company = pick(['某某精密制造有限公司', '某某环保科技集团'], k);
  const url = `https://www.example-${pick(['jmzz', 'hbkj'], k)}.com/news/${pageId(a, k)}.html`;
  const sec = (p: string): string => `<section style="padding:0 10px;"><section style="font-size:15px;line-height:1.8;color:#333;"><p style="text-align:justify;"><span style="letter-spacing:0.5px;">${esc(p)}</span></p></section></section>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${company}</title></head><body>
<div class="top">${navOf(['首页', '关于我们', '产品中心', '解决方案', '新闻中心', '人才招聘', '联系我们'])}</div>
<div class="news-detail"><h3 class="t">${esc(a.title)}</h3><div class="d">${pick([`时间：${a.date.slice(0, 10)}　来源：${esc(a.source)}`, `${a.date.slice(0, 10)} | 来源：${esc(a.source)} | 浏览：128`], k)}</div>
<div class="c">
<section style="text-align:center;"><p><span style="color:#0a7;font-size:13px;">${pick(['↑ 点击上方蓝字 关注我们', '点击蓝字｜关注我们'], k)}</span></p></section>
${a.paras.map(sec).join('\n')}
<section style="text-align:right;"><p><span style="font-size:12px;color:#aaa;">${pick(['文案 | 品牌部　排版 | 小李　审核 | 张某', '供稿：综合办公室　编辑：小周'], k)}</span></p></section>
<section><p style="text-align:center;"><strong>${pick(['往期推荐', '推荐阅读'], k)}</strong></p><p><a>公司荣获省级专精特新企业称号</a></p><p><a>新厂区一期工程顺利封顶</a></p></section>
<section style="text-align:center;"><img src="/qr.png"><p>${pick(['扫码关注官方微信', '长按二维码关注我们'], k)}</p></section>
</div></div>
<div class="foot">Copyright © ${company} 版权所有</div></body></html>`;
  return { name: `g-editorsections-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: a.source, author: null, notInBody: ['蓝字', '关注我们', '审核', '供稿', '往期推荐', '推荐阅读', '扫码', '二维码'] }) };
};

export const DEV_TEMPLATES_U: Template[] = [devWriterTimeState, devMailByline, devWireAsciiDateline, devTalkTurns, devOverseasPaper, devInvestorPost, devWriterDotDate, devOldBrTable, devDivPerLine, devEditorSections];
