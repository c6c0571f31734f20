/**
 * Held-out templates of #17's round 25 (never tuned on), six families in page-building habits the parts have least of,
 * in full site markup, each printing texts of its own kind (heldout35-pool.ts): page 1 of a feature split by a
 * 第1页/下一页 pager (the gold ends where page 1 ends); a central outlet's 客户端 share page with an app-download bar; a
 * financial portal's 7×24 快讯 page with timed items above and beside the one article; an old county site in a 2011–2012
 * table layout served as GBK/GB2312 (`<font>`, 【字体：大 中 小】); a city people's congress and a district CPPCC page; and an
 * m.-site AMP page dated in JSON-LD beside a yearless printed time. Committed before any change to the extractor.
 */
import { esc, pageId, pick, type Template } from './common.js';
import { gbk } from './heldout4-templates.js';
import { HELDOUT35_POOL } from './heldout35-pool.js';
import type { PoolArticle } from './pool.js';

const links = (words: string[]): string => words.map((w, i) => `<li><a href="/ch${i + 7}/">${w}</a></li>`).join('');
const stats = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-tj.com/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const firstOf = (paras: string[]): string => compact(paras[0]).slice(0, 12);
const lastOf = (paras: string[]): string => compact(paras[paras.length - 1]).slice(-12);
const ymd = (a: PoolArticle): [string, string, string] => [a.date.slice(0, 4), a.date.slice(5, 7), a.date.slice(8, 10)];
const hm = (a: PoolArticle): string => a.date.slice(11);
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const paras = (list: string[], indent = ''): string => list.map((p) => `<p>${indent}${esc(p)}</p>`).join('\n');
const num = (a: PoolArticle, k: number, mod: number): number => parseInt(pageId(a, k), 16) % mod;

