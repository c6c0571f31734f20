/**
 * Dev templates of #17's round f25 (tuned on): the kinds the blind held-out parts 36 and 37 missed, each in a make and
 * wording of its own — an old association or society site dating its pages with a two-digit year (`更新时间：15-06-03`,
 * `日期：14-08-24 07:30`), a WeChat article whose readers' comments are dated a later day than the script's stamp, a
 * city office's page whose 信息公开 table names the publishing body in full above a 来源 line naming it as the text
 * does, a commentary whose writer's linked card stands beside the menu and whose text opens on `【文/某网专栏作者 X】`,
 * a financial page whose unlabelled summary box quotes the lead without its dateline's reporter, a trade medium whose
 * summary box a style sheet's class hides, and a company's press release with a bold subtitle above its dateline.
 */
import { cnDay, dash, esc, gold, pageId, pick, ps, yearless, type GenPage, type Template } from './common.js';
import type { PoolArticle } from './pool.js';
import { gbk } from './heldout4-templates.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/list-${i + 1}.html">${w}</a>`).join('\n');
/** The first sentence of a paragraph, with its full stop. */
const firstSentence = (p: string): string => p.split('。')[0] + '。';
/** A day of the article's year later than it: a reader's comment or a sidebar's item. */
const laterDay = (a: PoolArticle, n: number): string => `${a.date.slice(0, 4)}-12-${String(10 + n).padStart(2, '0')}`;

