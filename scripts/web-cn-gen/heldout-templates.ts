/**
 * Page templates for the generated held-out pages (never tuned on): other markup families and other wordings of
 * the furniture than the dev templates — 内容管理 systems of provinces and counties, old ministry table layouts,
 * 光明网/央视-like 党媒, 腾讯/搜狐-like portals, 观察者-like, 21世纪/财联社-like financial pages, WeChat variants
 * and trade forums.
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, yearless, type Template } from './common.js';

const OTHER = ['国务院新闻办公室举行政策例行吹风会', '前11个月全国网上零售额同比增长', '第四届数字经济峰会在杭州开幕', '电力设备出口保持较快增长势头', '工信部召开新型工业化推进会'];
const list = (cls: string, head: string, withDates: boolean): string =>
  `<div class="${cls}"><div class="tit">${head}</div>${OTHER.map((t, i) => `<p><a href="/x/${i}.html">${t}</a>${withDates ? `<span>2024-1${i % 3}-0${i + 1}</span>` : ''}</p>`).join('')}</div>`;

/** A provincial 内容管理 page: 信息公开 table, 信息来源/发布日期/浏览次数, zoom body, 纠错/打印/关闭 bar. */
export const hGovProvince: Template = (a, k) => {
  const url = `http://www.example${k}.gov.cn/zwgk/tzgg/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['省人民政府门户网站', '市工业和信息化局'], k)}</title>
<meta name="SiteName" content="${pick(['省人民政府门户网站', '市工业和信息化局'], k)}"><meta name="PubDate" content="${dash(a.date)}"></head><body>
<div class="gov-top"><div class="wza"><a>无障碍</a> <a>长者模式</a></div><div class="dh"><a href="/">网站首页</a><a href="/">政务公开</a><a href="/">政务服务</a><a href="/">互动交流</a></div></div>
<div class="w1200"><div class="dqwz">您当前的位置：<a href="/">首页</a> &gt; <a href="/">政务公开</a> &gt; <a href="/">通知公告</a></div>
<table class="xxgk-table"><tr><td>索引号：</td><td>11510000MB1${k}52361/2024-0${k + 1}421</td><td>分类：</td><td>工业、交通\\其他</td></tr>
<tr><td>发布机构：</td><td>${esc(a.source)}</td><td>成文日期：</td><td>${cnDay(a.date)}</td></tr>
<tr><td>标　　题：</td><td colspan="3">${esc(a.title)}</td></tr></table>
<div class="article-box"><div class="article-tit">${esc(a.title)}</div>
<div class="article-attr"><span>信息来源：${esc(a.source)}</span><span>发布日期：${dash(a.date)}</span><span>浏览次数：<em>${285 + k * 17}</em></span><span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="article-con" id="zoom">
${ps(a.paras, false, ' style="text-indent:2em;"')}
</div>
<div class="article-bottom"><a>【我要纠错】</a> <a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="article-share">分享到：<a>微信</a> <a>微博</a></div></div>
${list('xgwj', '相关文件', true)}</div>
<div class="gov-foot">主办：${esc(a.source)}　承办：省大数据中心　网站标识码：${5100000000 + k}　蜀公网安备 51010402000${k}号</div></body></html>`;
  return { name: `n-gov-province-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['索引号', '发布机构', '浏览次数', '我要纠错', '打印本页', '分享到', '相关文件', '网站标识码'] }) };
};

/** An old ministry page: nested tables, font tags and br-separated paragraphs, 【返回首页】 below. */
export const hGovOldTable: Template = (a, k) => {
  const url = `http://www.example-ministry.gov.cn/sj/zxfb/${a.date.slice(0, 7).replace('-', '')}/t${urlDay(a.date)}_${1900000 + k}.html`;
  const body = a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br><br>`).join('\n');
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}</title></head><body>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td class="nav"><a href="/">首页</a>　<a href="/">机构</a>　<a href="/">新闻</a>　<a href="/">数据</a>　<a href="/">公开</a></td></tr></table>
<table width="980" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="cont_tit" align="center"><font class="xilan_titf">${esc(a.title)}</font></td></tr>
<tr><td align="center" class="xilan_sj"><font>时间：${pick([dayOnly(a.date), cnDay(a.date)], k)}</font>&nbsp;&nbsp;<font>来源：${esc(a.source)}</font>&nbsp;&nbsp;<font>【<a>打印</a>】</font></td></tr>
<tr><td class="xilan_con"><font class="TRS_Font">
${body}
</font></td></tr>
<tr><td align="right"><a href="/">【返回首页】</a>　<a>【关闭】</a></td></tr></table></td>
<td width="260" valign="top" class="right">${list('zxfb', '最新发布', true)}</td></tr></table>
<table width="980" align="center"><tr><td class="bottom">版权所有：${esc(a.source)}　地址：北京市西城区月坛南街57号　京ICP备05034${k}号</td></tr></table></body></html>`;
  return { name: `n-gov-oldtable-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['返回首页', '关闭', '最新发布', '版权所有'] }) };
};

/** A 光明网-like 党媒 page: date and source in spans, 来源于 line and 【编辑：…】 in the body, 举报 and 热点 below. */
export const hPartyGmw: Template = (a, k) => {
  const url = `https://tech.gmw.cn/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/content_${37000000 + k}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_光明网</title>
<meta name="publishdate" content="${dayOnly(a.date)}"><meta name="source" content="${esc(a.source)}"></head><body>
<div class="g-header"><a href="/">光明网</a> <a href="/">时政</a> <a href="/">科技</a></div>
<div class="g-crumbs"><a href="/">首页</a> &gt; <a href="/">科技频道</a> &gt; 正文</div>
<div class="g-content"><div class="m-title-box"><h1 class="u-title">${esc(a.title)}</h1>
<div class="m-con-source"><span class="m-con-time">${dash(a.date)}</span><span class="m-con-source">来源：<a>${esc(a.source)}</a></span>${a.author ? `<span class="m-zhuanzai">作者：${esc(a.author)}</span>` : ''}</div></div>
<div class="u-mainText">
<p>【${pick(['新闻速递', '科技要闻'], k)}】</p>
${a.subtitle ? `<p><strong>——${esc(a.subtitle)}</strong></p>` : ''}
${ps(a.paras, true)}
<p>[ 责编：${esc(a.editor)} ]</p>
</div>
<div class="m-jb"><a>阅读剩余全文（）</a> <a>举报</a></div>
${list('m-hot', '光明热点', false)}</div>
<div class="g-footer">光明网版权所有</div></body></html>`;
  const notIn = ['责编', '举报', '光明热点', pick(['新闻速递', '科技要闻'], k)];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `n-party-gmw-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: notIn }) };
};

