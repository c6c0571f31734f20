/**
 * Held-out templates of #17's round 23 (never tuned on), six families in page-building habits the parts have least of,
 * in full site markup, each printing texts of its own kind (heldout34-pool.ts): a provincial 市场监管局 on a newer 内容管理
 * system (an 索引号/发文机关/成文日期/发布日期 table over a 通告 signed and dated last; a GBK 工作动态 page with its division
 * as 信息来源); a portal's self-media account page (the account's card under the headline, a 作者 box after the text, 举报
 * and a platform note; `撰文｜X` opening the text's box on one page, a yearless time on the other); a 党报's 评论 column page
 * (only the time under the headline, 来源/作者 and 编辑 lines after the text); a trade medium whose 摘要 box and 关键词
 * tags sit above the text; a university 新闻网 (供稿单位 in the information line, 文字/摄影/审核 credits after the text, or
 * all credits in the line of a GBK page with a captioned photo first); and WeChat articles dated only in `var ct`.
 * Committed before any change to the extractor.
 */
import { esc, pageId, pick, type Template } from './common.js';
import { gbk } from './heldout4-templates.js';
import { HELDOUT34_POOL } from './heldout34-pool.js';
import type { PoolArticle } from './pool.js';

const links = (words: string[]): string => words.map((w, i) => `<li><a href="/col/col${i + 31}/index.html">${w}</a></li>`).join('');
const stats = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-tj.com/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const first = (a: PoolArticle): string => compact(a.paras[0]).slice(0, 12);
const last = (a: PoolArticle): string => compact(a.paras[a.paras.length - 1]).slice(-12);
const ymd = (a: PoolArticle): [string, string, string] => [a.date.slice(0, 4), a.date.slice(5, 7), a.date.slice(8, 10)];
const hm = (a: PoolArticle): string => a.date.slice(11);
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const paras = (a: PoolArticle, from = 0, to = a.paras.length, indent = ''): string => a.paras.slice(from, to).map((p) => `<p>${indent}${esc(p)}</p>`).join('\n');
const num = (a: PoolArticle, k: number, mod: number): number => parseInt(pageId(a, k), 16) % mod;

