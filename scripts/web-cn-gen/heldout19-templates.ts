/**
 * The nineteenth held-out part (never tuned on), written for #17's tenth round by another hand and committed before
 * any change to the extractor: seven kinds no part had, each dressed in the full markup a real site serves (a long
 * head with scripts and JSON-LD, nested layout boxes named in pinyin or English, channel bars of dozens of links,
 * breadcrumbs, share widgets, ad iframes and inline scripts inside the text, comment sections, dated 相关阅读/热点推荐
 * lists and 备案号/版权所有 footers), on held-out 8's articles from the fourth on — a 专访 (intro box, 嘉宾简介, 问/答 or
 * 记者/guest turns), an opinion column (`□ X` or `文｜X` byline, `（作者系…）` bio), a long feature (sub-heads, pull
 * quote, captioned photos, a 刊发于 note), a paginated article (page 1 of 3, 全文阅读), a portal's mobile page (app bars
 * between paragraphs, 展开全文), a 党媒's 评论员文章 (本报评论员, the 来源 line below the text) and a 人物 profile with a
 * 档案 box.
 */
import { cnDay, cnTime, dash, dashSec, esc, pageId, pick, slash, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

/** Gold with the text's lines as the page prints them. */
function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return {
    url: o.url,
    title: a.title,
    date: o.date,
    source: o.source,
    author: o.author,
    body_first: text[0].replace(/\s/g, '').slice(0, 12),
    body_last: text[text.length - 1].replace(/\s/g, '').slice(-12),
    not_in_body: o.notInBody,
  };
}

const CHANNELS = ['首页', '要闻', '国内', '国际', '财经', '股票', '基金', '科技', '汽车', '房产', '教育', '健康', '文化', '旅游', '体育', '娱乐', '时尚', '军事', '评论', '图片', '视频', '直播', '专题', '地方', '县域', '乡村振兴', '数字经济', '能源', '产经', '公司', '理财', '保险', '招聘'];

/** A channel bar of dozens of links, in the site's own class names. */
const channelBar = (cls: string, k: number): string =>
  `<div class="${cls}"><ul>${CHANNELS.slice(k, k + 28).map((c, i) => `<li><a href="/${i}/" target="_blank">${c}</a></li>`).join('')}</ul></div>`;

const HOT = ['多地出台措施稳外贸稳外资', '前8月全国铁路发送旅客超30亿人次', '央行：保持流动性合理充裕', '第三届数字经济论坛在杭州开幕', '新一轮家电以旧换新政策落地见效', '全国秋冬季农业生产全面展开', '城市更新行动扎实推进 老旧小区改造提速', '多家银行下调存款利率', '跨境电商综试区再扩容', '我国首艘大型邮轮完成第100个航次'];

/** A dated list of other headlines (相关阅读, 热点推荐 …): dates the extractor must not take for the page's. */
const datedList = (cls: string, label: string, from: number, n: number, k: number): string =>
  `<div class="${cls}"><div class="hd"><h3>${label}</h3></div><ul>${HOT.slice(from, from + n)
    .map((t, i) => `<li><a href="/news/${20240100 + i * 7 + k}.html">${t}</a><span class="time">${pick(['2024-01-1', '2023-12-2'], i + k)}${i}</span></li>`)
    .join('')}</ul></div>`;

/** A long head: meta tags, stylesheets, analytics and config scripts, and JSON-LD when given. */
function longHead(o: { title: string; keywords: string; desc: string; k: number; ld?: object; extra?: string }): string {
  return `<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>${esc(o.title)}</title>
<meta name="keywords" content="${esc(o.keywords)}">
<meta name="description" content="${esc(o.desc)}">
${o.extra ?? ''}
<link rel="stylesheet" href="//static.example-cdn${o.k}.cn/css/base.min.css?v=20240618">
<link rel="stylesheet" href="//static.example-cdn${o.k}.cn/css/article.min.css?v=20240618">
<link rel="shortcut icon" href="/favicon.ico">
<script src="//static.example-cdn${o.k}.cn/js/jquery-1.12.4.min.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://tongji.example-stat.cn/hm.js?a8c3e1f0";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
<script>window.__PAGE_CONFIG__ = {channel: "news", pageType: "article", adPositions: ["top_banner", "content_mid", "right_1"], abTest: "b"};</script>
${o.ld ? `<script type="application/ld+json">${JSON.stringify(o.ld)}</script>` : ''}
</head>`;
}

