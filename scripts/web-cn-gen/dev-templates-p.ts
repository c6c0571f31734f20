/**
 * Dev templates (tuned on) for #17's ninth round: the kinds held-out 16 and 17 missed (told by kind and field only,
 * their files not opened), each in a make and wording of its own — a 本报讯/某报讯 lead line naming the reporter (and
 * 通讯员/实习生) in brackets; an interview whose 记者：/问： turns are text, under a 人物名片 box; a statement or 编者按 box
 * above the text; photos captioned inside the text (图为…, （摄影 X）, 新华社记者 X 摄); a statistics release with a table
 * and 附注 notes after the text; an official document as HTML with its 文号 line, `— 2 —` page marks and 此件公开发布.
 */
import { cnDay, dash, esc, gold, pageId, pick, ps, type Template } from './common.js';
import type { PoolArticle } from './pool.js';

/** Gold whose first paragraph is printed as given (a lead line may open it). */
const goldText = (a: PoolArticle, text: string[], o: Parameters<typeof gold>[1]) => gold({ ...a, paras: text }, o);

/** A city paper: the text opens with `本报讯（记者 X 通讯员 Y）` or `晨报讯（记者X、实习生Y）`; 编辑/校对 after. */
export const devLeadReporter: Template = (a, k) => {
  const reporter = a.author ?? '沈某某';
  const lead = pick([`本报讯（记者 ${reporter} 通讯员 ${pick(['卢某某', '柏某'], k)}）`, `${pick(['晨报', '江城晚报'], k)}讯（记者${reporter}、实习生${pick(['钟某', '于某某'], k)}）`], k);
  const text = [`${lead}${a.paras[0]}`, ...a.paras.slice(1)];
  const paper = pick(['某某日报', '江城晚报'], k);
  const url = `https://www.example-city${k}.cn/${pick(['html/2024', 'content'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${paper}</title></head><body>
<div class="nav"><a>${paper}</a> &gt; <a>${pick(['本地', '要闻'], k)}</a></div>
<div class="detail"><h1 class="dt-title">${esc(a.title)}</h1>
<div class="dt-info"><span>${dash(a.date)}</span><span>${pick(['来源：', '来源: '], k)}${paper}</span></div>
<div class="dt-body">${ps(text, k === 0)}
<p>${pick(['编辑：', '责编 '], k)}${a.editor}　${pick(['审核：', '校对 '], k)}${pick(['孔某', '申某某'], k)}</p></div></div></body></html>`;
  return { name: `g-leadreporter-${k}`, html, gold: goldText(a, text, { url, withTime: true, source: paper, author: reporter, notInBody: ['编辑', '责编', '审核', '校对'] }) };
};

/** A 专访: a 人物名片 box above the text, then 记者：/问： questions and the guest's answers, all of it text. */
export const devInterviewTurns: Template = (a, k) => {
  const guest = pick(['邵某某', '欧阳某'], k);
  const ask = pick(['问：', '记者：'], k);
  const reply = pick(['答：', `${guest}：`], k);
  // The second page opens on a question, some printed without their question mark.
  const asked = k === 0 ? a.paras.slice(1) : a.paras;
  const turns = asked.flatMap((p, i) => [`${ask}${pick(['您怎么看', '请谈谈', '外界关心'], i + k)}${p.slice(0, 10).replace(/[，。、]/g, '')}的情况${k === 1 && i % 2 === 0 ? '' : '？'}`, `${reply}${p}`]);
  const text = k === 0 ? [a.paras[0], ...turns] : turns;
  const card = pick(
    [['人物名片', `${guest}，1972年生，高级工程师，现任某某集团副总经理，长期从事产业规划与技术管理工作。`], ['【嘉宾简介】', `${guest}　某某研究院院长、研究员，主持多项国家重点研发计划课题。`]],
    k,
  );
  const url = `https://www.example-talk${k}.com/${pick(['zf', 'interview'], k)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某网', '某某财经'], k)}</title></head><body>
<div class="column">${pick(['高端访谈', '专访'], k)}</div>
<article><h1>${esc(a.title)}</h1><div class="from">${a.source}　${dash(a.date)}　${pick(['记者 ', '文/'], k)}${a.author ?? '某某'}</div>
<div class="card"><p><b>${card[0]}</b></p><p>${esc(card[1])}</p></div>
<div class="content">${ps(text)}</div>
<p class="note">${pick(['（本文为某某网独家专访，转载请注明出处）', '本文系独家稿件，未经授权不得转载。'], k)}</p></article></body></html>`;
  return {
    name: `g-interview-${k}`,
    html,
    gold: goldText(a, text, { url, withTime: true, source: a.source, author: a.author ?? null, notInBody: [card[0], card[1].slice(0, 14), '独家', '转载'] }),
  };
};

