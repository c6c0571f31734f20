/**
 * Held-out templates of #17's round 22 (never tuned on), five families in page-building habits the parts lack, in
 * full site markup, each printing texts of its own kind (heldout33-pool.ts): a county 融媒体中心's pages (an 编者按 box
 * above the text; an 更新时间 printed before the 发布时间, credits after the text); a paper's 数字报 pages (版次/作者/稿件来源
 * on one line under a 版面 header; a `<title>` of the edition alone, the date only in the 版面 header); an industry
 * association's page (the `<title>` its column and site, a breadcrumb ending in the cut headline, 发布日期 and 信息来源 in
 * a table) and a university's news (photo and caption first, a time with seconds, 图文/编辑/审核 after); a fund company's
 * reprinted media report and a broker's research view (风险提示, 免责声明, an analyst's licence line); and a news client's
 * H5 share page dated only in a data attribute with 延伸阅读 links between its paragraphs, and a 人民号-like account page
 * (the time glued to the region by a middle dot, 延伸阅读 links after the text). Committed before any change to the
 * extractor.
 */
import { esc, pageId, pick, type Template } from './common.js';
import { HELDOUT33_POOL } from './heldout33-pool.js';
import type { PoolArticle } from './pool.js';

const links = (words: string[]): string => words.map((w, i) => `<li><a href="/col/${i + 21}/index.html" target="_blank">${w}</a></li>`).join('');
const stats = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-tj.com/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const first = (a: PoolArticle): string => compact(a.paras[0]).slice(0, 12);
const last = (a: PoolArticle): string => compact(a.paras[a.paras.length - 1]).slice(-12);
const ymd = (a: PoolArticle): [string, string, string] => [a.date.slice(0, 4), a.date.slice(5, 7), a.date.slice(8, 10)];
const hm = (a: PoolArticle): string => a.date.slice(11);
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const paras = (a: PoolArticle, from = 0, to = a.paras.length): string => a.paras.slice(from, to).map((p) => `<p>${esc(p)}</p>`).join('\n');

/** A county 融媒体中心's article: an 编者按 box above the text (page 0) or an 更新时间 before the 发布时间 and credits after it (page 1). */
const county: Template = (_a, k) => {
  const a = HELDOUT33_POOL.county[k];
  const [y, m, d] = ymd(a);
  const url = `https://www.example-xrm${k}.cn/html/${y}${m}/${d}/content_${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const info = k === 0
    ? `<div class="detail-info"><span class="src">来源：${esc(a.source)}</span><span class="au">作者：融媒记者　${esc(a.author!)}</span><span class="tm">${y}-${m}-${d} ${hm(a)}</span><span class="rd">阅读：<em id="hits">0</em></span></div>`
    : `<div class="detail-info"><span>更新时间：${addDay(a.date, 1)} 17:30</span><span>发布时间：${y}-${m}-${d} ${hm(a)}</span><span>来源：${esc(a.source)}</span><span class="size">字号：<a>大</a><a>中</a><a>小</a></span></div>`;
  const note = k === 0
    ? `<div class="bianzhe" style="border:1px dashed #c00;padding:10px;background:#fff8f0"><p><strong>编者按：</strong>粮食安全是“国之大者”。即日起，县融媒体中心推出“沃野新篇”系列报道，走进田间地头，记录我县建设高标准农田、夯实粮食生产根基的生动实践。</p></div>`
    : '';
  const credits = k === 0
    ? `<p class="edt">编辑：${esc(a.editor)}　二审：陈建国　三审：林海</p>`
    : `<p>融媒记者：${esc(a.author!)}　通讯员：王岚</p><p>编辑：${esc(a.editor)}　审核：吕正</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)}-${pick(['某某县融媒', '某某县新闻网'], k)}</title>