const shareWidget = (cls: string): string =>
  `<div class="${cls}"><span>分享到：</span><a class="wx" title="分享到微信">微信</a><a class="wb" title="分享到新浪微博">微博</a><a class="qzone" title="分享到QQ空间">QQ空间</a><a class="copy">复制链接</a></div>`;

const adFrame = (slot: string, k: number): string =>
  `<div class="ad-box" id="ad_${slot}"><iframe src="https://ad.example-ads${k}.cn/show?slot=${slot}" width="640" height="90" frameborder="0" scrolling="no"></iframe><script>(window.adsQueue = window.adsQueue || []).push({id: "${slot}"});</script></div>`;

/** A comment section: a count, a box, and users' comments with their later dates and places. */
const comments = (cls: string, k: number): string => `<div class="${cls}"><div class="cmt-hd"><h3>${pick(['网友评论', '热门评论'], k)}</h3><span>已有${36 + k * 5}条评论</span></div>
<div class="cmt-box"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
<ul class="cmt-list"><li><span class="u">${pick(['江南烟雨', 'sky_walker'], k)}</span><span class="loc">${pick(['广东', '浙江'], k)}</span><p>说得很实在，希望政策能尽快落到基层。</p><span class="t">2024-11-0${3 + k} 21:14</span><a>回复</a><a>赞(${12 + k})</a></li>
<li><span class="u">${pick(['老王头', '一只小熊'], k)}</span><span class="loc">${pick(['北京', '四川'], k)}</span><p>关注了，后续还有报道吗？</p><span class="t">2024-11-0${4 + k} 08:02</span><a>回复</a><a>赞(3)</a></li></ul>
<a class="more">查看更多评论&gt;&gt;</a></div>`;

/** A footer: links, 版权所有, ICP 备案号, 公网安备, 举报 lines. */
const siteFooter = (site: string, k: number): string => `<div class="${pick(['footer', 'foot-wrap'], k)}"><div class="links"><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>网站地图</a> | <a>招聘信息</a> | <a>意见反馈</a> | <a>法律声明</a></div>
<p>${pick([`Copyright © 2008-2024 ${site} 版权所有`, `${site} 版权所有 未经授权禁止转载、摘编、复制或建立镜像`], k)}</p>
<p>${pick(['京ICP备12034567号-2　京公网安备11010502034567号', '粤ICP备09087654号　互联网新闻信息服务许可证：44120180012'], k)}</p>
<p>违法和不良信息举报电话：${pick(['010-12345678', '020-87654321'], k)}　举报邮箱：jubao@example${k}.cn</p></div>`;

const QUESTIONS = ['能否先介绍一下目前的整体情况？', '这些变化背后的主要推动力是什么？', '推进过程中遇到了哪些难点？', '企业和地方层面应当如何应对？', '对下一阶段的发展，您有什么判断？', '最后，您还有什么建议？'];