/** A 央视网-like page: `央视网消息` lead kept, 编辑/责任编辑 in a box, the next article's summary in the column. */
export const hPartyCctv: Template = (a, k) => {
  const url = `https://news.cctv.com/${a.date.slice(0, 10).replace(/-/g, '/')}/ARTI${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}"></head><body>
<div class="nav_daohang"><a href="/">首页</a> <a href="/">新闻</a> <a href="/">体育</a> <a href="/">综艺</a></div>
<div class="column_wrapper"><div class="col_w660"><div class="title_area"><h1>${esc(a.title)}</h1>
<div class="info1">来源：${esc(a.source)} | ${cnTime(a.date)}</div></div>
<div class="content_area" id="content_area">
${ps(a.paras)}
<div class="zebian"><p>编辑：${pick(['单丽菲', '郭晓婷'], k)}　责任编辑：${esc(a.editor)}</p></div>
<div class="ad_fixed">点击进入专题：<a href="#">${OTHER[k % OTHER.length]}</a></div>
</div>
<div class="next_article"><p class="t">下一篇</p><p><a href="#">${OTHER[(k + 1) % OTHER.length]}</a></p><p>${esc(OTHER[(k + 2) % OTHER.length])}，与会代表围绕产业发展深入交流。</p></div></div>
<div class="col_w280">${list('hot_news', '热点推荐', false)}</div></div></body></html>`;
  return { name: `n-party-cctv-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['编辑', '点击进入专题', '下一篇', '热点推荐', '与会代表'] }) };
};

/** A 腾讯-like portal page: a summary box, 免责声明 and 返回…首页 at the end. */
export const hPortalQq: Template = (a, k) => {
  const url = `https://new.qq.com/rain/a/${urlDay(a.date)}A0${pageId(a, k).toUpperCase()}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_腾讯新闻</title>
<meta name="apub:time" content="${dashSec(a.date)}"></head><body>
<div class="qq-top"><a href="/">腾讯网</a> <a href="/">新闻</a> <a href="/">视频</a></div>
<div class="LEFT"><h1>${esc(a.title)}</h1>
<div class="media-info"><a class="author">${esc(a.source)}</a><span class="time">${pick([dash(a.date), yearless(a.date)], k)}</span><span class="from">发布于${pick(['北京', '广东'], k)}</span></div>
<div class="content-article">
<div class="digest">导语：${esc(a.paras[1].slice(0, 30))}…</div>
${ps(a.paras, false, ' class="one-p"')}
<p class="one-p">免责声明：本文内容由腾讯新闻创作者平台用户上传，不代表腾讯新闻的观点和立场。</p>
<p class="one-p"><a href="/">返回腾讯网首页&gt;&gt;</a></p>
</div>
<div class="comment-tit">热门评论</div></div>
<div class="RIGHT">${list('rank', '24小时热榜', false)}</div></body></html>`;
  return { name: `n-portal-qq-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['导语', '免责声明', '返回腾讯网首页', '热门评论', '热榜'] }) };
};