<meta name="keywords" content="${pick(['高标准农田,验收', '老旧小区,改造'], k)}">${stats(pageId(a, 1))}</head>
<body><div class="topbar"><span>${y}年${Number(m)}月${Number(d)}日</span><a>登录</a><a>注册</a><a>下载客户端</a></div>
<div class="header"><img src="/img/logo.png" alt="某某县融媒体中心"></div>
<ul class="nav">${links(['首页', '时政要闻', '乡镇动态', '部门动态', '民生', '视频', '专题', '县情'])}</ul>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>${pick(['时政要闻', '乡镇动态'], k)}</a></div>
<div class="main"><div class="left">
<h1 class="detail-title">${esc(a.title)}</h1>
${info}
<div class="detail-content" id="content">
${note}
${paras(a)}
${credits}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="pn"><p>上一篇：<a>${pick(['县委理论学习中心组召开专题学习会', '县人民医院新院区投入使用'], k)}</a></p><p>下一篇：<a>${pick(['全县冬季森林防火工作会议召开', '城关镇举办就业援助月招聘会'], k)}</a></p></div>
</div>
<div class="right"><h3>热点推荐</h3><ul><li><a>全县秋粮收购进度过半</a><span>${addDay(a.date, 2).slice(5)}</span></li><li><a>县城区集中供暖11月15日起试运行</a><span>${addDay(a.date, -6).slice(5)}</span></li></ul></div></div>
<div class="footer"><p>主办：某某县融媒体中心　版权所有　未经授权禁止转载</p><p>备案号：某ICP备00000000号-1　互联网新闻信息服务许可证：00000000000</p></div></body></html>`;
  return {
    name: `hq-county-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: k === 0 ? a.author : [a.author, '王岚'],
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['编者按', '沃野新篇', '二审', '分享到', '上一篇'] : ['更新时间', '融媒记者', '通讯员', '审核', '字号'],
    },
  };
};

/** A paper's 数字报 page: 版次/作者/稿件来源 on one line under the 版面 header (page 0), or a `<title>` of the edition alone and the date only in the 版面 header (page 1). */
const edition: Template = (_a, k) => {
  const a = HELDOUT33_POOL.edition[k];
  const [y, m, d] = ymd(a);
  const wd = '日一二三四五六'[new Date(`${a.date.slice(0, 10)}T12:00:00Z`).getUTCDay()];
  const page = pick(['A03', '05'], k);
  const url = `https://epaper.example-${pick(['sbrb', 'swb'], k)}.com/${pick(['html', 'pc'], k)}/${y}-${m}/${d}/content_${parseInt(pageId(a, k), 16) % 100000}.htm`;
  const header = k === 0
    ? `<div class="ban"><span>某某日报</span><span>${y}年${m}月${d}日　星期${wd}</span><span>第${page}版：要闻</span><a>版面导航</a><a>往期回顾</a></div>`
    : `<div class="ban"><span>${y}年${Number(m)}月${Number(d)}日</span><span>第${page}版　城事·社区</span><a>上一版</a><a>下一版</a><a>PDF版</a></div>`;
  const line = k === 0
    ? `<div class="attr">版次：${page}　作者：本报记者　${esc(a.author!)}　稿件来源：${esc(a.source)}</div>`
    : `<div class="attr">□ 本报记者　${esc(a.author!)}　文/图</div>`;
  const body = k === 0
    ? paras(a)
    : `<p><img src="/pic/${pageId(a, 3)}.jpg"></p><p class="cap">居民在共享厨房做饭。</p>\n${paras(a)}`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${k === 0 ? `${esc(a.title)}--某某日报数字报` : '某某晚报电子版'}</title>${stats(pageId(a, 2))}
<link rel="stylesheet" href="/css/epaper.css"></head>
<body><div class="masthead"><img src="/img/mast.png" alt="${pick(['某某日报', '某某晚报'], k)}"></div>
${header}
<table class="layout"><tr><td class="pagepic"><img src="/page/${pageId(a, 4)}.jpg" usemap="#m"><map name="m"><area href="#" alt="${esc(a.title)}"></map></td>
<td class="article">
${k === 0 ? '' : `<h4 class="yin">社区里的“烟火气”</h4>`}
<h1>${esc(a.title)}</h1>
${line}
<div id="ozoom" class="content">
${body}
</div>
<div class="tools"><a>【打印】</a><a>【关闭】</a><a>【返回目录】</a></div>
</td>
<td class="list"><h3>本版新闻</h3><ul><li><a>${esc(a.title)}</a></li><li><a>${pick(['全市冬季供暖设施检修完成', '社区食堂今冬扩至80家'], k)}</a></li><li><a>${pick(['市区道路“微改造”完成78处', '老旧电梯更新纳入民生实事'], k)}</a></li></ul>
<p class="ed">本版责编：${esc(a.editor)}　美编：张青</p></td></tr></table>
<div class="footer">${pick(['某某日报社', '某某晚报社'], k)}版权所有　未经书面授权不得复制或建立镜像　某ICP备00000000号</div></body></html>`;
  return {
    name: `hq-edition-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['版次', '稿件来源', '本版新闻', '本版责编', '打印'] : ['本报记者', '文/图', '本版新闻', '本版责编', '返回目录'],
    },
  };
};