/** A 专访: an intro box, a 嘉宾简介 box (above the turns or after them), the turns as `问：`/`答：` or `记者：`/guest. */
export const heldInterview: Template = (a, k) => {
  const site = pick(['某某财经网', '江海新闻网'], k);
  const guest = pick(['魏明哲', '贺兰芝'], k);
  const reporter = a.author ?? '孔令宇';
  const qs = a.paras.map((_, i) => QUESTIONS[i % QUESTIONS.length]);
  const text = a.paras.flatMap((p, i) => (k === 0 ? [`问：${qs[i]}`, `答：${p}`] : [`记者：${qs[i]}`, `${guest}：${p}`]));
  const turns = a.paras
    .map((p, i) => (k === 0 ? `<p><strong>问：${esc(qs[i])}</strong></p>\n<p>答：${esc(p)}</p>` : `<p><b>记者：</b>${esc(qs[i])}</p>\n<p><b>${guest}：</b>${esc(p)}</p>`) + (i === 1 ? `\n${adFrame('content_mid', k)}` : ''))
    .join('\n');
  const bio = pick([`${guest}，某某研究院副院长、研究员，长期从事产业经济和区域政策研究，主持多项国家社科基金项目。`, `${guest}，某某行业协会常务副会长，曾任某某集团总经理，从业逾二十年。`], k);
  const intro = `${pick(['【导语】', '编者按：'], k)}围绕“${a.title.split(/[ ：:]/)[0]}”，${site}记者近日专访了${guest}，请${pick(['他', '她'], k)}谈谈背后的变化与下一步的走向。`;
  const url = `https://${pick(['finance', 'news'], k)}.example-${pick(['cjw', 'jhxw'], k)}.com/${pick(['interview', 'zf'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const ld = k === 0 ? { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${a.date}:00+08:00`, author: { '@type': 'Organization', name: site }, publisher: { '@type': 'Organization', name: site } } : undefined;
  const box = `<div class="${pick(['guest-intro', 'jiabin'], k)}"><h4>${pick(['嘉宾简介', '【嘉宾简介】'], k)}</h4><p>${esc(bio)}</p></div>`;
  const html = `<!DOCTYPE html><html lang="zh-CN">${longHead({ title: `${a.title}_${pick(['访谈', '专访'], k)}_${site}`, keywords: `${guest},专访,${a.source}`, desc: intro.slice(0, 60), k, ld })}
<body><div class="top-bar"><div class="w1200"><a>登录</a><a>注册</a><a>手机版</a><a>RSS</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="${site}"></a></div>${channelBar(pick(['main-nav', 'daohang'], k), k)}</div>
<div class="w1200 clearfix"><div class="${pick(['bread-crumb', 'weizhi'], k)}">当前位置：<a>${site}</a> &gt; <a>${pick(['高端访谈', '人物专访'], k)}</a> &gt; 正文</div>
<div class="${pick(['left-main', 'zuo'], k)}"><div class="${pick(['article-wrap', 'wz_box'], k)}">
<h1 class="${pick(['art-title', 'biaoti'], k)}">${esc(a.title)}</h1>
<div class="${pick(['art-meta', 'xinxi'], k)}">${k === 0 ? `<span>${dash(a.date)}</span><span>来源：${a.source}</span><span>记者 ${reporter}</span>` : `<span>作者：${reporter}</span>　<span>${cnTime(a.date)}</span>　<span>来源：${a.source}</span>`}${shareWidget('share-top')}</div>
<div class="${pick(['art-lead', 'daoyu'], k)}">${esc(intro)}</div>
<div class="${pick(['art-content', 'zhengwen'], k)}">${k === 0 ? box : ''}
${turns}
${k === 1 ? box : ''}</div>
<div class="art-editor">${pick([`责任编辑：${a.editor}`, `（编辑：${a.editor}）`], k)}</div>
${shareWidget('share-bottom')}
${datedList('related', pick(['相关阅读', '延伸阅读'], k), 0, 5, k)}
${comments(pick(['comment-area', 'pinglun'], k), k)}</div></div>
<div class="${pick(['right-side', 'you'], k)}">${datedList('hot', pick(['热点推荐', '24小时排行'], k), 4, 6, k)}${adFrame('right_1', k)}</div></div>
${siteFooter(site, k)}</body></html>`;
  return { name: `f-interview-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: a.source, author: reporter, notInBody: [pick(['导语', '编者按'], k), '嘉宾简介', '责任编辑', '编辑：', '相关阅读', '延伸阅读', '网友评论', '热门评论', '版权所有', '分享到'] }) };
};

/** An opinion column: column label above, `□ X` or `文｜X` opening the text, `（作者系…）` closing it, a writer's card aside. */
export const heldColumn: Template = (a, k) => {
  const site = pick(['长河观察网', '新知评论'], k);
  const writer = pick(['易中行', '欧阳慧'], k);
  const column = pick(['长河观察', '经济随笔'], k);
  const url = `https://${pick(['opinion.example-chgc.com/zl', 'www.example-xzpl.cn/column'], k)}/${pageId(a, k)}.html`;
  const ld = k === 1 ? { '@context': 'https://schema.org', '@type': 'Article', headline: a.title, datePublished: a.date.slice(0, 10), author: [{ '@type': 'Person', name: writer }] } : undefined;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title} - ${column} - ${site}`, keywords: `${column},${writer},评论`, desc: a.paras[0].slice(0, 70), k, ld })}
<body>${channelBar(pick(['nav-main', 'topnav'], k), k + 2)}
<div class="${pick(['container', 'wrapper'], k)}"><div class="${pick(['crumbs', 'location'], k)}"><a>首页</a> / <a>评论</a> / <a>${column}</a></div>
<div class="${pick(['col-main', 'main-left'], k)}"><div class="${pick(['zl-head', 'column-tag'], k)}"><a>专栏</a> · <a>${column}</a></div>
<h1>${esc(a.title)}</h1>
<div class="${pick(['info', 'meta-line'], k)}">${k === 0 ? `${cnTime(a.date)}　来源：${a.source}` : `发布时间：${dash(a.date)}　　来源：${a.source}　　阅读量：1.2万`}</div>
<div class="${pick(['content', 'article-body'], k)}">
<p>${pick(['□ ', '文｜'], k)}${writer}</p>
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 2 ? `\n<script>document.write('<div class="mid-ad"></div>');</script>` : ''}`).join('\n')}
<p>${pick(['（作者系某某大学经济学院教授、博士生导师）', '（作者系某某智库高级研究员，本文仅代表作者个人观点）'], k)}</p>
<p class="editor">责任编辑：${a.editor}</p></div>
${shareWidget('bdshare')}
${datedList('more-col', pick(['本专栏更多文章', '作者其他文章'], k), 2, 4, k)}
${comments('comments', k)}</div>
<div class="${pick(['col-side', 'main-right'], k)}"><div class="author-card"><img src="/avatar/${k}.jpg" alt=""><h4>${writer}</h4><p>${pick(['某某大学经济学院教授，研究方向为产业组织与区域经济。', '某某智库高级研究员，关注宏观政策与市场。'], k)}</p><a>${pick(['查看全部文章', '更多文章'], k)}</a></div>
${datedList('rank', pick(['评论排行', '一周热读'], k), 5, 5, k)}</div></div>
${siteFooter(site, k)}</body></html>`;
  const text = [...a.paras];
  return { name: `f-column-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: a.source, author: writer, notInBody: [pick(['□', '文｜'], k), '作者系', '责任编辑', '专栏', '阅读量', pick(['查看全部文章', '更多文章'], k), '版权所有'] }) };
};

