/**
 * Held-out 30 (#17, round 19), four families the earlier parts cover least, in the full markup real sites serve (heads
 * with statistics scripts and share configs, menus of dozens of links, breadcrumbs, ad iframes and scripts inside the
 * text, dated 相关/推荐/快讯 lists, comments, share rows, 备案/版权所有 footers): a provincial 党媒 client's web page (an
 * 打开客户端 bar, a reporter and correspondent line or a 来源/作者 line with a yearless time, 听新闻, 责任编辑 and a
 * 原创 note after), a securities daily's 快讯 (`证券某报网讯，`/`e公司讯，` opening the text, 相关个股 quotes, 校对, a
 * 声明 and an app prompt after, timed 快讯 beside), a trade medium with a 摘要/内容提要 box above the text (关键词, 版权声明,
 * 推荐阅读) and a WeChat article re-posted on a portal (the account's own header, 点击蓝字关注, END, 往期推荐 and a 转载
 * note carried into the portal's text box). Each family prints its own texts (heldout30-pool.ts); the article passed in
 * is not used.
 */
import { cnDay, dash, esc, gold, pageId, pick, yearless, type Template } from './common.js';
import { HELDOUT30_POOL } from './heldout30-pool.js';

const links = (words: string[], base: string): string => words.map((w, i) => `<li><a href="${base}/${i + 1}.html">${w}</a></li>`).join('');

const stats = (id: string): string => `<script>var _czc=_czc||[];(function(){var s=document.createElement("script");s.src="https://s.example-cnzz.cn/z.js?id=${id}";document.head.appendChild(s);})();</script>
<script>window.__PAGE_CONF__={"pv":true,"ab":"b","build":"20260201.3"};</script>`;

const dated = (items: [string, string][]): string => items.map(([t, d]) => `<li><a href="/n/${t.length * 37}.html">${t}</a><em>${d}</em></li>`).join('\n');