/** A 观察者-like page: bracketed byline opening the body, 独家稿件 notice, 责任编辑 and the 标签 bar below. */
export const hGuancha: Template = (a, k) => {
  const url = `https://www.guancha.cn/economy/${a.date.slice(0, 10).replace(/-/g, '_')}_${700000 + k}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="header"><a href="/">观察者网</a> <a href="/">评论</a> <a href="/">财经</a></div>
<div class="content"><ul class="article-left"><li class="left-main"><h3>${esc(a.title)}</h3>
<div class="time fix"><span>${dash(a.date)}</span><span>来源：观察者网</span></div>
<div class="content all-txt">
${a.author ? `<p>【文/观察者网 ${esc(a.author)}】</p>` : ''}
${ps(a.paras)}
<p>${pick(['本文系观察者网独家稿件，未经授权，不得转载。', '本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。'], k)}</p>
</div>
<div class="editor-intro">责任编辑：${esc(a.editor)}</div>
<div class="key-word">标签 <a>半导体</a> <a>新能源</a></div>
<div class="share-box">分享到：<a>微信</a></div></li></ul>
<div class="article-right">${list('right-list', '热门排行', false)}</div></div></body></html>`;
  return { name: `n-guancha-${k}`, html, gold: gold(a, { url, withTime: true, source: '观察者网', author: a.author, notInBody: ['观察者网独家', '责任编辑', '标签', '分享到', '热门排行'] }) };
};

