/**
 * The twenty-fifth held-out part (never tuned on), written for #17's round 13b and committed before any change to the
 * extractor: seven families no part had, in the markup such sites serve — a Hong Kong paper's page in traditional
 * characters served as Big5 (declared only in `<meta http-equiv>`); a Taiwan agency's press release dated in the
 * 民國 calendar (`115年12月6日`) with traditional labels; a foreign outlet's Chinese edition (发布/更新 two times, an
 * 英文原文 link, a 订阅 paywall teaser — one page shows only the text before it); a standards alliance's 通知 (the
 * 联系人 line, the signature and the date are its last lines and body; an 附件 list after the date is not); an
 * exhibition's site news (展会快讯, a 日程 box with other dates, 展商 lists); a central SOE group's 新闻中心 page (集团要闻,
 * 来源：集团办公室, 【打印】【关闭】); and a county media centre's page printed through its print view (`?print=1`: no
 * navigation, header and footer reduced to text). Each family prints its own texts (heldout25-pool.ts).
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { type Held25Article, HELDOUT25_POOL } from './heldout25-pool.js';

const textOf = (family: Held25Article['family'], k: number): Held25Article => HELDOUT25_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const ymd = (d: string): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];

/** The gold; `notInBody` keeps the furniture strings this page prints (pages of one template print different ones). */
function goldOf(a: Held25Article, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[]; lastPara?: number }): CnGold {
  const last = a.paras[o.lastPara ?? a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}

let big5Table: Map<string, number[]> | null = null;

/** Encodes a page in Big5 as Hong Kong and Taiwan sites long served them (Node decodes Big5 but has no encoder). */
function big5(html: string): Buffer {
  if (!big5Table) {
    big5Table = new Map();
    const dec = new TextDecoder('big5');
    for (let hi = 0xa1; hi <= 0xf9; hi++) {
      for (const lo of [...Array(0x3f).keys()].map((i) => 0x40 + i).concat([...Array(0x5e).keys()].map((i) => 0xa1 + i))) {
        const ch = dec.decode(Uint8Array.of(hi, lo));
        if (ch.length === 1 && ch !== '\ufffd' && !big5Table.has(ch)) big5Table.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    const pair = code < 0x80 ? [code] : big5Table.get(ch);
    if (!pair) throw new Error(`no Big5 code for ${ch}`);
    out.push(...pair);
  }
  return Buffer.from(out);
}

/** Statistics and ad loaders as commercial heads carry them. */
const trackers = (id: string): string => `<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "https://hm.example-stat.com/hm.js?${id}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<script async src="https://www.example-tag.com/gtag/js?id=G-${id.slice(0, 8).toUpperCase()}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-${id.slice(0, 8).toUpperCase()}');</script>`;

const links = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}${i + 1}/">${n}</a></li>`).join('');
const datedList = (items: [string, string][], cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/news/${d.replace(/[-/.]/g, '')}/${7000 + i}.html" title="${esc(t)}">${esc(t)}</a><span class="date">${d}</span></li>`).join('\n')}</ul>`;

// ── 1. A Hong Kong paper: traditional characters, Big5 declared only in http-equiv ──────────────────────────────────

const HK_NAV = ['首頁', '要聞', '港聞', '經濟', '地產', '兩岸', '國際', '評論', '體育', '娛樂', '副刊', '教育', '健康', '科技', '汽車', '旅遊', '飲食', '即時新聞', '圖片', '影片', '專題', '訂閱', '登入'];
const WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export const h25HongKong: Template = (_a, k) => {
  const a = textOf('hkbig5', k);
  const [y, m, d] = ymd(a.date);
  const week = WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const url = pick([`https://news.example-hkpaper.com.hk/article/${day(a.date).replace(/-/g, '')}/s00002/${1700000000 + k}`, `https://www.example-hkdaily.com/hk/news/${pageId(a, k)}`], k);
  const paper = pick(['某報', '某某日報'], k);
  const dateLine = pick([`${y}年${m}月${d}日 ${week}`, `${y}年${m}月${d}日`], k);
  const byline = a.author ? `<div class="byline">記者 ${a.author}</div>` : '';
  const related: [string, string][] = pick([
    [['機管局：三跑道系統全面投入運作', '2026/11/19'], ['東涌新市鎮擴展首批公屋入伙', '2026/11/14'], ['巴士公司增開北大嶼山路線', '2026/11/08']],
    [['訪港旅客十月按年增一成', '2026/10/30'], ['食肆總收益第三季微跌', '2026/10/27'], ['商場推消費券迎聖誕', '2026/10/21']],
  ], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="inline-ad"><div id="div-gpt-ad-inline-${k}"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-inline-${k}');});</script></div><span class="ad-label">廣告</span></div>` : ''}`).join('\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-HK"><head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>${esc(a.title)} - ${pick(['某報新聞網', '某某日報'], k)} - ${pick(['港聞', '經濟'], k)}</title>
<meta name="keywords" content="${pick(['港鐵,東涌,鐵路', '零售,統計處,消費'], k)}" />
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}" />
<meta property="og:title" content="${esc(a.title)}" />
<meta property="og:site_name" content="${paper}" />
<link rel="stylesheet" type="text/css" href="/css/news_v3.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script async="async" src="https://securepubads.example-ads.com/tag/js/gpt.js"></script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || []; googletag.cmd.push(function(){ googletag.defineSlot('/1234/news_article_lrec', [300, 250], 'div-gpt-ad-lrec').addService(googletag.pubads()); googletag.enableServices(); });</script>
${trackers(pick(['9f1b2c3d4e5f6a7b', 'abcdef0123456789'], k))}
</head>
<body class="news-article">
<div id="topbar"><span class="today">${dateLine}</span> <a href="/epaper/">電子報</a> | <a href="/subscribe/">訂閱</a> | <a href="/login/">登入</a></div>
<div id="header"><a href="/" class="logo"><img src="/images/logo.png" alt="${paper}" /></a><div id="div-gpt-ad-leaderboard"></div></div>
<div id="mainmenu"><ul>${links(HK_NAV, '/cat/')}</ul></div>
<div id="container"><div id="leftcol">
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/cat/3/">${pick(['港聞', '經濟'], k)}</a></div>
<div id="blockcontent">
<h1 id="articletitle">${esc(a.title)}</h1>
<div class="date_time">${pick([`${dateLine}`, `更新時間：${day(a.date).replace(/-/g, '/')} ${hm(a.date)}`], k)}</div>
${byline}
<div class="article-share"><a class="fb">Facebook</a> <a class="wa">WhatsApp</a> <a class="mail">電郵</a> <a class="print" href="javascript:window.print()">列印</a> 字體：<a>大</a> <a>中</a> <a>小</a></div>
<div id="upper"><div class="photo"><img src="/photo/${pageId(a, k)}.jpg" /><div class="caption">${pick(['東涌線延線工程進入最後階段。（資料圖片）', '政府統計處公布零售數據。（資料圖片）'], k)}</div></div>
${body}
</div>
<div class="tags">相關標籤：<a>${pick(['港鐵', '零售'], k)}</a> <a>${pick(['東涌', '統計處'], k)}</a></div>
<div class="more-news"><h3>相關新聞</h3>${datedList(related, 'relnews')}</div>
<div class="comment-box"><h3>讀者回應</h3><p class="note">請遵守討論區守則，留言只代表個人意見，不代表本報立場。</p><div class="comment"><span class="user">市民甲</span><span class="time">${day(a.date).replace(/-/g, '/')} 12:18</span><p>希望早日通車，每日上班都很辛苦。</p></div></div>
</div></div>
<div id="rightcol"><div id="div-gpt-ad-lrec"></div><div class="box"><h3>熱門新聞</h3>${datedList(related.slice().reverse(), 'hot')}</div></div></div>
<div id="footer"><a href="/about/">關於我們</a> | <a href="/contact/">聯絡我們</a> | <a href="/privacy/">私隱政策</a> | <a href="/ad/">廣告查詢</a><br />&copy; ${y} ${paper}有限公司 版權所有 不得轉載</div>
</body></html>`;
  return { name: `j-hkbig5-${k}`, html, bytes: big5(html), gold: goldOf(a, html, { url, date: k === 0 ? day(a.date) : a.date, source: null, author: a.author, notInBody: ['廣告', '相關新聞', '讀者回應', '版權所有', '資料圖片'] }) };
};

// ── 2. A Taiwan agency: 民國 dates, traditional labels ───────────────────────────────────────────────────────────

const TW_NAV = ['首頁', '本部簡介', '新聞與公告', '政策與法規', '業務專區', '統計資料', '施政成果', '出版品', '影音專區', '便民服務', '人民陳情', '開放資料', '雙語詞彙', '常見問答', '網站導覽', 'English'];
const roc = (d: string, sep: 'cn' | 'dash' | 'dot'): string => {
  const [y, m, dd] = ymd(d);
  if (sep === 'cn') return `${y - 1911}年${m}月${dd}日`;
  const p = (n: number): string => String(n).padStart(2, '0');
  return sep === 'dash' ? `${y - 1911}-${p(m)}-${p(dd)}` : `${y - 1911}.${p(m)}.${p(dd)}`;
};

export const h25Taiwan: Template = (_a, k) => {
  const a = textOf('twroc', k);
  const url = pick([`https://www.example-moea.gov.tw/Mns/populace/news/News.aspx?kind=1&menu_id=40&news_id=${118000 + k}`, `https://www.example-cdc.gov.tw/Bulletin/Detail/${pageId(a, k)}?typeid=9`], k);
  const agency = pick(['經濟部', '衛生福利部疾病管制署'], k);
  const related: [string, string][] = pick([
    [['經濟部公告明年度產業創新補助計畫', roc('2026-11-30T00:00', 'dash')], ['工業區污水處理費率調整說明', roc('2026-11-21T00:00', 'dash')], ['中小企業數位轉型成果發表', roc('2026-11-12T00:00', 'dash')]],
    [['今年首例境外移入麻疹病例', roc('2026-11-20T00:00', 'dot')], ['國際旅遊疫情建議等級更新', roc('2026-11-18T00:00', 'dot')], ['腸病毒疫情趨緩', roc('2026-11-06T00:00', 'dot')]],
  ], k);
  const info = pick([
    `<ul class="info"><li><span>發布日期：</span>${roc(a.date, 'cn')}</li><li><span>發布單位：</span>${a.source}</li><li><span>更新日期：</span>${roc('2026-12-08T00:00', 'cn')}</li><li><span>點閱次數：</span>1,842</li></ul>`,
    `<div class="info-row"><span class="item">發佈日期：${roc(a.date, 'dash')}</span><span class="item">資料來源：${a.source}</span><span class="item">修改日期：${roc('2026-11-29T00:00', 'dash')}</span></div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html lang="zh-Hant-TW"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)}-${pick(['新聞稿-經濟部全球資訊網', '新聞稿 - 衛生福利部疾病管制署'], k)}</title>
<meta name="DC.Title" content="${esc(a.title)}"><meta name="DC.Creator" content="${agency}"><meta name="DC.Publisher" content="${agency}">
<meta name="DC.Date" content="${day(a.date)}"><meta name="Category.Theme" content="${pick(['530', '620'], k)}">
<link rel="stylesheet" href="/css/style.min.css?v=${k}3">
<script src="/js/jquery-3.6.0.min.js"></script>
${trackers(pick(['tw0123456789abcd', 'tw9876543210fedc'], k))}
</head><body>
<a class="skip" href="#center" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header"><div class="accesskey"><a href="#" accesskey="U" title="上方功能區塊">:::</a></div><div class="logo"><a href="/">${agency}</a></div>
<ul class="top-links"><li><a>回首頁</a></li><li><a>網站導覽</a></li><li><a>English</a></li><li><a>字級：小 中 大</a></li></ul>
<nav class="menu"><ul>${links(TW_NAV, '/Menu/')}</ul></nav></header>
<div class="main"><div class="breadcrumb"><a href="#" accesskey="C" title="中央內容區塊">:::</a> <a href="/">首頁</a> / <a>新聞與公告</a> / <a>新聞稿</a></div>
<div class="row"><aside class="side"><h2>新聞與公告</h2><ul><li><a>新聞稿</a></li><li><a>即時新聞澄清</a></li><li><a>公告事項</a></li><li><a>活動訊息</a></li></ul></aside>
<section id="center" class="content-area"><h2 class="page-title">新聞稿</h2>
<div class="news-detail">
<h3 class="news-title">${esc(a.title)}</h3>
${info}
<div class="share"><a>Facebook</a><a>LINE</a><a>列印</a><a>回上一頁</a></div>
<div class="editor-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
${k === 0 ? `<div class="file"><h4>相關附件</h4><ul><li><a href="/files/${pageId(a, k)}.pdf">新聞稿.pdf</a>（PDF，215KB）</li><li><a href="/files/${pageId(a, k)}.odt">新聞稿.odt</a>（ODT，38KB）</li></ul></div>` : `<p class="contact">新聞聯絡人：${pick(['', '疾病管制署副署長 林某某'], k)}　聯絡電話：02-23959825</p>`}
</div>
<div class="other-news"><h4>相關新聞</h4>${datedList(related, 'list')}</div>
</section></div></div>
<footer class="footer"><div class="addr">${agency} 地址：100臺北市中正區某某路${15 + k}號　總機：(02)2321-2200</div><div>本網站由${agency}版權所有 © ${2026} All Rights Reserved.</div><div>更新日期：${roc('2026-12-08T00:00', 'dot')}　瀏覽人次：12,345,678</div><div>政府網站服務管理規範　隱私權政策　資訊安全政策　政府網站開放資料宣告</div></footer>
</body></html>`;
  return { name: `j-twroc-${k}`, html, gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: null, notInBody: ['相關附件', '新聞聯絡人', '相關新聞', '版權所有', '回上一頁'] }) };
};

// ── 3. A foreign outlet's Chinese edition: 发布/更新, 英文原文, a subscription teaser ─────────────────────────────────

const INTL_NAV = ['首页', '即时', '新加坡', '中国', '东南亚', '国际', '财经', '科技', '评论', '副刊', '视频', '播客', '专题', '订阅', '登录'];

export const h25Intl: Template = (_a, k) => {
  const a = textOf('intl', k);
  const brand = pick(['某某早报', '路某中文网'], k);
  const url = pick([`https://www.example-zaobao.com/finance/singapore/story${day(a.date).replace(/-/g, '')}-${1600000 + k}`, `https://cn.example-reuters.com/article/japan-chip-equipment-exports-${pageId(a, k)}`], k);
  // The second page is behind the paywall: three paragraphs, then the teaser.
  const shown = k === 1 ? a.paras.slice(0, 3) : a.paras;
  const times = pick([
    `<div class="story-postdate">发布/${day(a.date).replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')} ${hm(a.date)}</div><div class="story-updatedate">更新/${day(a.date).replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')} 18:02</div>`,
    `<div class="ArticleHeader_date"><time datetime="${a.date}:00+08:00">${day(a.date).replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')} ${hm(a.date)}</time> | 更新于 ${day(a.date).replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')} 19:48</div>`,
  ], k);
  const byline = k === 0 ? `<div class="author-info"><a href="/byline/lin">${a.author}</a> <span class="role">财经记者</span></div>` : '';
  const closing = k === 1 ? `<p class="credit">（记者 ${a.author}；编辑 张某某）</p>` : '';
  const related: [string, string][] = pick([
    [['新加坡下调明年经济增长预测', '2026-11-24'], ['柔佛数据中心用水引关注', '2026-11-19'], ['区域电网互联计划再进一步', '2026-11-11']],
    [['日本央行维持利率不变', '2026-11-25'], ['东京股市半导体股走高', '2026-11-26'], ['韩国芯片出口十月增长', '2026-11-02']],
  ], k);
  const ldDate = `${a.date}:00+08:00`;
  const html = `<!DOCTYPE html><html lang="zh-Hans"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)} | ${pick(['某某早报', '路某'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="${brand}">
<meta property="article:published_time" content="${ldDate}"><meta property="article:modified_time" content="${day(a.date)}T18:02:00+08:00">
<link rel="alternate" hreflang="en" href="${pick(['https://www.example-straits.com/business/data-centres-power', 'https://www.example-reuters.com/technology/japan-chip-equipment-sales'], k)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${ldDate}","dateModified":"${day(a.date)}T18:02:00+08:00","author":[{"@type":"${k === 0 ? 'Person' : 'Organization'}","name":${JSON.stringify(k === 0 ? a.author : brand)}}],"publisher":{"@type":"Organization","name":"${brand}","logo":{"@type":"ImageObject","url":"https://static.example-zb.com/logo.png"}},"isAccessibleForFree":${k === 0 ? 'true' : 'false'},"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
${trackers(pick(['zb20261128abcdef', 'rt20261127fedcba'], k))}
<script>window.__PAYWALL__={"meter":3,"remaining":${k === 0 ? 2 : 0},"product":"digital"};</script>
</head><body>
<div class="site-wrapper"><header class="site-header"><a class="brand" href="/">${brand}</a><nav class="main-nav"><ul>${links(INTL_NAV, '/sections/')}</ul></nav><a class="btn-subscribe" href="/subscribe">订阅</a></header>
<main class="layout-main"><div class="article-col">
<nav class="breadcrumbs"><a href="/">首页</a> › <a>${pick(['财经', '国际'], k)}</a> › <a>${pick(['新加坡财经', '科技'], k)}</a></nav>
<article class="story">
<div class="story-kicker">${pick(['数据中心', '半导体'], k)}</div>
<h1 class="story-headline">${esc(a.title)}</h1>
${byline}
${times}
<div class="story-tools"><button>分享</button><button>收藏</button><button>字体</button><a class="listen">听新闻</a></div>
<figure class="story-image"><img src="/img/${pageId(a, k)}.jpg" alt=""><figcaption>${pick(['新加坡一处数据中心园区。（路透社档案照）', '东京一家芯片设备厂商的展台。（彭博社）'], k)}</figcaption></figure>
<div class="article-content-rawhtml">
${shown.map((p, i) => `<p>${esc(p)}</p>${i === 1 && k === 0 ? '\n<div class="ad-mid"><iframe src="https://ads.example-adx.com/ifr?slot=mid" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>' : ''}`).join('\n')}
${closing}
</div>
${k === 1 ? `<div class="paywall"><h3>订阅后继续阅读全文</h3><p>您本月的免费阅读额度已用完。订阅数字版，每月只需9.9元，畅读全部报道。</p><a class="btn" href="/subscribe?src=paywall">立即订阅</a> <a href="/login">已订阅？登录</a></div>` : `<div class="original-link">英文原文：<a href="https://www.example-straits.com/business/data-centres-power" rel="noopener">Power crunch caps Singapore's data centre growth</a></div>`}
<div class="copyright-note">${pick([`本文为${brand}版权所有，未经许可不得转载。`, '路某中文网版权所有。所有内容仅供参考，不构成投资建议。'], k)}</div>
</article>
<section class="related"><h2>相关新闻</h2>${datedList(related, 'related-list')}</section>
<section class="newsletter"><h3>订阅每日新闻简报</h3><form><input placeholder="电子邮箱"><button>订阅</button></form></section>
</div><aside class="rail"><h2>热门</h2>${datedList(related.slice(1), 'trending')}</aside></main>
<footer class="site-footer"><p><a>关于我们</a> · <a>联系我们</a> · <a>广告</a> · <a>隐私声明</a> · <a>使用条款</a></p><p>© 2026 ${brand}. 版权所有。</p></footer></div>
</body></html>`;
  return { name: `j-intl-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: a.author, lastPara: k === 1 ? 2 : undefined, notInBody: ['英文原文', '订阅', '相关新闻', '版权所有', '听新闻'].filter((s) => k === 1 || s !== '订阅') }) };
};

