/**
 * Page templates for the ninth held-out part, written after #17's fourth-round tuning and scored once: families
 * no other part prints (a 头条号-like account page, a policy-interpretation page with 相关文件 links, a broadcaster's
 * news page with credits after the text, an app page with dotted dates, a technical blog post, a government portal
 * printing its information line in brackets, and a paywalled page cut short).
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

const dotted = (d: string): string => `${d.slice(0, 10).replace(/-/g, '.')} ${d.slice(11)}`;

/** A 头条号-like page: 原创 mark, account and time on one line beside the headline, 举报 and 评论 after. */
export const s9Toutiao: Template = (a, k) => {
  const account = pick(['产业链研究社', '智造老张'], k);
  const url = `https://www.example-tt${k}.com/article/73000000000000000${k}/`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某条', '某某头条'], k)}</title></head><body>
<div class="top-nav"><a>首页</a><a>下载某条</a><a>登录</a></div>
<div class="article-content"><h1>${esc(a.title)}</h1>
<div class="article-meta"><span class="original-tag">原创</span><span class="time">${dash(a.date)}</span><span class="dot">·</span><span class="name"><a>${esc(account)}</a></span></div>
<article class="syl-article-base">
${ps(a.paras)}
</article>
<div class="report"><a>举报</a>/<a>反馈</a></div></div>
<div class="comment"><h3>评论 ${3 + k}</h3><p>${pick(['写下你的评论...', '说点什么吧'], k)}</p></div>
<div class="side"><div class="user-card"><a>${esc(account)}</a><p>${pick(['1.2万粉丝', '386粉丝'], k)}</p><p>${pick(['关注产业链动态', '聊聊制造业'], k)}</p></div></div></body></html>`;
  return { name: `s-toutiao-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['原创', '举报', '反馈', '评论', '粉丝'] }) };
};

/** A policy-interpretation page: 解读 label, 相关文件 link above the text, 信息来源 and 字号 bar, 扫码 box after. */
export const s9Interpretation: Template = (a, k) => {
  const org = pick(['某某市工业和信息化局', '某某省商务厅'], k);
  const url = `http://${pick(['gxj', 'swt'], k)}.example-gov${k}.gov.cn/zcjd/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['政策解读', '解读回应'], k)}_${org}</title></head><body>
<div class="head">${org}</div><div class="nav">首页　政务公开　政策文件　政策解读　政务服务</div>
<div class="main"><h1 class="tit">${esc(a.title)}</h1>
<div class="attr"><span>${pick(['信息来源：', '来源：'], k)}${esc(a.source)}</span><span>${pick(['发布时间：', '日期：'], k)}${dayOnly(a.date)}</span><span>字号：[ 大 中 小 ]</span></div>
<div class="zcjd-con">
<p class="rel-file">${pick(['相关文件：', '政策原文：'], k)}<a>《关于${pick(['促进制造业数字化转型', '推动外贸稳规模优结构'], k)}的若干措施》</a></p>
${ps(a.paras, true)}
</div>
<div class="ewm"><p>${pick(['扫一扫在手机上查看当前页面', '手机扫码阅读'], k)}</p></div></div>
<div class="foot">${org}主办　网站标识码：${4400000000 + k}</div></body></html>`;
  return { name: `s-interpret-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['相关文件', '政策原文', '字号', '扫一扫', '扫码'] }) };
};

/** A broadcaster's news page: video player, the text, then 记者/摄像/编辑 credits and 来源 under it. */
export const s9Broadcaster: Template = (a, k) => {
  const station = pick(['某某广播电视台', '某某市融媒体中心电视台'], k);
  const url = `https://www.example-tv${k}.cn/news/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${station}</title></head><body>
<div class="logo">${station}</div><div class="menu">首页 | 新闻 | 直播 | 点播 | 节目单</div>
<div class="news"><h2>${esc(a.title)}</h2><div class="t">${cnTime(a.date)}</div>
<div class="player"><video src="/v/${pageId(a, k)}.mp4" controls></video><p>${pick(['00:00 / 02:18', '视频加载中...'], k)}</p></div>
<div class="wz">
${ps(a.paras)}
<p>${a.author ? `${pick(['记者：', '记者 '], k)}${esc(a.author)}　` : ''}${pick(['摄像：', '摄像 '], k)}${pick(['马某', '邓某'], k)}　${pick(['编辑：', '编辑 '], k)}${esc(a.editor)}</p>
<p>${pick(['来源：', '来源 '], k)}${esc(a.source)}</p>
</div></div>
<div class="foot">${station}　广播电视节目制作经营许可证</div></body></html>`;
  return { name: `s-tv-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['摄像', '编辑', '来源', '视频加载', '02:18'] }) };
};