/** An old association site: a table layout, its information line dated with a two-digit year. */
const twoDigitYear = (a: PoolArticle, k: number): GenPage => {
  const society = pick(['中国某某仪器仪表行业协会', '某某省电子学会', '中国某某焊接协会', '某某市软件行业协会'], k);
  const id = parseInt(pageId(a, k), 16) % 9000;
  const url = pick([`http://www.cima-example${k}.org.cn/news/ShowArticle.asp?ArticleID=${id}`, `http://www.dzxh-example${k}.org/html/hydt/${id}.html`], k);
  const yy = a.date.slice(2, 10);
  const info = pick([
    `文章来源：${a.source}&nbsp;&nbsp;作者：佚名&nbsp;&nbsp;更新时间：${yy}&nbsp;&nbsp;点击数：<script src="/inc/count.asp?id=${id}"></script>${300 + id % 500}`,
    `日期：${yy} ${a.date.slice(11)}&nbsp;&nbsp;&nbsp;来源：${a.source}&nbsp;&nbsp;&nbsp;浏览：${120 + id % 90}次&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】`,
  ], k);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${esc(a.title)}--${society}</title>
<style>.info{font-size:12px;color:#666}.text{font-size:14px;line-height:24px}</style></head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" alt="${society}"></td></tr>
<tr><td class="nav">${menu(['首页', '协会简介', '行业动态', '政策法规', '会员服务', '统计信息', '联系我们'])}</td></tr></table>
<table width="980" align="center"><tr><td width="220" valign="top"><table><tr><td class="lefttitle">通知公告</td></tr>
<tr><td><a href="#">关于召开理事会的通知</a> (${laterDay(a, 1).slice(2)})<br><a href="#">年度统计报表填报说明</a> (${laterDay(a, 2).slice(2)})</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="dh">您现在的位置：<a href="/">首页</a> &gt;&gt; 行业动态</td></tr>
<tr><td align="center"><font style="font-size:20px;font-weight:bold;color:#003399">${esc(a.title)}</font></td></tr>
<tr><td align="center" class="info" bgcolor="#EEEEEE">${info}</td></tr>
<tr><td class="text">${ps(a.paras, true)}</td></tr>
<tr><td align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="#">行业骨干企业座谈会在京召开</a><br>下一篇：<a href="#">协会发布团体标准征求意见稿</a></td></tr></table></td></tr></table>
<table width="980" align="center" class="footer"><tr><td align="center">版权所有：${society}　Copyright 2005-${a.date.slice(0, 4)}　京ICP备0506${3321 + k}号</td></tr></table></body></html>`;
  return {
    name: `g-twodigityear-${k}`, html, bytes: gbk(html),
    gold: gold(a, { url, withTime: k === 1, source: a.source, author: null, notInBody: ['通知公告', '关闭窗口', '上一篇', '版权所有', pick(['点击数', '浏览：'], k)] }),
  };
};

/** A WeChat article: the time only in the script; the readers' comments under the text dated a later day. */
const wechatComments = (a: PoolArticle, k: number): GenPage => {
  const account = pick(['芯事观察', '产业前哨站'], k);
  const writer = a.author;
  // Noon of the article's day, China time, as the script's stamp.
  const stamp = Math.floor(Date.parse(`${a.date.slice(0, 10)}T12:00:00+08:00`) / 1000) + k * 3600;
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}Xq${k}`;
  const comment = pick([`${Number(laterDay(a, 1).slice(5, 7))}月${Number(laterDay(a, 1).slice(8))}日`, `${laterDay(a, 3)}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${esc(a.title)}"><title>${esc(a.title)}</title>
<script>var nickname = "${account}"; var ct = "${stamp}"; var publish_time = "" || "";</script></head>
<body id="activity-detail" class="zh_CN"><div class="rich_media"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">${writer ? `<span class="rich_media_meta rich_media_meta_text">${writer}</span>` : ''}
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">${account}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">${ps(a.paras)}</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 ${1200 + k * 77}</span></div>
<div class="discuss_container"><div class="discuss_title">精选留言</div><ul class="discuss_list">
<li class="discuss_item"><strong class="nickname">老工程师</strong><div class="discuss_message">讲得透彻，期待后续。</div><span class="discuss_extra_info">${comment}</span></li>
<li class="discuss_item"><strong class="nickname">半导体小白</strong><div class="discuss_message">收藏了。</div><span class="discuss_extra_info">${comment}</span></li></ul></div></div></div></body></html>`;
  return {
    name: `g-wxcomments-${k}`, html,
    gold: gold(a, { url, withTime: false, source: account, author: writer, notInBody: ['精选留言', '讲得透彻', '阅读原文'] }),
  };
};

/** A city office's page: an 信息公开 table naming the body in full above the article's own 来源 line naming it shortly. */
const issuerAndSource = (a: PoolArticle, k: number): GenPage => {
  const [full, short] = pick([['某州市工业和信息化局', '市工业和信息化局'], ['某阳市商务局', '市商务局']], k);
  const id = 61000 + (parseInt(pageId(a, k), 16) % 900);
  const url = `http://www.mouzhou${k}.gov.cn/zwgk/bmdt/content_${id}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${full}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"></head>
<body><div class="head">${menu(['首页', '政务公开', '政务服务', '互动交流', '走进某州'])}</div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 部门动态</div>
<table class="xxgk_table"><tr><td class="t1">索 引 号：</td><td>0140801${k}/${a.date.slice(0, 4)}-00032</td><td class="t1">主题分类：</td><td>工业、交通/其他</td></tr>
<tr><td class="t1">${pick(['发布机构', '发文机关'], k)}：</td><td>${full}</td><td class="t1">成文日期：</td><td>${a.date.slice(0, 10)}</td></tr>
<tr><td class="t1">名　　称：</td><td colspan="3">${esc(a.title)}</td></tr>
<tr><td class="t1">文　　号：</td><td></td><td class="t1">发布日期：</td><td>${a.date.slice(0, 10)}</td></tr>
<tr><td class="t1">有 效 性：</td><td colspan="3">有效</td></tr></table>
<div class="article"><div class="article_title">${esc(a.title)}</div>
<div class="article_info"><span>发布时间：${dash(a.date)}</span><span>${pick(['来源', '信息来源'], k)}：${short}</span><span>浏览次数：<span id="dynclicks">${88 + k}</span></span></div>
<div class="article_content">${ps(a.paras, true)}</div>
<div class="article_tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer">主办：某州市人民政府办公室　某ICP备0500${9476 + k}号</div></body></html>`;
  return {
    name: `g-issuersource-${k}`, html,
    gold: gold(a, { url, withTime: true, source: short, author: null, notInBody: ['索 引 号', '主题分类', '打印本页', '浏览次数', '主办：'] }),
  };
};

/** A commentary: the writer's linked card beside the menu, the text opening on `【文/某网专栏作者 X】`. */
const columnistCard = (a: PoolArticle, k: number): GenPage => {
  const writer = pick(['陈思远', '郑敏'], k);
  const site = pick(['观潮网', '环评网'], k);
  const url = `https://www.guanchao-example${k}.cn/column/${a.date.slice(0, 10).replace(/-/g, '_')}_${parseInt(pageId(a, k), 16) % 90000}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${writer}：${esc(a.title)}_${site}</title><meta property="og:title" content="${esc(a.title)}"></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">头条</a></li><li><a href="/b">国际</a></li><li><a href="/c">财经</a></li><li><a href="/d">科技</a></li></ul>
<div class="login"><a href="/login">登录</a> <a href="/reg">注册</a></div></div>
<div class="main"><div class="author-intro"><a href="/${writer}/list_1.shtml"><img src="/img/${k}.jpg" alt="${writer}"></a><p><a href="/${writer}/list_1.shtml">${writer}</a></p>
<p>${pick(['某某大学国际关系学院教授', '某某研究院高级研究员'], k)}</p><a class="attention" href="javascript:;">+关注</a></div>
<h1>${esc(a.title)}</h1><div class="time"><span>${dash(a.date)}:${pick(['17', '41'], k)}</span><span>来源：${site}</span><span>字号：<a>大</a> <a>小</a></span></div>
<div class="content all-txt"><p>【文/${site}${pick(['专栏作者', '特约评论员'], k)} ${writer}】</p>
${ps(a.paras)}
<p>本文系${site}独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载。</p></div>
<div class="editor">责任编辑：${a.editor}</div>
<div class="comments"><h4>全部评论</h4><p>北方的狼</p><p>说得在理。</p><p>${laterDay(a, 2)} 09:02</p></div></div></body></html>`;
  return {
    name: `g-columnistcard-${k}`, html,
    gold: gold(a, { url, withTime: true, source: site, author: writer, notInBody: [`【文/${site}`, '独家稿件', '责任编辑', '全部评论', '+关注'] }),
  };
};

/** A financial page: an unlabelled summary box quoting the lead without the dateline's reporter, then the text. */
const briefQuotesLead = (a: PoolArticle, k: number): GenPage => {
  const outlet = pick(['财讯社', '金融界面'], k);
  const reporter = pick(['周航', '李可欣'], k);
  const day = `${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日`;
  // The lead goes on past the sentence the box quotes (a lead of one sentence runs on into the next paragraph's).
  const oneSentence = a.paras[0] === firstSentence(a.paras[0]);
  const lead = `${outlet}${day}讯（记者 ${reporter}）${a.paras[0]}${oneSentence ? a.paras[1] : ''}`;
  const art = { ...a, paras: [lead, ...a.paras.slice(oneSentence ? 2 : 1)] };
  const url = `https://www.caixun-example${k}.com/detail/${1389000 + (parseInt(pageId(a, k), 16) % 900)}`;
  const brief = pick([`【${a.title}】${outlet}${day}讯，${firstSentence(a.paras[0])}`, `${outlet}${day}讯，${firstSentence(a.paras[0])}`], k);
  const html = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>${esc(a.title)}|${outlet}</title><meta property="article:published_time" content="${a.date}:00+08:00"/></head>
<body><div class="header"><a class="logo"><img alt="${outlet}"/></a><ul class="nav-list"><li><a href="/">首页</a></li><li><a href="/telegraph">电报</a></li><li><a href="/depth">深度</a></li></ul></div>
<div class="detail-wrap"><div class="detail-header"><div class="detail-title">${esc(a.title)}</div>
<div class="detail-time"><span>${yearless(a.date)}</span><span>作者：${reporter}</span><span class="read-num">阅读 ${pick(['2.3W', '8611'], k)}</span></div></div>
<div class="detail-${pick(['brief', 'abstract-box'], k)}">${esc(brief)}</div>
<div class="detail-content">${ps(art.paras)}</div>
<div class="detail-risk">风险提示及免责条款：市场有风险，投资需谨慎。</div><div class="detail-editor">责任编辑：${a.editor}</div>
<div class="related"><div class="related-title">相关阅读</div><ul><li><a>板块午后拉升 多股涨停</a><span>${yearless(a.date)}</span></li></ul></div></div></body></html>`;
  return {
    name: `g-briefquote-${k}`, html,
    gold: { ...gold(art, { url, withTime: true, source: null, author: reporter, notInBody: ['风险提示', '责任编辑', '相关阅读', `${outlet}${day}讯，`] }) },
  };
};

/** A trade medium: a summary box a style sheet's class hides (`.hide{display:none}`) above the text. */
const hiddenSummary = (a: PoolArticle, k: number): GenPage => {
  const site = pick(['电子工程观察', '功率器件网'], k);
  const writer = pick(['王立群', '孙海'], k);
  const hideClass = pick(['hide', 'is-hidden'], k);
  const url = `https://www.eeobs-example${k}.com/article/${a.date.slice(0, 7).replace('-', '')}/${parseInt(pageId(a, k), 16) % 90000}.html`;
  const summary = pick([`${a.title}，业内人士解读其中的三个要点。`, `本文要点：${a.title}。`], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title>
<style type="text/css">.article-content p{margin:0 0 18px}.${hideClass}{display:none}#toTop{position:fixed}</style></head>
<body><div class="header">${menu(['首页', '新闻', '技术', '产品', '视频', '下载'])}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="article-info"><span class="author">作者：${writer}</span><span class="time">${dash(a.date)}</span><span class="views">阅读：${2316 + k}</span></div>
<div class="${pick(['article-summary', 'lead-note'], k)} ${hideClass}">${esc(summary)}</div>
<div class="article-content" id="articleBody">${ps(a.paras)}</div>
<div class="tags">标签：<a>功率器件</a><a>碳化硅</a></div></div>
<div class="related"><h3>相关文章</h3><ul><li><a>车规级芯片认证周期缩短</a> ${laterDay(a, 1)}</li></ul></div></body></html>`;
  return {
    name: `g-hiddensummary-${k}`, html,
    gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: [summary.slice(0, 16), '标签：', '相关文章'] }),
  };
};

/** A company's press release: a bold subtitle above the dateline that opens the text. */
const releaseSubtitle = (a: PoolArticle, k: number): GenPage => {
  const firm = pick(['Norvane Technologies', '芯途半导体'], k);
  const place = pick(['中国深圳', '中国苏州'], k);
  const opening = `${place}，${cnDay(a.date)}——${a.paras[0]}`;
  const art = { ...a, paras: [opening, ...a.paras.slice(1)] };
  const subtitle = pick(['新一代产品面向1200V平台，已通过AEC-Q101认证并开始向客户送样', '项目总投资20亿元，投产后将新增年产能三十万片'], k);
  const url = `https://www.norvane-example${k}.com/zh-cn/newsroom/press-releases/${a.date.slice(0, 10)}-${parseInt(pageId(a, k), 16) % 9000}.html`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} | ${firm}</title></head>
<body><header>${menu(['产品', '应用', '设计支持', '关于我们', '新闻中心'])}</header>
<div class="cmp-press"><h1 class="cmp-press__title">${esc(a.title)}</h1>
<div class="cmp-press__meta"><span class="cmp-press__date">发布于 ${cnDay(a.date)}</span><span class="cmp-press__category">新闻稿</span><a href="/press.pdf">下载PDF</a></div>
<div class="text"><div class="cmp-text">${pick([`<p><b>${subtitle}</b></p>`, `<p><strong>——${subtitle}</strong></p>`], k)}
${ps(art.paras)}</div></div>
<div class="cmp-press__about"><h3>关于${firm}</h3><p>${firm}是一家功率半导体供应商。</p></div>
<div class="cmp-press__contact">媒体联系人：张女士　press@norvane-example.com</div></div></body></html>`;
  return {
    name: `g-releasesub-${k}`, html,
    gold: gold(art, { url, withTime: false, source: null, author: null, notInBody: [subtitle, '媒体联系人', '下载PDF'] }),
  };
};

/** Two pages each: a two-digit year (`15-06-03`; `14-08-24 07:30`) on an old GB2312 association site. */
export const gTwoDigitYear: Template = (a, k) => twoDigitYear(a, k);
/** A WeChat article whose readers' comments are dated a later day than its script's stamp. */
export const gWxComments: Template = (a, k) => wechatComments(a, k);
/** An 信息公开 table's publishing body in full above the 来源 line naming it shortly. */
export const gIssuerSource: Template = (a, k) => issuerAndSource(a, k);
/** A columnist's linked card beside the menu and `【文/某网专栏作者 X】` opening the text. */
export const gColumnistCard: Template = (a, k) => columnistCard(a, k);
/** An unlabelled summary box quoting the lead without the dateline's reporter. */
export const gBriefQuote: Template = (a, k) => briefQuotesLead(a, k);
/** A summary box hidden by a style sheet's class. */
export const gHiddenSummary: Template = (a, k) => hiddenSummary(a, k);
/** A press release's bold subtitle above its dateline. */
export const gReleaseSub: Template = (a, k) => releaseSubtitle(a, k);

/** The round's templates, in the order their pages are written. */
export const DEV_TEMPLATES_AJ: Template[] = [gTwoDigitYear, gWxComments, gIssuerSource, gColumnistCard, gBriefQuote, gHiddenSummary, gReleaseSub];
