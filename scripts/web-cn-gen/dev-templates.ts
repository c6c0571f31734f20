/**
 * Page templates for the generated dev pages (tuned on): portal, government TRS, 党媒, financial media, 澎湃-like,
 * trade media and WeChat layouts, each with the furniture its family prints around the article.
 */
import { cnDay, cnTime, dash, dashSec, esc, gold, pageId, pick, ps, slash, urlDay, yearless, type Template } from './common.js';

const RELATED = ['工信部：加快推进工业互联网规模化应用', '前三季度电子信息制造业运行平稳', '我国移动物联网终端用户数超过26亿', '多地出台支持人工智能产业发展措施'];
const related = (cls: string, head: string): string =>
  `<div class="${cls}"><h3>${head}</h3><ul>${RELATED.map((t, i) => `<li><a href="/a/${i}.html">${t}</a><span>2024-0${i + 3}-1${i}</span></li>`).join('')}</ul></div>`;

/** A portal article page (网易-like): 原标题 or the restated headline first, 本文来源/责任编辑 and a platform notice last. */
export const portalNetease: Template = (a, k) => {
  const url = `https://www.163.com/tech/article/${pageId(a, k).toUpperCase()}00097U7R.html`;
  const head = pick([`<p>（原标题：${esc(a.title.replace(/\s+/g, '，'))}）</p>`, `<p><strong>${esc(a.title)}</strong></p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_网易科技</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="N-nav-channel"><a href="/">新闻</a> <a href="/">科技</a> <a href="/">财经</a></div>
<div class="post_main"><div class="post_crumb"><a href="/">网易首页</a> &gt; <a href="/">科技频道</a> &gt; 正文</div>
<h1 class="post_title">${esc(a.title)}</h1>
<div class="post_info">${dashSec(a.date)}　来源: <a href="#">${esc(a.source)}</a></div>
<div class="post_body" id="content">
${head}
${ps(a.paras)}
<p class="f_right">本文来源：${esc(a.source)} 责任编辑：${esc(a.editor)}_NT${1000 + k}</p>
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
${related('post_recommends', '相关推荐')}</div>
<div class="N-footer">网易公司版权所有 ©1997-2024</div></body></html>`;
  return { name: `g-portal-163-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['原标题', '责任编辑', '特别声明', '相关推荐', '版权所有'] }) };
};

/** A portal page (新浪-like): 来源于 line at the head, 新浪声明 and an app promotion at the end. */
export const portalSina: Template = (a, k) => {
  const url = `https://finance.sina.com.cn/tech/${a.date.slice(0, 10)}/doc-inc${pageId(a, k)}.shtml`;
  const promo = pick(['海量资讯、精准解读，尽在新浪财经APP', '新浪科技公众号：“掌”握科技鲜闻 （微信搜索techsina或扫描左侧二维码关注）'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|新浪财经|新浪网</title>
<meta property="og:title" content="${esc(a.title)}"><meta name="weibo: article:create_at" content="${dashSec(a.date)}"></head><body>
<div class="top-bar"><a href="/">新浪首页</a> <a href="/">新闻</a> <a href="/">财经</a></div>
<div class="main-content w1240"><h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">${cnTime(a.date)}</span> <a class="source" href="#">${esc(a.source)}</a></div></div>
<div class="article" id="artibody">
<p>　　来源于：${esc(a.source)}</p>
${a.subtitle ? `<p>　　${esc(a.subtitle)}</p>` : ''}
${ps(a.paras, true)}
<p>　　新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。</p>
<p class="show_author">责任编辑：${esc(a.editor)}</p>
<div class="appendQr_wrap">${promo}</div>
</div>
${related('blk-related', '相关阅读')}</div>
<div class="footer">Copyright © 1996-2024 SINA Corporation, All Rights Reserved</div></body></html>`;
  const notIn = ['来源于', '新浪声明', '责任编辑', '相关阅读', promo.slice(0, 8)];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-portal-sina-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: notIn }) };
};

/** A ministry or province page on a TRS system: table layout, information line with 字号/打印/关闭窗口. */
export const govTrs: Template = (a, k) => {
  const url = `https://jxt.example.gov.cn/art/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/t${urlDay(a.date)}_${pageId(a, k)}.html`;
  const info = pick([
    `发布时间：${dash(a.date)}　　来源：${esc(a.source)}　　【字号：<a>大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】 【<a>关闭窗口</a>】`,
    `日期：${cnTime(a.date)}&nbsp;&nbsp;信息来源：${esc(a.source)}&nbsp;&nbsp;浏览次数：<span id="hits">${437 + k}</span>&nbsp;&nbsp;<a>打印本页</a>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"><meta name="ContentSource" content="${esc(a.source)}"></head><body>
<table width="1000" align="center"><tr><td class="head"><img src="/logo.png" alt="logo"> <a href="/">首页</a> | <a href="/">机构设置</a> | <a href="/">政务公开</a> | <a href="/">互动交流</a></td></tr></table>
<table width="1000" align="center"><tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/">通知公告</a></td></tr>
<tr><td class="title" align="center">${esc(a.title)}</td></tr>
<tr><td class="info" align="center">${info}</td></tr>
<tr><td><div class="TRS_Editor"><div class="Custom_UnionStyle">
${ps(a.paras, true, ' style="text-indent:2em"')}
</div></div></td></tr>
<tr><td align="right">【<a>打印本页</a>】 【<a>关闭窗口</a>】</td></tr></table>
<table width="1000" align="center"><tr><td class="foot">主办单位：${esc(a.source)}　网站标识码：5100000023　蜀ICP备05003${k}号</td></tr></table></body></html>`;
  return { name: `g-gov-trs-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['打印本页', '关闭窗口', '主办单位', '当前位置', '字号', '浏览次数'] }) };
};

/** A 党媒 page (新华网-like): information line above, 纠错/责任编辑 below. */
export const partyXinhua: Template = (a, k) => {
  const url = `http://www.news.cn/tech/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}/c.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-新华网</title>
<meta name="keywords" content="${esc(a.source)}"></head><body>
<div class="nav"><a href="/">新华网</a> &gt; <a href="/">科技</a> &gt; 正文</div>
<div class="header"><div class="head-line clearfix"><h1><span class="title">${esc(a.title)}</span></h1>
<div class="header-time left"><span class="year"><em>${a.date.slice(0, 4)}</em></span><span class="day"><em>${a.date.slice(5, 7)}</em>/<em>${a.date.slice(8, 10)}</em></span><span class="time">${a.date.slice(11)}:00</span></div>
<div class="source">来源：${esc(a.source)}</div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail">
${ps(a.paras)}
<div id="articleEdit"><span class="tiyi1"><a href="#">【纠错】</a></span><span class="editor">【责任编辑:${esc(a.editor)}】</span></div>
</div>
${related('xgzt', '相关新闻')}</div>
<div class="main-right right"><h3>热点推荐</h3><p><a href="#">国务院常务会议部署推进数字经济发展</a></p></div></div>
<div class="foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司</div></body></html>`;
  return { name: `g-party-xinhua-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['纠错', '责任编辑', '相关新闻', '热点推荐'] }) };
};

/** A financial page (证券时报-like): 摘要 box at the head, investment disclaimer and app promotion at the end. */
export const finStcn: Template = (a, k) => {
  const url = `https://www.stcn.com/article/detail/${1000000 + k}.html`;
  const summary = a.paras[0].slice(0, 40);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | 证券时报网</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/">快讯</a> <a href="/">要闻</a></div>
<div class="detail-content-wrap"><div class="detail-title">${esc(a.title)}</div>
<div class="detail-info"><span>来源：${esc(a.source)}</span>${a.author ? `<span>作者：${esc(a.author)}</span>` : ''}<span>${dash(a.date)}</span></div>
<div class="detail-content">
<div class="summary-box">摘要：${esc(summary)}……</div>
${ps(a.paras)}
<p>${pick(['校对：', '审校：'], k)}${esc(a.editor)}</p>
<p>声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</p>
<p>下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。</p>
</div>
<div class="detail-tags">标签：<a>储能</a> <a>新能源</a></div></div>
${related('hot-list', '热门文章')}
<div class="footer">证券时报社版权所有，未经书面授权禁止使用</div></body></html>`;
  return { name: `g-fin-stcn-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['摘要', '校对', '审校', '声明', '官方APP', '标签', '热门文章'] }) };
};

/** A 澎湃-like page: reporter line, 责任编辑/校对 and a 报料 line at the end, the next article teased below. */
export const paperLike: Template = (a, k) => {
  const url = `https://www.thepaper.cn/newsDetail_forward_${29000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_澎湃号·媒体_澎湃新闻-The Paper</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="head_banner"><a href="/">澎湃新闻</a> <a href="/">时事</a> <a href="/">财经</a></div>
<div class="index_wrapper"><div class="index_left"><h1 class="index_title">${esc(a.title)}</h1>
<div class="index_headerContent">${a.author ? `<div class="ant-space"><span>澎湃新闻记者 ${esc(a.author)}</span></div>` : ''}
<div class="ant-space"><span>${dash(a.date)}</span><span>来源：${esc(a.source)}</span></div></div>
<div class="index_cententWrap">
${a.subtitle ? `<h2>${esc(a.subtitle)}</h2>` : ''}
${ps(a.paras)}
<p>责任编辑：${esc(a.editor)}　图片编辑：金${k ? '林' : '洁'}</p>
<p>校对：${pick(['刘威', '施鋆'], k)}</p>
<p>澎湃新闻报料：021-962866</p>
<p>澎湃新闻，未经授权不得转载</p>
</div>
<div class="index_next"><span>下一篇</span><a href="#">${esc(RELATED[k % RELATED.length])}</a></div></div></div>
</body></html>`;
  const notIn = ['责任编辑', '校对', '报料', '未经授权', '下一篇'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-paper-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: notIn }) };
};

/** A WeChat official-account article: 点击蓝字 at the head, END, 往期推荐 and 长按识别二维码 at the end. */
export const wechat: Template = (a, k) => {
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}Wx${k}`;
  const account = pick(['产业观察室', '数字经济研究'], k);
  const epoch = Math.round(Date.parse(`${a.date}:00+08:00`) / 1000);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="微信公众平台"></head><body>
<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">${account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p style="text-align:center"><span>点击上方蓝字 关注我们</span></p></section>
<section><p><span>来源：${esc(a.source)}</span></p></section>
${a.paras.map((p) => `<section><p><span>${esc(p)}</span></p></section>`).join('\n')}
<section><p style="text-align:center">END</p></section>
<section><p>往期推荐</p><p><a href="#">${RELATED[0]}</a></p><p><a href="#">${RELATED[1]}</a></p></section>
<section><p>长按识别二维码关注我们</p><p>点个在看，分享给更多人</p></section>
</div></div>
<script>var ct = "${epoch}"; var nickname = "${account}";</script></body></html>`;
  return { name: `g-wechat-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [account, null], notInBody: ['点击上方蓝字', 'END', '往期推荐', '长按识别', '在看'] }) };
};

/** A trade-media page: 发表于 line with a view counter beside the author, restated headline, 原创 notice. */
export const trade: Template = (a, k) => {
  const site = pick(['电子工程世界', '通信世界网'], k);
  const url = `https://www.example-${k}.com.cn/news/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head><body>
<div class="topnav"><a href="/">首页</a> <a href="/">资讯</a> <a href="/">技术</a> <a href="/">下载</a></div>
<div class="wrap"><div class="article-left"><h1>${esc(a.title)}</h1>
<div class="article-info">发表于${dash(a.date)} | 作者：${esc(a.author ?? '网络整理')} | 阅读：${1644 + k} | 来源：${esc(a.source)}</div>
<div class="article-content">
<p>${esc(a.title)}</p>
${ps(a.paras)}
<p>本文为${site}原创文章，未经授权禁止转载。</p>
<p>${pick(['关注', '扫码关注'], k)}${site}微信公众号，获取更多行业资讯。</p>
<p><a href="/">返回${site}首页&gt;&gt;</a></p>
</div>
<div class="prev-next"><p>上一篇：<a href="#">${RELATED[2]}</a></p><p>下一篇：<a href="#">${RELATED[3]}</a></p></div></div>
${related('article-right', '热门文章')}</div></body></html>`;
  return { name: `g-trade-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['原创文章', '公众号', '返回', '上一篇', '阅读：'] }) };
};

/** A 人民网-like page: date and source line, (责编：…) at the end, the next story's teaser in the same column. */
export const partyPeople: Template = (a, k) => {
  const url = `http://it.people.com.cn/n1/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/c1009-${40000000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--IT--人民网</title>
<meta name="publishdate" content="${a.date.slice(0, 10)}"></head><body>
<div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/">IT频道</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl"><h1>${esc(a.title)}</h1>
<div class="col-1-1 fl">${cnDay(a.date)}${a.date.slice(11)} | 来源：<a href="#">人民网－${esc(a.source)}</a></div>
<div class="rm_txt_con cf">
${ps(a.paras, true)}
<div class="edit cf">(责编：${esc(a.editor)}、${pick(['王震', '杨曦'], k)})</div>
</div>
<div class="share">分享让更多人看到</div></div></div>
<div class="footer">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 版权服务 | 数据服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>人民网版权所有，未经书面授权禁止使用</div></body></html>`;
  return { name: `g-party-people-${k}`, html, gold: gold(a, { url, withTime: true, source: `人民网－${a.source}`, author: null, notInBody: ['责编', '分享让更多人看到', '版权所有'] }) };
};

/** A 搜狐号-like page: 原标题 first, 返回搜狐 and 责任编辑 and the platform notice at the end. */
export const portalSohu: Template = (a, k) => {
  const url = `https://www.sohu.com/a/${800000000 + k}_${120000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${esc(a.source)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta itemprop="datePublished" content="${dash(a.date)}"></head><body>
<div class="area"><a href="/">搜狐首页</a> <a href="/">新闻</a></div>
<div class="left main"><div class="text"><div class="text-title"><h1>${esc(a.title)}</h1>
<div class="article-info"><span class="time" id="news-time">${dash(a.date)}</span><span>来源: <a href="#">${esc(a.source)}</a></span></div></div>
<article class="article" id="mp-editor">
<p>原标题：${esc(a.title)}</p>
${ps(a.paras)}
<p><a href="/">返回搜狐，查看更多</a></p>
<p data-role="editor-name">责任编辑：<span>${esc(a.editor)}</span></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div></div>
<div class="right sidebar"><h3>24小时热文</h3><ul><li><a href="#">${RELATED[1]}</a></li></ul></div></body></html>`;
  return { name: `g-portal-sohu-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['原标题', '返回搜狐', '责任编辑', '平台声明'] }) };
};

/** Slash-dated 凤凰-like page with the year-less time (`09-03 07:30`) and the year in metadata only. */
export const portalIfeng: Template = (a, k) => {
  const url = `https://tech.ifeng.com/c/8${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_凤凰网</title>
<meta name="og:time " property="og:release_date" content="${dashSec(a.date)}"></head><body>
<div class="header"><a href="/">凤凰网首页</a> <a href="/">科技</a></div>
<div class="artical"><h1 class="topic">${esc(a.title)}</h1>
<p class="info"><span>${pick([yearless(a.date), slash(a.date)], k)}</span> <span>来自 <a href="#">${esc(a.source)}</a></span></p>
<div class="main_content"><div class="text">
${ps(a.paras)}
<p>${pick(['(编辑：', '（责任编辑：'], k)}${esc(a.editor)}${pick([')', '）'], k)}</p>
<p>${pick(['凤凰网科技出品 欢迎关注', '文章来源于凤凰网科技，未经授权禁止转载'], k)}</p>
</div></div></div>
${related('relate', '大家都在看')}</body></html>`;
  return { name: `g-portal-ifeng-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['编辑', '大家都在看', '凤凰网科技'] }) };
};

export const DEV_TEMPLATES: Template[] = [portalNetease, portalSina, govTrs, partyXinhua, finStcn, paperLike, wechat, trade, partyPeople, portalSohu, portalIfeng];
