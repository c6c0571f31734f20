/**
 * Dev templates (tuned on) where the article's container runs on: 原标题/责任编辑 then related teasers with their
 * summaries and the next article in the same box; ad blocks between paragraphs; counters and 文/ bylines beside
 * the author; copyright lines in other wordings.
 */
import { cnTime, dash, dashSec, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';
import { DEV_POOL } from './pool.js';

/** An old portal page whose content box holds the next article after 原标题/责任编辑 and a teaser list. */
export const devRunOn: Template = (a, k) => {
  const url = `https://news.example-old${k}.com/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const next = DEV_POOL[(DEV_POOL.indexOf(a) + 1) % DEV_POOL.length];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['中国网', '北方网'], k)}</title>
<meta name="keywords" content="${esc(a.title)}"></head><body>
<div class="topmenu"><a>首页</a> <a>新闻</a> <a>财经</a> <a>科技</a></div>
<div id="cont"><div class="cont_tit"><h1>${esc(a.title)}</h1></div>
<div class="cont_info">${pick([dash(a.date), cnTime(a.date)], k)}　来源：${esc(a.source)}${a.author ? `　作者：${esc(a.author)}` : ''}</div>
<div class="cont_txt">
${ps(a.paras, true)}
<p>${pick(['原标题：', '（原标题：'], k)}${esc(a.title.slice(0, 12))}${k ? '）' : ''}</p>
<p>${pick(['责任编辑：', '（责任编辑：'], k)}${esc(a.editor)}${k ? '）' : ''}</p>
<p><strong>相关新闻：</strong></p>
<p><a>${esc(next.title)}</a></p>
<p>${esc(next.paras[0])}</p>
<h2>${esc(next.title)}</h2>
${ps(next.paras.slice(1), true)}
${ps(next.paras.slice(0, 2), true)}
</div></div></body></html>`;
  return { name: `g-runon-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['原标题', '责任编辑', '相关新闻', next.paras[1].slice(0, 12), next.title] }) };
};

/** A trade page with ad boxes between paragraphs, a `文/X 阅读(2356)` byline and a 版权归 line at the end. */
export const devAds: Template = (a, k) => {
  const url = `https://www.example-industry${k}.com/news/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const ad = (i: number): string =>
    pick([
      `<div class="${pick(['gg_box', 'adv-box'], k)}"><a href="https://ad.example.com/${i}"><img src="/ad${i}.jpg"></a><p>${pick(['限时优惠：工业网关买二送一', '报名参加2024工业互联网大会'], i)}</p></div>`,
      `<p>【推广】${pick(['智能制造解决方案，免费试用30天', '新一代边缘计算盒子，点击了解'], i)}</p>`,
    ], i + k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 || i === 2 ? ad(i) : ''}`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['中国工控网', '高工产业研究'], k)}</title></head><body>
<div class="hd"><a>首页</a> <a>资讯</a> <a>产品</a> <a>方案</a></div>
<div class="news-detail"><h1>${esc(a.title)}</h1>
<div class="news-attr"><span>文/${esc(a.author ?? '本站')}</span> <span>阅读(${2356 + k})</span> <span>${pick([slash(a.date), dashSec(a.date)], k)}</span> <span>来源：${esc(a.source)}</span></div>
<div class="news-body">
${body}
<p>${pick(['版权归原作者所有，如有侵权请联系删除。', '（本文版权归作者所有，商业转载请联系作者获得授权。）'], k)}</p>
</div></div></body></html>`;
  return { name: `g-ads-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['限时优惠', '报名参加', '推广', '版权归', '阅读('] }) };
};



/** A self-media page (头条号/企鹅号-like): the account as source (no writer printed), an IP 属地 beside the time, a follow count. */
export const devSelfMedia: Template = (a, k) => {
  const account = pick(['硬科技观察', '电子发烧友圈'], k);
  const url = `https://www.example-toutiao.com/article/${7300000000000000000n + BigInt(k)}/`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['今日头条', '企鹅号'], k)}</title>
<meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="top"><a>首页</a> <a>登录</a></div>
<div class="article-content"><h1>${esc(a.title)}</h1>
<div class="article-meta"><span class="name"><a>${account}</a></span><span class="time">${dash(a.date)}</span><span>${pick(['IP属地：江苏', '发布于浙江'], k)}</span><span>${pick(['1.2万粉丝', '关注'], k)}</span></div>
<article class="syl-article-base">
${ps(a.paras)}
</article>
<div class="report">举报</div></div>
<div class="side">${pick(['相关推荐', '猜你喜欢'], k)}<p><a>${esc(DEV_POOL[0].title)}</a></p></div></body></html>`;
  return { name: `g-selfmedia-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['IP属地', '发布于', '举报', '粉丝'] }) };
};
export const DEV_TEMPLATES_C: Template[] = [devRunOn, devAds, devSelfMedia];
