/**
 * Dev templates (tuned on) for #17's eleventh round (11a): the kinds of small sites held-out 21 holds, each in a make
 * and wording of its own — forum threads whose first post is the article (a category tag before the subject in the
 * heading, an edit note above the post, text in `<br>` runs, a signature, floors of replies with later times, the
 * exact time only in an attribute beside a relative one), a TV station's news page (player, a transcript label over
 * the text, reporters and 编辑/责编/审核 credit lines after it), and a PHP CMS trade page and a sub-district office's
 * table page as structure checks.
 */
import { cnDay, dash, dayOnly, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const all = a.paras.join('');
  for (const s of o.notInBody) if (all.includes(s)) throw new Error(`dev-templates-t: furniture "${s}" is in the text of "${a.title}"`);
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: a.paras[a.paras.length - 1].slice(-12), not_in_body: o.notInBody };
}

const LINKS = ['首页', '社区', '新帖', '精华', '问答', '活动', '招聘', '二手', '下载', '排行', '勋章', '帮助', '搜索', '手机版', '客户端', '签到', '任务', '道具', '商城', '博客'];
const nav = (cls: string, n: number): string => `<ul class="${cls}">${LINKS.slice(0, n).map((l, i) => `<li><a href="/n${i}/">${l}</a></li>`).join('')}</ul>`;
const addDays = (d: string, n: number): string => {
  const t = new Date(`${d.slice(0, 10)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

/** A forum thread read as an article: phpwind-like floors (k=0) or a mobile-style thread with relative times (k=1). */
export const devForumFloors: Template = (a, k) => {
  const forum = pick(['某某电力论坛', '某某汽车社区'], k);
  const board = pick(['电网技术', '新能源车交流'], k);
  const tag = pick(['【原创】', '[资讯]'], k);
  const poster = pick(['电网小郑', 'EV_chaser'], k);
  const tid = parseInt(pageId(a, k).slice(0, 5), 16);
  const url = `https://${pick(['bbs.dianli-example.net/read.php?tid=', 'club.qiche-example.com/thread/'], k)}${tid}`;
  const edited = `${addDays(a.date, 1)} 1${k}:2${k}`;
  const replies = [
    ['2楼', '老电工', '说得在理，我们单位今年也在推进类似的工作，进展还算顺利。', 1],
    ['3楼', 'windy', '学习了，楼上说的情况我们这边也遇到过。', 2],
    ['4楼', '阿强', '顶一个，希望多发这样的帖子。', 3],
  ] as const;
  // The edit note is inline above the text runs in the k=1 make, so the post's block has no block child.
  const text = `${pick([`<div class="edit-note">[ 此帖被${poster}在${edited}重新编辑 ]</div>`, `<i class="pstatus"> 本帖最后由 ${poster} 于 ${edited.replace(/-0/g, '-')} 编辑 </i><br><br>`], k)}${a.paras.map((p) => `${esc(p)}<br><br>`).join('\n')}`;
  const when = (d: string, i: number): string =>
    k === 0 ? `<span class="post-time">发表于: ${d}</span>` : `<span class="time" title="${d}:${String(10 + i).padStart(2, '0')}">${pick(['3小时前', '昨天 21:05', '5天前', '2天前'], i)}</span>`;
  const floors = replies.map(([f, who, what, dd], i) => `<div class="floor" id="floor${i + 2}"><div class="floor-user"><a class="uname">${who}</a><span>等级：${pick(['初级会员', '中级会员'], i)}</span></div><div class="floor-main"><div class="floor-head"><span class="floor-no">${f}</span>${when(`${addDays(a.date, dd)} 0${8 + i}:1${i}`, i + 1)}</div><div class="floor-body">${esc(what)}</div><div class="floor-act"><a>回复</a><a>引用</a><a>举报</a></div></div></div>`).join('\n');
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${board} - ${forum} - Powered by ${pick(['phpwind', 'XiaoBBS'], k)}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 10))},${board}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<script>var TID = ${tid}, FID = ${10 + k}, UID = 0, charset = 'utf-8';</script>
</head><body>
<div class="topbar"><a>登录</a> <a>注册</a> <a>找回密码</a></div>
<div class="header"><div class="logo">${forum}</div>${nav('mainnav', 18)}</div>
<div class="crumb"><a href="/">${forum}</a> &raquo; <a href="/board/${10 + k}">${board}</a> &raquo; <span>${esc(a.title)}</span></div>`;
  const foot = `<div class="pager"><b>1</b> <a>2</a> <a>下一页</a></div>