const SUBHEADS = [
  ['从“试点”到“铺开”', '数字背后的变化', '难题仍待破解'],
  ['01 一场悄然发生的变化', '02 账本里的新气象', '03 还要跨过几道坎'],
];

/** A long feature: a captioned lead photo, sub-heads between paragraphs, a pull quote, another captioned photo, a 刊发于 note. */
export const heldFeature: Template = (a, k) => {
  const site = pick(['某某周刊网', '深读'], k);
  const writer = a.author ?? '柯一鸣';
  const heads = SUBHEADS[k % 2];
  const quote = a.paras[1].split('，')[0];
  const cap1 = pick(['图为当地一处作业现场。', '▲资料图'], k);
  const cap2 = pick(['图为工作人员在调度中心查看数据。', '▲受访者在介绍情况（受访者供图）'], k);
  const body = [
    `<figure class="lead-pic"><img src="https://img.example-${k}.cn/${pageId(a, k)}/1.jpg" alt=""><figcaption>${cap1}${pick(['　新华网 石磊 摄', '　（图片来源：视觉中国）'], k)}</figcaption></figure>`,
    `<p>${esc(a.paras[0])}</p>`,
    `<h3 class="${pick(['subtitle', 'xbt'], k)}">${heads[0]}</h3>`,
    `<p>${esc(a.paras[1])}</p>`,
    `<blockquote class="${pick(['pull-quote', 'yinyu'], k)}">“${esc(quote)}”</blockquote>`,
    `<p>${esc(a.paras[2])}</p>`,
    `<div class="pic-box"><img src="https://img.example-${k}.cn/${pageId(a, k)}/2.jpg"><p class="pic-desc">${cap2}</p></div>`,
    `<h3 class="${pick(['subtitle', 'xbt'], k)}">${heads[1]}</h3>`,
    ...a.paras.slice(3, -1).map((p) => `<p>${esc(p)}</p>`),
    `<h3 class="${pick(['subtitle', 'xbt'], k)}">${heads[2]}</h3>`,
    `<p>${esc(a.paras[a.paras.length - 1])}</p>`,
    `<p class="${pick(['note', 'kanqi'], k)}">${pick(['（本文刊发于《某某周刊》2024年第35期）', '本文原载于《深读》杂志2024年第9期，原标题为《变化正在发生》'], k)}</p>`,
  ];
  const url = `https://www.example-${pick(['mzzk', 'shendu'], k)}.com/${pick(['feature', 'sd'], k)}/2024/${a.date.slice(5, 7)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title}|${site}`, keywords: a.title.slice(0, 10), desc: a.subtitle ?? a.paras[0].slice(0, 60), k, extra: `<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}"><meta property="og:image" content="https://img.example-${k}.cn/${pageId(a, k)}/1.jpg">` })}
