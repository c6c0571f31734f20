/**
 * Held-out templates of #17's round 21 (never tuned on; committed before any change to the extractor): five families
 * in page-building habits the parts lack — a county's 政务公开 page dated only in its index table (Word-pasted text, a
 * `<title>` of the site alone, or spaced labels with 发文日期 before 发布日期), a digital paper edition in 方正 markup (an
 * enpproperty comment, `<founder-*>` elements, the 版面 header as the only printed date), a tech site's 评测 (a spec table,
 * a 图集, a 评分 box, a one-line verdict), an association's 会员动态 (the headline not in `<title>`, the member company as
 * 来源, a 供稿 note) and a 党媒's local channel (a mobile page dated in `<time>` with an embedded microblog post inside the
 * text; a PC page with a 分享到 row, 责编 and a contribution note). Each family prints its own texts (heldout32-pool.ts).
 */
import { esc, gold, pageId, pick, type Template } from './common.js';
import { HELDOUT32_POOL } from './heldout32-pool.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/col/${i}/index.html">${w}</a>`).join(' | ');
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const head = (title: string, extra = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>${extra}
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?${'f'.repeat(8)}";document.head.appendChild(hm);})();</script></head>`;
const word = (p: string, right = false): string =>
  `<p class="MsoNormal"${right ? ' align="right" style="text-align:right;line-height:28pt"' : ' style="text-indent:32pt;line-height:28pt"'}><span style="font-family:仿宋_GB2312;font-size:16pt">${esc(p)}<span lang="EN-US"><o:p></o:p></span></span></p>`;

/** A county's 政务公开 page: the date only in the index table; Word-pasted text with its signature, or spaced labels with 发文日期 before 发布日期. */
export const hwCounty: Template = (_a, k) => {
  const a = HELDOUT32_POOL.county[k];
  const site = '某某县人民政府';
  const url = `http://www.example-xian${k}.gov.cn/zwgk/${pick(['tzgg', 'ghjh'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const day = a.date.slice(0, 10);
  const table = pick([
    `<table class="xxgk-table" border="1" cellspacing="0"><tr><td>索引号：</td><td>113xxxxx00X/2026-00231</td><td>发文字号：</td><td>某政办发〔2026〕41号</td></tr>
<tr><td>发布机构：</td><td>${a.source}</td><td>生成日期：</td><td>${day}</td></tr>
<tr><td>主题分类：</td><td>农业、林业、水利</td><td>有效性：</td><td>有效</td></tr></table>
<div class="xxgk-bt">${esc(a.title)}</div>`,
    `<ul class="gk-info"><li><b>索 引 号：</b>113xxxxx00Y/2026-01187</li><li><b>发文字号：</b>无</li><li><b>发布机构：</b>${a.source}</li>
<li><b>发文日期：</b>${addDay(a.date, -1).replace(/-/g, '/')}</li><li><b>发布日期：</b>${day} ${a.date.slice(11)}</li><li><b>主题分类：</b>综合政务</li></ul>
<h1>${esc(a.title)}</h1>`,
  ], k);
  const text = k === 0
    ? `<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n${a.paras.map((p, i) => word(p, i >= a.paras.length - 2)).join('\n')}`
    : a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n');
  const html = `${head(pick([site, `${a.title}_政务公开_${site}`], k))}
<body><div class="top"><span>${site}</span><a>无障碍</a><a>长者模式</a></div>
<div class="nav">${menu(['首页', '政务公开', '政务服务', '互动交流', '走进某某'])}</div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>${pick(['通知公告', '规划计划'], k)}</a></div>
<div class="gk-main">${table}
<div class="${pick(['TRS_Editor', 'TRS_UEDITOR TRS_WEB'], k)}">
${text}
</div>
<div class="fj">附件：<a href="/fj/${pageId(a, 1)}.docx">${pick(['某某县2026年冬春季农村人居环境整治行动方案.docx', '重点项目进度表.xls'], k)}</a></div>
<div class="tools">${pick(['【打印本页】【关闭窗口】', '【字体：大 中 小】【打印】【关闭】'], k)}</div>
<div class="qr"><img src="/qr.png">扫一扫在手机上查看当前页面</div>
<div class="xg"><h4>相关信息</h4><ul><li><a>某某县2026年秋冬季森林防火工作方案</a><span>${addDay(a.date, 4)}</span></li><li><a>关于做好今冬明春安全生产工作的通知</a><span>${addDay(a.date, -9)}</span></li></ul></div></div>
<div class="foot">主办：${site}办公室　网站标识码：113xxxxx00　某ICP备05001234号</div></body></html>`;
  return { name: `hw-county-${k}`, html, gold: gold(a, { url, withTime: k === 1, source: a.source, author: null, notInBody: ['索引号', pick(['发文字号', '发文日期'], k), '附件：', pick(['打印本页', '字体'], k), '扫一扫', '相关信息'] }) };
};

/** A digital paper edition in 方正 markup: an enpproperty comment, `<founder-*>` elements, the 版面 header the only printed date. */
export const hwEdition: Template = (_a, k) => {
  const a = HELDOUT32_POOL.edition[k];
  const paper = a.source;
  const [y, m, d] = a.date.slice(0, 10).split('-');
  const ban = pick(['10', '07'], k);
  const url = `http://paper.example-rb${k}.cn/html/${y}-${m}/${d}/nw.D110000${pick(['rmrb', 'jjrb'], k)}_${y}${m}${d}_${pick(['3', '5'], k)}-${ban}.htm`;
  const enp = `<!--enpproperty <articleid>${parseInt(pageId(a, k), 16) % 10000000}</articleid><date>${y}-${m}-${d} 00:00:00:0</date><author>${a.author}</author><title>${esc(a.title)}</title><keyword></keyword><subtitle>${esc(a.subtitle ?? '')}</subtitle><introtitle></introtitle><siteid>1</siteid><nodeid>${ban}</nodeid><nodename>第${ban}版</nodename><nodesearchname></nodesearchname>/enpproperty-->`;
  const weekday = pick(['星期四', '星期三'], k);
  const article = k === 0
    ? `<div class="article"><h3></h3><h1>${esc(a.title)}</h1><h2>${esc(a.subtitle ?? '')}</h2><p class="sec">本报记者　${a.author}</p>
<div id="ozoom"><founder-content>${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}</founder-content></div></div>`
    : `<div class="text_c"><div class="title"><founder-title>${esc(a.title)}</founder-title></div><div class="author"><founder-author>■ 本报记者　${a.author}</founder-author></div>
<table class="pic"><tr><td><img src="/res/${pageId(a, 2)}.jpg"></td></tr><tr><td class="cap">图为钢城厂区屋顶上的光伏板。本报记者　${a.author}摄</td></tr></table>
<div id="ozoom"><founder-content>　　${a.paras.map(esc).join('<br>　　')}</founder-content></div></div>`;
  const html = `${head(pick([`${a.title}--${paper}`, `${paper}数字报-${a.title}`], k))}
${enp}
<body><div class="paper-top"><span class="logo">${paper}</span><span class="date">${y}年${m}月${d}日　${weekday}</span><a>往期回顾</a><a>PDF下载</a></div>
<div class="ban-nav"><ul><li><a>第01版：要闻</a></li><li><a>第02版：要闻</a></li><li><a>第${ban}版：${pick(['经济', '产业'], k)}</a></li><li><a>第12版：副刊</a></li></ul></div>
<div class="main">${article}
<div class="ban-line">${pick([`《${paper}》（${y}年${m}月${d}日 第${ban}版）`, `${paper} ${y}-${m}-${d} 第${ban}版 产业`], k)}</div>
<div class="pager"><a>上一篇</a><a>下一篇</a></div>
<div class="bb"><h4>本版新闻</h4><ul><li><a>前三季度规上工业增加值增长5.8%</a></li><li><a>小微企业贷款余额保持较快增长</a></li></ul></div>
<div class="zb">本版责编：${a.editor}　版式设计：刘洋</div></div>
<div class="foot">${paper}社版权所有，未经书面授权禁止使用</div></body></html>`;
  const notIn = ['本报记者', `第${ban}版`, '本版新闻', '本版责编', ...(k === 0 ? [a.subtitle ?? ''] : ['摄'])];
  return { name: `hw-edition-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: a.author, notInBody: notIn }) };
};

/** A tech site's 评测: a spec table between paragraphs or after the text, a 图集, a 评分 box, a one-line verdict above. */
export const hwReview: Template = (_a, k) => {
  const a = HELDOUT32_POOL.review[k];
  const site = pick(['某某数码网', '某某科技频道'], k);
  const url = `https://www.example-dm${k}.com/${pick(['pingce', 'review'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const spec = pick([
    `<table class="spec"><tr><th>参数</th><th>某某X9 Pro</th></tr><tr><td>屏幕</td><td>6.78英寸 2K LTPO</td></tr><tr><td>处理器</td><td>某某旗舰芯片</td></tr><tr><td>电池</td><td>5200mAh 90W快充</td></tr><tr><td>重量</td><td>约221克</td></tr></table>`,
    `<dl class="params"><dt>处理器</dt><dd>某某酷睿Ultra 7</dd><dt>显卡</dt><dd>入门级独立显卡 6GB</dd><dt>屏幕</dt><dd>14英寸 2.8K 120Hz</dd><dt>重量</dt><dd>约1.2千克</dd></dl>`,
  ], k);
  const body = k === 0
    ? `${a.paras.slice(0, 2).map((p) => `<p>${esc(p)}</p>`).join('\n')}\n${spec}\n${a.paras.slice(2).map((p) => `<p>${esc(p)}</p>`).join('\n')}`
    : `<p>${esc(a.paras[0])}</p>\n<div class="img-group"><img src="/i/1.jpg"><img src="/i/2.jpg"><img src="/i/3.jpg"><span>查看全部18张图片</span></div>\n${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
  const info = pick([
    `<div class="info"><span class="author">作者：${a.author}</span><span class="time">${a.date.replace('T', ' ')}:33</span><span>来源：本站原创</span><span>评论(36)</span></div>`,
    `<div class="meta"><span>文 / <a rel="author">${a.author}</a></span><span>发布于 ${a.date.slice(0, 4)}年${+a.date.slice(5, 7)}月${+a.date.slice(8, 10)}日 ${a.date.slice(11)}</span><span>阅读 2.3万</span></div>
<div class="verdict"><b>一句话点评：</b>轻薄和性能兼顾，价格稍贵。</div>`,
  ], k);
  const html = `${head(`${a.title}_${pick(['评测', '体验'], k)}_${site}`, `<meta property="og:site_name" content="${site}">`)}
<body><div class="hd"><a class="logo">${site}</a>${menu(['首页', '手机', '笔记本', '平板', '评测', '导购', '视频'])}</div>
<div class="crumb"><a>首页</a> &gt; <a>评测</a> &gt; 正文</div>
<div class="article"><h1>${esc(a.title)}</h1>${info}
<div class="article-content">
${body}
</div>
${k === 1 ? `<div class="param-box"><h3>配置参数</h3>${spec}</div>` : ''}
<div class="score"><div>${pick(['综合评分', '编辑评分'], k)}</div><b>${pick(['8.7', '4.0/5'], k)}</b><ul><li>优点：${pick(['屏幕素质出色；续航扎实', '机身轻薄；接口齐全'], k)}</li><li>缺点：${pick(['机身偏重；不支持存储扩展', '售价偏高；满载时风扇声明显'], k)}</li></ul></div>
<div class="atlas"><h3>${pick(['高清图集（共24张）', '产品图赏'], k)}</h3><ul><li><img src="/t/1.jpg"><p>正面外观</p></li><li><img src="/t/2.jpg"><p>背部设计</p></li><li><img src="/t/3.jpg"><p>接口细节</p></li></ul></div>
<div class="rel"><h3>相关评测</h3><ul><li><a>某某平板11评测：办公娱乐两不误</a><span>${addDay(a.date, -6)}</span></li><li><a>某某耳机Pro 3体验</a><span>${addDay(a.date, -15)}</span></li></ul></div>
<div class="cmt"><h3>网友评论</h3><div><b>数码控小王</b><p>续航确实不错，就是有点重。</p><span>${addDay(a.date, 1)} 09:12</span></div></div></div>
<div class="foot">Copyright © 2026 ${site} 版权所有</div></body></html>`;
  return { name: `hw-review-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: a.author, notInBody: [pick(['综合评分', '编辑评分'], k), '优点：', pick(['高清图集', '产品图赏'], k), '相关评测', ...(k === 1 ? ['一句话点评', '配置参数', '查看全部18张图片'] : ['本站原创'])] }) };
};

