/**
 * Dev templates (tuned on) for #17's fifth round: the kinds held-out 11 and 12 missed on their scoring (told by
 * field and template only), each in a make and wording of its own: a headline broken over two lines, an official
 * account named `…发布` beside a yearless time, an outlet whose name ends in 评论, a reprint line naming the site it
 * was taken from and the first publisher, a writer's card with a follow button above the headline, buttons worded
 * `我要…` on the information line, a fund's announcement (no writer), a table with its data source between paragraphs,
 * a byline listing writers with their roles; and, for the bounds held-out 1, 3, 5 and 6 still miss on telegraph,
 * bureau and community pages, such pages of other makes.
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

/** Where a headline wraps: after its first comma or space, else in the middle. */
function wrap(t: string): [string, string] {
  const at = /[，, ]/.test(t) ? t.search(/[，, ]/) + 1 : t.length >> 1;
  return [t.slice(0, at).trim(), t.slice(at).trim()];
}

/** A headline printed as two lines (`line<br/>line`, or one span per line), `<title>` holding it whole. */
export const devTwoLineHead: Template = (a, k) => {
  const [l1, l2] = wrap(a.title);
  const url = `https://www.example-wrap${k}.cn/${pick(['xw', 'cj'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const head = k ? `<div class="art-title"><span class="l">${esc(l1)}</span><br/><span class="l">${esc(l2)}</span></div>` : `<h2 class="hd">${esc(l1)}<br />${esc(l2)}</h2>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${pick(['某某晚报', '某某都市网'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>要闻</a> <a>财经</a></div>
${head}
<p class="art-info">${pick(['发稿时间：', '时间：'], k)}${dash(a.date)}　${pick(['稿件来源：', '来源：'], k)}${esc(a.source)}</p>
<div class="art-body">
${ps(a.paras)}
</div><div class="art-end">${pick(['【纠错】', '【返回列表】'], k)}</div></body></html>`;
  return { name: `g-twoline-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['纠错', '返回列表'] }) };
};

/** A government account's app page: `江城发布` beside `10月22日 09:15`, the year only in the URL, 浏览 after. */
export const devPublishAccount: Template = (a, k) => {
  const account = pick(['江城发布', '南湖区发布'], k);
  const url = `https://m.example-fabu${k}.cn/${pick(['detail', 'news'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${pageId(a, k)}`;
  const time = `${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 ${a.date.slice(11)}`;
  const line = k ? `<p class="sub"><i>${account}</i> <i>${time}</i> <i>8千人读过</i></p>` : `<div class="from"><span>${account}</span> · <span>${time}</span> <span>${pick(['浏览 3102', '1024人浏览'], k)}</span></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}</title></head><body>
<div class="top"><span>${pick(['某某城市客户端', '掌上江城'], k)}</span><a>下载</a></div>
<div class="page"><h3 class="tt">${esc(a.title)}</h3>${line}
<div class="txt">
${ps(a.paras)}
</div></div>
<div class="bottom">${pick(['下载客户端，看更多城市新闻', '打开客户端阅读原文'], k)}</div></body></html>`;
  return { name: `g-fabu-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['客户端', '浏览'] }) };
};

/** An outlet whose name ends in 评论 (a commentary weekly, a 评论 channel) on the 来源 line, with a 字号 switch after it. */
export const devCommentaryOutlet: Template = (a, k) => {
  const outlet = pick(['长江产业评论', '东方财经评论'], k);
  const url = `https://www.example-pl${k}.com/${pick(['a', 'news'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某网', '某某资讯'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>评论</a> <a>产业</a></div>
<h1>${esc(a.title)}</h1>
<div class="info">${cnTime(a.date)}　${pick(['来源：', '出处：'], k)}${outlet}　${pick(['[字号：大 中 小]', '【字体：<a>大</a> <a>中</a> <a>小</a>】'], k)}${a.author ? `　作者：${esc(a.author)}` : ''}</div>
<div class="txt">
${ps(a.paras, true)}
</div><div class="cmt">${pick(['发表评论', '我来说两句'], k)}</div></body></html>`;
  return { name: `g-plsource-${k}`, html, gold: gold(a, { url, withTime: true, source: outlet, author: a.author, notInBody: ['字号', '字体', '发表评论', '我来说两句'] }) };
};

/** A reprint: `来源：X` beside the time, and a line above the text naming the site it came through and X as the first publisher. */
export const devReprintVia: Template = (a, k) => {
  const via = pick(['某某热线', '某某产经网'], k);
  const url = `https://www.example-via${k}.com/${pick(['news', 'info'], k)}/${pageId(a, k)}.html`;
  const note = pick([`转引自${via}　原刊于${esc(a.source)}`, `（本文经${via}转载，首发于${esc(a.source)}）`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某在线', '某某快讯'], k)}</title></head><body>
<div class="menu"><a>首页</a> <a>行业</a></div>
<div class="art"><h1>${esc(a.title)}</h1>
<p class="meta">${dashSec(a.date)}　来源：${esc(a.source)}</p>
<div class="art-con">
<p>${note}</p>
${ps(a.paras)}
</div>
<p class="end">${pick(['本平台刊发此文仅为分享资讯，文责自负。', '（本网转发此稿，目的在于传递更多信息。）'], k)}</p>
<div class="rel"><h4>${pick(['猜你喜欢', '相关推荐'], k)}</h4><p><a>${pick(['工业母机迎来更新潮', '数据中心用电持续增长'], k)}</a></p></div></div></body></html>`;
  return { name: `g-reprintvia-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['转引自', '原刊于', '转载', '首发于', '本平台', '本网转发', '猜你喜欢', '相关推荐'] }) };
};

