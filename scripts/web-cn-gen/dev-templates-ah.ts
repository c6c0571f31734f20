/**
 * Dev templates of #17's round 24 (tuned on), each in a make and wording of its own, for held-out 34's misses told by
 * kind only (its files never opened): a university 新闻网 whose information line names the 供稿单位 (the source), a
 * captioned photo first and 文字/摄影/审核 credits after the text, one served as GB2312; and a trade-media page with a
 * 摘要/导读 box and 关键词/标签 rows above the text.
 */
import { dash, esc, gold, pageId, pick, type GenPage, type Template } from './common.js';
import type { PoolArticle } from './pool.js';
import { gbk } from './heldout4-templates.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/c/${i}/">${w}</a>`).join('');

/** A university 新闻网: 供稿单位 (a 学院 or office) in the information line, a captioned photo first, credits after. */
const campusUnit = (a: PoolArticle, k: number): GenPage => {
  const school = pick(['某某理工大学', '某某师范大学', '某某农业大学'], k);
  const unit = pick(['材料科学与工程学院', '科学技术研究院', '党委宣传部', '机械工程学院'], k);
  const writer = pick(['李晓雯', '周子航', '陈思远'], k);
  const photo = pick(['王浩然', '赵一鸣'], k);
  const url = `https://news.example-univ${k}.edu.cn/info/${1000 + k}/${parseInt(pageId(a, k), 16) % 90000}.htm`;
  const label = pick(['供稿单位：', '供稿：', '来源单位：', '供稿部门：'], k);
  const info = pick([
    `<div class="info"><span>${label}${unit}</span>　<span>发布时间：${dash(a.date)}</span>　<span>浏览次数：<span id="hits">${312 + k}</span></span></div>`,
    `<p class="arti-metas"><span>作者：${writer}</span><span>${label}${unit}</span><span>发布日期：${a.date.slice(0, 10)}</span><span>点击数：<script>document.write(87)</script></span></p>`,
    `<div class="detail-info">${a.date.slice(0, 10)}　　${label}${unit}　　摄影：${photo}　　审核：${pick(['孙立', '吴敏'], k)}</div>`,
  ], k);
  const caption = `<p style="text-align:center"><img src="/__local/${pageId(a, 2)}.jpg" width="600"></p>\n<p style="text-align:center">${pick(['活动现场', '签约仪式现场', '与会嘉宾合影'], k)}（${photo} 摄）</p>`;
  const credits = pick([
    `<p style="text-align:right">（文字：${writer}　摄影：${photo}　审核：${pick(['孙立', '吴敏'], k)}）</p>`,
    `<p>文字：${writer}</p>\n<p>摄影：${photo}</p>\n<p>审核：${pick(['孙立', '吴敏'], k)}</p>`,
    `<p>文/${writer}　图/${photo}　编辑/${pick(['刘畅', '郭佳'], k)}　审核/${pick(['孙立', '吴敏'], k)}</p>`,
    `<p>（供稿：${unit}　文字：${writer}　摄影：${photo}）</p>\n<p>一审：${pick(['刘畅', '郭佳'], k)}　二审：${pick(['孙立', '吴敏'], k)}　三审：${pick(['钱学', '胡安'], k)}</p>`,
  ], k + 1);
  const charset = k % 2 ? 'gb2312' : 'utf-8';
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(a.title)}-${school}新闻网</title></head>
<body><div class="head"><div class="logo">${school}新闻网</div>${menu(['首页', '学校要闻', '综合新闻', '学院动态', '媒体聚焦', '校园文化'])}</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/c/2/">综合新闻</a> &gt; 正文</div>
<div class="main"><div class="article"><h1>${esc(a.title)}</h1>
${info}
<div class="v_news_content">
${caption}
${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
${credits}
</div>
<div class="prev-next"><p>上一条：<a>学校召开秋季学期教学工作会议</a></p><p>下一条：<a>我校学子在全国大学生竞赛中获佳绩</a></p></div></div>
<div class="side"><h3>学院动态</h3><ul><li><a>化学学院举办学术报告会</a></li><li><a>外国语学院开展主题党日活动</a></li></ul></div></div>
<div class="foot">版权所有：${school}　地址：某某市某某路1号</div></body></html>`;
  return {
    name: `g-campusunit-${k}`, html, ...(k % 2 ? { bytes: gbk(html) } : {}),
    gold: gold(a, { url, withTime: k % 3 === 0, source: unit, author: k % 3 === 1 ? writer : [writer, null], notInBody: ['摄影', '审核', '三审', '上一条', '学院动态', '版权所有', '摄）'] }),
  };
};

/** A trade-media article: a 摘要/导读 box and 关键词/标签 rows between the information line and the text, or opening the text's box. */
const tradeDigest = (a: PoolArticle, k: number, boxAt = k): GenPage => {
  const site = pick(['某某电子网', '某某储能网', '某某装备在线'], k);
  const url = `https://www.example-trade${k}.com/news/${a.date.slice(0, 7).replace('-', '')}/${parseInt(pageId(a, k), 16)}.html`;
  const digest = pick(['摘要', '导读', '核心提示', '内容摘要', '摘要', '导语', '文章摘要', '导读'], k);
  const summary = `${a.paras[0].slice(0, 24)}……专家表示，相关举措有望加快落地见效。`;
  // A summary longer than a head note: several sentences, as trade pages write their 摘要.
  const longSummary = `${summary}从产业链看，上游原材料价格企稳，中游制造环节产能利用率回升，下游应用场景持续拓展；从区域看，长三角、珠三角和成渝地区的项目落地数量居前。多家机构预计，明年行业整体规模仍将保持两位数增长，龙头企业的市场份额有望进一步提升。`;
  const box = pick([
    `<div class="summary"><b>${digest}：</b>${esc(summary)}</div>\n<div class="tags">关键词：<a>产业链</a> <a>新能源</a> <a>政策</a></div>`,
    `<div class="tags"><span>标签：</span><a>市场</a><a>储能</a><a>企业动态</a></div>\n<div class="abstract"><p class="t">${digest}</p><p>${esc(summary)}</p></div>`,
    `<blockquote class="lead">【${digest}】${esc(summary)}</blockquote>\n<p class="kw">关键字：<a>智能制造</a>、<a>工业互联网</a></p>`,
    `<p><strong>${digest}：</strong>${esc(summary)}${esc(a.paras[a.paras.length - 1].slice(0, 30))}。</p>\n<p><strong>关键词：</strong>产业链；新能源；政策</p>`,
    `<p>【${digest}】${esc(summary)}</p>\n<p>标签：市场　储能　企业动态</p>\n<p>　</p>`,
    `<div class="zy"><span class="zy-t">${digest}</span><p>${esc(summary)}</p></div>\n<div class="keywords"><span>关键词</span><a>产业链</a><a>新能源</a></div>`,
    `<div class="tag-row"><em>标签</em><a>市场</a><a>企业动态</a></div>\n<div class="guide"><h4>${digest}</h4><p>${esc(summary)}</p></div>`,
    `<p class="zy">${digest}：${esc(longSummary)}</p>\n<p class="kw">关键词：产业链　新能源</p>`,
    `<div class="abs"><span class="label">${digest}</span> ${esc(summary)}</div>\n<div class="kw"><span class="label">标签</span> 市场　储能</div>`,
    `<p class="zy-t">【${digest}】</p>\n<p class="zy">${esc(summary)}</p>\n<p class="kw">关键词：<a>产业链</a>　<a>新能源</a></p>`,
  ], boxAt);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title><meta name="keywords" content="产业链,新能源"></head>
<body><div class="top">${menu(['首页', '资讯', '技术', '市场', '展会', '企业库'])}</div>
<div class="wrap"><div class="article"><h1>${esc(a.title)}</h1>
<div class="meta"><span>${dash(a.date)}</span>　<span>来源：${esc(a.source)}</span>　<span>作者：${esc(a.author ?? '')}</span>　<a class="fav">收藏</a></div>
${k % 2 ? '' : box}
<div class="article-body">${k % 2 ? `${box}\n` : ''}${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="copyright">声明：本文系转载，版权归原作者所有；如涉及版权问题请联系删除。</div>
<div class="related"><h3>相关资讯</h3><ul><li><a>上半年行业装机规模同比增长</a></li></ul></div></div>
<div class="side"><h3>热门排行</h3><ol><li><a>头部企业三季度业绩盘点</a></li></ol></div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-tradedigest-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: [digest, '有望加快落地见效', pick(['关键词', '标签', '关键字', '关键词', '标签', '关键词', '标签', '关键词', '标签'], k), '声明', '相关资讯'] }) };
};