// ── 4. A standards alliance's notice: contacts, signature and date are its last lines; 附件 after ───────────────────

const STD_NAV = ['首页', '协会概况', '通知公告', '标准动态', '标准查询', '技术工作委员会', '会员服务', '国际交流', '培训认证', '政策法规', '下载专区', '联系我们'];

export const h25Notice: Template = (_a, k) => {
  const a = textOf('notice', k);
  const body = a.paras.slice(0, -2);
  const [sign, date] = a.paras.slice(-2);
  const org = pick(['某某通信标准化协会', '算力网络产业联盟'], k);
  const url = pick([`https://www.example-ccsa.org.cn/tzgg/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `http://www.example-cnia.org.cn/article/notice/${2026112500 + k}.shtml`], k);
  const attach = `<div class="attachments"><p class="att-title">附件：</p><p><a href="/upload/${pageId(a, k)}-1.docx">${pick(['1.2027年度通信行业标准项目建议书模板', '1.第三届会员大会参会回执'], k)}</a></p><p><a href="/upload/${pageId(a, k)}-2.xlsx">${pick(['2.项目建议汇总表', '2.理事单位候选名单'], k)}</a></p></div>`;
  const paras = body.map((p, i) => `<p style="text-indent:2em;${i === 0 ? 'text-indent:0;' : ''}">${esc(p)}</p>`);
  const closing = `<p style="text-align:right">${esc(sign)}</p>\n<p style="text-align:right">${esc(date)}</p>`;
  const content = k === 0
    // the 附件 list between the contact line and the signature (body by position), as many notices print it
    ? `${paras.slice(0, -1).join('\n')}\n${paras[paras.length - 1]}\n${attach}\n${closing}`
    : `${paras.join('\n')}\n${closing}`;
  const html = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}-${org}</title>
<meta name="keywords" content="${org},通知公告"><meta name="description" content="${esc(a.title)}">
<link rel="stylesheet" href="/static/css/common.css"><link rel="stylesheet" href="/static/css/inner.css">
<script src="/static/js/jquery.min.js"></script><script src="/static/js/superslide.js"></script>
${trackers(pick(['ccsa00112233aabb', 'lm99887766ccdd'], k))}
</head><body>
<div class="top"><div class="w1200"><span>欢迎访问${org}官方网站！</span><span class="fr"><a>会员登录</a> | <a>会员注册</a> | <a>English</a></span></div></div>
<div class="head w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="${org}"></a><form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul class="w1200">${links(STD_NAV, '/col/')}</ul></div>
<div class="inner w1200 clearfix">
<div class="inner-left"><div class="lm-title">通知公告</div><ul class="lm-list"><li class="on"><a>通知公告</a></li><li><a>标准立项公示</a></li><li><a>报批公示</a></li><li><a>会议通知</a></li></ul>
<div class="contact-box"><h4>秘书处联系方式</h4><p>地址：北京市海淀区某某路${k + 5}号</p><p>电话：010-62300001</p><p>邮箱：office@example-ccsa.org.cn</p></div></div>
<div class="inner-right"><div class="position">当前位置：<a href="/">首页</a> &gt; <a>通知公告</a> &gt; 正文</div>
<div class="article">
<div class="art-title"><h1>${esc(a.title)}</h1></div>
<div class="art-info">发布时间：${pick([day(a.date), `${day(a.date)} ${hm(a.date)}:36`], k)}　　来源：${a.source}　　浏览次数：<span id="hits">${(k + 2) * 417}</span>　　【<a href="javascript:;" onclick="fontSize(16)">大</a> <a href="javascript:;" onclick="fontSize(14)">中</a> <a href="javascript:;" onclick="fontSize(12)">小</a>】</div>
<div class="art-con" id="zoom">
${content}
</div>
${k === 1 ? attach : ''}
<div class="art-share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="art-page"><p>上一篇：<a>${pick(['关于发布2026年第二批通信行业标准的公告', '算力网络产业联盟2026年第四次理事会会议纪要'], k)}</a></p><p>下一篇：<a>${pick(['关于开展2026年度优秀标准评选的通知', '关于征集算力网络典型应用案例的通知'], k)}</a></p></div>
<div class="art-btn"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div></div>
<div class="footer"><div class="w1200"><p><a>关于我们</a> | <a>联系我们</a> | <a>网站地图</a> | <a>法律声明</a></p><p>版权所有：${org}　地址：北京市海淀区某某路${k + 5}号　邮编：100191</p><p>京ICP备${10020000 + k}号-1　京公网安备 11010802000${k}号</p></div></div>
</body></html>`;
  return { name: `j-notice-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? day(a.date) : a.date, source: a.source, author: null, notInBody: ['浏览次数', '分享到', '上一篇', '打印本页', '版权所有', ...(k === 1 ? ['理事单位候选名单'] : [])] }) };
};