<body><div id="${pick(['site-header', 'hd'], k)}">${channelBar('channels', k + 4)}</div>
<div class="${pick(['page-body', 'bd'], k)}"><div class="${pick(['article', 'wenzhang'], k)}">
<div class="${pick(['tag-line', 'lanmu'], k)}">${pick(['封面故事', '深度 | 特稿'], k)}</div>
<h1>${esc(a.title)}</h1>${a.subtitle ? `<h2 class="deck">${esc(a.subtitle)}</h2>` : ''}
<div class="${pick(['byline', 'zuozhe'], k)}">${pick([`文 / ${writer}　图 / 石磊`, `记者｜${writer}　编辑｜${a.editor}`], k)}　<span>${dash(a.date)}</span>　<span>来源：${a.source}</span></div>
<div class="${pick(['article-content', 'wz-nr'], k)}">
${body.join('\n')}
</div>
<div class="actions"><a>点赞 ${88 + k}</a><a>收藏</a>${shareWidget('share')}</div>
${datedList('topic', pick(['相关专题', '更多深度'], k), 1, 4, k)}</div>
<div class="aside">${datedList('hot', '热点推荐', 3, 6, k)}${adFrame('side_2', k)}</div></div>
${siteFooter(site, k)}</body></html>`;
  const text = [a.paras[0], a.paras[a.paras.length - 1]];
  return { name: `f-feature-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: a.source, author: writer, notInBody: [pick(['石磊 摄', '图片来源'], k), pick(['刊发于', '原载于'], k), pick(['封面故事', '特稿'], k), '点赞', '热点推荐', '版权所有'] }) };
};

