/**
 * The eighteenth held-out part (never tuned on), written for #17's ninth round after its tuning and committed before
 * its one scoring: six kinds no part had, on held-out 12's articles from the third on — a news agency's wire whose
 * dateline names two reporters (`某某社北京9月12日电（记者 X、Y）`), a commentary opened by a `□ X` byline and closed by
 * `（作者系…）`, an office's 工作简报 (issue line and 编印 line above, 报/送/发 distribution lines after), a health
 * science page (审核专家 line and a 不能代替诊疗 note after), a broadcaster's script (`【解说】`/`【同期】` turns, a
 * bracketed reporters' credit after) and a museum's exhibition news (展览信息 block: 展期, 地点, 票价, 预约).
 */
import { cnDay, dash, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

const paras = (list: string[]): string => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** Gold with the text's paragraphs as the page prints them. */
function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return {
    url: o.url,
    title: a.title,
    date: o.date,
    source: o.source,
    author: o.author,
    body_first: text[0].slice(0, 12),
    body_last: text[text.length - 1].slice(-12),
    not_in_body: o.notInBody,
  };
}

const md = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** A wire: `某某社北京9月12日电（记者 X、Y）` opens the text; 编辑 and a 签发 line after, then 【纠错】. */
export const heldWire: Template = (a, k) => {
  const r1 = a.author ?? '蒋某某';
  const r2 = pick(['孟某', '司马某'], k);
  const agency = pick(['中华通讯社', '东方新闻社'], k);
  const text = [`${agency}${pick(['北京', '上海'], k)}${md(a.date)}电${pick([`（记者 ${r1}、${r2}）`, `（记者${r1} ${r2}）`], k)}${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-wire${k}.cn/${pick(['gn', 'cj'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${agency}</title></head><body>
<div class="channel"><a>${agency}</a> &gt; <a>${pick(['国内', '财经'], k)}</a></div>
<div class="main"><h1>${esc(a.title)}</h1><p class="tm">${dash(a.date)}　${pick(['来源：', '来源:'], k)}${agency}</p>
<div class="txt">${paras(text)}</div>
<p class="bj">${pick([`（编辑：${a.editor}　签发：严某）`, `【编辑：${a.editor}】`], k)}</p><p>【纠错】</p></div></body></html>`;
  return { name: `e-wire-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: agency, author: r1, notInBody: ['签发', '纠错', '编辑'] }) };
};

/** A commentary: `□ X` (or `◎ X`) stands over the text, `（作者系…）` under it, then 来源 and 责任编辑. */
export const heldCommentary: Template = (a, k) => {
  const writer = pick(['汤某某', '诸葛某'], k);
  const url = `https://opinion.example-paper${k}.com/${pick(['pl', 'sp'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某评论', '观点频道'], k)}</title></head><body>
<div class="lm">${pick(['时评', '观点'], k)}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="info">${cnDay(a.date)} ${a.date.slice(11)}　${a.source}</div>
<div class="content"><p>${pick(['□ ', '◎ '], k)}${writer}</p>
${paras(a.paras)}
<p>${pick(['（作者系某某大学公共管理学院副教授）', '（作者为某某研究院研究员）'], k)}</p></div>
<div class="edit">责任编辑：${a.editor}</div></div></body></html>`;
  return { name: `e-commentary-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: writer, notInBody: ['□', '◎', '作者系', '作者为', '责任编辑'] }) };
};