// ── 5. An exhibition's site news: 展会快讯, a 日程 box with other dates, 展商 lists ────────────────────────────────

const EXPO_NAV = ['首页', '展会概况', '展商服务', '观众服务', '同期活动', '展会快讯', '媒体中心', '往届回顾', '交通住宿', '联系我们', '观众预登记', 'EN'];

export const h25Expo: Template = (_a, k) => {
  const a = textOf('expo', k);
  const fair = pick(['第十二届某某国际农业机械及智慧农业博览会', '2026某某国际新能源博览会'], k);
  const url = pick([`https://www.example-agrifair.com/news/show-${pageId(a, k)}.html`, `https://www.example-energyexpo.cn/zhkx/${day(a.date).replace(/-/g, '')}/${9000 + k}.html`], k);
  const schedule = `<div class="schedule-box"><h3>${pick(['同期活动日程', '今日日程'], k)}</h3><table><tr><th>日期</th><th>时间</th><th>活动</th><th>地点</th></tr>
<tr><td>2026年11月${20 + k}日</td><td>09:30-11:30</td><td>${pick(['开幕式暨农机产业发展大会', '储能产业高峰论坛'], k)}</td><td>${pick(['一号馆主会场', '三号馆会议室A'], k)}</td></tr>
<tr><td>2026年11月${21 + k}日</td><td>14:00-17:00</td><td>${pick(['国际采购对接会', '光储充一体化技术研讨会'], k)}</td><td>会议中心二层</td></tr>
<tr><td>2026年11月${22 + k}日</td><td>10:00-12:00</td><td>${pick(['智慧农场现场观摩', '优秀展品颁奖典礼'], k)}</td><td>${pick(['室外演示区', '一号馆主会场'], k)}</td></tr></table></div>`;
  const exhibitors = `<div class="exhibitor-list"><h3>${pick(['部分参展企业', '展商推荐'], k)}</h3><ul>${pick([['某某重工股份有限公司', '某某农业装备集团', '某某智能科技有限公司', '某某无人机有限公司', '某某动力机械有限公司', '某某精密部件有限公司'], ['某某储能科技股份有限公司', '某某电气集团', '某某新能源有限公司', '某某锂电科技有限公司', '某某电力设备有限公司', '某某能源互联网公司']], k).map((n, i) => `<li><a href="/exhibitor/${i + 100}.html">${n}</a><span>展位：${i + 1}号馆 ${['A', 'B', 'C'][i % 3]}${i + 10}</span></li>`).join('')}</ul></div>`;
  const related: [string, string][] = pick([
    [['展会开幕倒计时一天 各项筹备工作就绪', '2026-11-19'], ['农机产业发展大会嘉宾名单公布', '2026-11-15'], ['观众预登记人数突破五万', '2026-11-10']],
    [['储能安全标准发布会在展会期间举行', '2026-11-21'], ['首日观众人数创新高', '2026-11-20'], ['展会交通指南', '2026-11-16']],
  ], k);
  const infoLine = k === 0
    ? `<div class="news-info"><span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span>作者：${a.author}</span><span>阅读：2876</span></div>`
    : `<p class="meta">来源：${a.source}　${day(a.date).replace(/-/g, '.')} ${hm(a.date)}　浏览 1.2k</p>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(a.title)}_展会快讯_${fair}</title>
<meta name="keywords" content="${pick(['农机展,智慧农业,农业机械博览会', '新能源展,储能展,光伏展'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<link rel="stylesheet" href="/template/expo/css/swiper.min.css"><link rel="stylesheet" href="/template/expo/css/style.css">
<script src="/template/expo/js/jquery.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${fair}","startDate":"2026-11-${20 + k}","endDate":"2026-11-${22 + k}","location":{"@type":"Place","name":"某某国际会展中心"},"organizer":{"@type":"Organization","name":"${fair}组委会"}}</script>
${trackers(pick(['expo1122334455aa', 'expo99aa88bb77cc'], k))}
</head><body>
<div class="topbar"><div class="container"><span class="date-place">${pick(['2026年11月20-22日 | 某某国际会展中心', '2026年11月21-23日 | 某某国际博览中心'], k)}</span><div class="countdown">距开幕还有 <b>0</b> 天</div><a class="btn-reg" href="/reg/">观众预登记</a> <a class="btn-exh" href="/exhibitor/apply/">展位预订</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/uploads/logo.png" alt="${fair}"></a><ul class="menu">${links(EXPO_NAV, '/m/')}</ul></div></header>
<div class="banner-inner" style="background-image:url(/uploads/banner-news.jpg)"><h2>展会快讯</h2><p>NEWS</p></div>
<div class="container main-wrap"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/m/6/">展会快讯</a> &gt; 详情</div>
<div class="row"><div class="col-left">
<div class="news-detail"><h1 class="news-title">${esc(a.title)}</h1>
${infoLine}
<div class="news-content">
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<p style="text-align:center"><img src="/uploads/news/${pageId(a, k)}.jpg"></p><p style="text-align:center;color:#888">${pick(['开幕首日，展馆内人头攒动', '对接会签约现场'], k)}</p>` : ''}`).join('\n')}
</div>
${k === 0 ? exhibitors : schedule}
<div class="share-bar">分享：<a class="weixin">微信</a><a class="weibo">微博</a><a class="linkedin">LinkedIn</a></div>
<div class="prev-next"><p>上一篇：<a>${esc(related[0][0])}</a></p><p>下一篇：<a>暂无</a></p></div>
</div>
<div class="more-news"><h3>相关资讯</h3>${datedList(related, 'news-list')}</div>
</div>
<div class="col-right">${k === 0 ? schedule : exhibitors}<div class="side-box"><h3>展会信息</h3><p>展会时间：${pick(['2026年11月20日-22日', '2026年11月21日-23日'], k)}</p><p>展会地点：某某国际会展中心</p><p>主办单位：某某农业机械工业协会</p><p>咨询电话：400-800-0000</p></div><div class="side-ad"><a href="/ad/1"><img src="/uploads/ad-side.jpg" alt="广告"></a></div></div></div></div>
<footer class="footer"><div class="container"><p>主办单位：${pick(['某某农业机械工业协会', '某某能源研究会'], k)}　承办单位：某某会展有限公司</p><p>地址：某某市某某大道88号　电话：400-800-0000　邮箱：info@example-expo.cn</p><p>Copyright © 2026 ${fair} 版权所有　沪ICP备${18000000 + k}号</p></div></footer>
<div class="float-service"><a>在线咨询</a><a>展位预订</a><a>返回顶部</a></div>
</body></html>`;
  return { name: `j-expo-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: a.author, notInBody: ['展位：', '同期活动日程', '今日日程', '相关资讯', '上一篇', '版权所有', '展会信息'].filter((s) => s !== (k === 0 ? '今日日程' : '同期活动日程')) }) };
};

// ── 6. A central SOE group's 新闻中心: 集团要闻, 来源：集团办公室, 【打印】【关闭】 ────────────────────────────────────

const SOE_NAV = ['首页', '走进集团', '新闻中心', '党建工作', '企业文化', '社会责任', '科技创新', '国际合作', '信息公开', '人才招聘', '廉洁从业', '专题专栏'];

export const h25Soe: Template = (_a, k) => {
  const a = textOf('soe', k);
  const group = pick(['中国某某能源集团有限公司', '中国某某建设集团'], k);
  const url = pick([`http://www.example-energy.com.cn/xwzx/jtyw/202611/t20261130_${30000 + k}.html`, `https://www.example-cscg.com.cn/news/groupnews/${pageId(a, k)}.shtml`], k);
  const info = k === 0
    ? `<div class="xl-info"><span>发布时间：${day(a.date)}</span><span>来源：${a.source}</span><span>作者：${a.author}</span><span class="zh">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>`
    : `<div class="xl-info">${day(a.date)} ${hm(a.date)}　来源：${a.source}　浏览量：<span id="viewcount"></span><script>$.get('/api/hits?id=${k}',function(d){$('#viewcount').text(d.count)})</script></div>`;
  const related: [string, string][] = pick([
    [['集团公司召开党组理论学习中心组学习会', '2026-11-28'], ['集团公司领导赴基层单位调研', '2026-11-24'], ['集团公司荣获国企改革深化提升行动优秀案例', '2026-11-19']],
    [['集团公司召开四季度经济活动分析会', '2026-12-01'], ['集团海外项目首台机组并网', '2026-11-27'], ['集团公司开展国家宪法日主题宣传', '2026-11-26']],
  ], k);
  const html = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}--${group}</title>
