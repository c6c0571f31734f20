/**
 * Held-out templates of #17's round 20 (never tuned on), five families in page-building habits the parts have least,
 * in full site markup, each printing texts of its own kind (heldout31-pool.ts): a ministry's 政策解读 with an 附件 list
 * and 相关链接 and a provincial 政务 page with 发布机构/信息来源 in a table; a telegraph agency's and a securities daily's
 * 快讯 with the 【】 headline inside the text; commentary pages with the writer's column box; portals' 组图 pages with
 * captions; and a tech medium's English-URL page dated only in JSON-LD and a WeChat article re-posted with the
 * account's card at the end. Committed before any change to the extractor.
 */
import { esc, pageId, pick, type Template } from './common.js';
import { HELDOUT31_POOL } from './heldout31-pool.js';
import type { PoolArticle } from './pool.js';

const links = (words: string[]): string => words.map((w, i) => `<li><a href="/c/${i + 11}/index.html" target="_blank">${w}</a></li>`).join('');
const stats = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-tj.com/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
const first = (a: PoolArticle): string => a.paras[0].slice(0, 12);
const last = (a: PoolArticle): string => a.paras[a.paras.length - 1].slice(-12);
const ymd = (a: PoolArticle): [string, string, string] => [a.date.slice(0, 4), a.date.slice(5, 7), a.date.slice(8, 10)];

/** A ministry's 政策解读 (`X时Y分` time, an 附件 list in the text's box, 相关链接 after) or a provincial 政务 page (a 信息公开 table with 成文日期 before 发布日期). */
const govPolicy: Template = (_a, k) => {
  const a = HELDOUT31_POOL.govpolicy[k];
  const [y, m, d] = ymd(a);
  const menu = links(['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流', '数据', '专题专栏']);
  const url = k === 0
    ? `https://www.example-mofi.gov.cn/zwgk/zcjd/art/${y}/art_${pageId(a, k)}.html`
    : `https://jxt.example-prov.gov.cn/art/${y}/${Number(m)}/${Number(d)}/art_1229${parseInt(pageId(a, k), 16) % 100000}_${parseInt(pageId(a, k + 3), 16) % 10000000}.html`;
  const head = k === 0
    ? `<div class="pages-title"><h1>${esc(a.title)}</h1></div>
<div class="pages-date">发布时间：${y}年${m}月${d}日 ${a.date.slice(11, 13)}时${a.date.slice(14, 16)}分<span class="font">来源：${esc(a.source)}</span><span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>`
    : `<table class="xxgk-table" cellpadding="0" cellspacing="0" border="1">
<tr><th>索&nbsp;引&nbsp;号</th><td>11330000MB1C${pageId(a, k).slice(0, 4).toUpperCase()}/2026-0${parseInt(pageId(a, k), 16) % 90000}</td><th>主题分类</th><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><th>发布机构</th><td>${esc(a.source)}</td><th>信息来源</th><td>${esc(a.source)}</td></tr>
<tr><th>成文日期</th><td>${y}-${m}-04</td><th>发布日期</th><td>${y}-${m}-${d}</td></tr>
<tr><th>文&emsp;&emsp;号</th><td></td><th>有&nbsp;效&nbsp;性</th><td>有效</td></tr></table>
<div class="art-title"><h2>${esc(a.title)}</h2></div>`;
  const tail = k === 0
    ? `<p style="text-align:left">附件：</p><p><a href="/zwgk/zcjd/att/${pageId(a, 9)}.pdf">1.关于加快推动工业设备更新和技术改造的实施意见.pdf</a></p><p><a href="/zwgk/zcjd/att/${pageId(a, 8)}.docx">2.重点行业设备更新改造指引.docx</a></p>`
    : '';
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_${pick(['某某部', '某省经济和信息化厅'], k)}</title>
<meta name="SiteName" content="${pick(['中华人民共和国某某部', '某省经济和信息化厅'], k)}"><meta name="ColumnName" content="${pick(['政策解读', '通知公告'], k)}">
${stats(pageId(a, 2))}<script src="/js/jquery.min.js"></script></head>
<body><div class="top-bar"><span>无障碍</span><span>长者模式</span><a>English</a><a>登录</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${pick(['某某部', '某省经济和信息化厅'], k)}"></div><form class="search"><input placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul>${menu}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>${pick(['政策解读', '通知公告'], k)}</a></div>
<div class="main"><div class="article">
${head}
<div class="pages_content" id="UCAP-CONTENT">
${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
${tail}
</div>
${k === 0 ? '' : `<div class="fj">扫一扫在手机打开当前页<img src="/qr/${pageId(a, 4)}.png" alt="二维码"></div>`}
<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><span>分享到：<a>微信</a><a>微博</a></span></div>
<div class="xglj"><h4>相关链接：</h4><ul>
${pick([
  `<li><a>某某部等六部门关于加快推动工业设备更新和技术改造的实施意见</a><span>${y}-${m}-01</span></li><li><a>国务院关于推动大规模设备更新和消费品以旧换新的行动方案</a><span>${y}-03-13</span></li>`,
  `<li><a>关于开展2027年度省级智能工厂认定工作的通知</a><span>${y}-${m}-20</span></li><li><a>省级数字化车间名单公示</a><span>${y}-10-28</span></li>`,
], k)}
</ul></div></div></div>
<div class="footer"><p>主办单位：${pick(['中华人民共和国某某部', '某省经济和信息化厅'], k)}　版权所有　网站标识码：${pick(['bm0700001', '3300000039'], k)}</p><p>京ICP备0000000号　京公网安备11010200000号</p></div></body></html>`;
  return {
    name: `hz-govpolicy-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: k === 0 ? a.date : a.date.slice(0, 10),
      source: a.source,
      author: null,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['附件', '.pdf', '相关链接', '字体', '打印本页'] : ['索引号', '发布机构', '扫一扫', '相关链接', '关闭窗口'],
    },
  };
};