/** A writer's card above the headline: avatar, name, a one-line intro and a follow button; no 来源 printed. */
export const devWriterCard: Template = (a, k) => {
  const writer = a.author ?? pick(['江明', '白露'], k);
  const url = `https://www.example-column${k}.com/${pick(['post', 'column'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某前沿', '某某观点'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>快讯</a> <a>专栏</a></div>
${k ? `<div class="byline"><img src="/u.png"> <a class="u">${esc(writer)}</a> <em>专注新能源与储能</em> <button>+关注</button></div>` : `<div class="writer"><img src="/u.png"><div><p class="nm">${esc(writer)}</p><p class="bio">产业分析师，跟踪算力与通信</p></div><button>订阅</button></div>`}
<h1>${esc(a.title)}</h1><div class="t">${dash(a.date)}</div>
<div class="post-body">
${ps(a.paras)}
</div>
<div class="end">${pick(['本文为作者独立观点，不代表本站立场。', '本文经作者授权发布。'], k)}</div></body></html>`;
  return { name: `g-writercard-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: ['订阅', '关注', '独立观点', '授权发布'] }) };
};

/** An information line of bracketed fields with `我要…` buttons (`[我要收藏]`, `〔我要留言〕`) and no writer. */
export const devWantButtons: Template = (a, k) => {
  const url = `http://www.example-jyzx${k}.gov.cn/${pick(['zwdt', 'tzgg'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="head">${pick(['某某市行政审批服务局', '某某区政务服务中心'], k)}</div>
<div class="art"><h3>${esc(a.title)}</h3>
<div class="info">${pick(['[发布时间：', '〔上传时间：'], k)}${dashSec(a.date)}${pick([']　[信息提供：', '〕〔来源：'], k)}${esc(a.source)}${pick([']　[我要收藏]　[我要留言]', '〕〔我要分享〕〔我要打印〕'], k)}</div>
<div class="con">
${ps(a.paras, true)}
</div></div></body></html>`;
  return { name: `g-wantbtn-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['我要', '发布时间'] }) };
};

/** A fund company's announcement: 基金代码/基金简称 lines, 公告送出日期, the company's name and the date closing it. */
export const devFundNotice: Template = (a, k) => {
  const company = pick(['某某基金管理有限公司', '某某资产管理股份有限公司'], k);
  const url = `https://www.example-fund${k}.com/${pick(['gonggao', 'notice'], k)}/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['基金公告', '公司公告'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>基金产品</a> <a>信息披露</a></div>
<div class="notice"><h1>${esc(a.title)}</h1>
<p class="d">${pick(['披露日期：', '报送日期：'], k)}${dayOnly(a.date)}</p>
<table class="fund"><tr><td>基金名称</td><td>${pick(['某某成长混合型证券投资基金', '某某稳健债券型证券投资基金'], k)}</td></tr><tr><td>基金代码</td><td>${pick(['001234', '005678'], k)}</td></tr><tr><td>${pick(['公告送出日期', '公告日期'], k)}</td><td>${cnDay(a.date)}</td></tr></table>
<div class="notice-text">
${ps(a.paras, true)}
</div>
<p class="sign">${company}</p><p class="sign">${dayOnly(a.date).replace(/-/g, '年').replace(/年(\d+)$/, '月$1日')}</p>
<p class="risk">${pick(['风险提示：基金有风险，投资需谨慎。', '本公告解释权归本公司所有。'], k)}</p></div></body></html>`;
  return { name: `g-fundnotice-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['基金代码', '风险提示', '解释权'] }) };
};

/** A table between paragraphs with its data source under it (`资料来源：…`), the text going on after. */
export const devTableSource: Template = (a, k) => {
  const url = `https://www.example-stat${k}.com/${pick(['report', 'data'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const table = `<table><tr><td>${pick(['季度', '省份'], k)}</td><td>${pick(['增速', '规模'], k)}</td></tr><tr><td>${pick(['一季度', '江苏'], k)}</td><td>${pick(['6.2%', '318'], k)}</td></tr></table><p>${pick(['资料来源：某某统计年鉴', '（来源：某某行业协会，单位：亿元）'], k)}</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某研究', '某某数据网'], k)}</title></head><body>
<h1>${esc(a.title)}</h1><p class="meta">${dash(a.date)}　来源：${esc(a.source)}</p>
<div class="article">
${ps(a.paras.slice(0, 1))}
${table}
${ps(a.paras.slice(1))}
</div><div class="foot">${pick(['数据仅供参考', '更多数据请访问数据中心'], k)}</div></body></html>`;
  return { name: `g-tablesrc-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['仅供参考', '数据中心'] }) };
};