/** A paginated article: page 1 of 3 shows the first paragraphs; 本文共3页, the pager and 全文阅读 after them. */
export const heldPaged: Template = (a, k) => {
  const site = pick(['中原资讯网', '西部财经'], k);
  const shown = a.paras.slice(0, 3);
  const url = `http://www.example-${pick(['zyzx', 'xbcj'], k)}.com.cn/${pick(['html', 'news'], k)}/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}${pick(['', '_1'], k)}.html`;
  const next = url.replace(/(_1)?\.html$/, '_2.html');
  const pager = k === 0
    ? `<div class="pages"><span class="total">本文共3页</span><a class="disabled">上一页</a><b>1</b><a href="${next}">2</a><a href="${next.replace('_2', '_3')}">3</a><a href="${next}">下一页</a><a href="${next.replace('_2', '_3')}">尾页</a></div><div class="readall"><a href="${url.replace('.html', '_all.html')}">全文阅读</a></div>`
    : `<div id="pager"><a href="${url.replace('_1.html', '_0.html')}" class="quanwen">阅读全文</a>　第1页 <a href="${next}">第2页</a> <a href="${next.replace('_2', '_3')}">第3页</a> <a href="${next}">下一页&gt;&gt;</a></div>`;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title}${pick(['-中原资讯网', '_西部财经_第1页'], k)}`, keywords: a.title.slice(0, 8), desc: a.paras[0].slice(0, 60), k })}
<body><div class="${pick(['topnav', 'dh'], k)}">${channelBar('nav', k + 1)}</div>
<table width="1000" align="center" class="${pick(['main', 'zt'], k)}"><tr><td width="680" valign="top">
<div class="${pick(['position', 'dqwz'], k)}">您现在的位置：<a>首页</a> &gt;&gt; <a>${pick(['产业', '财经'], k)}</a> &gt;&gt; 正文</div>
<div class="${pick(['news-title', 'bt'], k)}"><h1>${esc(a.title)}</h1></div>
<div class="${pick(['news-info', 'xx'], k)}">${k === 0 ? `${slash(a.date)}　来源：${a.source}　作者：${a.author ?? '本站'}　【<a>大</a> <a>中</a> <a>小</a>】` : `<span>${cnTime(a.date)}</span>　<span>来源：<a>${a.source}</a></span>　<span>编辑：${a.editor}</span>`}</div>
<div class="${pick(['news-content', 'nr'], k)}">
${shown.map((p, i) => `<p>　　${esc(p)}</p>${i === 0 ? `\n<script type="text/javascript">var pageIndex = 1, pageCount = 3; showAd("art_mid");</script>` : ''}`).join('\n')}
</div>
${pager}
${shareWidget('fx')}
${datedList('xgxw', pick(['相关新闻', '相关阅读'], k), 2, 5, k)}
</td><td width="300" valign="top">${datedList('phb', pick(['点击排行', '热门文章'], k), 0, 8, k)}${adFrame('r300', k)}</td></tr></table>
${siteFooter(site, k)}</body></html>`;
  const author = k === 0 ? (a.author ?? null) : null;
  return { name: `f-paged-${k}`, html, gold: goldOf(a, shown, { url, date: a.date, source: a.source, author, notInBody: ['下一页', pick(['全文阅读', '阅读全文'], k), pick(['本文共3页', '第2页'], k), pick(['相关新闻', '相关阅读'], k), '版权所有'] }) };
};