/** A 21世纪/财联社-like financial page: lead box, (文章来源)/风险提示/(责任编辑) run at the end, then more news. */
export const hFinance: Template = (a, k) => {
  const url = `https://www.example-finance.com/article/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['21经济网', '财经头条'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="topnav"><a href="/">首页</a> <a href="/">宏观</a> <a href="/">金融</a> <a href="/">公司</a></div>
<div class="article"><div class="titl"><h1>${esc(a.title)}</h1></div>
<div class="titlMsg"><span class="date">${pick([slash(a.date), cnTime(a.date)], k)}</span><span class="media">${esc(a.source)}</span>${a.author ? `<span class="author">${esc(a.author)}</span>` : ''}</div>
<div class="txtContent">
${a.author ? `<p class="lead">${pick(['21世纪经济报道记者 ', '财经记者 '], k)}${esc(a.author)} ${pick(['北京报道', '上海报道'], k)}</p>` : ''}
${ps(a.paras)}
<p>（文章来源：${esc(a.source)}）</p>
<p>${pick(['风险提示：以上内容仅供参考，不构成投资建议。投资有风险，入市需谨慎。', '郑重声明：本文版权归原作者所有，转载文章仅为传播更多信息之目的，如作者信息标记有误，请第一时间联系我们修改或删除。'], k)}</p>
<p>（责任编辑：${esc(a.editor)}）</p>
</div>
<div class="morenews"><div class="tt">更多资讯</div>${OTHER.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  return { name: `n-finance-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['文章来源', '风险提示', '郑重声明', '责任编辑', '更多资讯', '报道'] }) };
};

/** A WeChat variant: 来源丨 line, subtitle, 素材来源/声明/推荐阅读/在看 at the end, publish_time only in script. */
export const hWechat: Template = (a, k) => {
  const url = `https://mp.weixin.qq.com/s?__biz=MzA${pageId(a, k)}==&mid=${2650000000 + k}&idx=1`;
  const account = pick(['芯片产业前沿', '智能汽车观察'], k);
  const epoch = Math.round(Date.parse(`${a.date}:00+08:00`) / 1000);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:description" content="${esc(a.paras[0].slice(0, 40))}"></head><body>
<div class="rich_media_inner"><div id="page-content"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content"><span id="copyright_logo">原创</span> <span class="rich_media_meta">${esc(a.editor)}</span>
<a id="js_name">${account}</a> <em id="publish_time"></em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section><section><p style="text-align:center"><span style="color:#888">来源丨${esc(a.source)}</span></p></section></section>
${a.subtitle ? `<section><p><strong>${esc(a.subtitle)}</strong></p></section>` : ''}
<section>${a.paras.map((p) => `<p style="line-height:1.75em"><span>${esc(p)}</span></p>`).join('\n')}</section>
<section><p><span>素材来源：${esc(a.source)}</span></p><p><span>声明：本文转载自${esc(a.source)}，版权归原作者所有，如有侵权请联系删除。</span></p></section>
<section><p><strong>推荐阅读</strong></p><p><a>${OTHER[0]}</a></p><p><a>${OTHER[1]}</a></p></section>
<section><p style="text-align:center">${pick(['分享、点赞、在看，一键三连', '喜欢就点个“在看”吧'], k)}</p></section>
</div></div></div></div>
<script>var ct = "${epoch}";var user_name = "gh_${pageId(a, k)}";</script></body></html>`;
  const notIn = ['来源丨', '素材来源', '声明', '推荐阅读', '在看'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `n-wechat-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [account, null], notInBody: notIn }) };
};

