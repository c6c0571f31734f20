/**
 * Dev templates (tuned on) for #17's tenth round: the kinds held-out 19 missed (told by kind and field only), each in
 * a make and wording of its own, in full page chrome (channel bars, dated lists, comment boxes, 备案 footers) — a long
 * feature opened by a captioned photo, with sub-heads, a pull quote and a 原载/首发 note after the text; an interview
 * whose guest's bio box stands after the turns; a profile with a 档案/简历 box above or after the text; a column
 * opened by a marked byline line (`□ X`, `◇ 文/X`); a 评论员文章 whose meta author is the paper; and, for the mechanisms
 * behind held-out 18's misses (told by kind and field only), an event's news closed by a labelled block of particulars
 * and an office's bulletin closed by 抄送/报/发 and 印发 lines; and, for held-out 16's 专访 misses (by kind), an interview
 * under a person's box of several short lines or one bracketed line; a news app's page whose later paragraphs are
 * folded away under 展开全文/阅读全文; a column's bio glued to its last paragraph and a 本报评论员 signature beside the date;
 * pagers in other brackets and photos captioned under them without a credit; and, for held-out 14's and 16's kinds
 * (bilingual abstract, statement above the text), an abstract glossing a term in Han and a statement without a label;
 * a profile whose 档案 box of short lines opens the text's box (the short-line filters leave one line of it).
 */