/** An industry association's page (the `<title>` its column and site, a breadcrumb ending in the cut headline, a table of 发布日期/信息来源) or a university's news (photo and caption first, time with seconds, credits after). */
const institution: Template = (_a, k) => {
  const a = HELDOUT33_POOL.institution[k];
  const [y, m, d] = ymd(a);
  const url = k === 0
    ? `http://www.example-cbmf.org.cn/hyzx/${y}${m}${d}/${parseInt(pageId(a, k), 16) % 100000}.shtml`
    : `https://news.example-u.edu.cn/info/10${k}2/${parseInt(pageId(a, k), 16) % 100000}.htm`;
  const html = k === 0
    ? `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>行业资讯 - ${esc(a.source)}</title>${stats(pageId(a, 1))}</head>
<body><div class="head"><img src="/images/logo.jpg" alt="${esc(a.source)}" /><div class="login">会员登录 | 会员注册</div></div>
<ul class="menu">${links(['首页', '协会概况', '协会动态', '行业资讯', '政策法规', '统计数据', '标准化', '会员服务', '联系我们'])}</ul>
<table width="1000" align="center"><tr><td width="240" valign="top" class="left"><div class="lm">行业资讯</div><ul>${links(['行业资讯', '经济运行', '国际动态'])}</ul>
<div class="lm">会员登录</div><form><input name="u" /><input name="p" type="password" /><button>登录</button></form></td>
<td valign="top">
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/hyzx/">行业资讯</a> &gt;&gt; ${esc(a.title.slice(0, 16))}...</div>
<div class="con_title">${esc(a.title)}</div>
<table class="con_info" width="100%"><tr><td>发布日期：${y}-${m}-${d}</td><td>信息来源：${esc(a.source)}</td><td>浏览次数：<script src="/count.php?id=${parseInt(pageId(a, k), 16) % 100000}"></script></td><td>【<a>打印</a>】【<a>关闭</a>】</td></tr></table>
<div class="con_text">
${a.paras.map((p) => `<p style="text-indent:2em;">${esc(p)}</p>`).join('\n')}
</div>
<div class="con_pn">上一条：<a>协会召开四届五次理事会</a><br />下一条：<a>2026年10月全国水泥产量数据发布</a></div>
</td></tr></table>
<div class="foot">${esc(a.source)}　版权所有　地址：北京市某某区某某路11号　电话：010-00000000　京ICP备00000000号</div></body></html>`
    : `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-某某大学新闻网</title>${stats(pageId(a, 1))}</head>
<body><div class="header"><img src="/images/xb.png" alt="某某大学"><span>新闻网</span></div>
<ul class="nav">${links(['首页', '学校要闻', '综合新闻', '学院动态', '科研进展', '媒体某大', '校园文化', '图说某大'])}</ul>
<div class="main"><div class="crumb">当前位置: <a>首页</a> &gt;&gt; <a>科研进展</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="article">
<h1>${esc(a.title)}</h1>
<div class="info">发布时间：${y}-${m}-${d} ${hm(a)}:36　作者：${esc(a.author!)}　来源：${esc(a.source)}　点击数：<span id="dynclicks_wbnews">0</span></div>
<div class="v_news_content" id="vsb_content">
<p style="text-align:center"><img src="/__local/${pageId(a, 5)}.jpg" width="600"></p>
<p style="text-align:center">团队成员在实验室开展材料表征测试</p>
${paras(a)}
<p style="text-align:right">（图文：${esc(a.author!)}　编辑：${esc(a.editor)}　审核：孟凡）</p>
</div>
<div class="pn"><p>上一条：<a>我校举办第十二届研究生学术论坛</a></p><p>下一条：<a>学校召开2026年科技工作会议</a></p></div>
</div></form></div>
<div class="side"><h3>科研进展</h3><ul><li><a>我校获批两项国家重点研发计划项目</a><span>${addDay(a.date, -5)}</span></li></ul></div>
<div class="footer">版权所有 © 某某大学党委宣传部　地址：某某市某某路88号</div></body></html>`;
  return {
    name: `hq-institution-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['您现在的位置', '信息来源', '浏览次数', '上一条', '会员登录'] : ['团队成员在实验室', '图文：', '审核', '上一条', '点击数'],
    },
  };
};

/** A fund company's reprinted media report closed by 风险提示 and a reprint note (page 0) or a broker's research view with an analyst's licence line, 风险提示 and 免责声明 (page 1). */
const finance: Template = (_a, k) => {
  const a = HELDOUT33_POOL.finance[k];
  const [y, m, d] = ymd(a);
  const url = k === 0
    ? `https://www.example-fund.com.cn/main/mtbd/${y}${m}${d}/${pageId(a, k)}.shtml`
    : `https://www.example-sec.com/research/view/${y}${m}${d}${parseInt(pageId(a, k), 16) % 1000}.html`;
  const site = pick(['某某基金管理有限公司', '某某证券'], k);
  const info = k === 0
    ? `<div class="art-info"><span>来源：${esc(a.source)}</span><span>发布日期：${y}-${m}-${d} ${hm(a)}</span></div>`
    : `<div class="art-info"><span>发布时间：${y}年${m}月${d}日 ${hm(a)}</span><span>来源：${esc(a.source)}</span><span>作者：${esc(a.author!)}</span></div>`;
  const tail = k === 0
    ? `<p>（本文转载自${esc(a.source)}，仅供参考，不代表本公司观点。）</p>
<p class="risk"><strong>风险提示：</strong>基金有风险，投资需谨慎。基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现。</p>`
    : `<p>分析师：${esc(a.author!)}　执业证书编号：S0000520100001</p>
<p><strong>风险提示：</strong>政策落地不及预期；海外经济超预期衰退；地缘政治风险。</p>
<p class="disclaimer">免责声明：本报告仅供本公司客户使用，本公司不会因接收人收到本报告而视其为客户。本报告中的信息均来源于公开资料，本公司对这些信息的准确性及完整性不作任何保证。</p>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['_媒体报道_某某基金', ' - 某某证券'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}">${stats(pageId(a, 2))}</head>
<body><div class="top"><a>个人投资者</a><a>机构投资者</a><a>${pick(['基金账户登录', '网上开户'], k)}</a><span>客服热线：400-000-0000</span></div>
<div class="header"><img src="/img/logo.svg" alt="${site}"><ul class="nav">${links(k === 0 ? ['首页', '基金产品', '投资者服务', '信息披露', '关于我们'] : ['首页', '财富管理', '研究所', '投资银行', '投资者关系'])}</ul></div>
<div class="crumb">首页 &gt; ${pick(['关于我们 &gt; 媒体报道', '研究所 &gt; 研究观点'], k)}</div>
<div class="main"><div class="art">
<h2 class="art-title">${esc(a.title)}</h2>
${info}
<div class="art-content">
${paras(a)}
${tail}
</div>
<div class="art-share">分享：<a>微信</a><a>微博</a></div></div>
<div class="aside"><h3>${pick(['最新公告', '最新研报'], k)}</h3><ul><li><a>${pick(['关于旗下部分基金参加费率优惠活动的公告', '电子行业周报：AI算力需求持续旺盛'], k)}</a><span>${addDay(a.date, 3)}</span></li><li><a>${pick(['某某稳健收益债券型基金分红公告', '汽车行业月报：新能源渗透率再创新高'], k)}</a><span>${addDay(a.date, 1)}</span></li></ul></div></div>
<div class="footer">${site}　版权所有　沪ICP备00000000号　市场有风险，投资需谨慎</div></body></html>`;
  return {
    name: `hq-finance-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['风险提示', '本文转载自', '不代表本公司观点', '最新公告'] : ['分析师', '执业证书', '风险提示', '免责声明', '最新研报'],
    },
  };
};

/** A news client's H5 share page dated only in a data attribute with 延伸阅读 links between its paragraphs (page 0), or an account page with the time glued to the region by a middle dot and 延伸阅读 after the text (page 1). */
const client: Template = (_a, k) => {
  const a = HELDOUT33_POOL.client[k];
  const [y, m, d] = ymd(a);
  const ms = Date.parse(`${a.date}:00+08:00`);
  const url = k === 0
    ? `https://h5.example-app.cn/share/detail.html?id=${parseInt(pageId(a, k), 16)}&from=wechat`
    : `https://www.example-rmh.cn/article/${parseInt(pageId(a, k), 16) % 10000000}`;
  const html = k === 0
    ? `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(a.title)}</title><meta name="description" content="${esc(a.paras[0].slice(0, 40))}">
<script>window.__shareConfig={title:"${esc(a.title)}",img:"https://img.example-app.cn/s/${pageId(a, 2)}.jpg"};</script>${stats(pageId(a, 3))}</head>
<body><div class="open-app-bar"><img src="/i/logo.png" alt="${esc(a.source)}"><span>打开${esc(a.source)}，阅读体验更佳</span><a class="btn">打开</a></div>
<div class="article" data-id="${parseInt(pageId(a, k), 16)}" data-publish-time="${ms}">
<h1 class="title">${esc(a.title)}</h1>
<div class="meta"><span class="source">${esc(a.source)}</span><span class="time" data-time="${ms}"></span><span class="reads">阅读 10.2万</span></div>
<div class="content">
${paras(a, 0, 2)}
<p><strong>延伸阅读</strong></p>
<p><a href="/share/detail.html?id=${parseInt(pageId(a, 5), 16)}">寒潮、冷空气有什么区别？一图看懂</a></p>
<p><a href="/share/detail.html?id=${parseInt(pageId(a, 6), 16)}">今冬气候趋势预测：南方或现阶段性低温</a></p>
${paras(a, 2)}
</div>
<div class="more"><a class="btn">打开APP，查看更多精彩内容</a></div></div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>北方多地开启供暖模式</a><span>${addDay(a.date, -10).slice(5)}</span></li><li><a>这个冬天会是暖冬吗？</a><span>${addDay(a.date, -3).slice(5)}</span></li></ul></div>
<div class="comments"><h3>热门评论</h3><div class="c"><span>北方网友</span><p>终于要下雪了</p><span>${m}-${d} ${Number(a.date.slice(11, 13)) + 1}:05</span></div></div>
<script>document.querySelectorAll('[data-time]').forEach(function(e){var t=new Date(+e.dataset.time);e.textContent=(t.getMonth()+1)+'月'+t.getDate()+'日';});</script></body></html>`
    : `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>${stats(pageId(a, 3))}</head>
<body><div class="header"><a class="logo">某某号</a><ul class="nav">${links(['首页', '推荐', '时政', '财经', '县域', '视频'])}</ul><a>登录</a></div>
<div class="main"><div class="article">
<h1>${esc(a.title)}</h1>
<div class="author-bar"><img src="/avatar/${pageId(a, 4)}.jpg" alt=""><div><a class="nick">${esc(a.source)}</a><span class="badge">某某号作者</span></div><div class="pub">${y}-${m}-${d} ${hm(a)}·浙江</div><a class="follow">+ 关注</a></div>
<div class="rich-text">
${paras(a)}
<p><strong>延伸阅读：</strong></p>
<p><a href="/article/${parseInt(pageId(a, 7), 16) % 10000000}">预制菜进校园，该不该？</a></p>
<p><a href="/article/${parseInt(pageId(a, 8), 16) % 10000000}">县域商业体系建设的三个关键词</a></p>
</div>
<div class="statement">本文为某某号作者原创，不代表平台观点。未经授权，不得转载。</div>
<div class="actions"><span>点赞 326</span><span>评论 41</span><span>分享</span><a>举报</a></div></div>
<div class="side"><h3>作者其他文章</h3><ul><li><a>县域消费的新变化</a><span>${addDay(a.date, -4).slice(5)}</span></li></ul></div></div>
<div class="footer">某某号　版权所有　京ICP备00000000号</div></body></html>`;
  return {
    name: `hq-client-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      // The share page prints no time (its script writes the day from the attribute); the account page prints it.
      date: k === 0 ? a.date.slice(0, 10) : a.date,
      source: a.source,
      author: null,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['延伸阅读', '寒潮、冷空气有什么区别', '打开APP', '相关推荐'] : ['延伸阅读', '预制菜进校园', '不代表平台观点', '举报', '+ 关注'],
    },
  };
};

/** The five families, two pages each. */
export const HELDOUT33_TEMPLATES: Template[] = [county, edition, institution, finance, client];