<div class="fast-reply">您需要登录后才可以回帖 <a>登录</a> | <a>注册</a></div>
<div class="footer"><a>联系我们</a> | <a>免责声明</a> | ${pick(['冀ICP备12345678号', '鄂ICP备10023456号'], k)}</div>
</body></html>`;
  const sign = pick(['—— 安全第一，预防为主。', '开电车三年，欢迎交流用车心得，微信同号'], k);
  const ad = `<div class="ad-floor"><a href="https://ad.example/${k}">${pick(['【广告】电力金具、绝缘子厂家直销', '【推广】充电桩安装一站式服务 全国上门'], k)}</a></div>`;
  // k=0: an older package's table layout — counters above the subject, a card cell with counts beside each post,
  // the floor label a link, the edit note in an inline element above the text.
  const cell = (who: string, n: number): string => `<td class="user-cell" width="160" valign="top"><a class="uname">${who}</a><table class="ucount"><tr><td><b>${Math.floor(n / 9)}</b><br>主帖</td><td><b>${n}</b><br>回帖</td><td><b>${n * 4}</b><br>经验</td></tr></table><div>${pick(['正式会员', '高级工程师'], n)}</div></td>`;
  const html = k === 0
    ? `${head}
<table class="thread-top" width="100%"><tr><td class="stat" width="160">浏览：<b>${1200 + k * 700}</b> | 回复：<b>${replies.length}</b></td><td class="subject"><h1><a class="type" href="/type/1">${tag}</a> <span id="subject_tpc">${esc(a.title)}</span></h1> <a class="copy" href="javascript:;" onclick="copyUrl()">[复制本帖地址]</a></td></tr></table>
<table class="post" id="post1" width="100%"><tr>${cell(poster, 1806)}<td class="post-cell" valign="top"><div class="tiptop"><a class="fl" href="#post1" onclick="copyFloor(1);return false;">楼主</a> <span>发表于: ${dash(a.date)}</span> | <a>只看该作者</a> | <a>倒序看帖</a></div>
<div class="tpc_content" id="read_tpc"><i class="edit">[ 此帖被${poster}在${edited}重新编辑 ]</i><br><br>${a.paras.map((p) => `${esc(p)}<br><br>`).join('\n')}</div></td></tr>
<tr><td></td><td class="sign-cell"><div class="signature">${sign}</div><div class="floor-act"><a>回复</a><a>引用</a><a>举报</a><a>评分</a></div></td></tr></table>
${ad}
${replies.map(([, who, what, dd], i) => `<table class="post" id="post${i + 2}" width="100%"><tr>${cell(who, 120 + i * 37)}<td class="post-cell" valign="top"><div class="tiptop"><a class="fl" href="#post${i + 2}">${pick(['沙发', '板凳', '地板'], i)}</a> <span>发表于: ${addDays(a.date, dd)} 0${8 + i}:1${i}</span> | <a>只看该作者</a></div><div class="tpc_content">${esc(what)}</div></td></tr></table>`).join('\n')}
${foot}`
    : `${head}