/** A provincial 党媒 client's web page: 打开客户端 bar, a reporter line or a 来源/作者 line, 听新闻, 责任编辑 and a 原创 note. */
export const hProvClient: Template = (_a, k) => {
  const a = HELDOUT30_POOL.provclient[k];
  const client = '某江新闻';
  const url = k === 0
    ? `https://zj.example-news.cn/detail/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 10000000}.html`
    : `https://m.example-news.cn/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/art_${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const line = k === 0
    ? `<div class="article-meta"><span class="meta-src">${a.source}</span><span class="meta-time">${dash(a.date)}</span><span class="meta-read">阅读量 3.6万</span></div>
<div class="article-byline">${a.source}记者 ${a.author}　通讯员 吴佳</div>`
    : `<div class="article-meta"><span>来源：${a.source}</span>　<span>作者：记者 ${a.author}</span>　<span class="meta-time">${yearless(a.date)}</span></div>`;
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<div class="adv-inline"><script>window.slotbydup=window.slotbydup||[];slotbydup.push({id:"u${6100 + k}",container:"ad_${k}"});</script><div id="ad_${k}"></div></div>` : ''}${i === 1 && k === 0 ? `\n<p class="pic"><img src="//img.example-news.cn/2026/02/${pageId(a, i)}.jpg"></p><p class="pic-note">平台运维中心。${a.source}记者 ${a.author} 摄</p>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)}_${pick(['要闻', '浙里'], k)}_${client}</title>
<meta name="keywords" content="${pick(['算力,数字经济,县域', '春节,旅游,游客'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${client}">
${stats(pageId(a, 7))}
<script>var shareData={title:"${esc(a.title)}",desc:"${esc(a.paras[0].slice(0, 30))}",imgUrl:"//img.example-news.cn/logo.png"};</script>
</head><body>
<div class="open-client" id="openClient"><img src="//img.example-news.cn/logo.png" alt="${client}"><span>打开${client}客户端　阅读体验更佳</span><a class="open-btn" href="zjnews://detail">打开</a></div>
<div class="head-nav"><ul>${links(['首页', '要闻', '时政', '浙里', '经济', '民生', '文化', '法治', '教育', '健康', '视频', '直播', '评论', '专题', '区县', '问政', '服务', '读报', '图片', '英文'], '/channel')}</ul></div>
<div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/channel/2.html">${pick(['要闻', '民生'], k)}</a></div>
<div class="article-wrap">
<h1 class="article-title">${esc(a.title)}</h1>
${line}
<div class="listen-bar"><span class="listen-icon"></span>听新闻<span class="listen-dur">${pick(['02:46', '01:58'], k)}</span><span class="listen-note">本音频由AI合成</span></div>
<div class="article-content" id="content">
${body}
<p class="editor">责任编辑：${a.editor}</p>
<p class="copyright-note">${pick([`本文为${client}客户端原创，未经授权不得转载`, `【版权声明】凡注明“来源：${client}客户端”的稿件，版权均属${client}所有`], k)}</p>
</div>
<div class="article-tools"><a class="zan">赞 ${pick(['128', '76'], k)}</a><a class="share-wx">微信</a><a class="share-wb">微博</a><a class="share-copy">复制链接</a></div>
<div class="rec-list"><h3>相关推荐</h3><ul>
${dated(k === 0 ? [['省数字经济发展大会将于3月召开', '2026-02-02 18:20'], ['县域经济高质量发展报告发布', '2026-01-30 09:12'], ['数据要素市场化配置改革推进会召开', '2026-01-28 16:45']] : [['假期首日全省高速车流量同比增长6.2%', '02-04 21:30'], ['非遗市集年味浓', '02-04 12:05'], ['冰雪游持续升温', '02-03 20:48']])}
</ul></div>
<div class="comments"><h3>评论（${pick(['23', '9'], k)}）</h3>
<div class="cmt"><b>${pick(['青溪老陈', '阿雯'], k)}</b><p>${pick(['家乡越来越好了，点赞！', '初二去古镇，人真多。'], k)}</p><span>${pick(['2026-02-03 08:16', '02-05 20:02'], k)} 浙江</span></div>
</div>
</div>
<div class="app-down"><img src="//img.example-news.cn/qr.png">扫码下载${client}客户端</div>
<div class="footer"><p>${client} 版权所有　主办：某江日报报业集团</p><p>互联网新闻信息服务许可证：33120170001　浙ICP备09000000号</p></div>
</body></html>`;
  return { name: `hy-provclient-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: k === 0 ? [a.author!, '吴佳'] : a.author, notInBody: ['听新闻', '本音频', '责任编辑', pick(['未经授权', '版权声明'], k), '相关推荐', '打开', '扫码', '评论', '复制链接'] }) };
};

/** A securities daily's 快讯: the outlet's 讯 opening the text, 相关个股 quotes, 校对, a 声明 and an app prompt after. */
export const hSecFlash: Template = (_a, k) => {
  const a = HELDOUT30_POOL.secflash[k];
  const site = '证券某报网';
  const url = `https://www.example-stcn.cn/article/detail/${2100000 + (parseInt(pageId(a, k), 16) % 100000)}.html`;
  const line = k === 0
    ? `<div class="detail-info"><span>作者：${a.author}</span><span>来源：${a.source}</span><span>${dash(a.date)}</span></div>`
    : `<div class="detail-info"><span>${a.source}</span><span>${dash(a.date)}</span><span>责任编辑：${a.editor}</span></div>`;
  const stock = k === 0
    ? `<div class="related-stock"><span class="rs-title">相关个股</span><a href="/quote/300999">某某锂能 <b>28.46</b> <i class="up">+4.21%</i></a></div>`
    : `<div class="related-stock"><span class="rs-title">相关板块</span><a href="/quote/bk0447">半导体 <i class="up">+2.08%</i></a><a href="/quote/bk0465">创新药 <i class="down">-0.36%</i></a></div>`;
  const flash = dated([['北向资金午后净流入超40亿元', '14:05'], ['某某银行：2025年净利润同比增长5.8%', '13:52'], ['创业板指涨超1%', '13:40'], ['两部门发布关于推动数据中心绿色发展的通知', '13:21']]);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)} | ${site}</title>
