/**
 * Dev templates (tuned on) for the families the fourth held-out part found weak, in other makes and wordings:
 * self-media accounts beside the time and writer lines at the head, dates only in a page's state script, 引题/副题
 * around the headline with a 版次 line after the text, video boxes and captions before the text, 摘要 boxes.
 */
import { cnDay, cnTime, dash, dashSec, esc, gold, pageId, pick, ps, yearless, type Template } from './common.js';

const SIDE = ['两部门发文支持数字化转型', '全国统一电力市场建设提速', '十月份CPI同比上涨0.3%'];

/** A 网易号/头条号-like page: the account and the time on one line, a region without label, `作者｜` at the head. */
export const devAccount: Template = (a, k) => {
  const account = pick(['智能制造前沿', '电子信息产业观察室'], k);
  const url = `https://www.example-dy${k}.com/article/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['网易号', '头条号'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>下载APP</a></div>
<div class="post"><h1 class="post-title">${esc(a.title)}</h1>
<div class="post-meta"><a class="account-name">${account}</a> <span class="time">${pick([dash(a.date), yearless(a.date)], k)}</span> <span class="loc">${pick(['浙江', '四川'], k)}</span></div>
<div class="post-content">
${a.author ? `<p>${pick(['作者｜', '文/'], k)}${esc(a.author)}</p>` : ''}
${ps(a.paras)}
<p>${pick(['本文为智能制造前沿原创，转载请联系授权。', '声明：本文观点仅代表作者本人。'], k)}</p>
</div></div>
<div class="side"><h3>${pick(['猜你喜欢', '热门文章'], k)}</h3>${SIDE.map((t) => `<p><a>${t}</a></p>`).join('')}</div></body></html>`;
  return { name: `g-account-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: a.author, notInBody: ['作者｜', '文/', '原创', '声明', '猜你喜欢', '热门文章'] }) };
};

/** A news app's web page rendered from a state script: the time and outlet only there, nothing printed beside the headline. */
export const devScriptState: Template = (a, k) => {
  const url = `https://m.example-app${k}.com/newsDetail_forward_${28000000 + k}`;
  const epochMs = Date.parse(`${a.date}:00+08:00`);
  const state = pick([`"pubTime":"${dashSec(a.date)}","source":"${esc(a.source)}"`, `"publishTime":${epochMs},"source":"${esc(a.source)}"`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某新闻客户端', '某某号'], k)}</title></head><body>
<div id="__next"><div class="index_header__x1"><a>首页</a></div>
<div class="index_wrapper__9rz"><h1 class="index_title__aGA">${esc(a.title)}</h1>
<div class="index_author__qR2"><img src="/u.png"><span>${pick(['3小时前', '刚刚'], k)}</span></div>
<div class="index_cententWrap__Jv8">
${ps(a.paras)}
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contId":${28000000 + k},"name":"${esc(a.title).replace(/"/g, '\\"')}",${state}}}}}</script></body></html>`;
  return { name: `g-script-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [null, a.source], notInBody: ['小时前', '刚刚'] }) };
};

/** A 光明日报/经济日报-like paper page: 引题 and 副题 in p tags around the h1, 本报记者 first, 《报名》（date 版） after. */
export const devPaperKicker: Template = (a, k) => {
  const paper = pick(['光明日报', '经济日报'], k);
  const kicker = pick(['聚焦新质生产力', '一线调研'], k);
  const url = `https://www.example-paper${k}.cn/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/content_${3700000 + k}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${paper}网</title>
<meta name="publishdate" content="${a.date.slice(0, 10)}"></head><body>
<div class="m-nav"><a>首页</a> <a>时政</a> <a>经济</a></div>
<div class="m-title-box"><p class="m-sub-title">${kicker}</p><h1 class="u-title">${esc(a.title)}</h1>${a.subtitle ? `<p class="m-sub-title">——${esc(a.subtitle)}</p>` : ''}
<div class="m-con-source"><span class="m-con-time">${cnTime(a.date)}</span>　<span>来源：${paper}</span></div></div>
<div class="u-mainText">
${a.author ? `<p>${pick(['本报记者　', '经济日报记者 '], k)}${esc(a.author)}</p>` : ''}
${ps(a.paras, true)}
<p>　　《${paper}》（${cnDay(a.date)}　${pick(['10', '06'], k)}版）</p>
<p>[ 责编：${esc(a.editor)} ]</p>
</div>
<div class="m-share">分享到：</div></body></html>`;
  const notIn = [kicker, '本报记者', '经济日报记者', `《${paper}》`, '责编', '分享到'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-paper-kicker-${k}`, html, gold: gold(a, { url, withTime: true, source: paper, author: a.author, notInBody: notIn }) };
};

/** A portal page with a video box and a captioned photo opening the text, and a 专题/app line before the editor. */
export const devVideoHead: Template = (a, k) => {
  const url = `https://www.example-portal${k}.com/a/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某门户网', '某资讯网'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="nav"><a>首页</a> <a>要闻</a></div>
<div class="article-wrap"><h1>${esc(a.title)}</h1>
<div class="article-src"><span>${pick([cnTime(a.date), `${cnDay(a.date)} ${a.date.slice(11, 13)}时${a.date.slice(14)}分`], k)}</span> <a class="src">${esc(a.source)}</a></div>
<div class="article-body">
<div class="video-wrap"><div class="player" data-id="${k}">视频加载中...</div><p class="video-title">${pick(['视频：发布会现场', '视频｜一分钟看懂'], k)}　来源：${pick(['某某视频', '某台新闻频道'], k)}</p></div>
<div class="pic"><img src="/p${k}.jpg"><span class="pic-desc">${pick(['图为相关展会现场', '资料图片'], k)}</span></div>
${ps(a.paras, true)}
<p>　　<strong>${pick(['更多专题：', '相关专题：'], k)}</strong><a>${pick(['数字中国建设专题', '2024产业观察'], k)}</a></p>
<div class="app-promo">${pick(['下载某某新闻客户端，看更多深度报道', '打开客户端，查看更多精彩内容'], k)}</div>
<p class="editor">责任编辑：${esc(a.editor)}</p></div></div></body></html>`;
  return { name: `g-video-head-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['视频', '图为', '资料图片', '专题', '客户端', '责任编辑'] }) };
};

/** A financial page: outlet and time without labels, 作者/编辑 line, a summary box and an image credit in the text. */
export const devFinSummary: Template = (a, k) => {
  const outlet = pick(['中国证券报', '经济观察网'], k);
  const url = `https://www.example-fin${k}.com/article/${pageId(a, k)}.html`;
  const [p0, ...rest] = a.paras;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="hd"><a>首页</a> <a>股票</a> <a>基金</a></div>
<div class="art-head"><h1>${esc(a.title)}</h1><div class="art-info"><i>${outlet}</i><i>${dash(a.date)}:${pick(['05', '30'], k)}</i></div>
<div class="art-names">${a.author ? `作者：${esc(a.author)}　` : ''}编辑：${esc(a.editor)}</div></div>
<div class="art-summary"><p>${pick(['摘要：', '【摘要】'], k)}${esc(a.paras[1].slice(0, 26))}</p></div>
<div class="art-text">
<p>${esc(p0)}</p><p style="text-align:center"><img src="/x${k}.jpg"></p><p style="text-align:center">${pick(['图片来源：视觉中国', '图源：受访者供图'], k)}</p>
${ps(rest)}
</div><div class="art-report">举报</div>
<div class="art-copy">版权声明：本文版权归${outlet}所有，未经许可不得转载。</div></body></html>`;
  return { name: `g-fin-summary-${k}`, html, gold: gold(a, { url, withTime: true, source: outlet, author: a.author, notInBody: ['作者：', '编辑：', '摘要', '图片来源', '图源', '举报', '版权声明'] }) };
};

/** A 钛媒体/虎嗅-like page: the writer and a relative time by the headline, the exact time only in a script, a reprint note. */
export const devReprint: Template = (a, k) => {
  const writer = a.author ?? pick(['林深', '许知远'], k);
  const account = pick(['', '半导体行业观察'], k);
  const url = `https://www.example-tmt${k}.com/${6600000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['钛媒体', '某科技媒体'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>快报</a> <a>专题</a></div>
<article class="post"><h1 class="post-h1">${esc(a.title)}</h1>
<div class="post-byline"><span class="who"><a>${esc(writer)}</a></span> · <span class="when">${pick(['5小时前', '前天'], k)}</span> <span class="cnt">${pick(['1.3万', '872'], k)}阅读</span></div>
<div class="post-text">
${account ? `<p>（本文转载自微信公众号“${account}”（ID：icbank），作者：${esc(writer)}）</p>` : ''}
${ps(a.paras)}
<p>${account ? '本文观点仅代表作者本人，平台仅提供信息存储空间服务。' : '本文系作者原创，转载请注明出处。'}</p>
</div></article>
<script>var PAGE = {"id":${6600000 + k},"pub_date":"${dashSec(a.date)}"};</script></body></html>`;
  return { name: `g-reprint-${k}`, html, gold: gold(a, { url, withTime: true, source: account || null, author: writer, notInBody: ['ID：', '转载', '信息存储', '原创', '阅读'] }) };
};

/** A 百家号/企鹅号-like page: the account alone on a line, a follow button, then the time on its own line. */
export const devAccountAbove: Template = (a, k) => {
  const account = pick(['数字经济研究所', '储能与电力'], k);
  const url = `https://www.example-qeh${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="hd"><a>首页</a> <a>登录</a></div>
<div class="art"><h2 class="art-title">${esc(a.title)}</h2>
<div class="art-author"><div class="nick">${account}</div><div class="follow">${pick(['+ 关注', '3.6万粉丝'], k)}</div><div class="date">${pick([`发布时间：${yearless(a.date)}`, dash(a.date)], k)}</div></div>
<div class="art-content">
${ps(a.paras)}
</div><div class="art-foot">${pick(['举报/反馈', '不感兴趣'], k)}</div></div></body></html>`;
  return { name: `g-account-above-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['关注', '粉丝', '举报', '不感兴趣'] }) };
};

/** A 中国网/央视网-like page: a photo gallery with numbered captions first, a text pager, a 专题 label and comments after. */
export const devGalleryPager: Template = (a, k) => {
  const url = `http://www.example-cn${k}.com.cn/txt/${a.date.slice(0, 10)}/content_${4200000 + k}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某电视台网'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>新闻</a> <a>图片</a></div>
<div class="main"><h1 class="t">${esc(a.title)}<em class="lbl">${pick(['组图', '原创'], k)}</em></h1><div class="info">${pick(['来源：', '稿源：'], k)}${esc(a.source)}　|　${pick([dash(a.date), cnTime(a.date)], k)}</div>
<div class="text">
<div class="pics"><img src="/g1.jpg"><p>1/${4 + k}</p><p>${pick(['图为工人在生产线上作业。', '图为展会现场。'], k)}</p></div>
${ps(a.paras, true)}
<p>${pick(['上一页 1 2 下一页', '第1页　第2页　下一页　尾页'], k)}</p>
<p>${pick(['【专题】', '【相关专题】'], k)}${pick(['产业观察', '数字经济'], k)}</p>
<h3>${pick(['网友评论', '我要评论'], k)}</h3><p>${pick(['已有0人参与', '登录后发表评论'], k)}</p>
</div></div></body></html>`;
  return { name: `g-gallery-pager-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['图为', '下一页', '专题', '评论', '参与'] }) };
};

/** A county site whose <title> is only the site's name: the headline in a table cell named in pinyin, or in a bare cell. */
export const devGovSiteTitle: Template = (a, k) => {
  const site = pick(['某某县人民政府', '某某市住房和城乡建设局'], k);
  const url = `http://www.example-xian${k}.gov.cn/Item/${5000 + k}.aspx`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${site}</title></head><body>
<table width="1000" align="center"><tr><td class="top">${site}</td></tr><tr><td class="menu"><a>首页</a> <a>政务公开</a> <a>办事服务</a></td></tr></table>
<table width="1000" align="center"><tr><td class="dqwz">当前位置：首页 &gt; 工作动态</td></tr>
<tr><td${pick([' class="wzbt"', ' align="center"'], k)}>${esc(a.title)}</td></tr>
<tr><td align="center">发布日期：${dash(a.date)}　点击数：${300 + k}　来源：${esc(a.source)}</td></tr>
<tr><td class="zw">
${ps(a.paras, true)}
</td></tr></table>
<table width="1000" align="center"><tr><td class="foot">版权所有：${site}　技术支持：某某网络公司</td></tr></table></body></html>`;
  return { name: `g-gov-sitetitle-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['当前位置', '点击数', '版权所有'] }) };
};

/** A 企鹅号/知乎专栏-like page: the account card with its counters above the headline, the time alone below it. */
export const devAccountCard: Template = (a, k) => {
  const account = pick(['光通信前沿', '工业互联网观察站'], k);
  const url = `https://www.example-qq${k}.com/omn/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="lay"><div class="card"><img src="/av.png"><div class="card-name">${account}</div><div class="card-num">${pick(['粉丝 2.4万', '作品 368'], k)}</div><a class="card-follow">关注</a></div>
<div class="art"><h1>${esc(a.title)}</h1><div class="art-time">${dash(a.date)}</div>
<div class="art-txt">
${a.author ? `<p>${pick(['文｜', '作者 | '], k)}${esc(a.author)}</p>` : ''}
${ps(a.paras)}
</div></div></div>
<div class="foot">${pick(['以上内容为用户上传，不代表本平台观点', '本文由作者发布，平台仅提供信息存储服务'], k)}</div></body></html>`;
  return { name: `g-account-card-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: a.author, notInBody: ['粉丝', '作品', '关注', '文｜', '作者 |', '平台'] }) };
};

export const DEV_TEMPLATES_G: Template[] = [devAccountCard, devGovSiteTitle, devGalleryPager, devAccount, devScriptState, devPaperKicker, devVideoHead, devFinSummary, devReprint, devAccountAbove];
