/**
 * Dev templates (tuned on) for #17's fourth round, each a kind of miss held-out 8 showed (told by field and
 * template only), in makes and wordings of their own: credits run into the last paragraph without brackets,
 * centred photo captions between paragraphs with a 文·图 or 图/文 writer line, live-blog entries as blocks of a time and
 * a text, an app box between paragraphs with counters after, a department as the 发布人, and a statement and
 * dated links (under a lone label) inside the text container of a page printing no writer.
 */
import { cnDay, cnTime, dash, dashSec, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

const LINKS = ['多地加快布局新型储能项目', '工业互联网标识解析体系建设提速', '专家解读最新产业政策'];

/** Credits (统筹/编辑, 校对/责编) run into the last paragraph after its full stop, no brackets, no line of their own. */
export const devCreditsInPara: Template = (a, k) => {
  const url = `http://www.example-credits${k}.cn/${pick(['xw', 'cy'], k)}/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const tail = pick([`　统筹：${a.editor}　编辑：陶某`, ` 校对：韩某 责编：${a.editor}`], k);
  const last = a.paras.length - 1;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某在线', '某某网'], k)}</title></head><body>
<div class="menu"><a>首页</a> <a>要闻</a> <a>产业</a></div>
<h1>${esc(a.title)}</h1><div class="from">${pick([`来源：${esc(a.source)}　${dashSec(a.date)}`, `${cnTime(a.date)}　${esc(a.source)}`], k)}</div>
<div class="article_text">
${a.paras.map((p, i) => `<p>${esc(p)}${i === last ? esc(tail) : ''}</p>`).join('\n')}
</div><div class="tool"><a>收藏</a> <a>纠错</a></div></body></html>`;
  return { name: `g-creditspara-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['统筹', '编辑：', '校对', '责编', '纠错'] }) };
};

/** Centred photo captions (△ …, 图片由…提供) between paragraphs, the writer in a 文·图 line heading the text. */
export const devCenteredCaptions: Template = (a, k) => {
  const url = `https://www.example-photo${k}.com/${a.date.slice(0, 4)}${a.date.slice(5, 7)}/${pageId(a, k)}.html`;
  const cap = (n: number): string =>
    `<p align="center"><img src="/p/${k}${n}.jpg"></p>\n<p align="center"><span style="color:#666">${pick(['△ 会议现场。', '（图片由受访企业提供）', '图：展会一角'], n + k)}</span></p>`;
  const writer = a.author ? `<p>${pick(['文·图丨', '图/文　'], k)}${esc(a.author)}</p>\n` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某某产经'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>图片</a> <a>产经</a></div>
<div class="main"><h1>${esc(a.title)}</h1><div class="info">${pick([dash(a.date), slash(a.date)], k)}　${pick(['来源：', '来源丨'], k)}${esc(a.source)}</div>
<div class="txt">
${writer}${ps(a.paras.slice(0, 1))}
${cap(0)}
${ps(a.paras.slice(1, 3))}
${cap(1)}
${ps(a.paras.slice(3))}
</div></div></body></html>`;
  return { name: `g-captions-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['△', '图片由', '图：', '文·图', '图/文'] }) };
};