/** A telegraph agency's 快讯 (`【headline】X M月D日电，` opening the text, weekday and seconds) or a securities daily's (a shorter 【】 headline, `·e公司讯，`, an unpadded slash time). */
const flash: Template = (_a, k) => {
  const a = HELDOUT31_POOL.flash[k];
  const [y, m, d] = ymd(a);
  const wd = '日一二三四五六'[new Date(`${a.date.slice(0, 10)}T12:00:00Z`).getUTCDay()];
  const bracketed = k === 0 ? a.title : '两市成交额连续5日破1.5万亿';
  const url = k === 0
    ? `https://www.example-cls.cn/detail/${1800000 + (parseInt(pageId(a, k), 16) % 100000)}`
    : `https://www.example-stcn.com/article/detail/${1400000 + (parseInt(pageId(a, k), 16) % 100000)}.html`;
  const meta = k === 0
    ? `<div class="detail-time">${y}-${m}-${d} 星期${wd} ${a.date.slice(11)}:36</div><div class="detail-read">阅 3.2W</div>`
    : `<div class="detail-info"><span>来源：${esc(a.source)}</span><span>作者：${esc(a.author ?? '')}</span><span>${y}/${Number(m)}/${Number(d)} ${a.date.slice(11)}:22</span></div>`;
  const side = [`${a.date.slice(11, 13)}:51`, `${a.date.slice(11, 13)}:47`, `${a.date.slice(11, 13)}:39`]
    .map((t, i) => `<li><span class="t">${t}</span><a>${['多地出台新一轮稳楼市政策', '国际油价盘中拉升逾2%', '工信部：前三季度规上工业增加值增长5.8%'][i]}</a></li>`).join('');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(k === 0 ? a.title : bracketed)}${pick(['_财联社', ' - 证券某报网'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">${stats(pageId(a, 6))}</head>
<body><div class="header"><a class="logo">${pick(['财联社', '证券某报网'], k)}</a><ul class="nav">${links(['首页', '电报', '话题', '盯盘', 'VIP', '投研', '公司', '数据'])}</ul><a class="app">下载APP</a></div>
<div class="ticker"><span>上证指数 3412.55 <em>+0.42%</em></span><span>深证成指 11286.03 <em>+0.87%</em></span><span>创业板指 2305.17 <em>+1.21%</em></span></div>
<div class="detail-wrap"><div class="detail-left">
<h1 class="detail-title">${esc(a.title)}</h1>
${meta}
${k === 1 ? `<div class="stock-box"><h5>相关个股</h5><span>某某半导体 52.31 +3.05%</span><span>某某算力 18.66 +6.21%</span></div>` : ''}
<div class="detail-content">
<p>【${esc(bracketed)}】${esc(a.paras[0])}</p>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 1 ? '<p class="proof">校对：王蕾</p>' : ''}
</div>
${k === 0 ? `<div class="subject-box"><span>相关个股</span><a>某某储能 +2.35%</a></div><div class="detail-share"><span>分享</span><span>收藏</span><span>评论 16</span></div>` : ''}
<div class="statement">${pick(['免责声明：本文内容仅供参考，不构成投资建议。投资者据此操作，风险自担。', '声明：证券某报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。'], k)}</div>
${k === 1 ? '<div class="app-ad">下载证券某报APP，随时随地看资讯</div>' : ''}
</div>
<div class="detail-right"><h3>${pick(['电报', '快讯'], k)}</h3><ul>${side}</ul><h3>热门文章</h3><ul><li><a>固态电池产业化提速</a><span>${m}-${d}</span></li></ul></div></div>
<div class="footer">Copyright © ${y} ${pick(['财联社', '证券某报网'], k)} 版权所有　沪ICP备00000000号</div></body></html>`;
  return {
    name: `hz-flash-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      // As every telegraph page of the set: an agency named only in the dateline (`X M月D日电，`) is no 来源 printed.
      source: k === 0 ? null : a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: [`【${bracketed}】`, '相关个股', pick(['免责声明', '校对'], k), pick(['收藏', '下载证券某报APP'], k)],
    },
  };
};