/** A byline listing writers with their roles (`本报记者 X 实习生 Y`, `文/记者 X 见习记者 Y`) before the 来源. */
export const devRoleByline: Template = (a, k) => {
  const second = pick(['何畅', '宋雨'], k);
  const url = `https://www.example-roles${k}.cn/${pick(['sz', 'yw'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const who = a.author ? pick([`撰稿：本报记者 ${esc(a.author)} 实习生 ${second}`, `文/记者 ${esc(a.author)} 见习记者 ${second}`], k) : `撰稿：实习生 ${second}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某新闻', '某某网'], k)}</title></head><body>
<h1>${esc(a.title)}</h1>
<div class="line"><span>${cnTime(a.date)}</span>　<span>${who}</span>　<span>${pick(['稿件来源：', '来源：'], k)}${esc(a.source)}</span></div>
<div class="zw">
${ps(a.paras)}
</div></body></html>`;
  return { name: `g-roles-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, `${a.author} ${second}`] : [second, null], notInBody: ['实习生', '见习记者', '撰稿'] }) };
};

/** A telegraph of another make: the dateline opens the text, a 相关快讯 list of timed telegraphs and a risk note after. */
export const devTelegraphList: Template = (a, k) => {
  const url = `https://www.example-flash${k}.com/${pick(['flash', 'live'], k)}/${pageId(a, k)}`;
  const dateline = `${pick(['某某财讯', '本台'], k)}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日讯，`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某快讯', '某某7x24'], k)}</title></head><body>
<div class="top"><a>7x24</a> <a>要闻</a> <a>行情</a></div>
<div class="flash-detail"><div class="flash-time">${dash(a.date)}</div><h1>${esc(a.title)}</h1>
<div class="flash-text"><p>${esc(dateline)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
<p class="risk">${pick(['风险提示：以上内容仅供参考，不构成投资建议。', '（以上信息仅供参考，据此操作风险自担）'], k)}</p></div>
<div class="flash-more"><h3>${pick(['相关快讯', '更多快讯'], k)}</h3>
<p><span>${a.date.slice(11)}</span> ${pick(['【两市成交额突破万亿元】', '【多家券商下调佣金费率】'], k)}</p>
<p><span>${pick(['10:02', '14:55'], k)}</span> ${pick(['【央行开展逆回购操作】', '【原油期货夜盘收涨】'], k)}</p></div></div></body></html>`;
  return { name: `g-flashlist-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: null, author: null, notInBody: ['风险提示', '仅供参考', '相关快讯', '更多快讯', '逆回购', '原油期货'] }), body_first: dateline.slice(0, 12) } };
};