import { cnDay, dash, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

/** Gold with the text's lines as the page prints them. */
function goldText(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return {
    url: o.url,
    title: a.title,
    date: o.date,
    source: o.source,
    author: o.author,
    body_first: text[0].replace(/\s/g, '').slice(0, 12),
    body_last: text[text.length - 1].replace(/\s/g, '').slice(-12),
    not_in_body: o.notInBody,
  };
}

const MENU = ['首页', '时政', '社会', '经济', '金融', '产业', '科创', '能源', '交通', '农业', 'environment', '法治', '文旅', '教育', '卫健', '体育', '视听', '数读', '理论', '评论', '专题', '图库', '县区', '服务'];

const menu = (cls: string): string => `<nav class="${cls}">${MENU.map((m, i) => `<a href="/c${i}/">${m}</a>`).join(' ')}</nav>`;

const OTHERS = ['全省重点项目集中开工', '二季度消费市场稳中有升', '一批惠企政策密集出台', '数字乡村建设取得新进展', '港口航运保持平稳运行', '高校毕业生就业促进行动启动', '冬春农田水利建设全面铺开'];

/** A list of other stories with their own dates, under a label. */
const storyList = (cls: string, label: string, k: number): string =>
  `<section class="${cls}"><h4>${label}</h4>${OTHERS.slice(k, k + 5).map((t, i) => `<div class="it"><a href="/a/${3000 + i}.html">${t}</a> <em>2023-0${i + 3}-1${k}</em></div>`).join('')}</section>`;

const bottom = (name: string, k: number): string => `<footer class="${pick(['ft', 'page-foot'], k)}"><p><a>本站简介</a>｜<a>联系我们</a>｜<a>投稿邮箱</a>｜<a>版权声明</a></p>
<p>${name}　${pick(['版权所有', '保留所有权利'], k)}　${pick(['浙ICP备05012345号', '鄂ICP备13004567号-1'], k)}　${pick(['浙公网安备33010602001234号', '鄂公网安备42010602000123号'], k)}</p></footer>`;

const head = (title: string, extra = ''): string => `<head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width"><script>var siteConf={cid:12,tj:true};</script>${extra}
<script src="/js/common.js"></script></head>`;

/** A long feature: a photo with its caption opens the text's box; sub-heads and a pull quote inside; a 原载/首发 note after. */
export const devLongFeature: Template = (a, k) => {
  const site = pick(['南方纵深', '大江周刊网'], k);
  const writer = a.author ?? '景某某';
  const firstCap = pick(['▲ 清晨，作业人员在现场检修设备。（摄影：范某）', '图／视觉中国'], k);
  const midCap = pick(['图为一处示范点的运行情况。资料图片', '△ 工人在生产线上作业。 通讯员 牛某 摄'], k);
  const heads = pick([['一、转机', '二、难处', '三、前路'], ['▍起步', '▍加速', '▍破题']], k);
  const note = pick(['（原载于《大江周刊》2024年第21期，有删节）', '本文首发于《南方纵深》杂志，原题《一场看不见的变革》。'], k);
  const last = a.paras[a.paras.length - 1];
  const mids = a.paras.slice(1, -1);
  const html = `<!DOCTYPE html><html>${head(`${a.title}｜${site}`, `<meta name="description" content="${esc(a.paras[0].slice(0, 40))}">`)}
<body><div class="top">${menu(pick(['navbar', 'lm-nav'], k))}</div>
<main class="${pick(['story', 'shendu-main'], k)}"><div class="kicker">${pick(['特别报道', '深度｜调查'], k)}</div><h1>${esc(a.title)}</h1>
<div class="by">${pick([`撰文：${writer}　摄影：范某`, `本刊记者 ${writer}`], k)}　${dash(a.date)}　${pick(['来源：', '稿源：'], k)}${a.source}</div>
<div class="${pick(['story-body', 'nr-box'], k)}">
<div class="pic"><img src="/p/${pageId(a, k)}.jpg"><p class="${pick(['caption', 'tu-zhu'], k)}">${firstCap}</p></div>
<p>${esc(a.paras[0])}</p>
<p><strong>${heads[0]}</strong></p>
${mids.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<div class="${pick(['pullquote', 'jinju'], k)}">“${esc(p.split('，')[0])}”</div>\n<p class="pic"><img src="/p/${pageId(a, k)}-2.jpg"></p><p class="${pick(['caption', 'tu-zhu'], k)}">${midCap}</p>\n<p><strong>${heads[1]}</strong></p>` : ''}`).join('\n')}
<p><strong>${heads[2]}</strong></p>
<p>${esc(last)}</p>
<p>${note}</p>
</div><div class="tools"><a>收藏</a> <a>打印</a> <a>分享</a></div>${storyList('xg', pick(['相关报道', '延伸阅读'], k), k)}</main>
<aside>${storyList('hot', pick(['本周热读', '点击排行'], k), k + 1)}</aside>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['nfzs', 'djzk'], k)}.cn/${pick(['sd', 'zt/feature'], k)}/${pageId(a, k)}.html`;
  return { name: `g-longfeature-${k}`, html, gold: goldText(a, [a.paras[0], last], { url, date: a.date, source: a.source, author: writer, notInBody: [pick(['摄影：范某）', '视觉中国'], k), pick(['资料图片', '通讯员 牛某 摄'], k), pick(['原载于', '首发于'], k), '相关报道', '延伸阅读', '版权所有', '保留所有权利'] }) };
};