/** Variants 0–1 of the university page (UTF-8 and GB2312). */
export const gCampusUnit: Template = (a, k) => campusUnit(a, k);
/** Variants 2–3: other labels (来源单位, 供稿部门), information lines and credit forms. */
export const gCampusUnitMore: Template = (a, k) => campusUnit(a, k + 2);
/** Variants 0–1 of the trade page. */
export const gTradeDigest: Template = (a, k) => tradeDigest(a, k);
/** Variants 2–3: a 【核心提示】 quote and a 内容摘要 box. */
export const gTradeDigestMore: Template = (a, k) => tradeDigest(a, k + 2);

/** Variants 4–5: the box and tags as the text box's first paragraphs (a bold label, a 【】 label). */
export const gTradeDigestPlain: Template = (a, k) => tradeDigest(a, k + 4);

/** Variants 6–7: the box's label on a line of its own over the summary's paragraph; a summary longer than a head note. */
export const gTradeDigestLabel: Template = (a, k) => tradeDigest(a, k + 6);

/** Variants 8–9: the label set off by a space only (a span beside the summary), and in a paragraph of its own opening the text's box. */
export const gTradeDigestLong: Template = (a, k) => tradeDigest(a, k + 8);

/** Variants 10–11: the label in a paragraph of its own above the summary's, beside the text's box or opening it. */
export const gTradeDigestApart: Template = (a, k) => tradeDigest(a, k + 10, 9);

/** The round's templates, in the order their pages are written. */
export const DEV_TEMPLATES_AH: Template[] = [gCampusUnit, gCampusUnitMore, gTradeDigest, gTradeDigestMore, gTradeDigestPlain, gTradeDigestLabel, gTradeDigestLong, gTradeDigestApart];