/** Page 1 of a feature split in three: a 第1页/下一页 pager (page 0) or 上一页 1 2 3 下一页 with 全文阅读 (page 1) under the part shown. */
const paged: Template = (_a, k) => {
  const a = HELDOUT35_POOL.paged[k];
  const [y, m, d] = ymd(a);
  const shown = a.paras.slice(0, k === 0 ? 3 : 2);
  const id = num(a, k, 1000000);
  const url = `https://www.example-${pick(['wb', 'sb'], k)}.com/${pick(['news', 'jingji'], k)}/${y}${m}/${d}/${id}.html`;
  const pager = k === 0
    ? `<div class="page-nav">本文共3页　<span class="cur">第1页</span> <a href="/news/${y}${m}/${d}/${id}_2.html">第2页</a> <a href="/news/${y}${m}/${d}/${id}_3.html">第3页</a> <a href="/news/${y}${m}/${d}/${id}_2.html">下一页</a></div>`
    : `<div id="pages" class="pages"><a class="disabled">上一页</a><span class="on">1</span><a href="/jingji/${y}${m}/${d}/${id}_2.html">2</a><a href="/jingji/${y}${m}/${d}/${id}_3.html">3</a><a href="/jingji/${y}${m}/${d}/${id}_2.html">下一页</a><a class="all" href="/jingji/${y}${m}/${d}/${id}_all.html">全文阅读</a></div>`;
  const info = k === 0
    ? `<div class="info"><span class="time">${y}-${m}-${d} ${hm(a)}</span><span class="src">来源：${esc(a.source)}</span><span class="au">作者：${esc(a.author!)}</span><span class="cmt"><a href="#comment">评论</a></span></div>`
    : `<div class="info">发布时间：${y}年${m}月${d}日 ${hm(a)} | 来源：${esc(a.source)} | 编辑：${esc(a.editor)} | <a class="fs">字号 T</a></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['社会_某某网', '经济_某某商报网'], k)}</title>
<meta name="keywords" content="${pick(['老工业城市,产业转型,集成电路', '跨境电商,旺季,海外仓'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 50))}">
<meta property="og:title" content="${esc(a.title)}">${stats(pageId(a, 1))}</head>
<body><div class="topbar"><a>设为首页</a><a>收藏本站</a><a>手机版</a><a>登录</a></div>
<div class="header"><a class="logo"><img src="/img/logo.gif" alt="${pick(['某某网', '某某商报网'], k)}"></a><div class="ad"><iframe src="https://ad.example-ads.com/b?${pageId(a, 5)}" width="728" height="90"></iframe></div></div>
<ul class="nav">${links(['首页', '要闻', '社会', '经济', '文体', '视频', '图片', '专题', '数字报'])}</ul>
<div class="crumb"><a>首页</a> &gt; <a>${pick(['社会', '经济'], k)}</a> &gt; 正文</div>
<div class="main"><div class="left">
<h1>${esc(a.title)}</h1>
${info}
<div class="article" id="content">
${paras(shown, '\u3000\u3000')}
</div>
${pager}
<div class="bar"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="related"><h3>${pick(['相关新闻', '延伸阅读'], k)}</h3><ul><li><a>${pick(['老厂房变身文创园', '外贸企业抢抓订单'], k)}</a><span>${addDay(a.date, -6)}</span></li><li><a>${pick(['产业园区招商新观察', '海外仓建设提速'], k)}</a><span>${addDay(a.date, -15)}</span></li></ul></div>
<div id="comment" class="comment"><h3>网友评论</h3><div class="c"><b>网友${num(a, 7, 9000)}</b><p>${pick(['见证了家乡的变化', '做外贸真不容易'], k)}</p><i>${addDay(a.date, 1)} 21:08</i></div></div>
</div>
<div class="right"><h3>${pick(['24小时排行', '热点推荐'], k)}</h3><ol><li><a>多条公交线路今起调整</a></li><li><a>本周末气温将创新低</a></li></ol></div></div>
<div class="footer">${pick(['某某网', '某某商报网'], k)}版权所有　未经授权禁止转载　某ICP备00000000号</div></body></html>`;
  return {
    name: `hr-paged-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: firstOf(shown),
      body_last: lastOf(shown),
      not_in_body: k === 0 ? ['本文共3页', '第2页', '下一页', '分享到', '相关新闻', '网友评论'] : ['上一页', '全文阅读', '编辑：', '延伸阅读', '网友评论', '热点推荐'],
    },
  };
};

/** A central outlet's 客户端 share page: an app-download bar over the headline, `来源：X　作者：Y` (page 0) or the outlet unlabelled beside the time and `记者　Y` (page 1), 打开APP prompts after the text. */
const client: Template = (_a, k) => {
  const a = HELDOUT35_POOL.client[k];
  const [y, m, d] = ymd(a);
  const url = `https://${pick(['h5', 'wap'], k)}.example-${pick(['rb', 'xw'], k)}.cn/${pick(['article', 'share/detail'], k)}/${num(a, k, 100000000)}?from=${pick(['wechat', 'timeline'], k)}`;
  const bar = `<div class="app-bar"><img src="/static/app-icon.png" alt=""><div><b>${pick(['某某日报客户端', '某某新闻客户端'], k)}</b><span>${pick(['权威资讯 随时掌握', '看新闻 上某某新闻'], k)}</span></div><a class="open">打开APP</a></div>`;
  const info = k === 0
    ? `<div class="meta"><span>来源：${esc(a.source)}</span><span>作者：${esc(a.author!)}</span><span>${y}-${m}-${d} ${hm(a)}</span></div>`
    : `<div class="meta"><span class="media">${esc(a.source)}</span><span class="time">${y}-${m}-${d} ${hm(a)}:26</span></div>\n<div class="reporter">记者　${esc(a.author!)}</div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(a.title)}</title><meta name="description" content="${esc(a.paras[0].slice(0, 40))}">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${pick(['某某日报客户端', '某某新闻客户端'], k)}">${stats(pageId(a, 1))}
<script>window.__SHARE__={"shareTitle":"${esc(a.title)}","shareImg":"https://img.example-cdn.cn/${pageId(a, 2)}.jpg","appId":"${pageId(a, 3)}"};</script></head>
<body><div id="app">
${bar}
<div class="article">
<h1 class="title">${esc(a.title)}</h1>
${info}
<div class="content">
${k === 0 ? `<p style="text-align:center"><img src="https://img.example-cdn.cn/${pageId(a, 4)}.jpg"></p>\n` : ''}${paras(a.paras)}
</div>
<p class="editor">${pick(['责任编辑：', '编辑：'], k)}${esc(a.editor)}</p>
<div class="open-app"><a>打开APP，阅读全文</a><p>${pick(['下载某某日报客户端，查看更多精彩内容', '打开某某新闻，看更多独家报道'], k)}</p></div>
</div>
<div class="recommend"><h3>${pick(['相关推荐', '为你推荐'], k)}</h3>
<div class="item"><a>${pick(['社区食堂开到了家门口', '新能源重卡换电站投运'], k)}</a><span>${addDay(a.date, -2).slice(5)}</span></div>
<div class="item"><a>${pick(['老旧小区改造：先问居民要什么', '城际铁路年底前开通'], k)}</a><span>${addDay(a.date, -4).slice(5)}</span></div></div>
<div class="footer-bar"><a class="download">立即下载</a><span>©${y} ${pick(['某某日报社', '某某新闻社'], k)} 版权所有</span></div>
</div></body></html>`;
  return {
    name: `hr-client-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: firstOf(a.paras),
      body_last: lastOf(a.paras),
      not_in_body: k === 0 ? ['打开APP', '作者：', '责任编辑', '查看更多精彩内容', '相关推荐'] : ['打开APP', `记者　${a.author!}`, '编辑：', '看更多独家报道', '为你推荐'],
    },
  };
};

/** A financial portal's 7×24 快讯 page: the day's timed items above (page 0) or beside (page 1) the one article, 相关标签, 风险提示. */
const flash: Template = (_a, k) => {
  const a = HELDOUT35_POOL.flash[k];
  const [y, m, d] = ymd(a);
  const url = `https://${pick(['kuaixun', 'finance'], k)}.example-${pick(['cj', 'money'], k)}.com/${pick(['7x24', 'roll'], k)}/${y}${m}${d}/${num(a, k, 10000000)}.html`;
  const items: [string, string][] = pick([
    [['14:58', '【央行：11月24日开展1200亿元7天期逆回购操作】'], ['14:41', '某某科技午后拉升涨超9%，公司近日发布新一代AI芯片'], ['14:12', '离岸人民币兑美元日内升值超100点'], ['13:55', '恒生指数午后涨幅扩大至1.2%']],
    [['08:45', '【隔夜美股三大指数收跌 纳指跌0.6%】'], ['08:31', '现货黄金短线走高，日内涨0.4%'], ['08:02', '日经225指数开盘下跌0.8%'], ['07:40', '多家机构发布12月宏观经济展望']],
  ] as [string, string][][], k);
  const list = items.map(([t, x]) => `<li><span class="kx-time">${t}</span><p class="kx-text">${esc(x)}</p><a class="kx-share">分享</a></li>`).join('\n');
  const time = k === 0 ? `${y}-${m}-${d} ${hm(a)}:05` : `${y}年${m}月${d}日 ${hm(a)} 星期一`;
  const article = `<div class="kx-detail">
<h1>${esc(a.title)}</h1>
<div class="kx-info"><span>${time}</span><span>来源：${esc(a.source)}</span><span>阅读量：${num(a, 3, 90000) + 1000}</span></div>
<div class="kx-body">
${paras(a.paras)}
</div>
<div class="kx-tags">相关标签：<a>${pick(['A股', '原油'], k)}</a><a>${pick(['半导体', '期货'], k)}</a></div>
<div class="kx-risk">风险提示：以上内容仅供参考，不构成投资建议，据此操作风险自担。</div>
</div>`;
  const day = `<div class="kx-day">${Number(m)}月${Number(d)}日 ${pick(['星期二', '星期一'], k)}</div>`;
  const main = k === 0
    ? `<div class="kx-list">${day}<ul>\n${list}\n</ul></div>\n${article}`
    : `${article}\n<div class="kx-side"><h3>7×24小时快讯</h3>${day}<ul>\n${list}\n</ul><a class="more">查看全部快讯&gt;&gt;</a></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['7×24快讯_某某财经', '快讯_某某网财经'], k)}</title>
<meta name="keywords" content="${pick(['A股,午盘,半导体', '原油,布伦特,WTI'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">${stats(pageId(a, 1))}</head>
<body><div class="ticker"><span>上证指数 3321.45 <em>+0.35%</em></span><span>深证成指 10872.16 <em>+0.52%</em></span><span>创业板指 2231.08 <em>+0.81%</em></span><span>恒生指数 19843.20 <em>+1.20%</em></span></div>
<div class="header"><a class="logo"><img src="/img/logo.png" alt=""></a><ul class="nav">${links(['首页', '快讯', '股票', '基金', '期货', '外汇', '数据', '研报', 'APP'])}</ul></div>
<div class="crumb"><a>首页</a> &gt; <a>7×24快讯</a> &gt; 正文</div>
<div class="wrap">
${main}
</div>
<div class="app-promo"><img src="/img/qr.png" alt="">扫码下载APP，快讯实时推送</div>
<div class="footer">${pick(['某某财经', '某某网财经'], k)} 版权所有 © 2026　违法和不良信息举报电话：400-000-0000　某ICP备00000000号</div></body></html>`;
  return {
    name: `hr-flash-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: null,
      body_first: firstOf(a.paras),
      body_last: lastOf(a.paras),
      not_in_body: [items[0][1].slice(1, 10), items[2][1], '相关标签', '风险提示', '阅读量', '扫码下载APP'],
    },
  };
};

/** An old county site in a 2011–2012 table layout: `<font>` cells, 【字体：大 中 小】, text in `<br>` runs (page 0, GBK) or `<p>` (page 1, GB2312, the day only, 录入 admin). */
const oldtable: Template = (_a, k) => {
  const a = HELDOUT35_POOL.oldtable[k];
  const [y, m, d] = ymd(a);
  const url = `http://www.example${pick(['xian', 'zhen'], k)}.gov.cn/${pick(['Article/ShowArticle.asp?ArticleID=', 'news/show.php?id='], k)}${num(a, k, 9000) + 1000}`;
  const info = k === 0
    ? `发布时间：${y}-${Number(m)}-${Number(d)} ${Number(hm(a).slice(0, 2))}${hm(a).slice(2)}:12&nbsp;&nbsp;文章来源：${esc(a.source)}&nbsp;&nbsp;作者：${esc(a.author!)}&nbsp;&nbsp;点击数：<script src="/Article/GetHits.asp?ArticleID=${num(a, k, 9000) + 1000}"></script>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】`
    : `日期：${y}-${m}-${d}&nbsp;&nbsp;&nbsp;信息来源：${esc(a.source)}&nbsp;&nbsp;&nbsp;录入：admin&nbsp;&nbsp;&nbsp;浏览：<span id="hits">0</span>次&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】`;
  const text = k === 0
    ? `<font style="font-size:14px;line-height:180%">${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}`).join('<br><br>\n')}</font>`
    : paras(a.paras, '\u3000\u3000');
  const site = pick(['某某县人民政府', '某某镇人民政府'], k);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=${pick(['gbk', 'gb2312'], k)}" />
<title>${esc(a.title)} - ${site}</title><link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css" /></head>
<body leftmargin="0" topmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="778" height="120" /></td></tr>
<tr><td class="menu" height="30" bgcolor="#0066CC"><font color="#FFFFFF"><a>网站首页</a> | <a>政务公开</a> | <a>${pick(['工作动态', '乡镇动态'], k)}</a> | <a>招商引资</a> | <a>便民服务</a> | <a>领导信箱</a></font></td></tr>
<tr><td height="25"><font size="2">${pick(['今天是：', '欢迎光临'], k)}<script>document.write(new Date().toLocaleDateString())</script></font></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" bgcolor="#F2F7FC"><table width="100%"><tr><td class="t"><font size="2"><b>${pick(['最新动态', '热点文章'], k)}</b></font></td></tr>
<tr><td><font size="2">·<a>${pick(['全县安全生产大检查启动', '镇卫生院完成设备更新'], k)}</a> ${pick([`${y}-6-3`, `${y}-3-9`], k)}<br>·<a>${pick(['县领导督导春耕生产', '某某村道路硬化完工'], k)}</a> ${pick([`${y}-5-28`, `${y}-2-27`], k)}<br>·<a>${pick(['全县招商引资推介会举行', '镇党委召开民主生活会'], k)}</a> ${pick([`${y}-5-20`, `${y}-2-21`], k)}</font></td></tr></table></td>
<td width="578" valign="top"><table width="100%" border="0" cellpadding="4"><tr><td><font size="2">您现在的位置：<a>${site}</a> &gt;&gt; <a>${pick(['工作动态', '乡镇动态'], k)}</a> &gt;&gt; 正文</font></td></tr>
<tr><td align="center" height="50"><font size="4" color="#CC0000"><b>${esc(a.title)}</b></font></td></tr>
<tr><td align="center" bgcolor="#F5F5F5"><font size="2" color="#666666">${info}</font></td></tr>
<tr><td id="fontzoom" class="content">
${text}
</td></tr>
<tr><td align="right"><font size="2">【<a>发表评论</a>】【<a>告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><font size="2">上一篇文章：<a>${pick(['县委中心组专题学习会召开', '镇召开2012年工作会议'], k)}</a><br>下一篇文章：<a>${pick(['全县农村电网改造工程通过验收', '镇开展森林防火宣传月活动'], k)}</a></font></td></tr>
<tr><td><font size="2"><b>相关文章</b><br>·<a>${pick(['2010年防汛工作总结', '去年全镇造林情况通报'], k)}</a> (${pick(['2010-11-2', '2011-12-20'], k)})</font></td></tr></table></td></tr></table>
<table width="778" border="0" align="center" bgcolor="#0066CC"><tr><td align="center"><font size="2" color="#FFFFFF">版权所有：${site}　技术支持：某某网络公司<br>某ICP备0${num(a, 6, 9000000)}号　建议使用IE6.0以上浏览器 1024×768分辨率浏览</font></td></tr></table></body></html>`;
  return {
    name: `hr-oldtable-${k}`,
    html,
    bytes: gbk(html),
    gold: {
      url,
      title: a.title,
      date: k === 0 ? a.date : a.date.slice(0, 10),
      source: a.source,
      author: a.author,
      body_first: firstOf(a.paras),
      body_last: lastOf(a.paras),
      not_in_body: k === 0 ? ['文章来源', '点击数', '字体：', '打印此文', '上一篇文章', '相关文章', '最新动态'] : ['信息来源', '录入：admin', '浏览：', '关闭窗口', '下一篇文章', '热点文章'],
    },
  };
};

/** A city people's congress (page 0: a captioned photo first, 来源 the 办公厅, 【打印】【关闭】) and a district CPPCC (page 1: `作者：记者 X`, 委员风采 beside, 责任编辑 after). */
const congress: Template = (_a, k) => {
  const a = HELDOUT35_POOL.congress[k];
  const [y, m, d] = ymd(a);
  const site = pick(['某某市人大网', '某某区政协网'], k);
  const url = `https://www.example-${pick(['rd', 'zx'], k)}.gov.cn/${pick(['rdyw', 'zxdt'], k)}/${y}${m}/t${y}${m}${d}_${num(a, k, 1000000)}.html`;
  const info = k === 0
    ? `<div class="xx">发布时间：${y}-${m}-${d} ${hm(a)}　　来源：${esc(a.source)}　　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>`
    : `<div class="xx"><span>来源：${esc(a.source)}</span><span>作者：记者 ${esc(a.author!)}</span><span>发布时间：${y}/${m}/${d} ${hm(a)}</span><span>阅读次数：${num(a, 5, 3000) + 200}</span></div>`;
  const text = k === 0
    ? `<p style="text-align:center"><img src="/rdyw/${y}${m}/W0${pageId(a, 3)}.jpg" border="0"></p>\n<p style="text-align:center">执法检查组在市政务服务中心察看。 ${esc(a.editor)} 摄</p>\n${paras(a.paras, '\u3000\u3000')}`
    : paras(a.paras, '\u3000\u3000');
  const tail = k === 0
    ? `<div class="tools"><a>【打印】</a><a>【关闭】</a></div>`
    : `<p class="zb">责任编辑：${esc(a.editor)}</p>\n<div class="share">分享到：<a>微信</a><a>微博</a></div>`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}_${site}</title><meta name="SiteName" content="${site}"><meta name="ColumnName" content="${pick(['人大要闻', '政协动态'], k)}"><meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${y}-${m}-${d} ${hm(a)}">${stats(pageId(a, 1))}</head>
<body><div class="top"><span>${pick(['某某市人民代表大会常务委员会', '中国人民政治协商会议某某市某某区委员会'], k)}</span><a>无障碍浏览</a><a>手机版</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="${site}"></div>
<ul class="nav">${links(pick([['首页', '人大要闻', '常委会工作', '立法工作', '监督工作', '代表工作', '区县人大', '理论研究'], ['首页', '政协动态', '协商议政', '民主监督', '委员风采', '提案工作', '文史资料', '学习园地']], k))}</ul>
<div class="position">当前位置：<a>首页</a> &gt; <a>${pick(['人大要闻', '政协动态'], k)}</a></div>
<div class="content"><div class="left">
<h2 class="bt">${esc(a.title)}</h2>
${info}
<div class="zw TRS_Editor">
${text}
</div>
${tail}
<div class="xg"><h4>${pick(['相关新闻', '相关阅读'], k)}</h4><ul><li><a>${pick(['市人大常委会召开第二十一次会议', '区政协召开十一届十五次常委会议'], k)}</a><span>${addDay(a.date, -8)}</span></li><li><a>${pick(['人大代表走进企业察民情', '区政协开展民生实事民主监督'], k)}</a><span>${addDay(a.date, -16)}</span></li></ul></div>
</div>
<div class="right"><h3>${pick(['代表风采', '委员风采'], k)}</h3><ul><li><a>${pick(['代表履职：为乡村振兴鼓与呼', '委员履职：让社区养老更暖心'], k)}</a><span>${addDay(a.date, 2)}</span></li><li><a>${pick(['代表建议办理追踪', '一份提案的“落地记”'], k)}</a><span>${addDay(a.date, -3)}</span></li></ul></div></div>
<div class="footer">${site} 版权所有　主办：${pick(['某某市人大常委会办公厅', '某某区政协办公室'], k)}　某ICP备00000000号　网站标识码：0000000000</div></body></html>`;
  return {
    name: `hr-congress-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: firstOf(a.paras),
      body_last: lastOf(a.paras),
      not_in_body: k === 0 ? ['执法检查组在市政务服务中心察看', '字号', '【打印】', '相关新闻', '代表风采'] : ['作者：记者', '阅读次数', '责任编辑', '分享到', '委员风采'],
    },
  };
};