/** An association's 会员动态: the member company the 来源, the headline not in `<title>` or under the site's `<h1>`, a 供稿 note or credits after. */
export const hwMember: Template = (_a, k) => {
  const a = HELDOUT32_POOL.member[k];
  const assoc = pick(['某某电子行业协会', '某某机械工业协会'], k);
  const url = `http://www.example-xh${k}.org.cn/${pick(['hydt', 'news'], k)}/show.php?id=${parseInt(pageId(a, k), 16) % 10000}`;
  const [y, mo, d] = a.date.slice(0, 10).split('-');
  const info = pick([
    `<div class="news-info">发布时间：${a.date.replace('T', ' ')}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：${a.source}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script src="/count.php?id=1"></script></span></div>`,
    `<div class="news-info"><span>来源：<a href="http://www.example-group${k}.com/" target="_blank">${a.source}</a></span><span>作者：${a.author}</span><span>日期：${y}年${mo}月${d}日 ${a.date.slice(11)}</span></div>`,
  ], k);
  const after = pick(['<p class="note">（会员单位供稿）</p>', `<p class="credit">文字：${a.author}　图片：${a.source}品牌部</p>`], k);
  const html = `${head(pick([`会员动态-${assoc}`, `${a.title} - 会员动态 - ${assoc}`], k))}
<body><div class="hd"><h1 class="logo">${assoc}</h1><div class="login"><input placeholder="会员账号"><input type="password"><button>会员登录</button></div></div>
<div class="nav">${menu(['首页', '协会概况', '行业资讯', '会员动态', '会员服务', '标准化', '联系我们'])}</div>
<div class="wrap"><div class="side"><h3>会员服务</h3><ul><li><a>入会申请</a></li><li><a>会员名录</a></li><li><a>会费标准</a></li></ul>
<h3>会员风采</h3><ul><li><a>某某科技荣获省科技进步奖</a><span>${addDay(a.date, 3)}</span></li><li><a>某某精密新厂房奠基</a><span>${addDay(a.date, -5)}</span></li></ul></div>
<div class="content"><div class="crumb">您的位置：<a>首页</a> &gt; <a>会员动态</a> &gt; 正文</div>
<${pick(['div class="news-title"', 'h2'], k)}>${esc(a.title)}</${pick(['div', 'h2'], k)}>
${info}
<div class="news-text">
${a.paras.map((p) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}</p>`).join('\n')}
${after}
</div>
<div class="pn"><p>上一篇：<a>协会召开2026年度理事会</a></p><p>下一篇：<a>关于征集行业优秀案例的通知</a></p></div></div></div>
<div class="foot">${assoc}秘书处　地址：某某市某某路88号　电话：0571-8888xxxx　版权所有</div></body></html>`;
  return { name: `hw-member-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: [pick(['会员单位供稿', '文字：'], k), '上一篇', '会员风采', pick(['浏览次数', '日期：'], k)] }) };
};