<meta name="keywords" content="${pick(['磷酸铁锂,正极材料,投资', '金股,券商,策略'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<link rel="stylesheet" href="//static.example-stcn.cn/css/detail.8f2e.css">
${stats(pageId(a, 6))}
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/app/">下载客户端</a> | <a href="/epaper/">电子报</a> | <a href="/login">登录</a></div>
<div class="index-ticker"><span>上证指数 3,386.12 <i class="up">+0.42%</i></span><span>深证成指 10,902.55 <i class="up">+0.77%</i></span><span>创业板指 2,216.08 <i class="up">+1.03%</i></span></div>
<div class="nav"><ul>${links(['首页', '快讯', '要闻', '股市', '公司', '基金', '券商', '银行', '保险', '期货', '理财', '科创板', '创业板', '北交所', '数据', '研报', '视频', '专题', '机构', '时评'], '/column')}</ul></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/column/2.html">快讯</a> &gt; 正文</div>
<div class="layout"><div class="detail-main">
<div class="detail-title"><h2>${esc(a.title)}</h2></div>
${line}
${stock}
<div class="detail-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="proof">${pick(['校对：杨帆', '校对：孟雨'], k)}</p>
</div>
<div class="detail-statement">声明：证券某报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</div>
<div class="detail-app">下载“证券某报”官方APP，或关注官方微信公众号，即可随时了解股市动态、洞察政策信息、把握财富机会。</div>
<div class="detail-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="hot"><h3>热门文章</h3><ul>${dated([['A股三大指数集体收涨', '2026-02-03'], ['多家银行下调存款利率', '2026-02-02'], ['公募基金一季度发行回暖', '2026-02-01']])}</ul></div>
</div>
<div class="detail-side"><div class="side-flash"><h3>快讯</h3><ul>${flash}</ul></div>
<iframe src="//ad.example-stcn.cn/side?pos=${k}" width="300" height="250" frameborder="0"></iframe></div></div>
<div class="footer"><p>证券某报社主办　版权所有　未经书面授权禁止使用</p><p>粤ICP备09000000号-1　增值电信业务经营许可证</p></div>
</body></html>`;
  return { name: `hy-secflash-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['校对', '声明', '下载“证券某报”', pick(['相关个股', '相关板块'], k), '热门文章', '北向资金', '分享到'] }) };
};

