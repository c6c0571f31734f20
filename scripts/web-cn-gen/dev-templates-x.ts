/**
 * Dev templates (tuned on) for #17's round 13a: the kinds of held-out 24 (told by family and missed field only), each in
 * a make and wording of its own — a page saved by a browser extension or a browser's "Save page as" (a SingleFile or
 * saved-from comment with its own dates, `<base>`, inlined styles, `_files/` resources); a photo set whose text is a
 * paragraph under each picture with counters and 上一张/下一张 or 上一组/下一组 buttons; a video page with the player
 * above its 文字稿/文稿 and the outlet named only on a `视频来源` line after the text, or with the reporter in it; a long
 * analysis with a 目录 box, numbered sub-heads, note marks, 注释/参考资料 and an author's note; a report in schema.org
 * microdata whose `datePublished` is in UTC; a page dated only with a weekday (`2024年3月5日 星期二`) or in English
 * (`Tuesday, March 5, 2024`); and a provincial operator company's news page.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: a.paras[a.paras.length - 1].slice(-12), not_in_body: o.notInBody };
}
const menu = (names: string[], base = ''): string => names.map((n, i) => `<li><a href="${base}/col/${i + 3}/">${n}</a></li>`).join('');
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const cnDay = (d: string): string => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const weekday = (d: string): number => new Date(`${day(d)}T12:00:00Z`).getUTCDay();
const textPs = (a: PoolArticle): string => a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
const NAV = ['首页', '新闻', '时政', '财经', '产业', '科技', '通信', '汽车', '能源', '城市', '文旅', '教育', '健康', '评论', '图片', '视频', '专题', '直播'];

/** A page saved by SingleFile (a comment with the saving date) or by "Save page as" (saved-from comment, `<base>`). */
export const devSavedPage: Template = (a, k) => {
  const host = pick(['https://www.example-txb.cn', 'http://news.example-cyw.com'], k);
  const url = `${host}/${pick(['html', 'news'], k)}/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const files = `${pick(['./page_files', './' + encodeURIComponent(a.title.slice(0, 6)) + '_files'], k)}`;
  const saved = pick([
    `<!--\n Page saved with SingleFile \n url: ${url} \n saved date: Sat Dec 05 2026 21:14:08 GMT+0800 (中国标准时间)\n-->`,
    `<!-- saved from url=(00${url.length})${url} -->`,
  ], k);
  const info = pick([
    `<div class="article-info">${a.date.replace('T', ' ')} | 来源：${esc(a.source)}${a.author ? ` | 作者：${a.author}` : ''}</div>`,
    `<div class="src-time"><span>${day(a.date).replace('-', '年').replace('-', '月')}日${hm(a.date)}</span>&nbsp;&nbsp;<span>${esc(a.source)}</span>&nbsp;&nbsp;<a href="javascript:;">【大 中 小】</a></div>`,
  ], k);
  const html = `<!DOCTYPE html> ${saved}
<html lang="zh-CN"><head><meta charset="utf-8">
${k === 1 ? `<base href="${url.slice(0, url.lastIndexOf('/') + 1)}">` : '<meta http-equiv="content-security-policy" content="default-src \'none\'; font-src \'self\' data:; img-src \'self\' data:; style-src \'unsafe-inline\'">'}
<title>${esc(a.title)}${pick(['_通信频道_某某通信网', ' - 产业 - 某某产业网'], k)}</title>
<style>body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif}.hd{height:60px;background:#0a3d91}.hd a{color:#fff}.menu li{display:inline-block;padding:0 10px}
.article{width:760px;float:left}.article h1{font-size:28px}.article-info,.pubinfo{color:#888;font-size:13px}.content p{line-height:2;text-indent:2em}.aside{width:300px;float:right}.ft{clear:both;background:#eee;padding:20px}</style>
<style>.sf-hidden{display:none!important}</style>
<link rel="stylesheet" href="${files}/main.css">
<script src="${files}/tongji.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${pick(['WebSite', 'WebPage'], k)}","name":"${pick(['某某通信网', '某某产业网'], k)}","url":"${host}/"}</script>
</head><body>
<div class="hd"><a href="${host}/">${pick(['某某通信网', '某某产业网'], k)}</a><ul class="menu">${menu(NAV, host)}</ul></div>
<div class="where">当前位置：<a href="${host}/">首页</a> » <a href="${host}/${pick(['tx', 'cy'], k)}/">${pick(['通信', '产业'], k)}</a> » 正文</div>
<div class="article"><h1>${esc(a.title)}</h1>
${info}
<div class="content">${textPs(a)}</div>
<div class="bjs">${pick([`【责任编辑：${esc(a.editor)}】`, `编辑：${esc(a.editor)}`], k)}</div>
<div class="share sf-hidden">分享：<a>微信</a><a>微博</a></div>
<div class="xg"><h3>相关新闻</h3><ul><li><a href="${host}/a/1.html">运营商发布新一代网络规划</a> <span>2024-09-30</span></li><li><a href="${host}/a/2.html">算力网络建设加速</a> <span>2024-09-12</span></li></ul></div></div>
<div class="aside"><h3>点击排行</h3><ol><li><a href="${host}/a/3.html">今年双十一物流量创新高</a></li><li><a href="${host}/a/4.html">5G-A手机出货量提升</a></li></ol></div>
<div class="ft">Copyright © 2008-2026 ${pick(['某某通信网', '某某产业网'], k)} All Rights Reserved 版权所有　某ICP备1200${k}345号</div>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="sf-hidden">
</body></html>`;
  return { name: `g-savedpage-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: k === 0 ? a.author : null, notInBody: ['编辑', '分享：', '相关新闻', '点击排行', '版权所有'] }) };
};