/** A portal's mobile page: 打开APP header, app bars between paragraphs, the text folded under 展开全文, hot comments, 相关推荐. */
export const heldMobile: Template = (a, k) => {
  const app = pick(['某某新闻', '天天资讯'], k);
  const year = a.date.slice(0, 4);
  const url = `https://m.example-${pick(['mnews', 'ttzx'], k)}.com/${pick(['article', 'a'], k)}/${year}/${a.date.slice(5, 10).replace('-', '')}/${pageId(a, k)}.html`;
  const bars = [pick([`打开${app}APP，阅读体验更佳`, `下载${app}客户端 领取新人红包`], k), pick(['APP内打开 查看更多精彩内容', '打开APP，看更多独家报道'], k), ''];
  const time = k === 0 ? `<span class="time">${dashSec(a.date)}</span>` : `<span class="date">${a.date.slice(5, 10)}</span> <span class="hm">${a.date.slice(11)}</span>`;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title}_${app}`, keywords: app, desc: a.paras[0].slice(0, 50), k, extra: '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no"><meta name="format-detection" content="telephone=no"><link rel="canonical" href="https://www.example.com/">' })}
<body><div class="${pick(['m-header', 'topbar'], k)}"><a class="logo">${app}</a><a class="open-app">打开APP</a></div>
<div class="${pick(['m-article', 'art-wrap'], k)}"><h1 class="${pick(['m-title', 'tit'], k)}">${esc(a.title)}</h1>
<div class="${pick(['m-info', 'src-line'], k)}"><span class="src">${a.source}</span>${k === 1 && a.author ? `<span class="author">文/${a.author}</span>` : ''}${time}<a class="follow">+关注</a></div>
<div class="${pick(['m-content fold', 'art-body collapsed'], k)}" style="max-height:640px;overflow:hidden">
${a.paras.map((p, i) => `<p>${esc(p)}</p>${bars[i] ? `\n<div class="${pick(['app-bar', 'dl-tip'], k + i)}"><a href="https://app.example.com/dl">${bars[i]}</a></div>` : ''}`).join('\n')}
</div>
<div class="${pick(['unfold', 'show-more'], k)}"><span>展开全文</span><i class="arrow"></i></div>
<div class="m-ops"><a>点赞 ${203 + k}</a><a>分享</a></div></div>
${comments(pick(['m-comments', 'hot-cmt'], k), k)}
${datedList(pick(['m-rec', 'tuijian'], k), pick(['相关推荐', '为你推荐'], k), 3, 6, k)}
<div class="m-footer"><a class="open-app-big">打开APP查看更多精彩内容</a><p>© ${year} ${app} 版权所有</p></div>
<script>document.querySelector(".${pick(['unfold', 'show-more'], k)}").onclick=function(){this.previousElementSibling.style.maxHeight="none";this.style.display="none";};</script></body></html>`;
  const author = k === 1 && a.author ? a.author : null;
  return { name: `f-mobile-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author, notInBody: ['打开APP', '展开全文', pick(['阅读体验更佳', '领取新人红包'], k), pick(['APP内打开', '看更多独家报道'], k), '相关推荐', '为你推荐', '网友评论', '热门评论', '版权所有'] }) };
};

/** A 党媒's 评论员文章: `本报评论员` under the headline; the paper and date (or only the paper) in a 来源 line below the text. */
export const heldCommentator: Template = (a, k) => {
  const paper = pick(['滨海日报', '南岭日报'], k);
  const site = pick(['滨海网', '南岭新闻网'], k);
  const url = `http://${pick(['opinion', 'pinglun'], k)}.example-${pick(['binhai', 'nanling'], k)}.com.cn/n1/${a.date.slice(0, 4)}/${a.date.slice(5, 10).replace('-', '')}/c${1003 + k}-${pageId(a, k)}.html`;
  const top = k === 0 ? `<div class="${pick(['box01', 'sou'], k)}"><div class="fl">${cnDay(a.date)}${a.date.slice(11)}  来源：<a>${site}－${paper}</a></div>${shareWidget('fr')}</div>` : shareWidget('share-line');
  const below = k === 0 ? `<p class="paper">《${paper}》（ ${cnDay(a.date)}　04 版）</p>` : `<div class="${pick(['', 'laiyuan'], k)}">来源：${paper}　　${cnDay(a.date)} ${a.date.slice(11)}</div>`;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title}--观点--${site}`, keywords: `评论员文章,${paper}`, desc: a.paras[0].slice(0, 60), k, extra: `<meta name="publishdate" content="${a.date.slice(0, 10)}"><meta name="source" content="来源：${paper}"><meta name="author" content="${paper}">` })}
<body><div class="${pick(['header_nav', 'w1000 daohang'], k)}">${channelBar('nav_list', k + 3)}</div>
<div class="${pick(['clearfix w1000_320 text_title', 'wb_con'], k)}"><div class="${pick(['route', 'lj'], k)}"><a>${site}</a>&gt;&gt;<a>观点</a>&gt;&gt;<a>${pick(['社论评论员', '本报评论'], k)}</a></div>
${a.subtitle ? `<h3 class="pre">${esc(a.subtitle)}</h3>` : ''}<h1>${esc(a.title)}</h1>
<p class="${pick(['author', 'zz'], k)}">本报评论员</p>
${top}</div>
<div class="${pick(['layout rm_txt cf', 'wb_main'], k)}"><div class="${pick(['col col-1 fl', 'zw'], k)}"><div class="${pick(['rm_txt_con cf', 'zw_con'], k)}">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
${below}
<div class="${pick(['edit cf', 'bj'], k)}">${pick([`(责编：${a.editor}、李娜)`, `责任编辑：${a.editor}`], k)}</div></div>
${datedList('box_news', pick(['相关新闻', '热点评论'], k), 0, 6, k)}</div>
<div class="col col-2 fr">${datedList('ph', pick(['观点排行', '推荐阅读'], k), 2, 7, k)}</div></div>
${siteFooter(site, k)}</body></html>`;
  return { name: `f-commentator-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: k === 0 ? `${site}－${paper}` : paper, author: ['本报评论员', `${paper}评论员`, null], notInBody: ['本报评论员', pick(['04 版', '来源：'], k), pick(['责编', '责任编辑'], k), '版权所有'] }) };
};

/** A 人物 profile: a 人物档案 box (above the text inside its box, or after it), a captioned portrait between paragraphs. */
export const heldProfile: Template = (a, k) => {
  const site = pick(['楚风网', '北岸新闻'], k);
  const person = pick(['周建国', '林晓梅'], k);
  const reporter = a.author ?? '邵远航';
  const dossier = k === 0
    ? `<div class="dangan fr"><h3>人物档案</h3><p>姓名：${person}</p><p>出生：1972年，湖南衡阳人</p><p>职务：某某公司总工程师</p><p>荣誉：全国劳动模范、全国五一劳动奖章获得者</p></div>`
    : `<table class="profile-card"><tr><td colspan="2"><b>【档案】</b></td></tr><tr><td>姓名</td><td>${person}</td></tr><tr><td>出生年月</td><td>1985年3月</td></tr><tr><td>现任</td><td>某某县农机合作社理事长</td></tr><tr><td>曾获</td><td>全国乡村振兴青年先锋</td></tr></table>`;
  const url = `https://www.example-${pick(['chufeng', 'beian'], k)}.com/${pick(['renwu', 'people'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html>${longHead({ title: `${a.title}_${pick(['人物', '人物志'], k)}_${site}`, keywords: `${person},人物`, desc: a.paras[0].slice(0, 60), k, ld: { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: dashSec(a.date).replace(' ', 'T') } })}
<body><div class="${pick(['g-header', 'site-top'], k)}">${channelBar('g-nav', k + 5)}</div>
<div class="${pick(['g-main', 'layout'], k)}"><div class="${pick(['crumb', 'pos'], k)}"><a>首页</a> › <a>人物</a> › 正文</div>
<div class="${pick(['rw-main', 'content-left'], k)}"><div class="${pick(['rw-label', 'lanmu-tag'], k)}">${pick(['人物', '时代楷模'], k)}</div>
<h1>${esc(a.title)}</h1>
<div class="${pick(['rw-info', 'info-bar'], k)}"><span>${cnTime(a.date)}</span><span>来源：${a.source}</span><span>${pick(['记者 ', '文/'], k)}${reporter}</span></div>
<div class="${pick(['rw-content', 'detail-text'], k)}">${k === 0 ? dossier : ''}
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<p style="text-align:center"><img src="https://img.example.cn/${pageId(a, k)}.jpg"></p><p style="text-align:center">${person}${pick(['在车间查看设备运行情况。', '在田间调试无人农机。'], k)}${pick(['记者 邵远航 摄', '（受访者供图）'], k)}</p>` : ''}`).join('\n')}
${k === 1 ? dossier : ''}</div>
<div class="${pick(['rw-edit', 'editor'], k)}">编辑：${a.editor}</div>${shareWidget('share')}
${datedList('more-people', pick(['更多人物', '相关报道'], k), 1, 5, k)}
${comments('cmt', k)}</div>
<div class="${pick(['rw-side', 'content-right'], k)}">${datedList('hot', '热点推荐', 4, 6, k)}${adFrame('right', k)}</div></div>
${siteFooter(site, k)}</body></html>`;
  return { name: `f-profile-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: reporter, notInBody: [pick(['人物档案', '【档案】'], k), pick(['出生：', '出生年月'], k), pick(['职务：', '曾获'], k), pick(['记者 邵远航 摄', '受访者供图'], k), '编辑：', '热点推荐', '版权所有'] }) };
};

export const HELDOUT19_TEMPLATES: Template[] = [heldInterview, heldColumn, heldFeature, heldPaged, heldMobile, heldCommentator, heldProfile];