<meta name="SiteName" content="${group}"><meta name="ColumnName" content="集团要闻"><meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${day(a.date)} ${hm(a.date)}"><meta name="ContentSource" content="${a.source}">
<link rel="stylesheet" href="/images/css/index.css"><script src="/images/js/jquery-1.12.4.min.js"></script>
${trackers(pick(['soe0011aa22bb33cc', 'soe9988ff77ee66dd'], k))}
</head><body>
<div class="header"><div class="w1200"><div class="logo"><img src="/images/logo.png" alt="${group}"></div><div class="hd-r"><a>English</a> | <a>无障碍</a> | <a>长者模式</a><form><input placeholder="站内搜索"></form></div></div></div>
<div class="nav"><ul class="w1200">${links(SOE_NAV, '/col')}</ul></div>
<div class="w1200 xl-main"><div class="location">您所在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/jtyw/">集团要闻</a></div>
<div class="xl-left"><h3>新闻中心</h3><ul><li class="on"><a>集团要闻</a></li><li><a>基层动态</a></li><li><a>媒体聚焦</a></li><li><a>图片新闻</a></li><li><a>视频新闻</a></li></ul></div>
<div class="xl-right"><div class="xl-box">
<h1 class="xl-title">${esc(a.title)}</h1>
${info}
<div class="xl-content TRS_Editor">
<p style="text-align:center"><img src="/xwzx/jtyw/202611/W0202611${pageId(a, k)}.jpg" /></p>
<p style="text-align:center">${pick(['会议现场', '签约仪式现场'], k)}</p>
${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
${k === 1 ? '<p style="text-align:right">（文/图 集团办公室）</p>' : ''}
</div>
<div class="xl-editor">${pick(['责任编辑：王某某', '编辑：赵某　审核：钱某某'], k)}</div>
<div class="xl-btn"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="xl-share">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
<div class="xl-xgwz"><h4>相关文章</h4>${datedList(related, 'xgwz')}</div>
</div></div></div>
<div class="footer"><div class="w1200"><p><a>网站地图</a> | <a>联系我们</a> | <a>法律声明</a> | <a>友情链接</a></p><p>版权所有：${group}　地址：北京市西城区某某大街${k + 8}号</p><p>京ICP备${12000000 + k}号　<img src="/images/ga.png">京公网安备11010202000${k}号　网站标识码bm${56000000 + k}</p></div></div>
</body></html>`;
  return { name: `j-soe-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? day(a.date) : a.date, source: a.source, author: a.author ?? [null, '集团办公室'], notInBody: ['字号', '责任编辑', '审核', '【打印】', '【关闭】', '分享到', '相关文章', '版权所有', ...(k === 1 ? ['（文/图'] : [])] }) };
};