/** A 党媒's local channel: a mobile page dated in `<time>` with a microblog post embedded in the text; a PC page with 分享到, 责编 and a contribution note. */
export const hwChannel: Template = (_a, k) => {
  const a = HELDOUT32_POOL.channel[k];
  const [y, mo, d] = a.date.slice(0, 10).split('-');
  const url = pick([`https://m.example-rmw.cn/n1/${y}/${mo}${d}/c1004-${parseInt(pageId(a, k), 16) % 100000000}.html`, `http://mm.example-rmw.cn/n2/${y}/${mo}${d}/c2340${k}-${parseInt(pageId(a, k), 16) % 100000000}.html`], k);
  const html = k === 0
    ? `${head(`${a.title}_手机某某网`)}
<body><header class="m-top"><a class="logo">某某网</a><a class="open">打开APP</a></header>
<article><h1>${esc(a.title)}</h1><div class="m-info"><span>${a.source}</span><time datetime="${a.date}:00+08:00">${mo}-${d} ${a.date.slice(11)}</time></div>
<div class="m-author">记者：${a.author}</div>
<div class="m-text">
<p>${esc(a.paras[0])}</p>
<blockquote class="wb-embed"><div class="wb-user">@某某市住建局</div><p>【供暖提醒】今年供暖季将于11月15日开始，请市民提前检查家中暖气设施。</p><div class="wb-time">${addDay(a.date, -3)} 17:05 来自 微博网页版</div></blockquote>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="editor">（责编：${a.editor}、王芳）</p>
</div></article>
<div class="share">分享到：<a>微信</a><a>朋友圈</a><a>微博</a></div>
<div class="m-list"><h3>推荐阅读</h3><ul><li><a>全市公交新开通3条定制线路</a><span>${addDay(a.date, 1).slice(5)}</span></li><li><a>城区道路改造工程全面完工</a><span>${addDay(a.date, 2).slice(5)}</span></li></ul></div>
<footer>某某网版权所有，未经书面授权禁止使用</footer></body></html>`
    : `${head(`${a.title}--某某频道--人民网`, `<meta name="author" content="${a.editor}">`)}
<body><div class="top">${menu(['人民网首页', '某某频道', '时政', '社会', '经济', '文旅', '图片'])}</div>
<div class="main"><div class="path"><a>人民网</a>&gt;&gt;<a>某某频道</a>&gt;&gt;<a>社会</a></div>
<h1>${esc(a.title)}</h1>
<div class="box01"><div class="fl">${y}年${mo}月${d}日${a.date.slice(11)} | 来源：<a>${a.source}</a></div><div class="fr">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
<div class="author">人民网记者　${a.author}</div>
<div class="rm_txt_con">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<p style="text-align:right">（实习生陈思远对本文亦有贡献）</p>
<div class="edit">(责编：${a.editor}、李可)</div>
</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a>全区新建乡村物流站点46个</a> ${addDay(a.date, -8)}</li></ul></div></div>
<div class="foot">人民网版权所有，未经书面授权禁止使用</div></body></html>`;
  return { name: `hw-channel-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['责编', '分享到', ...(k === 0 ? ['推荐阅读', '记者：'] : ['对本文亦有贡献', '人民网记者', '相关新闻'])] }) };
};

export const HELDOUT32_TEMPLATES: Template[] = [hwCounty, hwEdition, hwReview, hwMember, hwChannel];