/** An interview whose turns come first and the guest's bio (受访者简介/嘉宾介绍) after them, inside the text's box. */
export const devInterviewBioAfter: Template = (a, k) => {
  const site = pick(['东岸新闻', '产经观察网'], k);
  const guest = pick(['卓一凡', '司徒静'], k);
  const asks = ['当前行业处在什么阶段？', '这一轮变化的关键在哪里？', '企业普遍面临哪些压力？', '政策层面还可以做些什么？', '未来三年怎么看？'];
  const text = a.paras.flatMap((p, i) => (k === 0 ? [`记者：${asks[i % asks.length]}`, `${guest}：${p}`] : [`Q：${asks[i % asks.length]}`, `A：${p}`]));
  const bio = pick([['受访者简介', `${guest}，某某大学产业研究中心主任、教授，兼任多家机构顾问。`], ['【嘉宾介绍】', `${guest}　某某咨询公司合伙人，曾在多家研究机构任职。`]], k);
  const html = `<!DOCTYPE html><html>${head(`${a.title} - ${site}`)}
<body>${menu('menu')}<div class="${pick(['wrap', 'w1100'], k)}"><div class="pos">首页 &gt; ${pick(['对话', '访谈录'], k)} &gt; 正文</div>
<div class="${pick(['art', 'wz'], k)}"><h1>${esc(a.title)}</h1><p class="${pick(['ainfo', 'wz-xx'], k)}">${pick([`${cnDay(a.date)} ${a.date.slice(11)}　来源：${a.source}　记者：${a.author ?? '屈某'}`, `来源：${a.source}　发布时间：${dash(a.date)}　文/${a.author ?? '屈某'}`], k)}</p>
<div class="${pick(['intro', 'zhaiyao'], k)}">${pick(['【导读】', '摘要：'], k)}${esc(a.paras[0].slice(0, 30))}……</div>
<div class="${pick(['atext', 'wz-zw'], k)}">
${text.map((t, i) => (i % 2 === 0 ? `<p><strong>${esc(t)}</strong></p>` : `<p>${esc(t)}</p>`)).join('\n')}
<p><strong>${bio[0]}</strong></p><p>${esc(bio[1])}</p>
</div><p class="ed">${pick(['责任编辑：', '编辑：'], k)}${a.editor}</p></div>${storyList('more', pick(['更多访谈', '往期对话'], k), k + 2)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['dongan', 'cjgc'], k)}.com/${pick(['duihua', 'ft'], k)}/${pageId(a, k)}.html`;
  return { name: `g-interviewbio-${k}`, html, gold: goldText(a, text, { url, date: a.date, source: a.source, author: a.author ?? '屈某', notInBody: [bio[0].replace(/[【】]/g, ''), pick(['导读', '摘要'], k), pick(['责任编辑', '编辑：'], k), '版权所有', '保留所有权利'] }) };
};