// ── 7. A county media centre's print view: no navigation, header and footer as text ─────────────────────────────

export const h25Print: Template = (_a, k) => {
  const a = textOf('print', k);
  const centre = a.source;
  const url = pick([`http://www.example-xrmt.cn/content/2026-12/02/content_${880000 + k}.html?print=1`, `https://m.example-county.gov.cn/xwzx/bxxw/${pageId(a, k)}.html?print=1`], k);
  const byline = k === 0 ? `作者：记者 ${a.author}` : `记者：${a.author}　通讯员：张宇`;
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>${esc(a.title)} - 打印 - ${centre}</title>
<meta name="robots" content="noindex">
<style>body{font-family:SimSun,serif;width:700px;margin:0 auto;color:#000}.ph{border-bottom:1px solid #000;font-size:12px}.pf{border-top:1px solid #000;font-size:12px;margin-top:30px}h1{font-size:22px;text-align:center}@media print{.noprint{display:none}}</style>
<script>window.onload=function(){ if (location.search.indexOf('autoprint')>-1) window.print(); }</script>
</head><body>
<div class="ph">${centre}　${pick(['www.example-xrmt.cn', 'm.example-county.gov.cn'], k)}　${pick(['新闻热线：0000-5551234', '打印时间：2026-12-06 21:14'], k)}</div>
<div class="noprint" style="text-align:right"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a> <a href="${url.replace('?print=1', '')}">[返回原文]</a></div>
<h1>${esc(a.title)}</h1>
<div class="pinfo" style="text-align:center;font-size:12px">来源：${centre}　${byline}　发布时间：${day(a.date)} ${hm(a.date)}</div>
<div class="pcontent">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<div class="peditor" style="text-align:right">${pick(['编辑：黄某　审核：周某', '责任编辑：吴某　终审：郑某'], k)}</div>
<div class="pf">本文链接：${esc(url)}<br>${pick(['版权所有：某某县融媒体中心　备案号：某ICP备20001234号-1', '主办：中共某某县委宣传部　承办：某某县融媒体中心　某ICP备19005678号　联系我们：0000-5551234'], k)}</div>
</body></html>`;
  return { name: `j-print-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: centre, author: a.author, notInBody: ['返回原文', '编辑：', '审核', '本文链接', '备案号', '打印时间', '新闻热线'].filter((s) => !(k === 0 && s === '打印时间') && !(k === 1 && s === '新闻热线') && !(k === 1 && s === '备案号')) }) };
};

export const HELDOUT25_TEMPLATES: Template[] = [h25HongKong, h25Taiwan, h25Intl, h25Notice, h25Expo, h25Soe, h25Print];
