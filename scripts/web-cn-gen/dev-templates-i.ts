/**
 * Dev templates (tuned on) for #17's third round, in makes and wordings of their own: app prompts printed between
 * paragraphs (a lone line, not the end of the text), pages whose time and outlet are only in a state script under
 * other keys, a relative time beside a meta date, 来源 lines naming several outlets, 稿源/转载自 notes and a
 * forum poster's card beside or under the headline, and a self-media account card with an intro line and counters on one line.
 */
import { cnTime, dash, esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

/** A news app's web page: a lone 打开APP prompt between paragraphs, another as the last line after the text. */
export const devAppMidBody: Template = (a, k) => {
  const url = `https://m.example-newsapp${k}.com/detail/${pageId(a, k)}.html`;
  const cut = k === 0 ? 1 : 2;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="download-bar">${pick(['打开某某资讯APP', '打开某某客户端'], k)}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="meta"><span>${esc(a.source)}</span> <span>${dash(a.date)}</span></div>
<div class="content">
${ps(a.paras.slice(0, cut))}
<p class="inline-app">${pick(['打开APP，看更多精彩内容', '打开某某客户端 阅读体验更佳'], k)}</p>
${ps(a.paras.slice(cut))}
<p class="tail-app">${pick(['打开APP 查看更多评论', '下载客户端，获取更多资讯'], k)}</p>
</div></div></body></html>`;
  return { name: `g-appmid-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['打开APP', '打开某某', '下载客户端'] }) };
};

/** A page rendered by script: nothing printed dates it or names the outlet; the state object does, under other keys. */
export const devScriptState: Template = (a, k) => {
  const url = `https://www.example-spa${k}.com/article/${pageId(a, k)}`;
  const state = k === 0 ? `{"article":{"id":"${pageId(a, k)}","title":${JSON.stringify(a.title)},"firstPublishedAt":"${a.date.replace('T', ' ')}:00","copyFrom":${JSON.stringify(a.source)}}}` : `{"detail":{"headline":${JSON.stringify(a.title)},"releasedTime":"${a.date.replace('T', ' ')}","sourceName":${JSON.stringify(a.source)},"channel":"pc"}}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某科技', '某某产经'], k)}</title>
<script>window.__INITIAL_STATE__ = ${state};</script></head><body>
<div id="root"><div class="nav"><a>首页</a> <a>快讯</a> <a>专题</a></div>
<article><h1>${esc(a.title)}</h1><div class="info"><span class="views">${200 + k}阅读</span></div>
<div class="rich-text">
${ps(a.paras)}
</div></article></div></body></html>`;
  return { name: `g-scriptstate-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['阅读'] }) };
};

/** A relative time printed (`发布于 3小时前`) beside a meta date; the 来源 line names two outlets. */
export const devRelativeTwoOutlets: Template = (a, k) => {
  const url = `https://www.example-rel${k}.com/news/${pageId(a, k)}.html`;
  const second = pick(['中国经济网', '央广网'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta itemprop="datePublished" content="${a.date}:00+08:00"></head><body>
<div class="hd"><a>首页</a> <a>要闻</a></div>
<h1>${esc(a.title)}</h1>
<div class="info"><span>${pick(['发布于 3小时前', '发布于 昨天 09:15'], k)}</span>　<span>${pick(['来源：', '来源: '], k)}${esc(a.source)}${pick(['、', '　'], k)}${second}</span></div>
<div class="text">
${ps(a.paras)}
</div>
<div class="ft">${pick(['相关新闻', '热门文章'], k)}：<a>${esc(a.title.slice(0, 8))}</a></div></body></html>`;
  return { name: `g-relative-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['发布于', second] }) };
};

/** A reprint: `稿源：` or `转载自：` under the headline, the time as a Chinese date, an editor line after. */
export const devReprintLabel: Template = (a, k) => {
  const url = `https://www.example-rp${k}.cn/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某产业网', '某某资讯'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>产业</a> <a>政策</a></div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="line">${cnTime(a.date)}　${pick(['稿源：', '转载自：'], k)}${esc(a.source)}${a.author ? `　${pick(['作者：', '文/'], k)}${esc(a.author)}` : ''}</div>
<div class="cont">
${ps(a.paras)}
<p>${pick(['（编辑：', '责任编辑：'], k)}${esc(a.editor)}${pick(['）', ''], k)}</p>
</div></div></body></html>`;
  return { name: `g-reprintlabel-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ?? null, notInBody: ['稿源', '转载自', '编辑'] }) };
};

/** A forum thread of another make: the poster's card (用户组/积分/UID) under the headline, 楼主 mark, replies after. */
export const devForumCard: Template = (a, k) => {
  const user = pick(['光纤老李', 'netwatcher88'], k);
  const url = `https://club.example-forum${k}.net/t/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['产业茶馆', '技术沙龙'], k)}-某某社区</title></head><body>
<div class="top"><a>社区</a> <a>版块</a> <a>搜索</a> <a>登录</a></div>
<div class="thread"><h1 class="thread-title">${esc(a.title)}</h1>
<div class="poster"><div class="uname">${esc(user)}</div><div>${pick(['用户组：高级会员', 'UID：10086'], k)}</div><div>${pick(['积分：3920', '主题：41'], k)}</div></div>
<div class="post-info"><span class="floor">楼主</span> <span>${pick(['发表于 ', '发布于 '], k)}${dash(a.date)}</span></div>
<div class="post-body">
${ps(a.paras)}
</div>
<div class="reply"><div class="uname">${pick(['过客2020', '小张'], k)}</div><div>${pick(['用户组：注册会员', 'UID：20001'], k)}</div><p>${pick(['mark一下，回头细看。', '支持楼主，数据很全。'], k)}</p></div></div></body></html>`;
  return { name: `g-forumcard-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: user, notInBody: ['用户组', 'UID', '积分', '楼主', 'mark', '支持楼主'] }) };
};

/** A 号 page of another make: the account's card (name, a one-line intro, counters on one line) after the text's head, `撰文：` writer line. */
export const devAccountIntro: Template = (a, k) => {
  const account = pick(['新能源前哨站', '智造研究所'], k);
  const url = `https://www.example-acct${k}.com/a/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某号', '某某头条'], k)}</title></head><body>
<div class="nav"><a>推荐</a> <a>科技</a> <a>财经</a></div>
<div class="wrap"><div class="main"><h1>${esc(a.title)}</h1>
<div class="pub">${pick([dash(a.date), cnTime(a.date)], k)}</div>
<div class="card"><div class="card-name">${esc(account)}</div><div class="card-desc">${pick(['专注新能源产业报道', '记录制造业的每一次升级'], k)}</div><div class="card-num">${pick(['粉丝 3.5万 · 文章 210', '1.8万位粉丝｜作品 96'], k)}</div><a>关注</a></div>
<div class="body">
${a.author ? `<p>${pick(['撰文：', '作者：'], k)}${esc(a.author)}</p>\n` : ''}${ps(a.paras)}
</div>
<div class="note">${pick(['本文仅代表作者观点，不代表平台立场。', '声明：本文由入驻作者编辑撰写，除官方账号外，观点仅代表作者本人。'], k)}</div></div></div></body></html>`;
  return { name: `g-acctintro-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: a.author ?? null, notInBody: ['粉丝', '关注', '仅代表', '撰文', '作者：'] }) };
};

export const DEV_TEMPLATES_I: Template[] = [devAppMidBody, devScriptState, devRelativeTwoOutlets, devReprintLabel, devForumCard, devAccountIntro];
