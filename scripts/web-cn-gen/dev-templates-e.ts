/**
 * Dev templates (tuned on) whose body restates the headline in brackets before the first sentence (快讯/电报
 * pages), and pages laid out with the headline, 导语 and information line inside the text container.
 */
import { cnTime, dash, dashSec, esc, gold, pageId, pick, ps, type Template } from './common.js';

/** A 快讯 page: the body opens `【headline】outlet…电，`, 标签/阅读 and a 风险提示 follow. */
export const devFlash: Template = (a, k) => {
  const outlet = pick(['财联社', '金融界'], k);
  const url = `https://www.example-flash${k}.com/detail/${1500000 + k}`;
  const [first, ...rest] = a.paras;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${outlet}</title>
<meta name="description" content="${esc(first.slice(0, 50))}"></head><body>
<div class="nav"><a>电报</a> <a>盯盘</a> <a>VIP</a></div>
<div class="detail-box"><div class="detail-header">${esc(a.title)}</div>
<div class="detail-time">${pick([dash(a.date), cnTime(a.date)], k)} 星期${pick(['二', '五'], k)}</div>
<div class="detail-content">
<p>【${esc(a.title)}】${outlet}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日电，${esc(first)}</p>
${ps(rest)}
</div>
<div class="detail-tags">${pick(['关联话题', '相关主题'], k)}：<a>#${esc(a.title.slice(0, 4))}</a></div>
<div class="detail-read">阅读 ${12000 + k}</div>
<div class="detail-tip">风险提示：${outlet}资讯仅供参考，不构成投资建议。</div></div></body></html>`;
  const g = gold(a, { url, withTime: true, source: null, author: null, notInBody: [`【${a.title}】`, '关联话题', '相关主题', '风险提示', '阅读'] });
  g.body_first = `${outlet}${Number(a.date.slice(5, 7))}月`;
  return { name: `g-flash-${k}`, html, gold: g };
};

/** A page whose text container holds the headline, the information line and a 导语 paragraph before the text. */
export const devAllInOne: Template = (a, k) => {
  const url = `https://www.example-allin${k}.com/news/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick([' - 中国经济网', '_央广网'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="menu"><a>首页</a> <a>财经</a> <a>产业</a></div>
<div id="articleText" class="article-text">
<p><strong>${esc(a.title)}</strong></p>
<p>${dashSec(a.date)}　来源：${esc(a.source)}</p>
<p>${pick(['导语：', '【导读】'], k)}${esc(a.paras[2].slice(0, 28))}</p>
${ps(a.paras)}
<p>${pick(['（责任编辑：', '责任编辑：'], k)}${esc(a.editor)}${k ? '' : '）'}</p>
</div>
<div class="links">${pick(['猜你喜欢', '热门推荐'], k)}<p><a>国务院：加快培育新质生产力</a></p></div></body></html>`;
  return { name: `g-allinone-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['导语', '导读', '责任编辑', '猜你喜欢', '热门推荐'] }) };
};

export const DEV_TEMPLATES_E: Template[] = [devFlash, devAllInOne];