<div class="thread-head"><div class="stat">阅读 <b>${1200 + k * 700}</b> · 回复 <b>${replies.length}</b></div><h1 class="thread-title"><a class="type" href="/type/1">${tag}</a><span>${esc(a.title)}</span></h1><div class="thread-tools"><a>只看楼主</a> <a>倒序看帖</a> <a>收藏本帖</a></div></div>
<div class="floor floor-first" id="floor1"><div class="floor-user"><a class="uname">${poster}</a><span>等级：资深会员</span><span>发帖：${1800 + k}</span><span>威望：${320 + k}</span></div>
<div class="floor-main"><div class="floor-head"><span class="floor-no">1楼</span><span class="post-time">发表于 <span title="${dash(a.date)}:41">5天前</span></span> <a>只看该作者</a></div>
<div class="floor-body">${text}</div>
<div class="signature">${sign}</div>
<div class="floor-act"><a>回复</a><a>引用</a><a>举报</a><a>评分</a></div></div></div>
${ad}
${floors}
${foot}`;
  return { name: `g-floorthread-${k}`, html, gold: goldOf(a, { url, date: a.date, source: null, author: poster, notInBody: ['重新编辑', '最后由', '只看', '微信同号', '预防为主', '楼上', '顶一个', '回复', '举报', '【广告】', '【推广】', '等级', '威望', '下一页'] }) };
};

/** A TV station's news page: player, a transcript label over the text, reporters and editor credits after it. */
export const devTvScript: Template = (a, k) => {
  const station = pick(['某某县融媒体中心', '某某市电视台'], k);
  const id = pageId(a, k);
  const url = `https://${pick(['www.mmrm-example.cn/news/', 'tv.mmds-example.com/v/'], k)}${dayOnly(a.date).replace(/-/g, '')}/${id}.html`;
  const reporter = a.author ? pick([`（记者 ${a.author} ${pick(['孙磊', '秦川'], k)}）`, `记者：${a.author}　通讯员：${pick(['孙磊', '秦川'], k)}`], k) : null;
  const credits = pick([`编辑 ${a.editor}　责任编辑 ${pick(['苏敏', '高原'], k)}　终审 ${pick(['钱钧', '许江'], k)}`, `编辑：${a.editor} | 责编：${pick(['苏敏', '高原'], k)} | 审核：${pick(['钱钧', '许江'], k)}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${station}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}">
<script src="/static/player/video.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":${JSON.stringify(a.title)},"uploadDate":"${a.date}:00+08:00","duration":"PT1M5${k}S","publisher":{"@type":"Organization","name":"${station}"}}</script>
</head><body>
<div class="header"><div class="logo">${station}</div><ul class="nav">${['首页', '要闻', '乡镇', '民生', '视频', '直播', '专题', '公告', '电视', '广播', '融媒号', '问政'].map((n, i) => `<li><a href="/c${i}/">${n}</a></li>`).join('')}</ul></div>
<div class="pos">当前位置：<a>首页</a> &gt; <a>视频</a></div>
<div class="article">
<h1>${esc(a.title)}</h1>
<div class="meta">${pick([`来源：${station}　发布时间：${dash(a.date)}`, `${cnDay(a.date)} ${a.date.slice(11)}　来源：${station}　点击：2081`], k)}</div>
<div class="player-box"><video id="v1" class="video-js" controls preload="none" poster="/poster/${id}.jpg"><source src="/media/${id}.mp4" type="video/mp4"><p class="vjs-no-js">请启用JavaScript或升级浏览器以观看视频</p></video></div>
<div class="content">
<p class="label">${pick(['【新闻文稿】', '文字稿：'], k)}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${reporter ? `<p>${esc(reporter)}</p>` : ''}
<p class="credit">${esc(credits)}</p>
</div>
<div class="share">分享：<a>微信</a><a>微博</a></div>
<div class="copyright">${pick(['（本稿件版权归' + station + '所有，转载请注明出处）', '版权声明：凡本站注明来源的作品，版权均属本台所有。'], k)}</div>
<div class="more"><h3>更多视频</h3><ul>${['全县秋收秋种工作有序推进', '城区道路改造工程进入收尾阶段', '文化惠民演出走进社区'].map((t, i) => `<li><a>${t}</a><span>02:1${i}</span><span>${addDays(a.date, -(i + 1))}</span></li>`).join('')}</ul></div>
</div>
<div class="footer">${station} 版权所有 ${pick(['赣ICP备12003456号', '滇ICP备09001234号'], k)}</div></body></html>`;
  return { name: `g-tvscript-${k}`, html, gold: goldOf(a, { url, date: a.date, source: station, author: a.author, notInBody: ['新闻文稿', '文字稿', '通讯员', '责任编辑', '责编', '终审', '审核', '分享', '版权', '更多视频', '浏览器'] }) };
};

/** A city station's news in its app-share make: a tip under the player, a plain transcript label, credits with colons, related videos. */
export const devTvShare: Template = (a, k) => {
  const station = pick(['某某市融媒体中心', '某某区广播电视台'], k);
  const id = pageId(a, k);
  const url = `https://${pick(['share.mmrmt-example.cn/news/', 'www.mmqtv-example.com/content/'], k)}${id}.html`;
  const reporter = a.author ? `记者：${a.author}　${pick(['邹航', '骆佳'], k)}` : null;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(a.title)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 40))}"><script src="/js/flexible.js"></script><script>var shareConfig = {title: ${JSON.stringify(a.title)}, img: "/logo.png", appId: "wx${id}"};</script></head><body>