/** A news app's page with dotted dates (`2024.06.18 16:40`), 来源 under the text, 阅读数 and 分享 after. */
export const s9DottedApp: Template = (a, k) => {
  const url = `https://app.example-news${k}.cn/share/article/${pageId(a, k)}?from=${pick(['timeline', 'singlemessage'], k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}</title></head><body>
<div class="app-banner"><span>${pick(['某某新闻', '某某日报'], k)}客户端</span><a>打开</a></div>
<div class="container"><div class="title">${esc(a.title)}</div>
<div class="info"><span>${dotted(a.date)}</span></div>
<div class="content">
${ps(a.paras)}
</div>
<div class="origin">${pick(['来源：', '来源丨'], k)}${esc(a.source)}</div>
<div class="stat"><span>阅读 ${5600 + k}</span><span>分享</span></div></div></body></html>`;
  return { name: `s-dotted-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['客户端', '来源', '阅读', '分享'] }) };
};

/** A technical blog post: the blogger's card, 版权声明 above the text, tags and 点赞/收藏 after; no outlet. */
export const s9Blog: Template = (a, k) => {
  const blogger = pick(['dataman_wu', '产业笔记君'], k);
  const url = `https://blog.example-dev${k}.net/${blogger.replace(/[^a-z_]/g, '') || 'u'}${k}/article/details/${13900000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${esc(blogger)}的博客-${pick(['某某博客', '某DN博客'], k)}</title></head><body>
<div class="toolbar"><a>博客</a><a>下载</a><a>问答</a><a>社区</a></div>
<div class="blog-content-box"><h1 class="title-article">${esc(a.title)}</h1>
<div class="bar-content"><a class="follow-nickName">${esc(blogger)}</a> <span class="time">${pick(['于 ', '已于 '], k)}${dashSec(a.date)} ${pick(['发布', '修改'], k)}</span> <span class="read-count">阅读量${800 + k}</span> <span>收藏 ${12 + k}</span> <span>点赞数 ${5 + k}</span></div>
<div class="copyright">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div>
<div id="content_views">
${ps(a.paras)}
</div>
<div class="tags">文章标签：<a>${pick(['行业分析', '数据'], k)}</a> <a>${pick(['产业', '笔记'], k)}</a></div>
<div class="tool-box"><a>点赞</a> <a>踩</a> <a>收藏</a> <a>觉得还不错? 一键收藏</a></div></div></body></html>`;
  return { name: `s-blog-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: blogger, notInBody: ['版权声明', '文章标签', '收藏', '点赞', '阅读量'] }) };
};

/** A government portal printing its information line in brackets: 【发布时间：…】【来源：…】【字体：…】 and 【打印】【关闭】. */
export const s9Brackets: Template = (a, k) => {
  const portal = pick(['某某市人民政府', '某某县人民政府'], k);
  const url = `http://www.example-zf${k}.gov.cn/zwyw/${a.date.slice(0, 7).replace('-', '')}/t${urlDay(a.date)}_${880000 + k}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="banner">${portal}</div><div class="dh">当前位置：首页 &gt; 政务要闻</div>
<table width="100%"><tr><td class="bt">${esc(a.title)}</td></tr>
<tr><td class="sx">【${pick(['发布时间：', '时间：'], k)}${pick([dash(a.date), cnTime(a.date)], k)}】【${pick(['来源：', '信息来源：'], k)}${esc(a.source)}】【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="nr">
${ps(a.paras, true)}
</td></tr>
<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr></table>
<div class="bottom">主办：${portal}办公室　承办：${portal}信息中心</div></body></html>`;
  return { name: `s-brackets-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['字体', '打印', '关闭', '主办', '承办'] }) };
};

/** A paywalled page: the first paragraphs, then a fade and 订阅/付费 prompt (the rest is not served). */
export const s9Paywall: Template = (a, k) => {
  const shown = a.paras.slice(0, 2);
  const url = `https://www.example-pay${k}.com/${dayOnly(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某周刊', '某某财经'], k)}</title>
<meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="nav"><a>首页</a> <a>经济</a> <a>金融</a> <a>订阅</a></div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="byline">${a.author ? `${pick(['文｜', '记者 '], k)}${esc(a.author)}　` : ''}${cnDay(a.date)}</div>
<div class="art-body">
${ps(shown)}
</div>
<div class="paywall"><div class="fade"></div><p>${pick(['本文为付费内容，订阅后阅读全文', '剩余80%内容，开通会员继续阅读'], k)}</p><a>${pick(['立即订阅', '开通会员'], k)}</a><p>${pick(['已是订阅用户？登录', '已购买？点击登录'], k)}</p></div></div></body></html>`;
  const g = gold(a, { url, withTime: true, source: null, author: a.author ? [a.author, null] : null, notInBody: ['付费', '订阅', '会员', '登录'] });
  return { name: `s-paywall-${k}`, html, gold: { ...g, body_last: shown[shown.length - 1].slice(-12) } };
};

export const HELDOUT9_TEMPLATES: Template[] = [s9Toutiao, s9Interpretation, s9Broadcaster, s9DottedApp, s9Blog, s9Brackets, s9Paywall];
