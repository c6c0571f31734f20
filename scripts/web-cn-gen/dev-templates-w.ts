/**
 * Dev templates (tuned on) for #17's round 12, the kinds held-out 23 missed (told by field and family only), each in a
 * make and wording of its own: a chamber of commerce's news page on a small CMS whose one information line runs the
 * day, the outlet, a counter and a lead-in summary together with `&nbsp;` runs, beside a member-login box; and a
 * provincial news site's channel page whose text opens with a dateline naming the reporter while `<meta name="author">`
 * names the page's editor; and (for held-out 17's overseas-paper authors, told by field and kind only) a Southeast Asian
 * Chinese paper crediting its writer as `报道：X`; and (held-out 14's bilingual bounds) an English abstract after the text.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { gbk } from './heldout4-templates.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: text[0].replace(/\s/g, '').slice(0, 12), body_last: text[text.length - 1].slice(-12), not_in_body: o.notInBody };
}
const navOf = (names: string[]): string => names.map((n, i) => `<a href="/c/${i}/">${n}</a>`).join(' ');

/** A chamber's page: day, outlet, counter and a lead-in summary on one line of `&nbsp;` runs; a member-login box beside. */
export const devMemberInfo: Template = (a, k) => {
  const org = pick(['某某市工商业联合会', '某某省电子商务商会'], k);
  const url = `http://www.example-${pick(['gsl', 'dsh'], k)}.org.cn/${pick(['html/hyzx', 'article'], k)}/${pageId(a, k)}.html`;
  const sep = pick(['&nbsp;&nbsp;&nbsp;', '&nbsp;&nbsp;|&nbsp;&nbsp;'], k);
  const info = [
    `${pick(['时间', '更新日期'], k)}：${a.date.slice(0, 10)}`,
    `${pick(['来源', '文章来源'], k)}：${esc(a.source)}`,
    `${pick(['阅读', '点击'], k)}：<span id="click">${40 + k}</span>`,
    `${pick(['导读', '摘要'], k)}：${esc(a.paras[0].slice(0, 24))}…`,
  ].join(sep);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${org}</title>
<link rel="stylesheet" href="/templets/css/main.css"></head><body>
<div class="top">${org}　<a href="/">设为首页</a> <a href="/">加入收藏</a></div>
<div class="nav">${navOf(['首页', '商会简介', '商会动态', '行业资讯', '会员风采', '政策服务', '入会指南', '联系我们'])}</div>
<div class="wrap"><div class="mainleft">
<div class="place">当前位置：<a href="/">首页</a> > <a href="/hyzx/">行业资讯</a></div>
<div class="viewbox"><div class="title"><h2>${esc(a.title)}</h2></div>
<div class="infolist"><small>${pick(['<em class="zoom">A+ A-</em>', ''], k)}</small>${info}</div>
<div class="content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="context"><ul><li>上一篇：<a>商会召开三届五次理事会</a></li><li>下一篇：<a>会员企业走访活动圆满结束</a></li></ul></div>
</div></div>
<div class="mainright"><div class="loginbox"><h3>会员中心</h3><form><p>账号：<input name="u"></p><p>密码：<input type="password" name="p"></p><p><button>登录</button> <a>注册会员</a></p></form></div>
<div class="hot"><h3>热门资讯</h3><ul><li><a>电商直播基地建设提速</a><span>2024-03-02</span></li><li><a>跨境物流成本下降</a><span>2024-02-18</span></li></ul></div></div></div>
<div class="footer">Copyright © ${org} 版权所有 某ICP备10008888号</div></body></html>`;
  return { name: `g-memberinfo-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: a.source, author: null, notInBody: [pick(['导读', '摘要'], k), '上一篇', '会员中心', '热门资讯', '版权所有'] }) };
};

/** A provincial news site's channel page: the text opens with a dateline naming the reporter; the author tag names the editor. */
export const devChannelDateline: Template = (a, k) => {
  const site = pick(['某某在线', '某某新闻网'], k);
  const source = `${site}${pick(['－经济频道', '·财经频道'], k)}`;
  const url = `https://${pick(['jj', 'cj'], k)}.example-prov.com.cn/system/${a.date.slice(0, 10).replace(/-/g, '/')}/${pageId(a, k)}.shtml`;
  const reporter = a.author ?? pick(['蒋明', '龚雪'], k);
  const lead = `${site}${pick(['讯', '消息'], k)}${pick(['（记者 ', '(记者'], k)}${reporter}${pick(['）', ')'], k)}${a.paras[0]}`;
  const text = [lead, ...a.paras.slice(1)];
  const time = pick([a.date.replace('T', ' '), `${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日${a.date.slice(11)}`], k);
  const html = `<!DOCTYPE html><html><head><meta ${pick(['charset="utf-8"', 'http-equiv="content-type" content="text/html;charset=GB2312"'], k)}>
<meta name="author" content="${esc(a.editor)}"><meta name="publishdate" content="${a.date.slice(0, 10)}"><meta name="source" content="来源：${esc(source)}">
<title>${esc(a.title)} - ${source}</title></head><body>
<div class="header"><a href="/">${site}</a> ${navOf(['首页', '时政', '经济', '社会', '文化', '视频', '专题'])}</div>
<div class="crumb"><a href="/">${site}</a> - <a href="/jj/">${pick(['经济频道', '财经频道'], k)}</a> - 正文</div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="meta"><span class="time">${time}</span>${pick(['　', ' | '], k)}来源：<span class="src">${esc(source)}</span>　<a class="font">A+</a> <a class="font">A-</a></div>
<div class="text" id="content">${text.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="editor">${pick([`（编辑：${esc(a.editor)}）`, `(责编：${esc(a.editor)}、${pick(['何某', '吕某'], k)})`], k)}</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="topics"><h3>相关专题</h3><a>${pick(['聚焦高质量发展', '新春走基层'], k)}</a></div></div>
<div class="footer">${site} 版权所有 未经授权禁止转载</div></body></html>`;
  return { name: `g-channeldateline-${k}`, html, ...(k ? { bytes: gbk(html) } : {}), gold: goldOf(a, text, { url, date: a.date, source, author: [reporter, null], notInBody: [pick(['编辑：', '责编'], k), '分享到', '相关专题', '版权所有'] }) };
};