/** A platform's or column's box above the text: a 声明 the site prints first, or an 编者按 introducing the piece. */
export const devBoxAbove: Template = (a, k) => {
  const box = pick(
    ['声明：本文内容来源于合作媒体，仅供参考，不构成投资建议，不代表本平台立场。', '编者按　新一轮产业政策落地之际，本栏目推出系列报道，记录一线企业的探索与变化。'],
    k,
  );
  const url = `https://www.example-plat${k}.com/${pick(['a', 'news/detail'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="art-head"><h1>${esc(a.title)}</h1><div class="src">${pick(['来源：', '转自：'], k)}${a.source}　${dash(a.date)}</div></div>
<div class="art-box"><div class="${pick(['statement', 'editor-note'], k)}">${esc(box)}</div>
<div class="art-text">${ps(a.paras)}</div></div>
<div class="tools">${pick(['点赞 12', '收藏'], k)}　${pick(['分享', '转发'], k)}</div></body></html>`;
  return { name: `g-boxabove-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: [box.slice(0, 10), '点赞', '收藏'] }) };
};

/** A news agency's page: photos captioned between paragraphs (`图为…。新华社记者 X 摄`, `（摄影 X）`, `图片来源：X`). */
export const devCaptionsInside: Template = (a, k) => {
  const caps = pick(
    [['图为近日，工人在某某产业园生产线上作业。新华社记者 贺某某 摄', '图为展会现场。（摄影 詹某）'], ['▲ 某某港区集装箱码头一角（摄影：管某某）', '资料图片：某某基地的研发人员在调试设备。　图片来源：视觉中国']],
    k,
  );
  const mid = Math.max(1, Math.floor(a.paras.length / 2));
  const body = `${ps(a.paras.slice(0, 1))}
<p style="text-align:center"><img src="/p/${pageId(a, k)}-1.jpg"></p><p style="text-align:center">${esc(caps[0])}</p>
${ps(a.paras.slice(1, mid + 1))}
<div class="pic"><img src="/p/${pageId(a, k)}-2.jpg"><span>${esc(caps[1])}</span></div>
${ps(a.paras.slice(mid + 1))}`;
  const url = `https://www.example-agency${k}.cn/${pick(['politics', 'fortune'], k)}/${a.date.slice(0, 10)}/c_${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某社', '某某网'], k)}</title></head><body>
<div class="header"><h1>${esc(a.title)}</h1><div class="info"><span>${dash(a.date)}</span>　<span>来源：${a.source}</span></div></div>
<div id="detail">${body}</div>
<div class="editor">${pick([`【纠错】　[责任编辑: ${a.editor}]`, `责任编辑：${a.editor}`], k)}</div></body></html>`;
  return { name: `g-capinside-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: [caps[0].slice(0, 8), caps[1].slice(0, 8), '摄', '纠错', '责任编辑'] }) };
};