/** An office's 工作简报: 第N期 and 编印 lines above the headline, 报/送/发 distribution lines and 共印 count after. */
export const heldWorkBulletin: Template = (a, k) => {
  const office = pick(['某某市发展和改革委员会办公室', '某某县人民政府办公室'], k);
  const url = `http://www.example-county${k}.gov.cn/${pick(['zwdt/gzjb', 'xxgk/jb'], k)}/${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="jb"><p class="jb-name">${pick(['工作简报', '政务信息'], k)}</p><p class="jb-no">${pick(['第18期', '（总第236期）'], k)}</p>
<p class="jb-org">${office}${pick(['编', '编印'], k)}　　${cnDay(a.date)}</p>
<h2>${esc(a.title)}</h2>
<div class="jb-time">发布时间：${a.date.slice(0, 10)}</div>
<div class="jb-body">${paras(a.paras)}
<p>${pick(['报：市委办公室，市人大常委会办公室，市政府办公室。', '报：县委、县人大、县政府、县政协领导。'], k)}</p>
<p>${pick(['送：各县（区）发展改革局。', '送：县直各部门，各乡镇人民政府。'], k)}</p>
<p>${pick(['发：委机关各处室。', '（共印60份）'], k)}</p></div></div></body></html>`;
  return { name: `e-workbulletin-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: null, author: null, notInBody: ['报：', '送：', pick(['发：', '共印'], k), '第18期', '总第236期'] }) };
};

/** A health science page: 审核专家 line and a note that science writing does not replace a doctor, then tags. */
export const heldHealthScience: Template = (a, k) => {
  const url = `https://www.example-health${k}.cn/${pick(['kp', 'jkzs'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某健康网', '健康科普平台'], k)}</title></head><body>
<div class="crumb">${pick(['首页 / 健康科普 / 正文', '科普 > 资讯'], k)}</div>
<article><h1>${esc(a.title)}</h1><div class="byline">${pick(['作者：', '文｜'], k)}${a.author ?? '某某'}　${dash(a.date)}</div>
<section class="body">${paras(a.paras)}</section>
<p class="expert">${pick(['审核专家：何某某　某某医院心内科主任医师', '本文审核：某某大学附属医院 主任医师 葛某'], k)}</p>
<p class="note">${pick(['本文为健康科普内容，不能代替医生的诊断和治疗，如有不适请及时就医。', '温馨提示：科普文章仅供参考，具体诊疗请遵医嘱。'], k)}</p>
<div class="tags">${pick(['标签：', '相关标签：'], k)}<a>${pick(['医疗', '健康'], k)}</a></div></article></body></html>`;
  return { name: `e-healthsci-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: null, author: a.author ?? null, notInBody: ['审核', '科普', '标签'] }) };
};

/** A broadcaster's script: `【解说】` and `【同期】` turns are the text; the reporters' credit `（记者 X Y 报道）` after. */
export const heldTvScript: Template = (a, k) => {
  const text = a.paras.map((p, i) => (i % 2 === 0 ? `【解说】${p}` : `【同期】${pick(['某某企业负责人 樊某', '当地居民 谷某某'], k)}：${p}`));
  const station = pick(['某某广播电视台', '某某卫视'], k);
  const url = `https://news.example-tv${k}.cn/${pick(['v', 'video/news'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${station}</title></head><body>
<div class="player"><div>${pick(['视频加载中...', '您的浏览器不支持视频播放'], k)}</div></div>
<div class="news"><h1>${esc(a.title)}</h1><div class="info">${station}　${dash(a.date)}</div>
<div class="script">${paras(text)}
<p>${pick(['（记者 邹某 黎某 某某台报道）', '（某某台记者 邹某　摄像 黎某）'], k)}</p></div>
<div class="share">${pick(['分享到：微信 微博', '转发'], k)}</div></div></body></html>`;
  return { name: `e-tvscript-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: station, author: ['邹某', null], notInBody: ['报道）', '摄像', '加载中', '不支持', '分享'] }) };
};

/** A museum's exhibition news: the text, then an 展览信息 block (展期, 地点, 票价, 预约方式) and a 参观须知 link. */
export const heldExhibition: Template = (a, k) => {
  const museum = pick(['某某省博物馆', '某某市美术馆'], k);
  const url = `https://www.example-museum${k}.org.cn/${pick(['zxdt', 'news'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${museum}</title></head><body>
<div class="menu"><a>${pick(['参观', '展览'], k)}</a><a>${pick(['典藏', '活动'], k)}</a><a>${pick(['资讯', '新闻'], k)}</a></div>
<div class="detail"><h2>${esc(a.title)}</h2><p class="d">${pick(['发布日期：', '日期：'], k)}${a.date.slice(0, 10)}　${pick(['来源：', '来源：'], k)}${museum}</p>
<div class="wz">${paras(a.paras)}
<p><b>${pick(['展览信息', '【展览信息】'], k)}</b></p>
<p>${pick(['展期：2024年10月1日—2025年1月5日', '展览时间：即日起至2025年3月底'], k)}</p>
<p>${pick(['地点：一号楼三层临时展厅', '展览地点：本馆二楼专题展厅'], k)}</p>
<p>${pick(['票价：免费（需提前预约）', '门票：凭身份证免费参观'], k)}</p>
<p>${pick(['预约方式：关注官方微信公众号“某某博物馆”进行预约', '开放时间：9:00-17:00（16:00停止入馆，周一闭馆）'], k)}</p></div>
<p><a>${pick(['参观须知', '交通指南'], k)}</a></p></div></body></html>`;
  return { name: `e-exhibition-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: museum, author: null, notInBody: ['展览信息', '票价', '门票', '预约', '开放时间', '地点：'] }) };
};

export const HELDOUT18_TEMPLATES: Template[] = [heldWire, heldCommentary, heldWorkBulletin, heldHealthScience, heldTvScript, heldExhibition];