/** A bureau's page of another make: text in a table cell, 附件 rows and `（此件公开发布）` after, a QR note and 相关链接 last. */
export const devBureauPublic: Template = (a, k) => {
  const url = `http://www.example-bureau${k}.gov.cn/${pick(['zwgk', 'xxgk'], k)}/${pick(['tzgg', 'gzdt'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某市统计局', '某某县农业农村局'], k)}</title></head><body>
<table width="1000"><tr><td class="mast">${pick(['某某市统计局', '某某县农业农村局'], k)}</td></tr>
<tr><td><table><tr><td class="wzbt">${esc(a.title)}</td></tr>
<tr><td class="fbsj">${pick(['发布时间：', '日期：'], k)}${dayOnly(a.date)}　　${pick(['来源：', '信息来源：'], k)}${esc(a.source)}　　${pick(['【大 中 小】', '浏览次数：108'], k)}</td></tr>
<tr><td class="nr">
${ps(a.paras, true)}
<p>${pick(['附件：1.统计表', '附件：报名表'], k)}</p>
<p>${pick(['（此件公开发布）', '（此件主动公开）'], k)}</p>
</td></tr>
<tr><td>${pick(['扫一扫在手机上查看当前页面', '【打印】【关闭】'], k)}</td></tr>
<tr><td>${pick(['相关链接：', '相关信息：'], k)}<a>${pick(['本局召开年度工作会议', '秋季农业生产工作部署'], k)}</a></td></tr></table></td></tr></table></body></html>`;
  return { name: `g-bureaupublic-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['附件', '此件', '扫一扫', '打印', '相关链接', '相关信息'] }) };
};

/** A community thread of another make: `楼主` card with 等级, the first post, 评分 box, then replies numbered 沙发/板凳/#3. */
export const devCommunityFloors: Template = (a, k) => {
  const user = pick(['老周聊电池', 'gridman_88'], k);
  const url = `https://bbs.example-club${k}.com/${pick(['thread', 'post'], k)}-${pageId(a, k)}-1-1.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['行业交流', '技术讨论'], k)} - ${pick(['某某社区', '某某论坛'], k)}</title></head><body>
<div class="crumb">${pick(['某某社区 › 行业交流', '某某论坛 › 技术讨论'], k)}</div>
<h1 class="thread-title">${esc(a.title)}</h1><div class="thread-stat">查看: ${900 + k} | 回复: ${12 + k}</div>
<div class="post first"><div class="author"><b>${esc(user)}</b><span>${pick(['等级：高级会员', '等级：LV6'], k)}</span></div>
<div class="post-head">楼主 <span>${pick(['发表于 ', '发布于 '], k)}${dash(a.date)}</span> <a>只看该作者</a></div>
<div class="post-body">
${ps(a.paras)}
</div><div class="rate">${pick(['评分 参与人数 3 威望 +6', '评分 2 人 贡献 +4'], k)}</div></div>
<div class="post"><div class="author"><b>${pick(['小林同学', 'tech_w'], k)}</b></div><div class="post-head">${pick(['沙发', '2#'], k)} <span>发表于 ${dayOnly(a.date)} 23:10</span></div>
<div class="post-body"><p>${pick(['感谢楼主整理，数据很有参考价值。', '学习了，期待后续跟进。'], k)}</p></div></div></body></html>`;
  return { name: `g-floors-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: user, notInBody: ['只看该作者', '评分', '威望', '贡献', '感谢楼主', '学习了', '沙发', '等级'] }) };
};

/** Portal tails inside the text's container: an account's name and a QR prompt, `返回…，查看更多`, 分享 prompts and 出品 credits. */
export const devPortalTails: Template = (a, k) => {
  const url = `https://www.example-portal${k}.com/${pick(['a', 'c'], k)}/${pageId(a, k)}_${pick(['121', '88'], k)}.html`;
  const tail = k
    ? '<p>分享让更多人看到</p>\n<p>出品：某某新闻　制作：某某工作室</p>'
    : '<p>某某产经公众号</p>\n<p>每日推送产业动态与深度报道，扫描二维码关注（chanjing001）</p>\n<p>返回某某，查看更多</p>';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某某新闻'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>科技</a></div>
<h1>${esc(a.title)}</h1><div class="info"><span>${dash(a.date)}</span> <span>${pick(['来源：', '来源 | '], k)}${esc(a.source)}</span></div>
<article>
${ps(a.paras)}
${tail}
</article></body></html>`;
  return { name: `g-portaltails-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['公众号', '二维码', '查看更多', '分享让', '出品', '制作'] }) };
};

/** A platform page printing the writer and the account side by side before the time (`原创 李明 某某前沿 … 浙江`), or `来自：<region>` after it. */
export const devWriterAccountLine: Template = (a, k) => {
  const account = pick(['产业前沿观察', '储能研究室'], k);
  const writer = a.author ?? pick(['周航', '叶青'], k);
  const url = `https://www.example-hao${k}.com/${pick(['article', 'a'], k)}/${pageId(a, k)}`;
  const line = k
    ? `<span>${esc(writer)}</span> · <a>${account}</a> · <span>${dash(a.date)}</span> <span>来自：江苏</span>`
    : `<em>原创</em>　<span>${esc(writer)}</span>　<a>${account}</a>　<span>${dash(a.date)}</span>　<span>浙江</span>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="nav"><a>推荐</a> <a>财经</a></div>
<h1 class="rich_title">${esc(a.title)}</h1><div class="meta">${line}</div>
<div class="rich_content">
${ps(a.paras)}
</div><div class="bottom">${pick(['喜欢此内容的人还喜欢', '阅读 2048'], k)}</div></body></html>`;
  return { name: `g-writeracct-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: ['原创', '来自', '喜欢此内容'] }) };
};

export const DEV_TEMPLATES_L: Template[] = [devTwoLineHead, devPublishAccount, devCommentaryOutlet, devReprintVia, devWriterCard, devWantButtons, devFundNotice, devTableSource, devRoleByline, devTelegraphList, devBureauPublic, devCommunityFloors, devPortalTails, devWriterAccountLine];