/** A trade medium's article with a 摘要 or 内容提要 box above the text, 关键词, a 版权声明 and 推荐阅读. */
export const hTradeMag: Template = (_a, k) => {
  const a = HELDOUT30_POOL.trademag[k];
  const site = pick(['某某电子网', '某某工业网'], k);
  const url = `https://www.example-${pick(['elec', 'indu'], k)}.com.cn/${pick(['news', 'article'], k)}/${a.date.slice(0, 7).replace('-', '')}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const line = k === 0
    ? `<div class="art-info">作者：${a.author}　|　来源：${a.source}　|　发布时间：${dash(a.date)}　|　<span class="hits">浏览：1862</span></div>`
    : `<div class="art-info"><span>${dash(a.date)}</span>　<span>来源：本站原创</span>　<span>作者：${a.author}</span></div>`;
  const box = k === 0
    ? `<div class="art-summary"><strong>摘要：</strong>国产碳化硅模块装车量快速增长，衬底降价推动模块成本下行，但车规认证仍是主要门槛。</div>`
    : `<div class="art-lead"><span class="lead-label">【内容提要】</span>多家工业软件企业推出面向设计、仿真和生产管理的大模型产品，但业内认为其目前仍以辅助为主。</div>`;
  const mid = k === 0 ? 2 : 1;
  const body = a.paras.map((p, i) => `${i === mid ? `<h3>${pick(['认证周期仍是门槛', '大模型仍是辅助工具'], k)}</h3>\n` : ''}<p>${esc(p)}</p>`).join('\n');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(a.title)} - ${pick(['行业资讯', '产业观察'], k)} - ${site}</title>
<meta name="keywords" content="${pick(['碳化硅,功率器件,新能源汽车', '工业软件,大模型,CAD,MES'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
${stats(pageId(a, 5))}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${esc(a.title)}","publisher":{"@type":"Organization","name":"${site}"}}</script>
</head><body>
<div class="topbar"><a href="/">${site}首页</a><a href="/reg">注册</a><a href="/login">登录</a><a href="/tougao">投稿</a></div>
<div class="mainnav"><ul>${links(['首页', '资讯', '技术', '市场', '产品', '企业', '人物', '专题', '展会', '视频', '白皮书', '下载', '论坛', '招聘', '活动', '研究院'], '/c')}</ul></div>
<div class="pos">当前位置：<a href="/">首页</a> » <a href="/c/2.html">资讯</a> » 正文</div>
<div class="container"><div class="left">
<h1 class="art-title">${esc(a.title)}</h1>
${line}
${box}
<div class="art-content">
${body}
</div>
<div class="art-tags">关键词：${pick(['<a>碳化硅</a> <a>功率器件</a> <a>新能源汽车</a>', '<a>工业软件</a> <a>大模型</a>'], k)}</div>
<div class="art-copyright">${pick([`版权声明：本文为${site}原创，转载请注明出处。`, `声明：本文为${site}原创文章，未经授权禁止转载。`], k)}</div>
<div class="art-more"><h4>推荐阅读</h4><ul>${dated(k === 0 ? [['8英寸碳化硅衬底良率突破60%', '2026-02-04'], ['功率半导体企业扩产潮来临', '2026-01-29']] : [['国产CAE软件迎来发展窗口期', '2026-02-05'], ['智能制造标准体系建设指南发布', '2026-01-27']])}</ul></div>
<div class="art-comment"><h4>网友评论</h4><div class="c-item"><b>半导体小白</b><p>写得很清楚，认证周期确实是最大难题。</p><span>2026-02-${pick(['07 14:22', '09 08:51'], k)}</span></div></div>
</div>
<div class="right"><div class="box"><h4>热门资讯</h4><ul>${dated([['全球晶圆代工产能利用率回升', '02-05'], ['RISC-V生态大会在沪举办', '02-04'], ['MCU价格企稳', '02-02']])}</ul></div>
<div class="box ad"><iframe src="//ad.example-elec.com.cn/r1" width="300" height="250" frameborder="0"></iframe></div></div></div>
<div class="footer">关于我们 | 联系我们 | 广告服务 | 网站地图<br>Copyright © 2008-2026 ${site} 版权所有　京ICP备08000000号</div>
</body></html>`;
  return { name: `hy-trademag-${k}`, html, gold: gold(a, { url, withTime: true, source: k === 0 ? a.source : null, author: a.author, notInBody: [pick(['摘要', '内容提要'], k), '关键词', pick(['版权声明', '未经授权'], k), '推荐阅读', '网友评论', '热门资讯'] }) };
};

