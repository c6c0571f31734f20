/**
 * Dev templates (tuned on) for #17's fourth round, second batch: the kinds held-out 9 missed on its one scoring
 * (told by field and template only), in makes and wordings of their own: an account's line with a 独家/首发 mark
 * beside the time, and a blog post whose line reads `handle 于 <time> 更新` with counters printed label first
 * and a 转载声明 above the text; and (held-out 10's one scoring) a 12-hour clock with 上午/下午
 * and traditional-character labels.
 */
import { dash, dashSec, esc, gold, pageId, pick, ps, type Template } from './common.js';

/** A self-media page: `首发 · account · time` (or mark, time, account) under the headline, 投诉 and 评论 after. */
export const devMarkedAccount: Template = (a, k) => {
  const account = pick(['硬核制造观察', '储能前沿站'], k);
  const url = `https://www.example-selfmedia${k}.com/i${pageId(a, k)}/`;
  const line = k ? `<span class="mark">独家</span> <span>${dash(a.date)}</span> <span>${esc(account)}</span>` : `<span class="mark">首发</span> · <a>${esc(account)}</a> · <span>${dash(a.date)}</span>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某号', '某某资讯'], k)}</title></head><body>
<div class="nav"><a>推荐</a> <a>科技</a> <a>财经</a></div>
<div class="main"><h1>${esc(a.title)}</h1><div class="meta">${line}</div>
<div class="rich">
${ps(a.paras)}
</div><div class="acts"><a>投诉</a> <span>评论 ${7 + k}</span></div></div></body></html>`;
  return { name: `g-markedacct-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['首发', '独家', '投诉', '评论'] }) };
};

/** A blog post: `handle 已于 <time> 更新` with 浏览量/收藏 counters, a 转载声明 above the text, 标签 after. */
export const devBlogPost: Template = (a, k) => {
  const handle = pick(['cloud_ops', 'xin_li88'], k);
  const url = `https://www.example-blog${k}.com/${handle}/p/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${esc(handle)} - ${pick(['某某园', '某某社区'], k)}</title></head><body>
<div class="hd"><a>首页</a> <a>新闻</a> <a>博问</a></div>
<div class="post"><h1 class="postTitle">${esc(a.title)}</h1>
<div class="postDesc"><a>${esc(handle)}</a> ${pick(['已于', '于'], k)} ${dashSec(a.date)} ${pick(['更新', '发表'], k)} <span>浏览量 ${2048 + k}</span> <span>收藏${3 + k}</span></div>
<div class="notice">${pick(['转载声明：本文为作者原创，转载请注明出处。', '原创声明：本文系作者授权发布，未经许可不得转载。'], k)}</div>
<div class="postBody">
${ps(a.paras)}
</div>
<div class="tags">${pick(['标签：', '分类：'], k)}<a>产业</a></div></div></body></html>`;
  return { name: `g-blogpost-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['转载声明', '原创声明', '浏览量', '收藏', '标签', '分类'] }) };
};

/** A 12-hour clock beside the outlet: `2023/11/05 下午 3:20`, `2023年11月5日 上午10:05`. */
export const devTwelveHour: Template = (a, k) => {
  const h = Number(a.date.slice(11, 13));
  const clock = `${h < 12 ? pick(['上午', '早上'], k) : pick(['下午', '晚上'], k)}${k ? '' : ' '}${h % 12 === 0 ? 12 : h % 12}:${a.date.slice(14, 16)}`;
  const day = k ? `${Number(a.date.slice(0, 4))}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日` : a.date.slice(0, 10).replace(/-/g, '/');
  const url = `https://www.example-clock${k}.com/news/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${pick(['某某日报网', '某某资讯'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>产业</a></div>
<h1>${esc(a.title)}</h1><div class="meta">${day} ${clock} · ${pick(['来源：', '稿源：'], k)}${esc(a.source)}</div>
<div class="body">
${ps(a.paras)}
</div><div class="tools"><a>${pick(['收藏', '举报'], k)}</a></div></body></html>`;
  return { name: `g-clock12-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['收藏', '举报'] }) };
};

/** Traditional-character labels of another make: 發布日期/新聞來源/撰稿記者 (or 更新時間/來源/記者), 相關報導 and 版權所有 after. */
export const devTraditionalLabels: Template = (a, k) => {
  const url = `https://www.example-tw${k}.com.tw/news/${pageId(a, k)}`;
  const labels = k ? ['更新時間：', '來源：', '記者 '] : ['發布日期：', '新聞來源：', '撰稿記者：'];
  const html = `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某新聞網', '某某日報'], k)}</title></head><body>
<div class="menu"><a>首頁</a> <a>產業</a> <a>國際</a></div>
<h1>${esc(a.title)}</h1><p class="info">${labels[0]}${k ? a.date.slice(0, 10).replace(/-/g, '/') : a.date.slice(0, 10)} ${a.date.slice(11)}　${labels[1]}${esc(a.source)}${a.author ? `　${labels[2]}${esc(a.author)}` : ''}</p>
<div class="story">
${ps(a.paras)}
</div>
<div class="rel"><h3>${pick(['相關報導', '推薦閱讀'], k)}</h3><p>${pick(['半導體出口續創新高', '綠能投資升溫'], k)}</p></div>
<div class="copy">${pick(['版權所有 © 某某新聞網', '本網站內容未經授權不得轉載'], k)}</div></body></html>`;
  return { name: `g-traditional-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['相關報導', '推薦閱讀', '版權所有', '不得轉載'] }) };
};

export const DEV_TEMPLATES_K: Template[] = [devMarkedAccount, devBlogPost, devTwelveHour, devTraditionalLabels];