/** Commentary pages: a column box with the writer's photo, intro and other articles beside the text, `文/X` opening it; or `来源：X　作者：Y` over a dotted day and the writer's box after the text. */
const column: Template = (_a, k) => {
  const a = HELDOUT31_POOL.column[k];
  const [y, m, d] = ymd(a);
  const site = pick(['某察者网', '某某时评'], k);
  const writer = a.author ?? '';
  const url = k === 0
    ? `https://www.example-gcz.com/${pick(['ShenZhiXing', 'GuYiFan'], k)}/${y}_${m}_${d}_${7000000 + (parseInt(pageId(a, k), 16) % 100000)}.shtml`
    : `https://pl.example-sp.com/opinion/${y}${m}${d}/${pageId(a, k)}.html`;
  const box = `<div class="author-box"><img src="/avatar/${pageId(a, 3)}.jpg" alt="${writer}"><h3><a href="/${pick(['ShenZhiXing', 'GuYiFan'], k)}/">${writer}</a></h3>
<p class="intro">${pick(['某某大学国际关系学院副教授，长期研究科技产业政策', '某某研究院汽车产业研究员'], k)}</p>
<a class="enter">${pick(['进入专栏', '关注作者'], k)}</a>
<ul class="author-articles"><li><a>${pick(['半导体设备国产化的下一站', '出海车企需要补上服务短板'], k)}</a><span>${y}-10-${pick(['21', '18'], k)}</span></li><li><a>${pick(['全球晶圆厂投资的冷与热', '智能驾驶的账该怎么算'], k)}</a><span>${y}-09-${pick(['30', '27'], k)}</span></li></ul></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(a.title)}${pick(['-某察者网', '_某某时评_评论频道'], k)}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 6))}"><meta name="author" content="${site}">${stats(pageId(a, 5))}</head>
<body><div class="header"><div class="logo">${site}</div><ul class="channels">${links(['首页', '要闻', '评论', '国际', '军事', '财经', '科技', '视频', '专栏', '风闻'])}</ul></div>
<div class="content">${k === 0 ? `<div class="left-side">${box}</div>` : ''}
<div class="article-main">
<h3>${esc(a.title)}</h3>
${k === 0
    ? `<div class="time">${y}-${m}-${d} ${a.date.slice(11)}:12　来源：${site}　<span class="share">分享到：<a>微信</a><a>微博</a></span></div>`
    : `<div class="meta">来源：${site}　作者：${writer}<br><span class="pub">${y}.${m}.${d}</span>　<span class="view">阅读 2.1万</span></div>`}
<div class="all-txt">
${k === 0 ? `<p>文/${writer}</p>` : ''}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 0 ? `<p>本文系${site}独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注${site}微信，每日阅读趣味文章。</p>` : ''}
</div>
<div class="editor">${pick(['责任编辑：李泽', '（编辑：孟飞）'], k)}</div>
${k === 1 ? `<div class="author-after"><h4>作者简介</h4>${box}</div>` : ''}
<div class="tags">${pick(['标签', '关键词'], k)}：<a>${pick(['芯片', '新能源汽车'], k)}</a><a>${pick(['出口管制', '价格战'], k)}</a></div>
<div class="comments"><h4>评论</h4><div class="cmt"><span class="u">风中的少年</span><p>写得很客观，点赞。</p><span class="t">${y}-${m}-${String(Number(d) + 1).padStart(2, '0')} 08:15</span></div></div>
<div class="recommend"><h4>推荐阅读</h4><ul><li><a>从一场展会看制造业升级</a><span>${m}-${d}</span></li><li><a>稳外贸需要更多新抓手</a><span>${m}-${d}</span></li></ul></div>
</div></div>
<div class="footer">${site} 版权所有　沪ICP备00000000号-1</div></body></html>`;
  return {
    name: `hz-column-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: k === 0 ? a.date : a.date.slice(0, 10),
      source: site,
      author: writer,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['文/', '独家稿件', '责任编辑', '进入专栏', '推荐阅读'] : ['作者简介', '编辑：', '关注作者', '关键词', '推荐阅读'],
    },
  };
};

/** A portal's 组图: the lead paragraph, then photos each under its caption, 上一张/下一张 and `N/M` counters; the byline `记者 X 通讯员 Y` in the text's box, or `X 报道` under the headline. */
const gallery: Template = (_a, k) => {
  const a = HELDOUT31_POOL.gallery[k];
  const [y, m, d] = ymd(a);
  const wd = '日一二三四五六'[new Date(`${a.date.slice(0, 10)}T12:00:00Z`).getUTCDay()];
  const portal = pick(['某浪网', '某某网'], k);
  const url = k === 0
    ? `https://slide.news.example-sl.com/c/slide_1_${parseInt(pageId(a, k), 16) % 100000}_${600000 + (parseInt(pageId(a, k + 1), 16) % 100000)}.html`
    : `https://pic.example-mw.cn/${y}${m}/${d}/c_${pageId(a, k)}.htm`;
  const n = a.paras.length - 1;
  const photos = a.paras.slice(1).map((p, i) => `<div class="photo-item"><div class="pic"><img src="/img/${pageId(a, i + 10)}.jpg" alt=""><span class="counter">${i + 1}/${n}</span></div>
<p class="pic-desc">${esc(p)}</p></div>`).join('\n');
  const byline = k === 0 ? `<p class="byline">记者 ${a.author}　通讯员 吴明</p>` : '';
  const info = k === 0
    ? `<div class="info"><span class="date">${y}年${m}月${d}日 ${a.date.slice(11)}</span><span class="source">来源：<a>${esc(a.source)}</a></span></div>`
    : `<div class="info">${y}年${Number(m)}月${Number(d)}日 周${wd} ${a.date.slice(11)}　来源：${esc(a.source)}</div><p class="reporter">${a.author} 报道</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['新闻图片_某浪网', '图片频道_某某网'], k)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}">${stats(pageId(a, 7))}</head>
<body><div class="top-nav"><ul>${links(['首页', '新闻', '图片', '视频', '财经', '科技', '体育', '娱乐', '汽车', '房产'])}</ul></div>
<div class="crumb"><a>${portal}</a> &gt; <a>图片</a> &gt; <a>国内</a></div>
<div class="gallery"><h1>${esc(a.title)}</h1>
${info}
<div class="gallery-body">
${byline}
<p class="lead">${esc(a.paras[0])}</p>
${photos}
</div>
<div class="slide-ctrl"><a class="prev">上一张</a><a class="next">下一张</a><a class="orig">查看原图</a><a>${pick(['全屏浏览', '自动播放'], k)}</a></div>
<div class="end-box" style="display:none">图集浏览完毕<a>重新浏览</a></div>
<div class="share">分享至：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="more-gallery"><h3>推荐组图</h3><ul><li><a><img src="/t/1.jpg">秋日银杏染金城</a><span>${m}-${d}</span></li><li><a><img src="/t/2.jpg">港口集装箱吞吐量创新高</a><span>${m}-${String(Number(d) - 1).padStart(2, '0')}</span></li></ul></div>
</div>
<div class="footer">${portal} 版权所有　Copyright © 1996-${y}</div></body></html>`;
  return {
    name: `hz-gallery-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: a.source,
      author: k === 0 ? [a.author!, '吴明'] : a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: ['上一张', '下一张', '查看原图', '推荐组图', k === 0 ? '通讯员' : '报道'],
    },
  };
};

/** A tech medium's page at an English URL, dated only in a JSON-LD `@graph`, with a 导读 box and 推荐阅读; or a WeChat article re-posted with `本文来源：X（ID：…）　作者：Y` opening the box and the account's card closing it. */
const reprint: Template = (_a, k) => {
  const a = HELDOUT31_POOL.reprint[k];
  const [y, m, d] = ymd(a);
  const url = k === 0
    ? `https://www.example-techcn.com/news/ai-chip-startup-closes-series-b-funding-${pageId(a, k).slice(0, 6)}`
    : `https://www.example-zixun.com/a/${y}${m}${d}/${pageId(a, k)}.html`;
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.example-techcn.com/#org","name":"某某科技观察","logo":{"@type":"ImageObject","url":"https://www.example-techcn.com/logo.png"}},{"@type":"WebSite","@id":"https://www.example-techcn.com/#website","url":"https://www.example-techcn.com/","name":"某某科技观察","publisher":{"@id":"https://www.example-techcn.com/#org"}},{"@type":"NewsArticle","headline":"${esc(a.title)}","datePublished":"${a.date}:00+08:00","dateModified":"${y}-${m}-${String(Number(d) + 1).padStart(2, '0')}T10:02:11+08:00","author":[{"@type":"Person","name":"${a.author}","url":"https://www.example-techcn.com/author/xu-nuo"}],"publisher":{"@id":"https://www.example-techcn.com/#org"},"mainEntityOfPage":"${url}"}]}</script>`;
  const body0 = `<div class="post-lead"><strong>导读：</strong>${esc(a.paras[0].slice(0, 30))}……本轮融资将用于第二代芯片研发。</div>
<div class="post-body">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="post-tags"><a>#AI芯片</a><a>#融资</a><a>#端侧推理</a></div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a>存算一体芯片公司完成A+轮融资</a><p>这家成立仅两年的公司已拿到三轮融资……</p><span>11月2日</span></li><li><a>2026年AI芯片投融资盘点</a><p>前三季度国内AI芯片领域共发生融资事件……</p><span>10月30日</span></li></ul></div>`;
  const body1 = `<div class="article-content">
<p style="color:#999;font-size:14px">本文来源：${esc(a.source)}（ID：xysygc）　作者：${a.author}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<section class="mp-card" style="border:1px solid #eee;padding:12px"><img src="/img/mp-${pageId(a, 2)}.jpg" alt="${esc(a.source)}"><p><strong>${esc(a.source)}</strong></p><p>聚焦县域消费与流通变革，每日更新</p><p>微信号：xysygc</p><p>长按识别二维码关注我们</p></section>
</div>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)} | ${pick(['某某科技观察', '某某资讯网'], k)}</title><meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article">
${k === 0 ? ld : ''}${stats(pageId(a, 8))}</head>
<body><header class="site-header"><a class="logo">${pick(['某某科技观察', '某某资讯网'], k)}</a><nav>${links(['首页', '快讯', '深度', '投融资', '芯片', '汽车', '消费', '活动'])}</nav><a class="login">登录</a></header>
<main><article class="post">
<h1 class="post-title">${esc(a.title)}</h1>
${k === 0
    ? `<div class="post-byline"><a class="author" href="/author/xu-nuo"><img src="/avatar/xu.jpg" alt="">${a.author}</a><span class="read-time">阅读约 3 分钟</span></div>`
    : `<div class="post-meta"><span>${y}-${m}-${d} ${a.date.slice(11)}:15</span><span>编辑：小王</span><span>浏览：3671</span></div>`}
${k === 0 ? body0 : body1}
<div class="post-actions"><a>点赞 ${pick(['56', '213'], k)}</a><a>收藏</a><a>分享</a></div>
${k === 1 ? `<div class="disclaimer">声明：本文转载自微信公众号，转载目的在于传递更多信息，版权归原作者所有，如有侵权请联系删除。</div><div class="related"><h3>相关文章</h3><ul><li><a>县城消费新场景观察</a><span>${y}-${m}-${String(Number(d) - 2).padStart(2, '0')}</span></li></ul></div>` : ''}
</article></main>
<footer>© ${y} ${pick(['某某科技观察', '某某资讯网'], k)}　京ICP备00000000号</footer></body></html>`;
  return {
    name: `hz-reprint-${k}`,
    html,
    gold: {
      url,
      title: a.title,
      date: a.date,
      source: k === 0 ? null : a.source,
      author: a.author,
      body_first: first(a),
      body_last: last(a),
      not_in_body: k === 0 ? ['导读', '推荐阅读', '#AI芯片', '存算一体', '点赞'] : ['本文来源', '微信号', '长按识别', '声明', '相关文章'],
    },
  };
};

/** The part's templates; each prints its family's own two texts (the article passed in is not used). */
export const HELDOUT31_TEMPLATES: Template[] = [govPolicy, flash, column, gallery, reprint];