/** A WeChat article re-posted on a portal: the account's header, 点击蓝字关注, END, 往期推荐 and a 转载 note in the text box. */
export const hWxRepost: Template = (_a, k) => {
  const a = HELDOUT30_POOL.wxrepost[k];
  const portal = pick(['某某在线', '某某热线'], k);
  const url = `https://${pick(['tech', 'energy'], k)}.example-online${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const line = k === 0
    ? `<div class="post-info"><span class="time">${dash(a.date)}</span>　<span class="src">来源：微信公众号“${a.source}”</span></div>`
    : `<div class="post-info"><span class="src">来源：${a.source}</span>　<span class="time">${cnDay(a.date)} ${a.date.slice(11)}</span></div>`;
  const head = k === 0
    ? `<p style="text-align:center"><img src="//img.example-online0.com/wx/follow.gif"></p>
<p style="text-align:center"><span style="color:#1e6fff">点击蓝字 关注我们</span></p>
<p><span style="font-size:12px;color:#888">原创 ${a.author} ${a.source} ${cnDay(a.date)} ${a.date.slice(11)}</span></p>`
    : `<p><span style="color:#999">↑ 点击上方“${a.source}”关注我们，设为星标</span></p>
<p><span style="font-size:12px;color:#888">${a.source} ${dash(a.date)} 发表于北京</span></p>`;
  const tail = k === 0
    ? `<p style="text-align:center">END</p>
<p><strong>往期推荐</strong></p>
<p><a href="#">HBM产能争夺战打响</a></p><p><a href="#">国产光刻胶的突围之路</a></p>
<p style="text-align:center">点个“在看”，你最好看</p>
<p style="color:#999">本文转载自微信公众号“${a.source}”，文章仅代表作者观点，如有侵权请联系删除。</p>`
    : `<p style="text-align:center">— END —</p>
<p style="color:#999">声明：本文为${a.source}综合整理，转载请注明出处。</p>
<p style="text-align:center"><img src="//img.example-online1.com/wx/qrcode.jpg"></p><p style="text-align:center">长按识别二维码 关注我们</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}_${pick(['科技', '能源'], k)}_${portal}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article">
<meta name="keywords" content="${pick(['先进封装,芯片,2.5D', '新型储能,独立储能,容量电价'], k)}">
${stats(pageId(a, 4))}
<script>var ARTICLE={id:"${pageId(a, k)}",channel:"${pick(['tech', 'energy'], k)}",cmt:true};</script>
</head><body>
<div class="site-top"><a href="/">${portal}</a><ul>${links(['新闻', '财经', '科技', '汽车', '房产', '健康', '教育', '旅游', '美食', '时尚', '体育', '娱乐', '视频', '图片', '论坛', '本地'], '/ch')}</ul></div>
<div class="bread"><a href="/">${portal}</a> &gt; <a href="/ch/3.html">${pick(['科技', '财经'], k)}</a> &gt; 正文</div>
<div class="main"><div class="post">
<h1>${esc(a.title)}</h1>
${line}
<div class="post-body" id="postBody">
${head}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${tail}
</div>
<div class="post-disclaimer">${portal}转载此文出于传递更多信息之目的，不代表本网观点。</div>
<div class="post-share">分享：<a>微信</a><a>微博</a><a>QQ</a></div>
<div class="post-related"><h3>相关阅读</h3><ul>${dated(k === 0 ? [['芯片封测企业去年营收增长两成', '2026-02-07 16:30'], ['存储芯片价格持续上涨', '2026-02-05 11:02']] : [['一季度风电光伏新增装机预计同比增长', '2026-02-08 09:45'], ['多地出台储能补贴政策', '2026-02-06 18:12']])}</ul></div>
<div class="post-cmt"><h3>网友评论</h3><p class="cmt-empty">还没有评论，快来抢沙发吧！</p></div>
</div>
<div class="aside"><h3>24小时排行</h3><ol>${dated([['手机市场开年回暖', '02-09'], ['春节档票房破百亿', '02-08'], ['新能源车渗透率创新高', '02-08']])}</ol></div></div>
<div class="foot">${portal} 版权所有　客服热线：400-000-0000　闽ICP备06000000号</div>
</body></html>`;
  return { name: `hy-wxrepost-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: [pick(['点击蓝字', '点击上方'], k), pick(['原创', '发表于'], k), 'END', pick(['往期推荐', '综合整理'], k), pick(['如有侵权', '长按识别'], k), '传递更多信息', '相关阅读', '网友评论'] }) };
};

export const HELDOUT30_TEMPLATES: Template[] = [hProvClient, hSecFlash, hTradeMag, hWxRepost];