/** An m.-site AMP page (`<html ⚡>`): a yearless printed time with the year in JSON-LD, amp-ad between paragraphs, 查看完整版 and 打开APP after. */
const amp: Template = (_a, k) => {
  const a = HELDOUT35_POOL.amp[k];
  const [y, m, d] = ymd(a);
  const host = pick(['m.example-news.com', 'm.example-lvyou.cn'], k);
  const path = `/amp/${y}${m}${d}/${num(a, k, 10000000)}.html`;
  const url = `https://${host}${path}`;
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: `${y}-${m}-${d}T${hm(a)}:00+08:00`,
    dateModified: `${y}-${m}-${d}T${hm(a)}:00+08:00`,
    author: { '@type': 'Organization', name: pick(['某某网', '某某旅游网'], k) },
    publisher: { '@type': 'Organization', name: pick(['某某网', '某某旅游网'], k), logo: { '@type': 'ImageObject', url: `https://${host}/logo.png` } },
    image: [`https://img.example-cdn.com/${pageId(a, 2)}.jpg`],
  });
  const info = k === 0
    ? `<div class="info"><span>来源：${esc(a.source)}</span><span>作者：${esc(a.author!)}</span><span>${m}-${d} ${hm(a)}</span></div>`
    : `<div class="info"><span class="src">${esc(a.source)}</span> <time>${m}-${d} ${hm(a)}</time></div>`;
  const ad = `<amp-ad width="320" height="100" type="adsense" data-ad-client="ca-pub-0000" data-ad-slot="${num(a, 4, 100000)}"><div fallback>广告</div></amp-ad>`;
  const text = `${paras(a.paras.slice(0, 1))}\n<amp-img src="https://img.example-cdn.com/${pageId(a, 2)}.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>\n${paras(a.paras.slice(1, 2))}\n${ad}\n${paras(a.paras.slice(2))}`;
  const html = `<!doctype html><html ⚡ lang="zh-CN"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>${esc(a.title)}_${pick(['手机某某网', '某某旅游网触屏版'], k)}</title><link rel="canonical" href="https://www.${host.slice(2)}${path.replace('/amp', '')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">${ld}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.info{color:#999;font-size:12px}.art p{font-size:17px;line-height:1.8}</style></head>
<body><header class="hd"><a href="/" class="logo">${pick(['某某网', '某某旅游'], k)}</a><nav><a>首页</a><a>${pick(['国内', '目的地'], k)}</a><a>${pick(['天气', '攻略'], k)}</a><a>视频</a></nav></header>
<article class="art">
<h1>${esc(a.title)}</h1>
${info}
<div class="art-body">
${text}
</div>
</article>
<div class="share"><amp-social-share type="wechat" width="40" height="40"></amp-social-share><amp-social-share type="weibo" width="40" height="40"></amp-social-share><span>分享</span></div>
<div class="full"><a href="https://www.${host.slice(2)}${path.replace('/amp', '')}">查看完整版</a><a class="app">打开APP，看更多${pick(['天气资讯', '旅行攻略'], k)}</a></div>
<section class="hot"><h3>${pick(['热门推荐', '猜你喜欢'], k)}</h3><ul><li><a>${pick(['北方多地迎来初雪', '冬季自驾游注意事项'], k)}</a><span>${addDay(a.date, -1).slice(5)}</span></li><li><a>${pick(['供暖季开启，这些常识要知道', '温泉小镇迎来客流高峰'], k)}</a><span>${addDay(a.date, -3).slice(5)}</span></li></ul></section>
<footer>© ${y} ${pick(['某某网', '某某旅游网'], k)} 版权所有</footer></body></html>`;
  return {
    name: `hr-amp-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: firstOf(a.paras),
      body_last: lastOf(a.paras),
      not_in_body: k === 0 ? ['来源：', '作者：', '广告', '查看完整版', '打开APP', '热门推荐'] : ['广告', '分享', '查看完整版', '打开APP', '猜你喜欢'],
    },
  };
};

/** The six families, two pages each. */
export const HELDOUT35_TEMPLATES: Template[] = [paged, client, flash, oldtable, congress, amp];