<div class="open-app"><img src="/logo.png"><span>${station}客户端</span><a>打开</a></div>
<div class="news">
<div class="news-title">${esc(a.title)}</div>
<div class="news-info"><span>${station}</span><span>${dash(a.date)}</span></div>
<div class="video"><video src="/v/${id}.mp4" controls poster="/v/${id}.jpg"></video></div>
<p class="tip">${pick(['当前浏览器不支持视频播放，请在客户端内观看', '您的浏览器不支持video标签，请更换浏览器'], k)}</p>
<div class="news-body">
<div class="script-label">${pick(['视频文字稿', '文字稿'], k)}</div>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${reporter ? `<p>${esc(reporter)}</p>` : ''}
<p>${esc(`编辑：${a.editor}　责编：${pick(['罗宁', '方圆'], k)}　审核：${pick(['唐杰', '杜明'], k)}`)}</p>
</div>
<div class="stmt">声明：${pick(['本平台所刊载的视频、文字等内容，版权归' + station + '所有，未经授权不得转载。', '凡注明来源为本台的作品，未经书面许可，不得转载、摘编。'], k)}</div>
<div class="related"><h4>相关视频</h4>${['城区新增三处口袋公园', '夜市经济点亮城市烟火气', '老旧小区加装电梯提速'].map((t, i) => `<a class="item"><img src="/r/${i}.jpg"><span class="dur">0${i + 1}:2${i}</span><p>${t}</p><em>${addDays(a.date, -(i + 2))} 18:3${i}</em></a>`).join('')}</div>
</div>
<div class="foot-app">下载${station}客户端，看更多本地新闻</div></body></html>`;
  return { name: `g-tvshare-${k}`, html, gold: goldOf(a, { url, date: a.date, source: station, author: a.author, notInBody: ['文字稿', '浏览器', '责编', '审核', '声明', '转载', '相关视频', '客户端'] }) };
};

/**
 * A trade site on a PHP CMS package whose default template prints the information line inside the heading after a
 * `<br />` (k=0), or an 帝国-like one with a summary box repeating the text's opening (k=1); `<div class="content">`
 * is also a sidebar box's name; 来源：本站, a click counter written by a script, 上一篇/下一篇 and tags.
 */
export const devCmsView: Template = (a, k) => {
  const site = pick(['某某仪表网', '某某泵阀商务网'], k);
  const id = parseInt(pageId(a, k).slice(0, 5), 16);
  const url = `http://www.${pick(['mmyb-example', 'mmbf-example'], k)}.com/${pick(['html/news', 'news/hyxw'], k)}/${a.date.slice(0, 7).replace('-', '')}/${id}.html`;
  const side = `<div class="right"><div class="box"><h5 class="title-2">频道本月排行</h5><div class="content"><ul class="list lh24 f14">${['仪表行业上半年运行情况分析', '智能水表招标量同比增长', '流量计国产化率持续提升', '压力变送器市场格局生变'].map((t, i) => `<li><span class="rt">0${i + 3}-1${i}</span>·<a href="/n/${i}.html">${t}</a></li>`).join('')}</ul></div></div></div>`;
  const info = `${dash(a.date)}:${pick(['12', '40'], k)}　来源：${pick(['本站', '本站原创'], k)}　评论：<a href="#comment">0</a> 点击：<span id="hits"></span><script language="JavaScript" src="/api.php?op=count&id=${id}&modelid=1"></script>`;
  const body = a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const main = k === 0
    ? `<div id="Article"><h1>${esc(a.title)}<br /><span>${info}</span></h1>
<div class="content">${body}
<p style="text-align:center"><script src="/caches/poster_js/12.js"></script></p></div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/1">${SUB[0]}</a> <a href="/tag/2">${SUB[1]}</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/n/${id - 1}.html">仪表企业积极布局海外市场</a><br /><strong>下一篇：</strong><a href="/n/${id + 1}.html">行业标准修订工作启动</a></p></div>`
    : `<div class="newsview"><div class="newstitle"><h1>${esc(a.title)}</h1></div><div class="newsinfo">发布时间：${dash(a.date)}　来源：本站原创　作者：admin　点击：<script src="/e/public/ViewClick/?classid=3&id=${id}&addclick=1"></script></div>
<div class="smalltext"><b>内容提要：</b>${esc(a.paras[0].slice(0, 50))}……</div>
<div class="newstext">${body}</div>
<div class="tags">TAG: <a>${SUB[2]}</a> <a>${SUB[3]}</a></div>
<div class="prenext"><p>上一篇：<a>泵阀企业加快智能化转型</a></p><p>下一篇：<a>行业协会召开年度会员大会</a></p></div></div>`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(a.title)} - ${pick(['行业新闻', '行业资讯'], k)} - ${site}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 8))}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /><script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head><body>
<div class="header"><div class="logo">${site}</div><div class="nav">${SUB.map((n, i) => `<a href="/c${i}/">${n}</a>`).join('<span>|</span>')}</div></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/news/">行业新闻</a> &gt; 正文</div>
<div class="col-left">${main}</div>${side}</div>
<div class="footer"><p>Copyright &copy; 2008-2024 ${site} 版权所有　${pick(['沪ICP备08012345号', '浙ICP备12034567号'], k)}</p></div></body></html>`;
  return { name: `g-cmsview-${k}`, html, gold: goldOf(a, { url, date: a.date, source: null, author: null, notInBody: ['点击', '评论：', '相关热词', '上一篇', '下一篇', '内容提要', 'TAG', '排行', '版权所有'] }) };
};

const SUB = ['流量仪表', '压力仪表', '分析仪器', '温度仪表', '阀门', '水泵', '自动化', '传感器', '电工仪表', '实验室仪器', '环保仪器', '展会'];

/**
 * A 社区/街道 page in an old table layout (k=0: `<title>` = headline, a space, the office; 浏览次数 by script;
 * 打印本页/关闭窗口) and a print version of a news page (k=1: title again in the heading, source and time on one line,
 * 本文链接 and print buttons).
 */
export const devOfficeOrPrint: Template = (a, k) => {
  const office = pick(['城南街道办事处', ''], k);
  const id = pageId(a, k);
  const url = k === 0 ? `http://cn.example-qu.gov.cn/jdxx/${id}.htm` : `https://www.mmxw-example.com/print.asp?id=${parseInt(id.slice(0, 4), 16)}`;
  const html = k === 0
    ? `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)} ${office}</title><script>function printme(){window.print();}</script></head><body>
<table width="980" align="center"><tr><td class="top">某某区${office}</td></tr></table>
<table width="980" align="center"><tr>${['首页', '街道简介', '政务公开', '社区风采', '党群工作', '办事指南', '通知公告', '联系我们'].map((n) => `<td><a href="/${n}/">${n}</a></td>`).join('')}</tr></table>
<table width="980" align="center"><tr><td width="220" valign="top"><table><tr><td class="lt">通知公告</td></tr>${['关于开展冬季消防安全检查的通知', '城南街道2024年度预算公开'].map((t, i) => `<tr><td><a>${t}</a> ${addDays(a.date, -(i + 3))}</td></tr>`).join('')}</table></td>
<td valign="top"><table width="100%"><tr><td>当前位置：首页 &gt; 街道动态</td></tr>
<tr><td align="center" style="font-size:18px;font-weight:bold;color:#b00">${esc(a.title)}</td></tr>
<tr><td align="center">日期：${dayOnly(a.date)}　　来源：${office}　　浏览次数：<script src="/inc/hits.asp?id=${id}"></script></td></tr>
<tr><td class="zw">${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br><br>`).join('\n')}</td></tr>
<tr><td align="right"><a href="javascript:printme()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td class="foot">主办：某某区${office}　地址：城南路1号　电话：0000-1234567　${pick(['皖ICP备05001234号', ''], k)}</td></tr></table></body></html>`
    : `<html><head><meta charset="utf-8"><title>${esc(a.title)}</title><style>@media print{.np{display:none}}</style></head><body onload="window.print()">
<div class="np"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
<h2 align="center">${esc(a.title)}</h2>
<p align="center" class="src">${esc(a.source)}　${cnDay(a.date)} ${a.date.slice(11)}${a.author ? `　${esc(a.author)}` : ''}</p>
<hr>
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<hr>
<p>本文链接：https://www.mmxw-example.com/news/${id}.html</p>
<p class="np" align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p></body></html>`;
  return { name: `g-officeprint-${k}`, html, gold: goldOf(a, { url, date: k === 0 ? dayOnly(a.date) : a.date, source: k === 0 ? office : a.source, author: k === 0 ? null : a.author, notInBody: ['浏览次数', '打印', '关闭', '本文链接', '主办', '通知公告', '当前位置'] }) };
};