/** A photo set: each picture with its counter and a paragraph under it; 上一张/下一张 and 上一组/下一组 controls. */
export const devPhotoSet: Template = (a, k) => {
  const host = pick(['https://photo.example-zb.com', 'https://www.example-hb.cn'], k);
  const url = `${host}/${pick(['pic', 'tupian'], k)}/${day(a.date).replace(/-/g, '/')}/${pageId(a, k)}.html`;
  const n = a.paras.length;
  const items = a.paras.map((p, i) => pick([
    `<div class="photo-item"><div class="photo-img"><img src="${host}/p/${pageId(a, k)}-${i}.jpg"></div><div class="photo-ctrl"><span class="prev">‹ 上一张</span><span class="pg">${i + 1}/${n}</span><span class="next">下一张 ›</span></div><p class="photo-text">${esc(p)}</p></div>`,
    `<li><figure class="pic"><img src="${host}/p/${pageId(a, k)}_${i}.jpg"><figcaption>${esc(p)}<span class="pn">（${i + 1}/${n}）</span></figcaption></figure></li>`,
  ], k)).join('\n');
  const info = pick([
    `<div class="set-info">${a.date.replace('T', ' ')}　来源：${esc(a.source)}　${a.author ? `摄影：${a.author}` : ''}</div>`,
    `<div class="set-info"><span>来源：${esc(a.source)}</span><span>${day(a.date).replace(/-/g, '.')} ${hm(a.date)}</span>${a.author ? `<span>图/${a.author}</span>` : ''}<span>共${n}张</span></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['_组图_某某周报', '-图片频道-某某画报'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><link rel="stylesheet" href="${host}/css/photo.css">
<script>var photoData = { total: ${n}, auto: 0 };</script></head><body>
<div class="top"><a class="logo" href="${host}/">${pick(['某某周报', '某某画报'], k)}</a><ul class="nav">${menu(['首页', '图片', '新闻图片', '社会', '体育', '娱乐', '旅游', '摄影师', '专题', '投稿'], host)}</ul></div>
<div class="pos"><a href="${host}/">首页</a> > <a>图片</a> > 正文</div>
<div class="photo-main"><h1>${esc(a.title)}</h1>${info}
<div class="${pick(['photo-box', 'pic-wrap'], k)}">${pick([items, `<ul class="pics">${items}</ul>`], k)}</div>
<div class="group-ctrl"><a href="${host}/prev.html">上一组</a> <a href="${host}/next.html">下一组</a> <a href="javascript:;">返回列表</a></div>
${pick(['', `<div class="mini-pics"><a class="l">&lt;</a>${a.paras.map((_, i) => `<img src="${host}/p/t${i}.jpg">`).join('')}<a class="r">&gt;</a></div>
<div class="pic-tools"><a href="javascript:;">下载原图</a> <a href="javascript:;">全屏浏览</a> <span>分享：朋友圈 微博 QQ好友</span></div>`], k)}
<div class="more"><h3>${pick(['热门图集', '推荐组图'], k)}</h3><ul><li><a>春天的第一场花海</a><span>2024-03-20</span></li><li><a>城市夜景</a><span>2024-03-12</span></li></ul></div>
${pick(['', '<div class="pl"><h3>网友说两句</h3><textarea></textarea><button>提交</button><p class="c">拍得真好，收藏了。 <span>2024-11-23 10:05</span></p></div>'], k)}
</div>
<div class="foot">${pick(['某某周报社', '某某画报社'], k)} 版权所有 某ICP备0800${k}808号</div></body></html>`;
  return { name: `g-photoset-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: a.author ? [a.author, null] : null, notInBody: [pick(['上一张', '（1/'], k), '上一组', pick(['热门图集', '推荐组图'], k), pick(['版权所有', '下载原图'], k), pick(['版权所有', '网友说两句'], k)] }) };
};

/** A slideshow whose counter opens each picture's paragraph (`01/05`, `【图2/4】`), with 上一幅/下一幅 arrows between. */
export const devSlideshow: Template = (a, k) => {
  const host = pick(['https://slide.example-cb.com', 'https://www.example-sj.cn'], k);
  const url = `${host}/${pick(['slide', 'gallery'], k)}/${pageId(a, k)}.shtml`;
  const n = a.paras.length;
  const two = (i: number): string => String(i).padStart(2, '0');
  const slides = a.paras.map((p, i) => pick([
    `<div class="slide"><img src="${host}/s/${pageId(a, k)}${i}.jpg"><div class="caption"><span class="num">${two(i + 1)}/${two(n)}</span> ${esc(p)}</div></div>\n<div class="arrows"><a class="l">&lt; 上一幅</a><a class="r">下一幅 &gt;</a></div>`,
    `<div class="sw-item"><figure><img src="${host}/s/${pageId(a, k)}_${i}.png"><figcaption><em class="no">【图${i + 1}/${n}】</em>${esc(p)}</figcaption></figure></div>`,
  ], k)).join('\n');
  const after = pick(['', `<div class="sw-btn-l">上一幅</div><div class="sw-btn-r">下一幅</div>\n<div class="sw-tools"><a>原图</a> <a>查看大图</a> <span>分享到：QQ空间 微博</span></div>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['_高清大图_某某财经', '-组图-某某时报'], k)}</title>
<script>var slideTotal = ${n};</script></head><body>
<div class="hd"><a href="${host}/">${pick(['某某财经', '某某时报'], k)}</a><ul>${menu(NAV.slice(0, 14), host)}</ul></div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="info">${pick([`${a.date.replace('T', ' ')}　${esc(a.source)}`, `来源：${esc(a.source)}　时间：${a.date.replace('T', ' ')}`], k)}</div>
<div class="slides">${pick([slides, `<div class="sw-wrap">${slides}</div>`], k)}${after}</div>
<div class="end-box"><a>重新浏览</a> <a href="${host}/next.shtml">下一图集 &gt;&gt;</a></div>
<div class="rel"><h3>${pick(['更多图片', '更多组图'], k)}</h3><ul><li><a>港口夜景</a> 2024-09-01</li><li><a>秋收时节</a> 2024-08-20</li></ul></div></div>
<div class="ft">${pick(['某某财经', '某某时报'], k)} 版权所有</div></body></html>`;
  return { name: `g-slideshow-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: null, notInBody: [pick(['01/', '【图1/'], k), '上一幅', pick(['图集', '查看大图'], k), pick(['更多图片', '更多组图'], k), '版权所有'] }) };
};