/** A profile: a 档案/简历 box of label-value lines above the text inside its box (or a table after it); a portrait captioned. */
export const devProfileBox: Template = (a, k) => {
  const site = pick(['西城融媒', '湘江在线'], k);
  const who = pick(['庞志远', '尹秋华'], k);
  const box = k === 0
    ? `<div class="${pick(['card', 'jianli'], k)}"><p><b>【个人简历】</b></p><p>姓　　名：${who}</p><p>出生年月：1978年11月</p><p>工作单位：某某市第一人民医院</p><p>主要荣誉：省优秀共产党员</p></div>`
    : `<table class="xdangan"><tr><th colspan="2">${who}小档案</th></tr><tr><td>籍贯</td><td>四川南充</td></tr><tr><td>职业</td><td>高速公路养护班长</td></tr><tr><td>从业</td><td>19年</td></tr></table>`;
  const html = `<!DOCTYPE html><html>${head(`${a.title}_${site}`)}
<body>${menu('nav')}<div class="${pick(['main', 'cont'], k)}"><div class="lm">${pick(['身边榜样', '人物'], k)}</div><h1>${esc(a.title)}</h1>
<div class="${pick(['msg', 'xinxi'], k)}">${pick([`发布时间：${dash(a.date)}　信息来源：${a.source}　作者：${a.author ?? '欧某'}`, `${a.source}　${dash(a.date)}　记者 ${a.author ?? '欧某'}`], k)}</div>
<div class="${pick(['TRS_Editor', 'detail-body'], k)}">${k === 0 ? box : ''}
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<p align="center"><img src="/u/${pageId(a, k)}.jpg"></p><p align="center">${who}${pick(['（右）在病房查房。', '在路面巡查。'], k)}${pick(['　欧某 摄', '　图片由受访者提供'], k)}</p>` : ''}`).join('\n')}
${k === 1 ? box : ''}</div>
<div class="bj">${pick(['【责任编辑：', '[编辑：'], k)}${a.editor}${pick(['】', ']'], k)}</div>${storyList('xgwz', '相关文章', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['xcrm', 'xjzx'], k)}.cn/${pick(['rw', 'people'], k)}/${pageId(a, k)}.html`;
  return { name: `g-profilebox-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: a.source, author: a.author ?? '欧某', notInBody: [pick(['个人简历', '小档案'], k), pick(['出生年月', '籍贯'], k), pick(['欧某 摄', '受访者提供'], k), '相关文章', '版权所有', '保留所有权利'] }) };
};

/** A column: a marked byline line (`□ X`, `◇ 文/X`) opens the text; the writer's unit `（作者单位：…）` or `（作者为…）` closes it. */
export const devMarkedByline: Template = (a, k) => {
  const site = pick(['晨光评论网', '三江时评'], k);
  const writer = pick(['宁致远', '孙若愚'], k);
  const html = `<!DOCTYPE html><html>${head(`${a.title}-${site}`)}
<body>${menu('pl-nav')}<div class="${pick(['pl-main', 'sp-wrap'], k)}"><div class="${pick(['pl-col', 'zhuanlan'], k)}">${pick(['晨光时评', '三江专栏'], k)}</div><h1>${esc(a.title)}</h1>
<div class="${pick(['pl-info', 'sp-meta'], k)}">${pick([`${dash(a.date)}　${a.source}`, `时间：${cnDay(a.date)} ${a.date.slice(11)}　来源：${a.source}`], k)}</div>
<div class="${pick(['pl-text', 'sp-body'], k)}"><p>${pick(['□ ', '◇ 文/'], k)}${writer}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['（作者单位：某某社会科学院）', '（作者为某某大学法学院副教授）'], k)}</p></div>
<div class="pl-edit">${pick(['编辑 ', '责任编辑：'], k)}${a.editor}</div>${storyList('pl-more', pick(['更多评论', '时评推荐'], k), k + 1)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['cgpl', 'sjsp'], k)}.cn/${pick(['pinglun', 'sp'], k)}/${pageId(a, k)}.html`;
  return { name: `g-markedbyline-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: a.source, author: writer, notInBody: [pick(['□', '◇'], k), pick(['作者单位', '作者为'], k), '编辑', '更多评论', '时评推荐', '版权所有', '保留所有权利'] }) };
};