/** A trade forum/blog page: 发布于 line, author with a view counter, restated headline, 原创 notice, 返回 link. */
export const hTradeForum: Template = (a, k) => {
  const site = pick(['电子产品世界', '中国储能网'], k);
  const url = `https://www.example-trade${k}.cn/article/${urlDay(a.date)}${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title>
<meta name="author" content="${site}"></head><body>
<div class="top"><a href="/">首页</a> | <a href="/">新闻</a> | <a href="/">论坛</a> | <a href="/">下载</a> | <a href="/">登录</a></div>
<div class="main"><div class="leftbox"><div class="newstitle"><h2>${esc(a.title)}</h2></div>
<div class="newsinfo">作者：${esc(a.author ?? '网络整理')} 阅读：${1644 + k * 31} 发布于${pick([dash(a.date), cnTime(a.date)], k)} 来源：${esc(a.source)}</div>
<div class="newscon">
<p><b>${esc(a.title)}</b></p>
${a.subtitle ? `<p>${esc(a.subtitle)}</p>` : ''}
${ps(a.paras)}
<p>${pick([`本文为${site}原创文章，未经授权，任何单位及个人不得转载、摘编或以其他方式使用。`, `版权声明：本文由${site}整理发布，转载请注明出处。`], k)}</p>
<p><a href="/">返回${site}首页&gt;&gt;</a></p>
</div>
<div class="pagebox">上一篇：<a>${OTHER[2]}</a> 下一篇：<a>${OTHER[3]}</a></div>
<div class="comment">网友评论 <span>0</span> 条</div></div>
<div class="rightbox">${list('hotnews', '本周热点', true)}</div></div></body></html>`;
  const notIn = ['原创文章', '版权声明', '返回', '上一篇', '网友评论', '阅读：'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `n-trade-forum-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: notIn }) };
};

/** A county 融媒体 page: 来源于 line and 编辑/审核 at the end, 上一篇/下一篇 under the body in the same box. */
export const hCounty: Template = (a, k) => {
  const url = `http://www.example-county${k}.gov.cn/xwzx/bmdt/content_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某县人民政府', '某区人民政府网'], k)}</title></head><body>
<div class="banner"><div class="logo">${pick(['某县人民政府', '某区人民政府网'], k)}</div><div class="menu"><a>首页</a><a>走进县情</a><a>新闻中心</a><a>政务公开</a></div></div>
<div class="main_box"><div class="location">当前位置： <a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; <a>部门动态</a></div>
<div class="detail"><div class="detail_title">${esc(a.title)}</div>
<div class="detail_info">${pick([`${cnDay(a.date)} ${a.date.slice(11)}`, dash(a.date)], k)}　　阅读次数：<span>${92 + k}</span>　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="detail_con">
<p>来源于：${esc(a.source)}</p>
${ps(a.paras, true)}
<p>编辑：${esc(a.editor)}　　审核：${pick(['李强', '周敏'], k)}</p>
<p>上一篇：<a>${OTHER[0]}</a></p><p>下一篇：<a>${OTHER[1]}</a></p>
</div></div></div>
<div class="footer">版权所有：${pick(['某县人民政府办公室', '某区人民政府办公室'], k)}　技术支持：某某网络科技有限公司</div></body></html>`;
  return { name: `n-county-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['来源于', '编辑', '审核', '上一篇', '下一篇', '阅读次数'] }) };
};

/** A 网易号/百家号-like self-media page: the account as source (no writer printed), subtitle, 本文为…原创 and 特别声明 at the end. */
export const hSelfMedia: Template = (a, k) => {
  const account = pick(['科技前哨', '产业新观察'], k);
  const url = `https://baijiahao.baidu.com/s?id=${1800000000000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta itemprop="dateUpdate" content="${dashSec(a.date)}"></head><body>
<div class="header-wrapper"><a href="/">百度首页</a> <a href="/">登录</a></div>
<div class="article-main"><div class="article-title"><h2>${esc(a.title)}</h2></div>
<div class="article-desc"><div class="author-name"><a>${account}</a></div><div class="author-icon">2024${k}关注</div>
<div class="article-source"><span class="date">发布时间：${pick([yearless(a.date), dash(a.date)], k)}</span><span class="source-region">${pick(['北京', '上海'], k)}</span></div></div>
<div class="article-content">
${a.subtitle ? `<p><span class="bjh-p">${esc(a.subtitle)}</span></p>` : ''}
${a.paras.map((p) => `<p><span class="bjh-p">${esc(p)}</span></p>`).join('\n')}
<p><span class="bjh-p">本文为${account}原创，未经授权禁止转载。</span></p>
</div>
<div class="article-statement">举报/反馈</div></div>
<div class="recommend">${list('rec', '相关推荐', false)}</div></body></html>`;
  const notIn = ['原创，未经授权', '举报', '相关推荐', '关注'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `n-selfmedia-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: notIn }) };
};

export const HELDOUT_TEMPLATES: Template[] = [hGovProvince, hGovOldTable, hPartyGmw, hPartyCctv, hPortalQq, hGuancha, hFinance, hWechat, hTradeForum, hCounty, hSelfMedia];