/** A video page: the player, a 文稿 label, the text, and the outlet on a 视频来源 line after it (with the reporter on one). */
export const devVodText: Template = (a, k) => {
  const host = pick(['https://tv.example-gd.com', 'https://www.example-rmt.cn'], k);
  const url = `${host}/${pick(['vod', 'shipin'], k)}/${pageId(a, k)}.html`;
  const reporter = a.author ?? pick(['林海', '曾慧'], k);
  const text = pick([
    `<div class="wg-box"><p class="lbl"><strong>【新闻文稿】</strong></p>\n${textPs(a)}\n<p class="vsrc">（视频来源：${esc(a.source)} 记者：${reporter}）</p></div>`,
    // The flat make: the label, text box, source and credit lines and a statement all side by side under one wrapper.
    `<div class="vwz"><div class="t-label"><b>视频文稿：</b></div>\n${textPs(a)}\n</div>\n<p class="vsrc">视频来源｜${esc(a.source)}</p>\n<p class="credit">本期记者：${reporter}　剪辑：${esc(a.editor)}　审核：韩冰</p>\n<div class="notice">声明：本站视频版权归${esc(a.source)}所有，未经许可不得转载。</div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-某某台视频', '_视频_某某融媒'], k)}</title>
<meta property="og:type" content="video"><script>var vodConf = { id: "${pageId(a, k)}", auto: false };</script></head><body>
<div class="top"><a href="${host}/">${pick(['某某台', '某某融媒'], k)}</a><ul>${menu(['首页', '直播', '点播', '新闻', '栏目', '主持人', '节目表', '下载客户端'], host)}</ul></div>
<div class="vd-main"><h1 class="vd-tit">${esc(a.title)}</h1>
<div class="vd-meta">${pick([`<span>${a.date.replace('T', ' ')}</span>`, `<span>发布时间：${a.date.replace('T', ' ')}</span><span>播放量：8,213</span>`], k)}</div>
<div class="vd-player" id="vp${k}"><video src="${host}/v/${pageId(a, k)}.mp4" controls></video>${pick(['<div class="tip">温馨提示：如遇视频卡顿，请切换清晰度或刷新页面</div><div class="vbar"><span>时长 03:12</span><span>观看 2.4万</span></div>', '<p class="tip">提示：若视频无法播放，请点击刷新或下载客户端观看。</p><span>01:45</span>'], k)}</div>
<script>initVod("vp${k}", vodConf);</script>
<div class="vd-share">分享：<a>微信</a> <a>微博</a></div>
${text}
<div class="vd-more"><h3>${pick(['往期视频', '猜你喜欢'], k)}</h3><ul><li><a>探访数字工厂</a><span>2024-09-02</span></li><li><a>秋收正忙</a><span>2024-08-28</span></li></ul></div></div>
<div class="foot">${pick(['某某台', '某某融媒'], k)} 版权所有 某ICP备0700${k}000号</div></body></html>`;
  return { name: `g-vodtext-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: reporter, notInBody: [pick(['新闻文稿', '视频文稿'], k), '视频来源', pick(['温馨提示', '若视频无法播放'], k), pick(['往期视频', '猜你喜欢'], k), pick(['记者：', '剪辑'], k), pick(['版权所有', '声明：'], k)] }) };
};

/** A long analysis: an 本文目录 box, numbered sub-heads, note marks, 注释/参考资料 lists and an author's note after. */
export const devAnalysis: Template = (a, k) => {
  const host = pick(['https://www.example-yjy.org', 'https://think.example-cj.com'], k);
  const url = `${host}/${pick(['guandian', 'report'], k)}/${pageId(a, k)}.html`;
  const heads = pick([['一、基本情况', '二、主要问题', '三、对策建议'], ['（一）现状', '（二）挑战', '（三）展望']], k);
  const at = (i: number): number => Math.min(a.paras.length - 1, i + 1);
  const body = a.paras.map((p, i) => {
    const h = [0, 1, 2].find((j) => at(j) === i && i > 0);
    const head = h === undefined ? '' : pick([`<p class="subhead"><strong>${heads[h]}</strong></p>\n`, `<h2 id="t${h}">${heads[h]}</h2>\n`], k);
    const mark = i > 0 && i < a.paras.length - 1 ? pick([`<sup><a href="#zs${i}" id="r${i}">[${i}]</a></sup>`, i === 1 ? '<sup>①</sup>' : ''], k) : '';
    return `${head}<p>${esc(p)}${mark}</p>`;
  }).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['｜某某研究院', '-深度-某某财经'], k)}</title>
<meta name="citation_title" content="${esc(a.title)}"></head><body>
<div class="top"><a href="${host}/">${pick(['某某研究院', '某某财经'], k)}</a><ul>${menu(['首页', '研究', '观点', '报告', '数据', '活动', '专家', '关于'], host)}</ul></div>
<div class="${pick(['article-box', 'art'], k)}"><h1>${esc(a.title)}</h1>
<div class="info">${pick([`${a.author ? `<span>作者：${a.author}（研究院特约研究员）</span>` : ''}<span>日期：${day(a.date)}</span><span>来源：${esc(a.source)}</span><span>点击量：<em>1,204</em></span>`, `来源：${esc(a.source)} | ${day(a.date)}${a.author ? ` | 文/${a.author}` : ''}`], k)}</div>
${pick([`<div class="tiyao"><strong>【提要】</strong>本文从基本情况、主要问题和对策建议三个方面作了分析。</div>`, `<div class="zhaiyao"><p>摘要：${esc(a.paras[1].slice(0, 36))}。</p><p>关键词：产业；政策</p></div>`], k)}
<div class="mulu"><p class="mulu-hd">${pick(['本文目录', '目 录'], k)}</p>${pick([heads.map((h, j) => `<p><a href="#t${j}">${h}</a></p>`).join(''), `<ul>${heads.map((h, j) => `<li><a href="#t${j}">${h}</a></li>`).join('')}<li><a href="#zs">注释</a></li><li><a href="#ck">参考文献</a></li></ul>`], k)}</div>
<div class="${pick(['detail-content', 'art-con'], k)}">${body}</div>
<div class="zs">${pick(['<h5>注　释</h5>', '<p>【注释】</p>'], k)}${pick([a.paras.slice(1, -1).map((_, i) => `<p id="zs${i + 1}">[${i + 1}] 数据引自某某统计年鉴（2023），第${12 + i}页。</p>`).join(''), '<p>① 根据企业公开年报整理。</p>'], k)}</div>
<div class="ck">${pick(['<h5>参考资料</h5><ol><li>某某. 产业发展报告[R]. 2023.</li><li>某某. 行业年度观察[J]. 2024(2).</li></ol>', '<p>参考文献</p><p>1. 某某. 产业发展报告[R]. 2023.</p><p>2. 某某. 行业年度观察[J]. 2024(2).</p>'], k)}</div>
<div class="zz">${pick(['【作者简介】', '（作者系'], k)}${pick(['某某，研究院高级研究员。', '某某研究院研究员）'], k)}</div>
<div class="yy">${pick([`引用本文：${a.author ?? '本刊'}. ${esc(a.title)}[EB/OL]. ${esc(a.source)}, ${day(a.date)}.`, `转载请注明：${esc(a.source)}　${day(a.date)}`], k)}</div>
</div>
<div class="foot">版权所有 © ${pick(['某某研究院', '某某财经'], k)}</div></body></html>`;
  return { name: `g-analysis-${k}`, html, gold: goldOf(a, { url, date: day(a.date), source: a.source, author: a.author, notInBody: [pick(['本文目录', '目 录'], k), pick(['提要', '关键词'], k), pick(['注　释', '【注释】'], k), pick(['参考资料', '参考文献'], k), pick(['统计年鉴', '公开年报'], k), pick(['作者简介', '作者系'], k), pick(['引用本文', '转载请注明'], k)] }) };
};

/** A report in schema.org microdata: `datePublished` in UTC, the visible time in another form, the editor in the text box. */
export const devItemprop: Template = (a, k) => {
  const host = pick(['https://www.example-dsb.com', 'https://m.example-xw.cn'], k);
  const url = `${host}/${pick(['a', 'detail'], k)}/${pageId(a, k)}`;
  const utc = new Date(Date.parse(`${a.date}:00+08:00`)).toISOString().replace('.000Z', pick(['Z', '+00:00'], k));
  const visible = pick([`${day(a.date).replace(/-/g, '/')} ${hm(a.date)}`, `${cnDay(a.date)}${hm(a.date)}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick([' - 某某都市报', '_某某新闻'], k)}</title></head><body>
<header><a href="${host}/">${pick(['某某都市报', '某某新闻'], k)}</a><nav><ul>${menu(NAV.slice(0, 12), host)}</ul></nav></header>
<div class="wrap" itemscope itemtype="http://schema.org/Article">
<h1 itemprop="name headline">${esc(a.title)}</h1>
<p class="byline"><time itemprop="datePublished" datetime="${utc}">${visible}</time> · <span itemprop="publisher">${esc(a.source)}</span>${a.author ? ` · <span itemprop="author">${a.author}</span>` : ''}</p>
<section class="text" itemprop="articleBody">
${textPs(a)}
<p class="zb">${pick([`编辑 ${esc(a.editor)}`, `（责编：${esc(a.editor)}）`], k)}</p>
</section>
<div class="tags" itemprop="keywords">${pick(['产业,政策', '经济,数据'], k)}</div></div>
<aside><h3>热读</h3><ul><li><a>某地发布人才新政</a><time>2024-10-01</time></li><li><a>暖冬来了吗</a><time>2024-09-29</time></li></ul></aside>
<footer>${pick(['某某都市报', '某某新闻'], k)} 版权所有</footer></body></html>`;
  return { name: `g-itemprop-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: [pick(['编辑 ', '责编'], k), '热读', '版权所有'] }) };
};

/** Pages dated only by a day with its weekday (`2024年3月5日 星期二`, `（周二）`) or an English date. */
export const devWeekday: Template = (a, k) => {
  const host = pick(['https://www.example-xy.edu.cn', 'https://www.example-cham.org.cn'], k);
  const url = `${host}/${pick(['info/1012', 'news/show'], k)}/${3300 + k * 7}.htm`;
  const en = new Date(`${day(a.date)}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const line = pick([
    `<div class="info">${cnDay(a.date)}（周${'日一二三四五六'[weekday(a.date)]}）　来源：${esc(a.source)}　点击：<span id="c">…</span></div>`,
    `<div class="meta"><span class="date">${en}</span> &nbsp;/&nbsp; <span>信息来源：${esc(a.source)}</span></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-某某学院', ' | 某某商会 Chamber'], k)}</title></head><body>
<div class="hd"><a href="${host}/">${pick(['某某学院', '某某商会'], k)}</a>${k === 1 ? '<span class="lang"><a>中文</a> | <a>EN</a></span>' : ''}<ul>${menu(pick([['首页', '学院概况', '新闻动态', '通知公告', '教学科研', '招生就业', '党建工作', '校友之窗'], ['Home 首页', 'About 关于', 'News 新闻', 'Events 活动', 'Members 会员', 'Contact 联系']], k), host)}</ul></div>
<div class="now">您的位置：<a href="${host}/">首页</a> &gt; 新闻动态</div>
<div class="detail"><h1>${esc(a.title)}</h1>${line}
<div id="vsb_content_2">${textPs(a)}</div>
<p class="sign">${pick([`（文：${esc(a.editor)}　审核：某某）`, `Editor：${esc(a.editor)}`], k)}</p></div>
<div class="side"><h3>${pick(['新闻动态', 'Recent Posts'], k)}</h3><ul>${pick(['<li><a>学院举办秋季运动会</a> 10-21</li><li><a>学院召开教学工作会</a> 09-03</li>', '<li><a>Annual Gala 2024</a> Sep 12, 2024</li><li><a>会员企业走访</a> Aug 30, 2024</li>'], k)}</ul></div>
<div class="foot">${pick(['版权所有：某某学院', 'Copyright © 某某商会'], k)}</div></body></html>`;
  return { name: `g-weekday-${k}`, html, gold: goldOf(a, { url, date: day(a.date), source: a.source, author: pick([a.editor, null], k), notInBody: [pick(['审核', 'Editor'], k), pick(['学院举办', 'Annual Gala'], k)] }) };
};

/** A provincial operator company's news page (中国联通/中国铁塔-like): sidebar of the about-us section, counters, service buttons. */
export const devTelecom: Template = (a, k) => {
  const host = pick(['https://www.example-10010.com/xx', 'https://xx.example-tower.cn'], k);
  const url = `${host}/${pick(['news/gsxw', 'xwzx/gsdt'], k)}/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const company = pick(['中国联通某某省分公司', '中国铁塔某某省分公司'], k);
  const info = pick([
    `<div class="detail-info">时间：${a.date.replace('T', ' ')}　来源：${esc(a.source)}　浏览量：<span id="pv">1234</span></div>`,
    `<ul class="xx"><li>发布日期：${a.date.replace('T', ' ')}</li><li>来源：${esc(a.source)}</li>${a.author ? `<li>作者：${a.author}</li>` : ''}<li><a href="javascript:window.print()">打印</a></li></ul>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-中国联通某某', '_公司动态_中国铁塔某某省分公司'], k)}</title>
<script>var province = "xx"; var channel = "news";</script></head><body>
<div class="tb"><span>某某 [切换省份]</span><a>个人客户</a><a>政企客户</a><a>网上营业厅</a><a>登录</a></div>
<div class="hd"><a href="${host}/">${company}</a><ul>${menu(pick([['首页', '手机', '宽带', '套餐', '充值', '5G', '智家', '沃钱包', '政企'], ['首页', '关于我们', '业务介绍', '新闻中心', '社会责任', '合作伙伴', '招聘']], k), host)}</ul></div>
<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; ${pick(['公司新闻', '公司动态'], k)}</div>
<div class="box"><div class="lf"><h3>新闻中心</h3><ul><li>公司新闻</li><li>媒体聚焦</li><li>通知公告</li></ul></div>
<div class="rt"><h1 class="dt">${esc(a.title)}</h1>${info}
<div class="dc">${textPs(a)}</div>
<div class="pn">上一条：<a>某某公司召开网络安全工作会议</a><br>下一条：<a>某某公司开展志愿服务活动</a></div></div></div>
<div class="kf"><a>在线客服</a><a>${pick(['10010', '400-000-0000'], k)}</a><a>顶部</a></div>
<div class="ft">${company} 版权所有 某ICP备0900${k}010号</div></body></html>`;
  return { name: `g-telecom-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: k === 1 ? a.author : null, notInBody: [pick(['浏览量', '打印'], k), '上一条', '在线客服', '版权所有'] }) };
};

export const DEV_TEMPLATES_X: Template[] = [devSavedPage, devPhotoSet, devSlideshow, devVodText, devAnalysis, devItemprop, devWeekday, devTelecom];