/** A 评论员文章: `本报评论员`/`特约评论员` under the headline, the meta author the paper, the paper and page below the text. */
export const devCommentatorArticle: Template = (a, k) => {
  const paper = pick(['江淮日报', '北疆日报'], k);
  const site = pick(['江淮网', '北疆在线'], k);
  const byline = pick(['本报评论员', `${paper}特约评论员`], k);
  const html = `<!DOCTYPE html><html>${head(`${a.title}_${site}`, `<meta name="author" content="${paper}"><meta name="pubdate" content="${dash(a.date)}">`)}
<body>${menu('daohang')}<div class="${pick(['article', 'pl-page'], k)}"><div class="lj">${site} &gt; 评论</div><h1>${esc(a.title)}</h1>
<div class="${pick(['writer', 'pl-zz'], k)}">${byline}</div><div class="${pick(['info', 'time'], k)}">${pick([`${dash(a.date)}　来源：${paper}`, `${cnDay(a.date)} ${a.date.slice(11)}　来源：${paper}客户端`], k)}</div>
<div class="${pick(['content', 'pl-zw'], k)}">${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<p>${pick([`（《${paper}》${cnDay(a.date)} 第1版）`, `来源：${paper}　${cnDay(a.date)} 02版`], k)}</p></div>
<div class="ed">${pick([`（责编：${a.editor}）`, `编辑：${a.editor}`], k)}</div>${storyList('xgpl', pick(['相关评论', '评论员文章'], k), k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://${pick(['pl', 'opinion'], k)}.example-${pick(['jianghuai', 'beijiang'], k)}.com/${pageId(a, k)}.html`;
  return { name: `g-commentator-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: pick([paper, `${paper}客户端`], k), author: [byline, `${paper}评论员`, null], notInBody: [byline, pick(['第1版', '02版'], k), pick(['责编', '编辑：'], k), '版权所有', '保留所有权利'] }) };
};

/** An event's news: the text, then a labelled block of its particulars (时间/地点/报名方式/咨询电话), then 附件 and share links. */
export const devEventParticulars: Template = (a, k) => {
  const org = pick(['某某市图书馆', '某某省科学技术协会'], k);
  const block = pick(
    [['【活动信息】', '活动时间：2024年11月16日（周六）14:30-16:30', '活动地点：市图书馆三楼报告厅', '报名方式：关注“某某图书馆”公众号在线报名', '咨询电话：0571-88001234'],
     ['会议须知', '会议时间：12月3日9:00', '会议地点：省科技馆二号会议室', '参会对象：各市科协分管负责人']],
    k,
  );
  const html = `<!DOCTYPE html><html>${head(`${a.title}-${org}`)}
<body>${menu('topmenu')}<div class="${pick(['newsview', 'dtxq'], k)}"><div class="dqwz">${org} &gt; ${pick(['活动预告', '工作动态'], k)}</div><h2>${esc(a.title)}</h2>
<div class="${pick(['fbsj', 'rq'], k)}">${pick(['发布日期：', '时间：'], k)}${a.date.slice(0, 10)}　${pick(['来源：', '发布单位：'], k)}${org}</div>
<div class="${pick(['view-con', 'dt-nr'], k)}">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><strong>${block[0]}</strong></p>${block.slice(1).map((l) => `<p>${l}</p>`).join('')}</div>
<div class="fx">${pick(['分享：', '【打印】【关闭】'], k)}</div></div>${bottom(org, k)}</body></html>`;
  const url = `http://www.example-${pick(['lib', 'kx'], k)}.org.cn/${pick(['hdyg', 'gzdt'], k)}/${pageId(a, k)}.html`;
  return { name: `g-eventinfo-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date.slice(0, 10), source: org, author: null, notInBody: [block[0].replace(/[【】]/g, ''), pick(['报名方式', '参会对象'], k), pick(['咨询电话', '会议地点'], k), '版权所有', '保留所有权利'] }) };
};

/**
 * An office's information bulletin: 期号 and 编发 lines above the headline, 抄送/报/发 lines and a 印发 line after the text.
 * The office the 印发 line names issues the text (its source, as a document's signature names it); a masthead's 编发/主办
 * office alone is none.
 */
export const devDistributionLines: Template = (a, k) => {
  const office = pick(['某某区人民政府办公室', '某某市商务局'], k);
  const html = `<html>${head(a.title)}
<body><div class="${pick(['xxzb', 'gzdt-detail'], k)}"><p>${pick(['政务信息专报', '商务工作动态'], k)}</p><p>${pick(['第7期', '2024年第42期（总第311期）'], k)}</p><p>${office}${pick(['编发', '主办'], k)}　${cnDay(a.date)}</p>
<h3>${esc(a.title)}</h3><div class="rq">日期：${a.date.slice(0, 10)}</div>
<div class="${pick(['zbnr', 'gz-body'], k)}">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['抄送：区委办公室，区人大常委会办公室，区政协办公室。', '报：省商务厅，市委、市政府领导。'], k)}</p>
<p>${pick(['发：各街道办事处，区直各部门。', '抄送：各区（县）商务主管部门。'], k)}</p>
<p>${pick([`${office}　　　　${cnDay(a.date)}印发`, '（共印40份）'], k)}</p></div></div></body></html>`;
  const url = `http://www.example-${pick(['qzf', 'swj'], k)}.gov.cn/${pick(['xxzb', 'gzdt'], k)}/${pageId(a, k)}.html`;
  return { name: `g-distribution-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date.slice(0, 10), source: k === 0 ? office : null, author: null, notInBody: ['抄送', pick(['印发', '共印'], k), pick(['第7期', '总第311期'], k)] }) };
};

/** An interview under a person's box of several short lines (label, name, post, bio) or one bracketed line, then the turns. */
export const devInterviewCard: Template = (a, k) => {
  const site = pick(['华东产经', '西南商报网'], k);
  const guest = pick(['岳明川', '霍思琪'], k);
  const card = k === 0
    ? `<div class="mp"><h4>人物名片</h4><p>${guest}</p><p>某某新材料公司董事长</p><p>1971年生，高级工程师，省人大代表。</p></div>`
    : `<div class="jbjs"><p>【嘉宾简介】${guest}，某某研究院院长、研究员，长期从事能源政策研究。</p></div>`;
  const asks = ['公司今年的经营情况怎么样？', '最大的挑战来自哪里？', '下一步的重点是什么？', '对同行有什么建议？', '最后想说些什么？'];
  const text = a.paras.flatMap((p, i) => (k === 0 ? [`问：${asks[i % asks.length]}`, `答：${p}`] : [`记者：${asks[i % asks.length]}`, `${guest}：${p}`]));
  const html = `<!DOCTYPE html><html>${head(`${a.title}_${site}`)}
<body>${menu('nav-top')}<div class="${pick(['detail', 'news-main'], k)}"><h1>${esc(a.title)}</h1>
<div class="${pick(['source', 'msg'], k)}">${dash(a.date)}　来源：${site}　${pick(['记者 ', '文/'], k)}${a.author ?? '甘某'}</div>
<div class="${pick(['detail-txt', 'news-txt'], k)}">${card}
${text.map((t) => `<p>${esc(t)}</p>`).join('\n')}
<p>${pick(['（本文为华东产经独家专访，未经授权不得转载）', '（采访整理：甘某）'], k)}</p></div>${storyList('rel', '相关阅读', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['hdcj', 'xnsb'], k)}.com/${pick(['fangtan', 'interview'], k)}/${pageId(a, k)}.html`;
  return { name: `g-interviewcard-${k}`, html, gold: goldText(a, text, { url, date: a.date, source: site, author: a.author ?? '甘某', notInBody: [pick(['人物名片', '嘉宾简介'], k), pick(['1971年生', '长期从事能源政策研究'], k), pick(['独家专访', '采访整理'], k), '相关阅读', '版权所有', '保留所有权利'] }) };
};

/** A news app's share page: the later paragraphs folded away (`display:none`) under a 展开全文/阅读全文 control, app bars between. */
export const devFoldedMobile: Template = (a, k) => {
  const app = pick(['掌上江城', '云端新闻'], k);
  const shown = a.paras.slice(0, 2);
  const rest = a.paras.slice(2);
  const html = `<!DOCTYPE html><html>${head(`${a.title}-${app}`, '<meta name="viewport" content="width=device-width,initial-scale=1">')}
<body><div class="${pick(['app-head', 'openbar'], k)}">${app}<a>${pick(['打开', '立即打开'], k)}</a></div>
<div class="${pick(['detail-wrap', 'art'], k)}"><h1>${esc(a.title)}</h1><p class="${pick(['meta', 'info'], k)}">${a.source}　${dash(a.date)}</p>
<div class="${pick(['detail-text', 'art-txt'], k)}">${shown.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="tip"><a>${pick([`打开${app}，阅读体验更好`, `下载${app}APP，看更多本地新闻`], k)}</a></p>
<section class="${pick(['rest', 'more-txt'], k)}" style="display: none;">${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}</section>
${k === 0 ? '</div><div class="unfold-bar"><span>展开全文</span></div>' : '<div class="readall"><a>阅读全文</a></div></div>'}
${storyList('tj', pick(['推荐阅读', '猜你喜欢'], k), k)}</div>${bottom(app, k)}</body></html>`;
  const url = `https://m.example-${pick(['zsjc', 'yunduan'], k)}.cn/${pick(['share/article', 'h5/detail'], k)}/${pageId(a, k)}`;
  return { name: `g-foldedmobile-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: [pick(['阅读体验更好', '看更多本地新闻'], k), pick(['展开全文', '阅读全文'], k), '推荐阅读', '猜你喜欢', '版权所有', '保留所有权利'] }) };
};

/** A column whose `（作者系…）` is glued to the last paragraph; and a commentary signed `本报评论员` beside its date, no other date. */
export const devSignedOpinion: Template = (a, k) => {
  const site = pick(['江南时评网', '北方日报网'], k);
  const writer = pick(['祁望舒', null], k);
  const last = `${a.paras[a.paras.length - 1]}${k === 0 ? '（作者系某某师范大学马克思主义学院副教授）' : ''}`;
  const html = `<!DOCTYPE html><html>${head(`${a.title}_${site}`)}
<body>${menu('menu-bar')}<div class="${pick(['wrap-opinion', 'plwz'], k)}"><h1>${esc(a.title)}</h1>
${k === 0 ? `<div class="meta">${dash(a.date)}　来源：${a.source}</div>` : `<p class="sign">本报评论员　${cnDay(a.date)}</p>`}
<div class="${pick(['op-body', 'plwz-zw'], k)}">${k === 0 ? `<p>文｜${writer}</p>` : ''}
${[...a.paras.slice(0, -1), last].map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="zb">${pick(['责任编辑：', '编辑：'], k)}${a.editor}</div>${storyList('more-op', '更多评论', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['jnsp', 'bfrb'], k)}.com/${pick(['opinion', 'pl'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  return { name: `g-signedopinion-${k}`, html, gold: goldText(a, a.paras, { url, date: k === 0 ? a.date : a.date.slice(0, 10), source: k === 0 ? a.source : null, author: writer ?? [null, '本报评论员'], notInBody: [pick(['作者系', '本报评论员'], k), '文｜', '更多评论', '版权所有', '保留所有权利'] }) };
};

/** A paginated page in other pager forms (`[1] [2] [3] [下一页]`, `共3页：上一页 1 2 3 下一页`), photos captioned without a credit. */
export const devPagedCaptions: Template = (a, k) => {
  const site = pick(['东海在线', '中部经济网'], k);
  const shown = a.paras.slice(0, 3);
  const cap = pick(['2024年春，工作人员在园区调试新设备', '市民在服务大厅办理相关业务'], k);
  const photo = `<p style="text-align: center"><img src="/up/${pageId(a, k)}.jpg" border="0"></p><p style="text-align: center">${cap}</p>`;
  const pager = pick(['<p>[1] <a>[2]</a> <a>[3]</a> <a>[下一页]</a></p>', '<div class="fy">共3页：<a>上一页</a> <b>1</b> <a>2</a> <a>3</a> <a>下一页</a></div>'], k);
  const html = `<!DOCTYPE html><html>${head(`${a.title}${pick(['_东海在线', '-中部经济网'], k)}`)}
<body>${menu('mainnav')}<div class="${pick(['con-wrap', 'nr'], k)}"><h1>${esc(a.title)}</h1><div class="${pick(['src', 'ly'], k)}">${dash(a.date)}　来源：${a.source}</div>
<div class="${pick(['con-txt', 'nr-txt'], k)}">${k === 0 ? photo : ''}${shown.map((p, i) => `<p>${esc(p)}</p>${k === 1 && i === 0 ? photo : ''}`).join('\n')}
${pager}</div>${storyList('xgbd', '相关报道', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `http://www.example-${pick(['dhzx', 'zbjj'], k)}.com/${pick(['news', 'jj'], k)}/${pageId(a, k)}.html`;
  return { name: `g-pagedcaptions-${k}`, html, gold: goldText(a, shown, { url, date: a.date, source: a.source, author: null, notInBody: [cap, '下一页', '相关报道', '版权所有', '保留所有权利'] }) };
};

/** Above the text: an English headline, an abstract glossing a term in Han and a Keywords line; or a statement without a label. */
export const devAboveText: Template = (a, k) => {
  const site = pick(['某某科技评论', '某某号'], k);
  const above = k === 0
    ? `<p><b>Industry Watch: What the Latest Figures Tell Us</b></p><p>Abstract: This article reviews the latest figures on the sector (行业) and what they mean for firms, local governments and investors over the coming year.</p><p>Keywords: industry; policy; investment</p>`
    : '<div class="notice-top"><p>本文为作者授权本平台发布，不代表本平台观点。如需转载请联系原作者。</p></div>';
  const html = `<!DOCTYPE html><html>${head(`${a.title}-${site}`)}
<body>${menu('hd-nav')}<div class="${pick(['paper', 'post-wrap'], k)}"><h1>${esc(a.title)}</h1><div class="${pick(['paper-info', 'post-meta'], k)}">${dash(a.date)}　来源：${a.source}</div>
<div class="${pick(['paper-body', 'post-body'], k)}">${above}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>${storyList('xg', '相关文章', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['kjpl', 'mh'], k)}.cn/${pick(['paper', 'p'], k)}/${pageId(a, k)}.html`;
  return { name: `g-abovetext-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: [pick(['Abstract', '授权本平台发布'], k), pick(['Keywords', '不代表本平台观点'], k), '相关文章', '版权所有', '保留所有权利'] }) };
};

/** A profile whose 档案 box of short lines stands first in the text's box under a heading, the short-line filters eating half of it. */
export const devProfileDossier: Template = (a, k) => {
  const site = pick(['荆楚人物网', '岭南风采'], k);
  const who = pick(['卓长青', '麦嘉欣'], k);
  const box = k === 0
    ? `<div class="xdangan"><h4>人物小档案</h4><p>姓名：${who}</p><p>籍贯：湖北荆州</p><p>单位：某某机械厂</p><p>获奖：省劳动模范、省五一劳动奖章</p></div>`
    : `<dl class="ryjl"><dt>档案</dt><dd>性别：女</dd><dd>出生：1990年，广东佛山人</dd><dd>荣誉：全国巾帼建功标兵</dd></dl>`;
  const html = `<!DOCTYPE html><html>${head(`${a.title}_${site}`)}
<body>${menu('rw-nav')}<div class="${pick(['rwzl', 'fengcai'], k)}"><h1>${esc(a.title)}</h1><div class="${pick(['rwzl-info', 'fc-meta'], k)}">${dash(a.date)}　来源：${a.source}　记者 ${a.author ?? '戚某'}</div>
<div class="${pick(['rwzl-text', 'fc-body'], k)}">${box}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>${storyList('rw-more', '人物推荐', k)}</div>${bottom(site, k)}</body></html>`;
  const url = `https://www.example-${pick(['jcrw', 'lnfc'], k)}.cn/${pick(['rw', 'fc'], k)}/${pageId(a, k)}.html`;
  return { name: `g-profiledossier-${k}`, html, gold: goldText(a, a.paras, { url, date: a.date, source: a.source, author: a.author ?? '戚某', notInBody: [pick(['小档案', '性别'], k), pick(['籍贯', '出生：'], k), pick(['获奖', '荣誉'], k), '人物推荐', '版权所有', '保留所有权利'] }) };
};

export const DEV_TEMPLATES_R: Template[] = [devProfileDossier, devAboveText, devPagedCaptions, devFoldedMobile, devSignedOpinion, devInterviewCard, devLongFeature, devInterviewBioAfter, devProfileBox, devMarkedByline, devCommentatorArticle, devEventParticulars, devDistributionLines];
