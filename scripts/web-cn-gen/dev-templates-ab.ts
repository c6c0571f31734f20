/**
 * Dev templates of #17's round 19 (tuned on), the kinds held-out 30 missed, told by field and family only, each in a
 * make and wording of its own: a provincial 党媒 client's page (bounds and clean: a 语音播报 bar, 来源/作者 spans with a
 * yearless time, a 版权声明 that quotes `来源：X` after the text) and a WeChat article re-posted on a portal (source: the
 * 来源 line names the account as `微信公众号“X”`, `X微信公众号` or `公众号：X`).
 */
import { dash, esc, gold, pageId, pick, yearless, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/col/${i}/" data-v-3f2a>${w}</a>`).join('');

/** A provincial 党媒 client's page: 语音播报, 来源/作者 spans, a 版权声明 quoting `来源：X` after the text. */
export const gPartyClient: Template = (a, k) => {
  const client = pick(['某川观察', '某湘新闻'], k);
  const url = `https://cms.example-${pick(['scgc', 'hnxw'], k)}.cn/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/content_${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const writer = a.author ?? pick(['何晓敏', '唐兵'], k);
  const statement = pick([
    `【版权声明】凡注明“来源：${client}”的所有文字、图片和音视频稿件，版权均归${client}所有。`,
    `声明：凡本客户端注明"来源：${client}客户端"的作品，均为本客户端合法拥有版权的作品，任何媒体、网站或个人转载须注明来源。`,
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)} - ${client}</title><meta property="og:title" content="${esc(a.title)}">
<script>window.__NUXT__={state:{article:{id:${parseInt(pageId(a, k), 16) % 1000000},channel:"news"}}};</script></head>
<body><div id="__nuxt"><header class="app-head" data-v-3f2a><a class="brand" data-v-3f2a>${client}</a><nav data-v-3f2a>${menu(['推荐', '时政', '区县', '经济', '社会', '文旅', '评论', '视频', '直播', '问政'])}</nav>
<a class="dl-btn" data-v-3f2a>下载${client}客户端</a></header>
<section class="detail" data-v-5b1c><h1 class="detail-title" data-v-5b1c>${esc(a.title)}</h1>
<div class="detail-meta" data-v-5b1c><span data-v-5b1c>来源：${client}</span><span data-v-5b1c>作者：${writer}</span><span class="t" data-v-5b1c>${yearless(a.date)}</span></div>
<div class="audio-box" data-v-5b1c><i class="play" data-v-5b1c></i><span data-v-5b1c>语音播报</span><span data-v-5b1c>${pick(['03:12', '02:05'], k)}</span></div>
<article class="detail-body" data-v-5b1c>
${a.paras.map((p) => `<p data-v-5b1c>${esc(p)}</p>`).join('\n')}
<p class="duty" data-v-5b1c>${pick(['编辑', '责编'], k)}：${a.editor || '周宁'}</p>
<p class="statement" data-v-5b1c>${statement}</p>
</article>
<div class="detail-ops" data-v-5b1c><span>点赞 ${pick(['88', '210'], k)}</span><span>收藏</span><span>分享</span></div>
<div class="more" data-v-5b1c><h4>更多推荐</h4><ul><li><a>全省春耕备耕工作有序推进</a><span>${yearless(a.date).slice(0, 5)} 08:10</span></li><li><a>高速公路服务区新增充电桩</a><span>${yearless(a.date).slice(0, 5)} 07:36</span></li></ul></div>
</section><footer data-v-3f2a>${client} 版权所有　ICP备案号：川ICP备12000000号</footer></div></body></html>`;
  return { name: `g-partyclient-${k}`, html, gold: gold(a, { url, withTime: true, source: client, author: writer, notInBody: ['语音播报', pick(['版权声明', '合法拥有版权'], k), '更多推荐', '点赞', '下载'] }) };
};

/** A WeChat article re-posted on a portal: the 来源 line names the account in one of the usual wordings. */
export const gWxPortal: Template = (a, k) => {
  const account = pick(['某某制造圈', '某某数智汇'], k);
  const portal = pick(['某某资讯网', '某某新闻网'], k);
  const url = `https://news.example-zx${k}.com/${pick(['keji', 'caijing'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const named = pick([`微信公众号“${account}”`, `${account}微信公众号`, `公众号：${account}`], k + (a.title.length % 2));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${portal}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 8))}"></head>
<body><div class="top"><a href="/">${portal}</a>${menu(['首页', '国内', '国际', '财经', '科技', '汽车', '房产', '文化', '健康', '图片'])}</div>
<div class="location">${portal} &gt; ${pick(['科技', '财经'], k)} &gt; 正文</div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="source-line">${dash(a.date)}　来源：${named}　<a class="fontsize">【字号 大 中 小】</a></div>
<div class="article-content">
<p style="text-align:center"><span style="color:#576b95">${pick(['点击上方蓝字关注', '↑点击上方蓝字 关注我们'], k)}</span></p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p style="text-align:center">${pick(['- END -', '— THE END —'], k)}</p>
<p style="color:#888">${pick([`文章来源于${account}，如涉及版权问题请联系删除。`, `本文转自${account}，仅供交流学习。`], k)}</p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="related"><h3>相关新闻</h3><ul><li><a>制造业PMI重回扩张区间</a> ${a.date.slice(0, 10)}</li><li><a>数字化车间建设加快</a> ${a.date.slice(0, 10)}</li></ul></div></div>
<div class="footer">${portal} 版权所有　未经许可不得转载</div></body></html>`;
  return { name: `g-wxportal-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['点击上方', 'END', pick(['版权问题', '仅供交流'], k), '分享到', '相关新闻'] }) };
};

/** A re-posted account article whose credit lines (`作者 | X`, `编辑 | Y`, `来源 | Z`) open the text box on a portal. */
export const gWxCredits: Template = (a, k) => {
  const account = pick(['某某汽车智库', '某某材料前沿'], k);
  const writer = a.author ?? pick(['宋一帆', '罗佳'], k);
  const url = `https://www.example-hub${k}.net/a/${pageId(a, k)}`;
  const head = k === 0
    ? `<p>作者 | ${writer}</p><p>编辑 | 钱多多</p><p>来源 | ${account}（ID：auto_think${k}）</p>`
    : `<p><span style="color:#aaa">本文来源：公众号 ${account}（ID：xcl_qy），作者：${writer}</span></p><p>导语：${esc(a.paras[0].slice(0, 24))}……</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某号', '某某汇'], k)}</title></head>
<body><div class="hd"><a href="/">${pick(['某某号', '某某汇'], k)}</a>${menu(['推荐', '汽车', '科技', '财经', '能源', '材料'])}</div>
<div class="post"><h1 class="post-title">${esc(a.title)}</h1><div class="post-meta"><a class="author-name" href="/u/${pageId(a, 5)}">${account}</a><span class="post-time">${dash(a.date)}</span></div>
<div class="post-content">${head}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['- 完 -', '— 全文完 —'], k)}</p><p>${pick(['推荐阅读', '往期精选'], k)}</p><p><a>${pick(['2025年新能源车销量复盘', '新材料产业投资地图'], k)}</a></p></div>
<div class="post-foot">${pick(['本文仅代表作者观点，不代表本平台立场', '本内容为作者独立观点，不代表本站立场'], k)}</div></div></body></html>`;
  return { name: `g-wxcredits-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: [...(k === 0 ? ['编辑 |', '来源 |'] : ['本文来源', '导语']), pick(['推荐阅读', '往期精选'], k), '不代表'] }) };
};

/** A trade medium's summary printed inside the text box as its first paragraph (`摘要：`, `核心提示：`, `【导读】`). */
export const gLeadSummary: Template = (a, k) => {
  const site = pick(['某某装备网', '某某化工在线'], k);
  const label = pick(['核心提示：', '【导读】'], k);
  const url = `https://www.example-zb${k}.com/news/show-${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head>
<body><div class="nav">${menu(['首页', '资讯', '供应', '求购', '企业', '展会', '技术', '招聘'])}</div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; 正文</div>
<div class="news"><h1>${esc(a.title)}</h1><div class="info">发布日期：${dash(a.date)}　来源：${a.source}　作者：${a.author ?? '本站编辑'}　浏览次数：${pick(['326', '1180'], k)}</div>
<div id="article" class="content"><p class="summary">${label}${esc(a.paras[0].slice(0, 40))}……</p>
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<div class="tags">${pick(['标签：', 'Tags：'], k)}<a>${esc(a.title.slice(0, 4))}</a></div>
<div class="prenext"><p>上一篇：<a>行业协会召开年度工作会议</a></p><p>下一篇：<a>新版安全标准即将实施</a></p></div></div>
<div class="foot">${site} 版权所有　客服热线：400-000-0000</div></body></html>`;
  return { name: `g-leadsummary-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: [label, '上一篇', '版权所有'] }) };
};