/** Live-blog entries as blocks: a time element and a text element per entry, page time and 来源 above. */
export const devLiveBlocks: Template = (a, k) => {
  const url = `https://kuaixun.example-live${k}.com/${urlDay(a.date)}/${pageId(a, k)}`;
  const start = Number(a.date.slice(11, 13)) * 60 + Number(a.date.slice(14, 16));
  const times = a.paras.map((_, i) => {
    const m = (start + i * 11) % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  });
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${pick(['某某快讯', '某某直播间'], k)}</title></head><body>
<div class="bar"><a>首页</a> <a>7×24</a> <a>行情</a></div>
<h1>${esc(a.title)}</h1><div class="sub">${cnTime(a.date)}　${pick(['来源：', '稿源：'], k)}${esc(a.source)}</div>
<section class="kx">
${a.paras.map((p, i) => `<div class="kx-item"><div class="kx-time">${times[i]}</div><div class="kx-content">${esc(p)}</div></div>`).join('\n')}
</section>
<div class="tip">${pick(['免责声明：以上内容仅供参考。', '提示：直播内容以官方发布为准。'], k)}</div></body></html>`;
  const g = gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['免责声明', '提示：'] });
  return { name: `g-liveblocks-${k}`, html, gold: { ...g, body_first: `${times[0]}${a.paras[0].slice(0, 8)}` } };
};

/** A mobile page with an app box between paragraphs and 评论/收藏 counters after the text. */
export const devAppBoxCounters: Template = (a, k) => {
  const url = `https://m.example-mob${k}.cn/a/${pageId(a, k)}.html`;
  const cut = k ? 1 : 2;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="main"><h1 class="tt">${esc(a.title)}</h1><p class="sr"><span>${dash(a.date)}</span> <span>${esc(a.source)}</span></p>
<div class="bd">
${ps(a.paras.slice(0, cut))}
<div class="app-guide"><em>${pick(['打开某某新闻 看高清图集', '在APP内打开 查看原图'], k)}</em></div>
${ps(a.paras.slice(cut))}
</div></div>
<div class="cnt"><span>${pick(['评论', '留言'], k)} ${12 + k}</span> <span>收藏 ${40 + k}</span></div>
<div class="hot"><h4>${pick(['大家都在看', '热门推荐'], k)}</h4><p>${LINKS[k]}</p></div></body></html>`;
  return { name: `g-appbox-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['打开某某', 'APP', '评论', '留言', '收藏', '大家都在看', '热门推荐'] }) };
};

/** A department as the 发布人/发布者 (a site's office, not a writer), 来源 at the end. */
export const devDeptPoster: Template = (a, k) => {
  const url = `http://www.example-unit${k}.org.cn/news/show.php?id=${3300 + k}`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}--${pick(['某某学会', '某某产业联盟'], k)}</title></head><body>
<table width="960" align="center"><tr><td class="nav">首页 | 学会概况 | 学术活动 | 通知公告</td></tr>
<tr><td align="center"><h3>${esc(a.title)}</h3></td></tr>
<tr><td align="center">${pick(['发布人：综合办公室', '发布者：宣传部'], k)}　${pick(['发布时间：', '日期：'], k)}${pick([cnDay(a.date), slash(a.date).slice(0, 10)], k)}　点击：${88 + k}</td></tr>
<tr><td>
${ps(a.paras, true)}
</td></tr><tr><td>${pick(['来源：', '信息来源：'], k)}${esc(a.source)}</td></tr></table></body></html>`;
  return { name: `g-deptposter-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['发布人', '发布者', '点击', '办公室', '宣传部'] }) };
};

/** No writer printed; a statement and dated links inside the text container after the text. */
export const devStatementInside: Template = (a, k) => {
  const url = `https://www.example-inside${k}.com/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某商业', '某某观察'], k)}</title></head><body>
<div class="hd"><a>首页</a> <a>公司</a></div>
<h1>${esc(a.title)}</h1><div class="pi"><span>${dashSec(a.date)}</span> <span>${pick(['来源：', '文章来源：'], k)}${esc(a.source)}</span></div>
<div class="post-body">
${ps(a.paras)}
<p><b>${pick(['相关链接：', '往期回顾'], k)}</b></p>
${LINKS.map((t, i) => `<p><a href="/x/${i}">${t}</a> ${pick([`（${dash(a.date).slice(0, 10)}）`, cnDay(a.date)], i)}</p>`).join('\n')}
<p class="note">${pick(['声明：本文内容仅代表作者个人观点，与本站立场无关。', '本站声明：文章为作者独立观点，不代表本站立场。'], k)}</p>
</div></body></html>`;
  return { name: `g-statementin-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['相关链接', '往期回顾', LINKS[0], LINKS[2], '声明'] }) };
};

export const DEV_TEMPLATES_J: Template[] = [devCreditsInPara, devCenteredCaptions, devLiveBlocks, devAppBoxCounters, devDeptPoster, devStatementInside];