/** A provincial 市场监管局 on a newer 内容管理 system: an 信息公开 table over a 通告 signed and dated last (page 0), a GBK 工作动态 page with a division as 信息来源 (page 1). */
const bureau: Template = (_a, k) => {
  const a = HELDOUT34_POOL.bureau[k];
  const [y, m, d] = ymd(a);
  const url = `https://amr.example-prov.gov.cn/art/${y}/${Number(m)}/${Number(d)}/art_${pick(['1229', '1187'], k)}_${num(a, k, 100000)}.html`;
  const head = `<meta name="SiteName" content="某某省市场监督管理局"><meta name="ColumnName" content="${pick(['通知公告', '工作动态'], k)}"><meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${y}-${m}-${d} ${hm(a)}"><meta name="ContentSource" content="${esc(a.source)}">`;
  const table = `<table class="xxgk-table" cellspacing="0"><tr><th>索引号</th><td>11330000MB${num(a, 5, 10000)}/2026-${num(a, 6, 100000)}</td><th>主题分类</th><td>质量监督</td></tr>
<tr><th>发文机关</th><td>${esc(a.source)}</td><th>成文日期</th><td>${addDay(a.date, -1)}</td></tr>
<tr><th>标题</th><td colspan="3">${esc(a.title)}</td></tr>
<tr><th>发文字号</th><td>某市监质〔2026〕${num(a, 7, 90) + 10}号</td><th>发布日期</th><td>${y}-${m}-${d}</td></tr>
<tr><th>有效性</th><td colspan="3">有效</td></tr></table>`;
  const info = `<div class="art-info"><span>发布时间：${y}-${m}-${d} ${hm(a)}</span><span>信息来源：${esc(a.source)}</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*900)+100)</script></span><span class="zh">字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>`;
  const body = k === 0
    ? `${paras(a, 0, a.paras.length - 2)}\n<p style="text-align:right">${esc(a.paras[a.paras.length - 2])}</p>\n<p style="text-align:right">${esc(a.paras[a.paras.length - 1])}</p>`
    : paras(a, 0, a.paras.length, '\u3000\u3000');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=${k === 0 ? 'utf-8' : 'gbk'}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">${head}
<title>${esc(a.title)}_${pick(['通知公告', '工作动态'], k)}_某某省市场监督管理局</title>${stats(pageId(a, 1))}
<link rel="stylesheet" href="/module/jslib/css/main.css"></head>
<body><div class="top-bar"><span>欢迎访问某某省市场监督管理局网站</span><a>无障碍</a><a>长者模式</a><a>English</a><a>政务服务网</a></div>
<div class="header"><img src="/images/logo.png" alt="某某省市场监督管理局"><form class="search"><input placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">${links(['首页', '机构概况', '政务公开', '新闻动态', '政务服务', '互动交流', '专题专栏', '数据发布'])}</ul>
<div class="crumb">您当前的位置：<a>首页</a> &gt; <a>${pick(['政务公开', '新闻动态'], k)}</a> &gt; <a>${pick(['通知公告', '工作动态'], k)}</a></div>
<div class="container">
${k === 0 ? table : ''}
<div class="article">
<h1 class="art-title">${esc(a.title)}</h1>
${k === 0 ? `<div class="art-info"><span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span><a class="print">打印</a></div>` : info}
<!--ZJEG_RSS.content.begin--><div class="art-con" id="zoom">
${body}
</div><!--ZJEG_RSS.content.end-->
${k === 0 ? '<div class="fj"><h4>相关附件：</h4><p><a>1.2026年度电动自行车产品质量省级监督抽查实施细则.pdf</a></p></div>' : ''}
<div class="art-tool"><div class="qr"><img src="/qr/${pageId(a, 2)}.png"><span>扫一扫在手机打开当前页</span></div><a>【打印本页】</a><a>【关闭窗口】</a></div>
</div>
<div class="relate"><h3>相关信息</h3><ul><li><a>2026年第三季度产品质量省级监督抽查结果通告</a><span>${addDay(a.date, -40)}</span></li><li><a>全省市场监管系统冬季安全生产工作会议召开</a><span>${addDay(a.date, 3)}</span></li></ul></div>
</div>
<div class="footer"><p>主办单位：某某省市场监督管理局　地址：某某市某某路88号　邮编：310000</p><p>网站标识码：3300000000　某ICP备00000000号-1　某公网安备 33010000000000号</p></div></body></html>`;
  return {
    name: `hs-bureau-${k}`,
    html,
    bytes: k === 1 ? gbk(html) : undefined,
    gold: {
      url,
      title: a.title,
      date: k === 0 ? a.date.slice(0, 10) : a.date,
      source: a.source,
      author: null,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['索引号', '发文机关', '成文日期', '相关附件', '扫一扫', '打印本页', '相关信息'] : ['发布时间', '信息来源', '浏览次数', '字体', '扫一扫', '关闭窗口', '相关信息'],
    },
  };
};

/** A portal's self-media account page: the account's card under the headline, a 作者 box after the text, 举报; `撰文｜X` opening the text (page 0) or a yearless time and no writer (page 1). */
const account: Template = (_a, k) => {
  const a = HELDOUT34_POOL.account[k];
  const [y, m, d] = ymd(a);
  const url = `https://${pick(['new', 'page'], k)}.example-portal.com/${pick(['omn', 'rain/a'], k)}/${y}${m}${d}A0${num(a, k, 10000)}${pick(['00', 'Z'], k)}`;
  const time = k === 0 ? `${y}-${m}-${d} ${hm(a)}` : `${m}-${d} ${hm(a)}`;
  const card = `<div class="account-card"><img class="avatar" src="https://p.example-cdn.com/avatar/${pageId(a, 3)}.jpg" alt="${esc(a.source)}"><div class="account-info"><a class="account-name" href="/author/${pageId(a, 4)}">${esc(a.source)}</a><span class="v-tag">${pick(['优质三农领域创作者', '财经领域创作者'], k)}</span><div class="account-meta"><span class="time">${time}</span><span class="region">${pick(['发布于河南', '发布于浙江'], k)}</span></div></div><button class="follow">+ 关注</button></div>`;
  const box = `<div class="author-box"><h4>作者</h4><img src="https://p.example-cdn.com/avatar/${pageId(a, 3)}.jpg"><div><p class="n">${esc(a.source)}</p><p class="intro">${pick(['记录田野里的新变化', '关注小城的消费与生活'], k)}</p><p class="cnt">${pick(['文章 386　粉丝 2.1万', '文章 127　粉丝 8643'], k)}</p></div><button>关注</button></div>`;
  const text = k === 0
    ? `<p class="byline">撰文｜${esc(a.author!)}　编辑｜方禾</p>\n${paras(a)}\n<p class="note">本文为作者原创，未经授权禁止转载。</p>`
    : `${paras(a, 0, 2)}\n<div class="ad-inline"><iframe src="https://ad.example-ads.com/slot?id=${pageId(a, 6)}" width="640" height="90"></iframe></div>\n${paras(a, 2)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某某号'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${y}-${m}-${d}T${hm(a)}:00+08:00"><meta name="author" content="${esc(a.source)}">${stats(pageId(a, 1))}
<script>window.__PAGE__={"channel":"${pick(['agri', 'finance'], k)}","articleType":"omn","comment":true};</script></head>
<body><div class="top-nav"><a>首页</a><a>新闻</a><a>财经</a><a>科技</a><a>娱乐</a><a>体育</a><a>汽车</a><a>房产</a><a class="app">下载客户端</a></div>
<div class="wrap"><div class="main">
<h1 class="article-title">${esc(a.title)}</h1>
${card}
<div class="article-content" id="ArticleContent">
${text}
</div>
<div class="statement">${pick(['特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。', '本文仅代表作者观点，不代表平台立场。'], k)}</div>
<div class="ops"><a class="like">赞 ${pick(['126', '58'], k)}</a><a class="share">分享</a><a class="report">举报</a></div>
${box}
<div class="more"><h3>${pick(['作者最新文章', '作者其他文章'], k)}</h3><ul><li><a>${pick(['冬小麦播种进度过九成', '县城商场的周末：亲子业态挑大梁'], k)}</a><span>${addDay(a.date, 1).slice(5)}</span></li><li><a>${pick(['秸秆还田，农民算了一笔账', '“小镇青年”的年货清单变了'], k)}</a><span>${addDay(a.date, -5).slice(5)}</span></li></ul></div>
<div class="comments"><h3>评论 ${pick(['32', '11'], k)}</h3><div class="cmt"><span class="u">网友${num(a, 8, 9000)}</span><p>${pick(['机手不容易，点赞！', '我们县也开了三家了'], k)}</p><span class="t">${addDay(a.date, 1).slice(5)} 09:12</span></div></div>
</div>
<div class="side"><h3>热点精选</h3><ul><li><a>多地发布寒潮预警</a><span>1小时前</span></li><li><a>今年“双11”快递业务量再创新高</a><span>${addDay(a.date, 2).slice(5)}</span></li></ul></div></div>
<div class="footer">Copyright © 1998 - 2026 Example. All Rights Reserved　某某公司 版权所有　某ICP证000000号</div></body></html>`;
  return {
    name: `hs-account-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['撰文｜', '本文为作者原创', '特别声明', '举报', '作者最新文章', '粉丝'] : ['+ 关注', '不代表平台立场', '举报', '作者其他文章', '热点精选', '粉丝'],
    },
  };
};

/** A 党报's 评论 column page: only the time under the headline, 来源/作者 and 编辑 lines after the text. */
const column: Template = (_a, k) => {
  const a = HELDOUT34_POOL.column[k];
  const [y, m, d] = ymd(a);
  const url = `https://${pick(['opinion', 'pl'], k)}.example-rb.com.cn/${pick(['n1', 'gb'], k)}/${y}/${m}${d}/c${num(a, k, 1000000)}-${num(a, k + 2, 100000000)}.html`;
  const after = k === 0
    ? `<p class="src">来源：${esc(a.source)}　作者：${esc(a.author!)}</p>\n<p class="edit">编辑：${esc(a.editor)}</p>`
    : `<div class="after"><span>（来源：${esc(a.source)}　${Number(m)}月${Number(d)}日 第05版）</span><br><span>作者：${esc(a.author!)}</span><br><span>责任编辑：${esc(a.editor)}</span></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${pick(['观点', '评论'], k)}--某某日报网</title>
<meta name="keywords" content="${pick(['一件事一次办,政务服务', '口袋公园,城市治理'], k)}"><meta name="publishdate" content="${y}-${m}-${d}">${stats(pageId(a, 1))}</head>
<body><div class="header"><a class="logo"><img src="/img/logo.png" alt="某某日报网"></a><ul class="channels">${links(['首页', '时政', '观点', '经济', '社会', '文化', '视频', '数字报'])}</ul></div>
<div class="crumb"><a>某某日报网</a> &gt;&gt; <a>${pick(['观点', '评论'], k)}</a> &gt;&gt; <a>${pick(['今日谈', '评论员文章'], k)}</a></div>
<div class="w1000"><div class="col-left">
<div class="column-tag">${pick(['今日谈', '锐评'], k)}</div>
<h1>${esc(a.title)}</h1>
<div class="date">${k === 0 ? `${y}年${m}月${d}日${hm(a)}` : `${y}-${m}-${d} ${hm(a)}`}<span class="fz">字号：<a>A+</a><a>A-</a></span></div>
<div class="rm_txt_con">
${paras(a, 0, a.paras.length, '\u3000\u3000')}
</div>
${after}
<div class="share">分享让更多人看到 <a>微信</a> <a>微博</a> <a>QQ</a></div>
<div class="rel"><h3>${pick(['相关评论', '推荐阅读'], k)}</h3><ul><li><a>${pick(['政务服务要少一些“门槛”', '城市更新要留住烟火气'], k)}</a><span>${addDay(a.date, -3)}</span></li><li><a>${pick(['让数据多跑路 群众少跑腿', '小切口做好民生大文章'], k)}</a><span>${addDay(a.date, -9)}</span></li></ul></div>
</div>
<div class="col-right"><h3>观点排行</h3><ol><li><a>读懂“稳中求进”的辩证法</a></li><li><a>基层减负要减到实处</a></li></ol><h3>往期今日谈</h3><ul><li><a>${addDay(a.date, -1)} 让年轻人留得住</a></li></ul></div></div>
<div class="footer">某某日报社概况 | 关于某某日报网 | 网站声明 | 联系我们<br>某某日报网版权所有，未经书面授权禁止使用　某ICP备00000000号</div></body></html>`;
  return {
    name: `hs-column-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['来源：', '编辑：', '分享让更多人看到', '相关评论', '观点排行'] : ['第05版', '作者：', '责任编辑', '推荐阅读', '往期今日谈'],
    },
  };
};

/** A trade medium whose 摘要 box and 关键词 tags sit above the text, with 来源/作者/time over them. */
const trade: Template = (_a, k) => {
  const a = HELDOUT34_POOL.trade[k];
  const [y, m, d] = ymd(a);
  const url = `https://${pick(['news', 'www'], k)}.example-${pick(['nyw', 'cnw'], k)}.com/${pick(['html', 'news'], k)}/${y}${m}/${d}/${num(a, k, 10000000)}.shtml`;
  const summary = k === 0
    ? `<div class="summary"><b>摘要：</b>${pick(['新规实施满月，多地工商业分布式光伏项目备案量回升，配储与绿电交易成为提高收益的方向。'], k)}</div>\n<div class="keywords">关键词：<a>分布式光伏</a><a>工商业</a><a>备案</a></div>`
    : `<div class="keywords tags"><span>标签：</span><a>储能电芯</a><a>价格</a><a>产能</a></div>\n<div class="abstract">【摘要】280Ah储能电芯主流价格跌破0.3元/Wh，二线厂商报价逼近现金成本，行业整合在即。</div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${esc(a.source)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}"><meta name="keywords" content="${pick(['分布式光伏,工商业光伏', '储能电芯,储能'], k)}">${stats(pageId(a, 1))}</head>
<body><div class="topbar"><a>登录</a><a>注册</a><a>投稿</a><a>会员服务</a></div>
<div class="head"><img src="/images/logo.png" alt="${esc(a.source)}"><div class="ad-top"><iframe src="https://ad.example-ads.com/top?${pageId(a, 5)}" width="728" height="90"></iframe></div></div>
<ul class="nav">${links(['首页', '光伏', '储能', '风电', '氢能', '电网', '政策', '数据', '企业'])}</ul>
<div class="position">当前位置：<a>首页</a> &gt; <a>${pick(['光伏', '储能'], k)}</a> &gt; 正文</div>
<div class="content-wrap"><div class="left">
<h1>${esc(a.title)}</h1>
<div class="info">来源：${esc(a.source)}　作者：${esc(a.author!)}　${k === 0 ? `${y}-${m}-${d} ${hm(a)}` : `${y}年${m}月${d}日 ${hm(a)}`}　<span>浏览：<em>${num(a, 9, 5000)}</em></span></div>
${summary}
<div class="article-body">
${paras(a)}
</div>
<div class="copyright">${pick(['凡本网注明“来源：某某能源网”的所有作品，版权均属于某某能源网，转载请注明出处。', '投稿与新闻线索：电话 010-00000000　邮箱 tougao@example-cnw.com'], k)}</div>
<div class="prev-next"><a>上一篇：${pick(['风电整机招标价格企稳', '钠离子电池开启储能示范'], k)}</a><a>下一篇：${pick(['绿证交易规模再创新高', '工商业储能峰谷价差扩大'], k)}</a></div>
<div class="related"><h3>相关阅读</h3><ul><li><a>${pick(['户用光伏市场观察', '储能系统中标价格月报'], k)}</a><span>${addDay(a.date, -12)}</span></li><li><a>${pick(['分布式光伏并网容量统计', '电芯企业三季报盘点'], k)}</a><span>${addDay(a.date, -20)}</span></li></ul></div>
</div>
<div class="right"><h3>热门排行</h3><ol><li><a>11月光伏组件价格走势</a></li><li><a>多省份发布新型储能实施方案</a></li></ol></div></div>
<div class="footer">关于我们 | 广告服务 | 联系我们 | 版权声明<br>Copyright © 2026 ${esc(a.source)} 版权所有　某ICP备00000000号</div></body></html>`;
  return {
    name: `hs-trade-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['摘要：', '关键词', '配储与绿电交易成为', '版权均属于', '相关阅读'] : ['【摘要】', '标签：', '行业整合在即', '投稿与新闻线索', '相关阅读'],
    },
  };
};

/** A university 新闻网: 供稿单位 in the information line and 文字/摄影/审核 credits after the text (page 0), or all credits in the line of a GBK page with a captioned photo first (page 1). */
const campus: Template = (_a, k) => {
  const a = HELDOUT34_POOL.campus[k];
  const [y, m, d] = ymd(a);
  const url = `https://news.example-${pick(['kjdx', 'sfxy'], k)}.edu.cn/info/${pick(['1003', '1011'], k)}/${num(a, k, 100000)}.htm`;
  const info = k === 0
    ? `<div class="info"><span>发布时间：${y}-${m}-${d} ${hm(a)}</span><span>供稿单位：${esc(a.source)}</span><span>浏览次数：<script>_showDynClicks("wbnews", ${num(a, 4, 100000)})</script></span></div>`
    : `<div class="info">作者：${esc(a.author!)}　供稿单位：${esc(a.source)}　摄影：何一帆　审核：董立　发布时间：${y}年${m}月${d}日 ${hm(a)}　点击：[<span id="clicks">0</span>]</div>`;
  const body = k === 0
    ? `${paras(a, 0, a.paras.length, '\u3000\u3000')}\n<p style="text-align:right">（文字：${esc(a.author!)}　摄影：陆曼　审核：宋启）</p>`
    : `<p style="text-align:center"><img src="/__local/${pageId(a, 3).toUpperCase()}.jpg" width="600"></p>\n<p style="text-align:center">开幕式现场</p>\n${paras(a, 0, a.paras.length, '\u3000\u3000')}`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${k === 0 ? 'utf-8' : 'gb2312'}">
<title>${esc(a.title)}-${pick(['某某科技大学新闻网', '某某师范学院新闻网'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}">${stats(pageId(a, 1))}</head>
<body><div class="top"><img src="/images/logo.png" alt="${pick(['某某科技大学新闻网', '某某师范学院新闻网'], k)}"><a>学校主页</a><a>English</a></div>
<ul class="menu">${links(['首页', '学校要闻', '综合新闻', '院部动态', '媒体关注', '校园人物', '学术动态', '视频新闻', '专题'])}</ul>
<div class="pos">当前位置: <a>首页</a> &gt;&gt; <a>${pick(['学术动态', '综合新闻'], k)}</a> &gt;&gt; 正文</div>
<div class="main"><form name="_newscontent_fromname">
<h1 class="title">${esc(a.title)}</h1>
${info}
<div id="vsb_content" class="v_news_content">
${body}
</div>
${k === 1 ? `<p class="edt">（编辑：${esc(a.editor)}）</p>` : ''}
<div class="pn"><p>上一条：<a>${pick(['学校召开2026年科研工作会议', '我校学子在全国大学生数学建模竞赛中获佳绩'], k)}</a></p><p>下一条：<a>${pick(['学校举办研究生学术论坛', '图书馆开展“书香校园”阅读月活动'], k)}</a></p></div>
</form>
<div class="side"><h3>${pick(['院部动态', '学校要闻'], k)}</h3><ul><li><a>${pick(['化学学院举办学术报告会', '学校召开安全稳定工作会议'], k)}</a><span>${addDay(a.date, 1)}</span></li><li><a>${pick(['机械学院与企业共建实习基地', '校领导走访慰问一线教职工'], k)}</a><span>${addDay(a.date, -4)}</span></li></ul></div></div>
<div class="footer">版权所有：${pick(['某某科技大学党委宣传部', '某某师范学院党委宣传部'], k)}　地址：某某市大学路1号　某ICP备00000000号</div></body></html>`;
  return {
    name: `hs-campus-${k}`,
    html,
    bytes: k === 1 ? gbk(html) : undefined,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['供稿单位', '浏览次数', '摄影：', '审核：', '上一条', '院部动态'] : ['供稿单位', '开幕式现场', '摄影', '编辑：', '下一条', '学校要闻'],
    },
  };
};

/** WeChat articles dated only in `var ct` (an empty `#publish_time`): a writer in the meta line (page 0) or none (page 1). */
const wechat: Template = (_a, k) => {
  const a = HELDOUT34_POOL.wechat[k];
  const ct = Math.floor(Date.parse(`${a.date}:00+08:00`) / 1000);
  const biz = Buffer.from(`${num(a, k, 100000000)}`).toString('base64');
  const url = `https://mp.weixin.qq.com/s?__biz=${biz}==&mid=${2650000000 + num(a, 2, 100000)}&idx=1&sn=${pageId(a, 3)}${pageId(a, 4)}&chksm=${pageId(a, 5)}`;
  const meta = k === 0
    ? `<span class="rich_media_meta rich_media_meta_text">${esc(a.author!)}</span>`
    : `<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>`;
  const tail = k === 0
    ? `<p style="text-align:center"><span style="font-size:12px;color:#888">文字：${esc(a.author!)}　图片：网络　编辑：小文</span></p>\n<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/${pageId(a, 6)}/640" class="rich_pages"></section>\n<p style="text-align:center">长按识别二维码　关注${esc(a.source)}</p>`
    : `<p style="text-align:center">- END -</p>\n<p><strong>往期推荐</strong></p>\n<p><a>电动自行车充电，这些“雷区”别踩</a></p>\n<p><a>停电了怎么办？一文读懂报修流程</a></p>\n<p style="text-align:center">点个“在看”，把安全带回家</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article"><meta property="og:url" content="${esc(url)}"><meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/${pageId(a, 7)}/0?wx_fmt=jpeg">
<meta name="description" content="${esc(a.paras[0].slice(0, 40))}"><title>${esc(a.title)}</title>
<script>var biz = "${biz}==" || "";var sn = "${pageId(a, 3)}" || "";var mid = "${2650000000 + num(a, 2, 100000)}" || "";var idx = "1" || "";</script></head>
<body id="activity-detail" class="zh_CN wx_wap_page"><div class="rich_media_wrp"><div class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
${esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
${meta}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">
${esc(a.source)}
</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display:none">${pick(['浙江', '江苏'], k)}</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center"><span style="color:#1e88e5">${pick(['点击蓝字 关注我们', '↑ 点击上方蓝字关注我们'], k)}</span></section>
${a.paras.map((p) => `<section style="margin:0 8px"><p style="line-height:1.75em"><span style="font-size:15px">${esc(p)}</span></p></section>`).join('\n')}
${tail}
</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 <span id="readNum3"></span></span><a>在看</a></div>
</div></div></div></div>
<script type="text/javascript">var nickname = "${esc(a.source)}";var ct = "${ct}";var user_name = "gh_${pageId(a, 8)}";var round_head_img = "http://wx.qlogo.cn/mmhead/${pageId(a, 9)}/0";var msg_title = '${a.title.replace(/'/g, "\\'")}'.html(false);var msg_desc = "${esc(a.paras[0].slice(0, 40))}";var msg_link = "${esc(url)}";</script>
</body></html>`;
  return {
    name: `hs-wechat-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      // Nothing prints the time: the script writes it from `ct` when the page runs, so the day is the gold.
      date: a.date.slice(0, 10),
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['点击蓝字', '文字：', '图片：网络', '长按识别二维码'] : ['点击上方蓝字', '- END -', '往期推荐', '在看'],
    },
  };
};

/** The six families, two pages each. */
export const HELDOUT34_TEMPLATES: Template[] = [bureau, account, column, trade, campus, wechat];