/** A financial portal's 快讯: a Chinese date or a yearless time (the year in a meta tag), the wire's `X讯，`/`X M月D日电，` opening the text, `（文章来源：X）` closing it. */
export const gFlashWire: Template = (a, k) => {
  const wire = pick(['某某财讯', '某证快讯'], k);
  const [, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const url = `https://finance.example-cf${k}.com/a/${a.date.slice(0, 10).replace(/-/g, '')}${parseInt(pageId(a, k), 16) % 100000}.html`;
  const opener = k === 0 ? `${wire}${m}月${d}日电，` : `${wire}讯，`;
  const paras = [opener + a.paras[0], ...a.paras.slice(1, 3)];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某财富网', '某某财经'], k)}</title>${k === 1 ? `<meta name="publishdate" content="${a.date.slice(0, 10)}">` : ''}</head>
<body><div class="topnav">${menu(['财经', '股票', '基金', '期货', '债券', '外汇', '理财', '快讯', '数据'])}</div>
<div class="quote-strip"><span>上证 3286.41 +0.35%</span><span>深成 10512.30 +0.61%</span></div>
<div class="newsContent"><h1>${esc(a.title)}</h1>
<div class="infos"><div class="item">${k === 0 ? `${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${a.date.slice(11)}` : yearless(a.date)}</div><div class="item">${k === 0 ? `来源：${wire}` : `${wire}`}</div><div class="item">评论(${pick(['12', '0'], k)})</div></div>
<div class="txtinfos" id="ContentBody">
${paras.map((p, i) => `<p>${esc(p)}${i === 0 ? ` <span class="stockcodec"><a href="/quote/sz300750">（${pick(['某某能源', '某某科技'], k)}）</a></span>` : ''}</p>`).join('\n')}
<p class="res-edit">${pick([`（文章来源：${wire}）`, `(文章来源：${wire})`], k)}</p>
</div>
<div class="editor">责任编辑：${pick(['DF318', '王雪'], k)}</div>
<div class="declare">郑重声明：本网发布此信息目的在于传播更多信息，与本站立场无关。</div>
<div class="kx-side"><h3>7×24小时快讯</h3><ul><li>${yearless(a.date).slice(0, 5)} 15:02 两市成交额突破1万亿元</li><li>${yearless(a.date).slice(0, 5)} 14:47 北向资金净买入</li></ul></div></div></body></html>`;
  return { name: `g-flashwire-${k}`, html, gold: gold({ ...a, paras }, { url, withTime: true, source: wire, author: null, notInBody: ['文章来源', '责任编辑', '郑重声明', '7×24'] }) };
};

/** A party paper's client page with the byline as the text box's first paragraph and 原标题 and 来源 lines after the text. */
export const gClientLead: Template = (a, k) => {
  const paper = pick(['某东日报', '某西日报'], k);
  const writer = a.author ?? pick(['冯立', '秦朗'], k);
  const url = `https://app.example-${pick(['dzrb', 'xrb'], k)}.com/content/${a.date.slice(0, 7).replace('-', '')}/${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const lead = pick([`<p>${paper}记者 ${writer} 通讯员 孔蕾</p>`, `<p>□本报记者 ${writer}</p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}</title></head>
<body><div class="app-top"><span>${pick(['某东', '某西'], k)}客户端</span><a>立即打开</a></div>
<div class="news-head"><h2 class="news-title">${esc(a.title)}</h2><p class="news-time">${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${a.date.slice(11)}</p></div>
<div class="news-text">
${lead}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>原标题：${k === 0 ? `《${esc(a.title.slice(0, 10))}》` : esc(a.title.slice(0, 10))}</p>
<p>来源：${paper}</p>
</div>
<div class="news-foot"><span>阅读 ${pick(['5.2万', '8796'], k)}</span><span>点赞</span></div>
<div class="hot"><h3>热门推荐</h3><p><a>全省重点项目集中开工</a> ${a.date.slice(5, 10)}</p></div></body></html>`;
  return { name: `g-clientlead-${k}`, html, gold: gold(a, { url, withTime: true, source: paper, author: writer, notInBody: ['原标题', pick(['通讯员', '□'], k), '热门推荐', '立即打开'] }) };
};

/**
 * A WeChat article in the platform's own page whose credit lines open and close the text inside `#js_content`
 * (`文字 | X　图片 | Y`, `编辑 | Z`; or none and a `来源：…综合整理` line), a 三连 prompt, 阅读原文 and 往期推荐 after END.
 */
export const gWxNative: Template = (a, k) => {
  const account = pick(['某某智造前哨', '某某新能源观察'], k);
  const writer = k === 0 ? a.author ?? '苏禾' : null;
  const ct = Math.floor(Date.parse(`${a.date}:00+08:00`) / 1000);
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}${pageId(a, k + 7)}`;
  const top = k === 0 ? `<section><p style="font-size:13px;color:#888">文字 | ${writer}　图片 | 网络</p><p style="font-size:13px;color:#888">编辑 | 吴桐</p></section>` : '<section><p style="text-align:center"><img data-src="https://mmbiz.example.cn/follow.gif"></p></section>';
  const tail = k === 0
    ? `<p style="text-align:center">- END -</p><p>分享、点赞、在看，给个三连击呗！</p><p>点击“阅读原文”了解更多</p>`
    : `<p>来源：${account}综合整理</p><p>以上内容仅供学习交流，如有侵权请联系删除。</p><p><strong>往期推荐</strong></p><p><a>光伏组件价格触底反弹</a></p><p><a>储能电芯出货量排名出炉</a></p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${esc(a.title)}"><meta property="og:url" content="${url}">
<title>${esc(a.title)}</title><script>var ct = "${ct}"; var msg_title = '${esc(a.title)}'.html(false);</script></head>
<body id="activity-detail" class="zh_CN"><div class="rich_media_wrp"><div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">${k === 0 ? '<span class="rich_media_meta rich_media_meta_text">原创</span>' : ''}${writer ? `<span class="rich_media_meta rich_media_meta_text">${writer}</span>` : ''}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">${account}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><em class="rich_media_meta rich_media_meta_text">${pick(['江苏', '广东'], k)}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
${top}
${a.paras.map((p) => `<p style="line-height:1.75"><span style="font-size:15px">${esc(p)}</span></p>`).join('\n')}
${tail}
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><span>阅读 <em>${pick(['3217', '10万+'], k)}</em></span></div>
</div></div></div></body></html>`;
  return { name: `g-wxnative-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: k === 0 ? ['文字 |', '编辑 |', 'END', '三连', '阅读原文'] : ['综合整理', '如有侵权', '往期推荐', '光伏组件'] }) };
};