/**
 * A Southeast Asian Chinese paper's page: a city-and-day lead (`（吉隆坡19日讯）`) opening the text and the writer credited
 * as `报道：X` (`報導：X` in traditional characters) beside the photographer, on the time's line or after the text.
 */
export const devSeaLead: Template = (a, k) => {
  const paper = pick(['南洋某某报', '某某日报（马来西亚）'], k);
  const writer = a.author ?? pick(['林慧敏', '黄国祥'], k);
  const lead = `（${pick(['吉隆坡', '新山'], k)}${Number(a.date.slice(8, 10))}日讯）`;
  const text = [`${lead}${a.paras[0]}`, ...a.paras.slice(1)];
  const credit = pick([`报道：${writer}　摄影：陈某某`, `報導：${writer}　攝影：李某某`], k);
  const url = `https://www.example-${pick(['nanyang', 'orient'], k)}.com.my/news/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>${esc(a.title)} | ${paper}</title>
<meta property="og:site_name" content="${paper}"><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="nav">${navOf(['首页', '全国', '大马', '国际', '财经', '言论', '娱乐', '体育', 'E-paper', 'Login'])}</div>
<article><h1>${esc(a.title)}</h1>
<div class="meta"><time>${a.date.slice(0, 10).replace(/-/g, '/')} ${a.date.slice(11)}</time>${k ? '' : `　<span class="credit">${credit}</span>`}</div>
<div class="share"><a>Facebook</a><a>WhatsApp</a><a>Telegram</a></div>
<div class="body">${text.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k ? `<p class="credit">${credit}</p>` : ''}</div>
<div class="tags">${pick(['#经济', '#财经'], k)}</div></article>
<div class="latest"><h4>最新新闻</h4><ul><li><a>另一则新闻</a> <span>${a.date.slice(0, 10)}</span></li></ul></div>
<footer>© ${paper} All Rights Reserved.</footer></body></html>`;
  return { name: `g-sealead-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: writer, notInBody: [pick(['报道：', '報導：'], k), 'WhatsApp', '最新新闻'] }) };
};

/**
 * A society's bilingual news page (for held-out 14's bilingual bounds, told by field and kind only): the English
 * headline over the Chinese one, and the English abstract (long on one page) and key words printed after the Chinese
 * text inside its box.
 */
export const devEnglishAfter: Template = (a, k) => {
  const society = pick(['某某学会', '某某研究会'], k);
  const url = `https://www.example-${pick(['xuehui', 'yjh'], k)}.org.cn/${pick(['xhdt', 'news'], k)}/${pageId(a, k)}.html`;
  const en = pick(['Industry Watch: Demand Recovers as Capacity Is Trimmed', 'Sector Report: New Rules Bring Orders Back to Smaller Firms'], k);
  const abs = pick([
    'Summary: The report reviews output, prices and exports in the first ten months and finds that demand is recovering while the industry trims outdated capacity.',
    'Abstract: This article reports on the sector in the first three quarters. Orders recovered in most segments, prices stabilised after a long fall, and smaller firms benefited from the new procurement rules. The authors argue that standards, credit and export services are the next steps, and list the measures local governments have announced so far, with their expected effect on costs and on employment in the coming year.',
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${society}</title></head><body>
<div class="nav">${navOf(['首页', '学会概况', '学会动态', '学术活动', '期刊', '会员', 'English'])}</div>
<div class="art"><p class="entitle">${esc(en)}</p><h1>${esc(a.title)}</h1>
<div class="info">发布时间：${a.date.replace('T', ' ')}　来源：${esc(a.source)}</div>
<div class="txt">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${esc(abs)}</p>
<p>${pick(['Key words: demand; capacity; exports', 'Keywords: procurement; small firms; standards'], k)}</p></div>
<div class="pn">上一篇：<a>学会召开常务理事会</a></div></div>
<div class="foot">${society} 版权所有</div></body></html>`;
  return { name: `g-englishafter-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: [pick(['Summary', 'Abstract'], k), 'Key', '上一篇'] }) };
};

export const DEV_TEMPLATES_W: Template[] = [devMemberInfo, devChannelDateline, devSeaLead, devEnglishAfter];