/** A statistics bureau's release: a table after the text, then 附注 notes; neither is body (see the README). */
export const devStatsRelease: Template = (a, k) => {
  const bureau = pick(['某某市统计局', '某某省统计局'], k);
  const notes = pick(
    [['附注', '1. 本公报中数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。', '2. 增速按可比价格计算。'], ['附注：', '（1）规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', '（2）表中部分指标的上年同期数据经核实作了调整。']],
    k,
  );
  const table = `<table class="tj"><tr><td>${pick(['指标', '项目'], k)}</td><td>${pick(['绝对数', '本月'], k)}</td><td>${pick(['比上年增长（%）', '同比（%）'], k)}</td></tr><tr><td>${pick(['地区生产总值（亿元）', '工业增加值'], k)}</td><td>${pick(['3215.6', '—'], k)}</td><td>${pick(['5.3', '6.1'], k)}</td></tr><tr><td>${pick(['社会消费品零售总额（亿元）', '固定资产投资'], k)}</td><td>${pick(['1187.2', '—'], k)}</td><td>${pick(['4.8', '3.9'], k)}</td></tr></table>`;
  const url = `https://tjj.example${k}.gov.cn/${pick(['tjsj/tjfb', 'sjfb/tjgb'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${bureau}</title></head><body>
<div class="top">${bureau}</div><div class="loc">当前位置：<a>首页</a> &gt; <a>统计数据</a> &gt; <a>${pick(['统计发布', '数据解读'], k)}</a></div>
<div class="xl"><h2>${esc(a.title)}</h2><div class="ly">${pick(['发布时间：', '时间：'], k)}${cnDay(a.date)}　${pick(['来源：', '信息来源：'], k)}${bureau}</div>
<div class="TRS_Editor">${ps(a.paras, true)}
<p style="text-align:center">${pick(['表1　主要经济指标', '主要指标完成情况'], k)}</p>${table}
${notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}</div>
<div class="fn">【${pick(['打印本页', '打印'], k)}】【${pick(['关闭窗口', '关闭'], k)}】</div></div></body></html>`;
  return { name: `g-statsrelease-${k}`, html, gold: gold(a, { url, withTime: false, source: bureau, author: null, notInBody: [notes[1].slice(0, 12), '附注', '打印', '关闭'] }) };
};

/** An official document as HTML: 文号 line above the text, `— 2 —` page marks inside it, signature, date and 此件公开发布 after. */
export const devOfficialDoc: Template = (a, k) => {
  const office = pick(['某某市人民政府办公室', '某某省工业和信息化厅'], k);
  const docNo = pick(['某政办发〔2024〕18号', '某工信发〔2024〕7号'], k);
  const mark = pick(['— 2 —', '－3－'], k);
  const mid = Math.max(1, Math.floor(a.paras.length / 2));
  const url = `https://www.example-gov${k}.gov.cn/${pick(['zwgk/wjk', 'xxgk/zcwj'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="banner">${office}</div>
<div class="wj"><h1>${esc(a.title)}</h1><div class="wj-info">${pick(['发布日期：', '成文日期：'], k)}${a.date.slice(0, 10)}　${pick(['来源：', '发布机构：'], k)}${office}</div>
<div class="wj-body"><p style="text-align:center">${docNo}</p>
${ps(a.paras.slice(0, mid), true)}
<p style="text-align:center">${mark}</p>
${ps(a.paras.slice(mid), true)}
<p style="text-align:right">${office}</p><p style="text-align:right">${cnDay(a.date)}</p>
<p>${pick(['（此件公开发布）', '（此件主动公开）'], k)}</p></div></div></body></html>`;
  // The signature and date close the text, as in every part's gold (testdata/web-cn/README.md).
  return { name: `g-officialdoc-${k}`, html, gold: goldText(a, [...a.paras, office, cnDay(a.date)], { url, withTime: false, source: office, author: null, notInBody: [docNo, mark, '此件'] }) };
};

export const DEV_TEMPLATES_P: Template[] = [devLeadReporter, devInterviewTurns, devBoxAbove, devCaptionsInside, devStatsRelease, devOfficialDoc];