/** A trade site's article whose text box opens with an event's advertising blurb (a linked 【活动推荐】/【峰会预告】 line) above the text. */
export const gAdBlurb: Template = (a, k) => {
  const site = pick(['某某仪器网', '某某机器人网'], k);
  const url = `https://www.example-yq${k}.com/news/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const blurb = pick([
    '<p><a href="/meeting/2026/"><strong>【活动推荐】</strong>2026第八届某某检测技术大会将于3月18日在苏州举办，点击报名&gt;&gt;</a></p>',
    '<p style="color:#c00"><a href="/summit/">【峰会预告】某某机器人产业峰会4月开幕，免费参会名额限时申请中</a></p>',
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '新闻', '产品', '技术', '厂商', '展会', '视频', '招标'])}</div>
<div class="newsbox"><h1>${esc(a.title)}</h1><div class="newsinfo">来源：${a.source}　　${dash(a.date)}　　编辑：${a.editor || '小程'}</div>
<div class="newscon">${blurb}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['投稿邮箱：news@example-yq0.com', '返回某某机器人网首页&gt;&gt;'], k)}</p></div>
<div class="sm">【免责声明】本文仅代表作者个人观点，与${site}无关。</div></div></body></html>`;
  return { name: `g-adblurb-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: [pick(['活动推荐', '峰会预告'], k), pick(['投稿邮箱', '返回某某'], k), '免责声明'] }) };
};

/** A provincial news site's PC page: a 引题 over the headline and a `——` 副题 under it, two writers on the 作者 line, 原标题 after. */
export const gProvPortal: Template = (a, k) => {
  const paper = pick(['某鲁日报', '某浙日报'], k);
  const site = pick(['某鲁网', '某浙在线'], k);
  const writer = a.author ?? pick(['高远', '钟晴'], k);
  const url = `https://${pick(['sd', 'zj'], k)}.example-prov.com/system/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/0${parseInt(pageId(a, k), 16) % 10000000}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${site}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}"></head>
<body><div class="topnav">${menu(['首页', '新闻', '时政', '经济', '社会', '文化', '地市', '评论', '视频', '专题', '数字报'])}</div>
<div class="location"><a href="/">${site}</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/sz/">时政</a></div>
<div class="main_left"><div class="yinti">${pick(['聚焦高质量发展', '奋力推进现代化建设'], k)}</div>
<h1>${esc(a.title)}</h1><h3 class="futi">——${pick(['来自县域一线的调查', '写在项目投产之际'], k)}</h3>
<div class="left_time">${dash(a.date)}:00　来源：${paper}　作者：${pick([`记者 ${writer} 通讯员 贾珂`, `${writer}　毛青`], k)}　编辑：${a.editor || '郑敏'}</div>
<div class="left_zw" id="zw">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<div class="yuanbt">原标题：${pick([esc(a.title.slice(0, 8)), `《${esc(a.title)}》`], k)}</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a>全省重点项目建设现场推进会召开</a><span>${a.date.slice(0, 10)}</span></li></ul></div></div>
<div class="footer">${site}版权所有　鲁ICP备00000000号</div></body></html>`;
  return { name: `g-provpc-${k}`, html, gold: gold(a, { url, withTime: true, source: paper, author: k === 0 ? [writer, '贾珂'] : [writer, '毛青'], notInBody: ['——', pick(['聚焦高质量', '奋力推进'], k), '原标题', '相关新闻', '分享到'] }) };
};

export const DEV_TEMPLATES_AB: Template[] = [gPartyClient, gWxPortal, gWxCredits, gLeadSummary, gFlashWire, gClientLead, gWxNative, gAdBlurb, gProvPortal];