/**
 * A Q&A site's answer page: the question as the headline, the answerer's card, the answer's time under it — an edit time
 * whose tooltip gives the publication time (k=0), or the publication time alone beside an IP line (k=1) — an action bar
 * and more answers with their own times.
 */
export const devQaAnswer: Template = (a, k) => {
  const question = `如何看待“${a.title.split(' ')[0]}”？`;
  const who = pick(['陈工在路上', 'dataops_lin'], k);
  const id = parseInt(pageId(a, k).slice(0, 7), 16);
  const url = `https://www.${pick(['wenda-example.com/question', 'qa-example.cn/q'], k)}/${id}/answer/${id + 17}`;
  const published = `${dash(a.date)}`;
  const edited = `${addDays(a.date, 2)} 2${k}:0${k}`;
  const time = k === 0
    ? `<div class="ContentItem-time"><a href="/answer/${id + 17}"><span data-tooltip="发布于 ${published}">编辑于 ${edited}</span></a>・IP 属地上海</div>`
    : `<div class="answer-time"><span>发布于 ${published}</span><span>・IP 属地广东</span></div>`;
  const html = `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>${esc(question)} - ${pick(['某某问答', '某某知识社区'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}"><script id="js-initialData" type="text/json">{"initialState":{"entities":{"answers":{"${id + 17}":{"voteupCount":${1200 + k}}}}}}</script></head><body>
<header class="AppHeader"><a class="logo">${pick(['某某问答', '某某知识社区'], k)}</a><nav>${['首页', '会员', '发现', '等你来答'].map((n) => `<a>${n}</a>`).join('')}</nav><input placeholder="搜索"><button>提问</button></header>
<div class="QuestionHeader"><div class="QuestionHeader-topics">${['通信', '数据中心', '产业政策'].map((t) => `<a class="Tag">${t}</a>`).join('')}</div><h1 class="QuestionHeader-title">${esc(question)}</h1><div class="QuestionHeader-side"><span>关注者 ${320 + k}</span><span>被浏览 ${98000 + k}</span></div><div class="QuestionHeader-footer"><button>关注问题</button><button>写回答</button><button>邀请回答</button></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="AnswerCard"><div class="ContentItem AnswerItem">
<div class="ContentItem-meta"><div class="AuthorInfo"><a class="UserLink-link">${who}</a><div class="AuthorInfo-badge">${pick(['通信行业从业者', '数据中心运维工程师'], k)}</div><button class="FollowButton">+ 关注</button></div><div class="Voters">${1200 + k} 人赞同了该回答</div></div>
<div class="RichContent"><div class="RichText">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${time}
<div class="ContentItem-actions"><button>赞同 ${1200 + k}</button><button>${30 + k} 条评论</button><button>分享</button><button>收藏</button><button>喜欢</button></div></div>
</div></div>
<div class="MoreAnswers"><h2>更多回答</h2><div class="AnswerItem"><a class="UserLink-link">路人乙</a><div class="RichText"><p>补充一点，实际落地还要看各地的配套政策，不同地区差别很大。</p></div><div class="ContentItem-time"><span>发布于 ${addDays(a.date, 5)} 09:12</span></div></div></div>
</div></div></body></html>`;
  return { name: `g-qaanswer-${k}`, html, gold: { ...goldOf(a, { url, date: a.date, source: null, author: who, notInBody: ['编辑于', '发布于', 'IP 属地', '赞同', '条评论', '更多回答', '补充一点', '关注'] }), title: question } };
};

export const DEV_TEMPLATES_T: Template[] = [devForumFloors, devTvScript, devTvShare, devCmsView, devOfficeOrPrint, devQaAnswer];
