/**
 * The sixteenth held-out part (never tuned on), written for #17's eighth round after its tuning and committed before
 * its one scoring: seven kinds no part had, on held-out 8's articles from the seventh on — a metro paper's page whose
 * text opens with `某报讯（记者X）` and ends with credits printed without colons, a Q&A site's answer page (question as
 * headline, answerer's card, `发布于`/`编辑于`, action bar, more answers after), a 专访 with a 人物名片 box above the
 * Q&A and an 独家 note after, a news agency's page with photos captioned in the text and `[责任编辑: X]`, a statistics
 * bureau's release with a table inside the text and 附注 notes after, a platform page with its statement printed
 * above the text, and a provincial government's mobile page with A-/A+ buttons and a summarised 相关推荐 list.
 */
import { dash, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { gbk } from './heldout4-templates.js';
import type { PoolArticle } from './pool.js';

const paras = (list: string[]): string => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** Gold with the text's paragraphs as the page prints them (a dateline may open the first). */
function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[]; title?: string }): CnGold {
  return {
    url: o.url,
    title: o.title ?? a.title,
    date: o.date,
    source: o.source,
    author: o.author,
    body_first: text[0].slice(0, 12),
    body_last: text[text.length - 1].slice(-12),
    not_in_body: o.notInBody,
  };
}

/** A metro paper: `某报讯（记者X）` opens the text; `编辑 X 校对 Y` without colons, 举报 and 分享 after. */
export const heldMetroPaper: Template = (a, k) => {
  const paper = pick(['京华快报', '南港都市报'], k);
  const reporter = a.author ?? '林某';
  const text = [`${paper}讯（记者${reporter}）${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-metro${k}.com/${pick(['detail', 'news'], k)}/${1718000000 + k * 97}${pick(['', '14'], k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta name="description" content="${esc(a.paras[0].slice(0, 50))}"></head><body>
<header class="site"><a>${paper}</a><nav><a>首页</a><a>财经</a><a>科技</a></nav></header>
<section class="article-detail"><div class="article-title">${esc(a.title)}</div>
<div class="article-info"><span class="media">${paper}</span><span class="ts">${dash(a.date)}</span></div>
<div class="article-body">${paras(text)}
<p class="credit">${pick(['编辑 ', '编辑　'], k)}${a.editor}　${pick(['校对 ', '校对　'], k)}${pick(['吴兴', '薛婷'], k)}</p></div>
<div class="ops"><span>举报</span><span>${pick(['分享', '分享至'], k)}</span></div></section></body></html>`;
  return { name: `c-metro-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: paper, author: reporter, notInBody: ['编辑 ', '编辑　', '校对', '举报'] }) };
};

/** A Q&A site's answer page: the question is the headline; the answerer's card, the answer, 发布于, an action bar, more answers. */
export const heldAnswerPage: Template = (a, k) => {
  const question = pick([`如何看待“${a.title.split(/[ ：:]/)[0]}”？`, `${a.title.split(/[ ：:]/)[0]}，意味着什么？`], k);
  const who = pick(['港口观察员老周', 'Lydia'], k);
  const url = `https://www.example-qa${k}.com/question/${5000000 + k * 3}/answer/${9000000 + k * 7}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(question)} - ${pick(['某乎', '问答社区'], k)}</title></head><body>
<div class="QuestionHeader"><div class="Tags"><span>${pick(['行业观察', '经济'], k)}</span><span>${pick(['物流', '政策'], k)}</span></div>
<h1 class="QuestionHeader-title">${esc(question)}</h1><div class="QuestionHeader-count">关注者 ${1200 + k} 被浏览 ${350000 + k * 9}</div></div>
<div class="AnswerItem"><div class="AuthorInfo"><a class="UserLink">${who}</a><div class="AuthorInfo-badge">${pick(['航运从业十年', '经济学硕士'], k)}</div><button>+ 关注</button></div>
<div class="Voters">${150 + k * 11} 人赞同了该回答</div>
<div class="RichContent-inner">${paras(a.paras)}</div>
<div class="ContentItem-time">${pick(['发布于 ', '编辑于 '], k)}${dash(a.date)}${pick(['', ' ・IP 属地上海'], k)}</div>
<div class="ContentItem-actions">赞同 ${150 + k * 11}　${pick(['添加评论', '12 条评论'], k)}　分享　喜欢　收藏　申请转载</div></div>
<div class="MoreAnswers"><h4>${pick(['更多回答', '其他回答'], k)}</h4><div class="AnswerItem"><a>${pick(['匿名用户', '张三丰'], k)}</a>
<p>${pick(['我在一线干了几年，感受是数据好看但具体到每家企业差别很大，不能一概而论，还是要看细分领域。', '说白了就是市场需求起来了，政策跟上了，接下来比拼的是执行效率和成本控制能力。'], k)}</p>
<p>${pick(['发布于 ', '编辑于 '], k)}${dash(a.date).slice(0, 10)}</p></div></div></body></html>`;
  return { name: `c-answer-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: null, author: who, title: question, notInBody: ['人赞同', '赞同', '添加评论', '条评论', '申请转载', '更多回答', '其他回答', '一线干了', '说白了', '发布于', '编辑于', '关注者'] }) };
};

/** A 专访: the 人物名片 box above the Q&A, the reporter in the information line, an 独家 note after. */
export const heldProfileInterview: Template = (a, k) => {
  const who = pick(['周明远', '郑思齐'], k);
  const reporter = a.author ?? '冯某';
  const text = [
    `${pick(['记者：', '问：'], k)}${pick(['您怎么看待当前行业的整体形势？', '这一轮变化的主要推动力是什么？'], k)}`,
    `${who}：${a.paras[0]}`,
    `${pick(['记者：', '问：'], k)}${pick(['企业层面最需要做哪些准备？', '下一步还有哪些值得关注的变化？'], k)}`,
    `${who}：${a.paras.slice(1).join('')}`,
  ];
  const url = `https://www.example-zf${k}.cn/${pick(['interview', 'zhuanfang'], k)}/${dash(a.date).slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`;
  const title = pick([`专访${who}：${a.title.split(/[ ：:]/)[0]}之后`, `对话${who}｜${a.title.split(/[ ：:]/)[0]}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}_${pick(['某某经济网', '某某商业评论'], k)}</title></head><body>
<table width="960" align="center"><tr><td class="lm">${pick(['高端访谈', '人物'], k)}</td></tr><tr><td>
<h1>${esc(title)}</h1>
<p class="xx">${pick(['记者　', '本报记者 '], k)}${reporter}　${dash(a.date)}</p>
<div id="ContentBody">
<div class="card"><p>${pick(['【人物名片】', '人物简介：'], k)}${who}，${pick(['某某研究院院长，长期从事产业政策研究，曾参与多项国家规划编制。', '某某集团董事长，从业三十年，带领企业完成数次转型。'], k)}</p></div>
${paras(text)}
<p>${pick(['（本文为某某经济网独家专访，转载请注明出处）', '（本报独家，未经授权不得转载）'], k)}</p></div>
</td></tr></table></body></html>`;
  return { name: `c-profile-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: reporter, title, notInBody: ['人物名片', '人物简介', '研究院院长', '董事长，从业', '独家', '转载'] }) };
};

/** A news agency's page: a dateline opens the text, photos captioned inside it, 【纠错】 and `[责任编辑: X]` after. */
export const heldAgencyPhotos: Template = (a, k) => {
  const reporter = a.author ?? '邵某';
  const text = [`新华社${pick(['北京', '上海'], k)}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日电（记者${reporter}）${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-xh${k}.com/${pick(['fortune', 'tech'], k)}/${a.date.slice(0, 10)}/c_${1130000000 + k * 13}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某华网', '某华社客户端'], k)}</title></head><body>
<div class="header"><div class="h-title">${esc(a.title)}</div>
<div class="h-info"><span class="h-time">${dash(a.date)}:${pick(['05', '31'], k)}</span><span>来源：${pick(['某华网', '某华社'], k)}</span></div></div>
<div id="detail">${paras(text.slice(0, 2))}
<p><img src="/p1.jpg"></p><p>${pick(['这是6月17日拍摄的作业现场（无人机照片）。新华社记者 ', '6月17日，工作人员在现场调度作业。新华社发（'], k)}${pick(['王某 摄', '李某 摄）'], k)}</p>
${paras(text.slice(2))}
<p><img src="/p2.jpg"></p><p>${pick(['图为相关企业生产车间。新华社记者 赵某 摄', '（新华社记者 孙某 摄）'], k)}</p></div>
<div class="editor">${pick(['【纠错】', '【纠错】 【责任编辑:'], k)}${pick(['', `${a.editor}】`], k)}</div>
<div class="editor2">${pick([`[责任编辑: ${a.editor} ]`, ''], k)}</div></body></html>`;
  return { name: `c-agency-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: pick(['某华网', '某华社'], k), author: reporter, notInBody: ['摄', '纠错', '责任编辑', '无人机照片', '生产车间'] }) };
};

/** A statistics bureau's release: a table between paragraphs with its unit line, then 附注 with numbered notes and 附表. */
export const heldStatsRelease: Template = (a, k) => {
  const bureau = pick(['某某省统计局', '某某市统计局'], k);
  const cut = 2;
  const url = `https://tjj.example${k}.gov.cn/${pick(['tjsj/tjfb', 'sjfb/zxfb'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${4400 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>${esc(a.title)}</title></head><body>
<div class="tj-top">${bureau}</div>
<div class="tj-main"><h2 class="tj-title">${esc(a.title)}</h2>
<div class="tj-date">${pick(['发布时间：', '时间：'], k)}${dash(a.date).slice(0, 10)}　${pick(['来源：', '信息来源：'], k)}${bureau}</div>
<div class="tj-text">${paras(a.paras.slice(0, cut))}
<p>${pick(['表1　主要指标完成情况', '2024年上半年主要数据'], k)}</p>
<table border="1"><tr><td>指标</td><td>单位</td><td>绝对数</td><td>同比增长（%）</td></tr><tr><td>${pick(['吞吐量', '产量'], k)}</td><td>${pick(['万标准箱', '万吨'], k)}</td><td>${pick(['1320', '845.6'], k)}</td><td>${pick(['8.3', '5.1'], k)}</td></tr></table>
${paras(a.paras.slice(cut))}
<p>${pick(['附注', '附注：'], k)}</p>
<p>${pick(['1. 指标解释：规模以上工业企业指年主营业务收入2000万元及以上的工业企业。', '（1）统计范围：本公报数据为初步统计数，部分指标与上年数据比较按可比口径计算。'], k)}</p>
<p>${pick(['2. 资料来源：本公报数据来自各地统计部门的常规统计调查，部分数据由有关部门提供。', '（2）部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'], k)}</p>
<p>${pick(['附表：主要指标分地区情况', '相关附件：数据表.xls'], k)}</p></div></div>
<div class="tj-foot">${bureau}版权所有　网站标识码${pick(['3300000001', '4400000002'], k)}</div></body></html>`;
  return {
    name: `c-stats-${k}`,
    html,
    bytes: gbk(html),
    gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: bureau, author: null, notInBody: ['附注', '指标解释', '统计范围', '资料来源', '四舍五入', '附表', '相关附件', '版权所有'] }),
  };
};

/** A platform page printing its statement above the text (under the account and time), 举报/投诉 after. */
export const heldStatementAbove: Template = (a, k) => {
  const account = pick(['港航数据圈', '智造前哨站'], k);
  const url = `https://www.example-hao${k}.com/a/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="page"><div class="art-hd"><h1 class="art-title">${esc(a.title)}</h1>
<div class="art-src"><span class="acct">${account}</span> <span class="pt">${dash(a.date)}</span></div></div>
<div class="art-ct"><p class="stmt">${pick(['声明：本文由入驻某某号的作者撰写，除官方账号外，观点仅代表作者本人，不代表平台立场。', '本文为自媒体作者原创，观点仅代表作者个人，不代表本平台观点，平台仅提供信息存储空间服务。'], k)}</p>
${paras(a.paras)}</div>
<div class="art-ft"><span>${pick(['举报/反馈', '投诉'], k)}</span><span>${pick(['阅读 3.1万', '0条评论'], k)}</span></div></div></body></html>`;
  return { name: `c-stmttop-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: account, author: null, notInBody: ['声明', '观点仅代表', '平台立场', '信息存储空间', '举报', '投诉'] }) };
};

/** A provincial government's mobile page: A-/A+ buttons, 浏览量, a QR line and a 相关推荐 list of summarised items. */
export const heldGovMobile: Template = (a, k) => {
  const site = pick(['某某省人民政府', '某某自治区人民政府'], k);
  const url = `https://m.example-sheng${k}.gov.cn/${pick(['art', 'wap/content'], k)}/${a.date.slice(0, 10).replace(/-/g, '/')}/art_${1229000000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}</title></head><body>
<div class="m-head">${site}</div>
<div class="m-art"><div class="m-title">${esc(a.title)}</div>
<div class="m-sub"><span>${dash(a.date)}</span><span>${pick(['来源：', '来源:'], k)}${a.source}</span><span>${pick(['浏览量：', '阅读：'], k)}${2100 + k * 37}</span></div>
<div class="m-btn"><span>A-</span><span>A+</span><span>${pick(['朗读', '分享'], k)}</span></div>
<div class="m-con">${paras(a.paras)}</div>
<div class="m-qr">${pick(['扫一扫在手机上查看当前页面', '长按保存二维码'], k)}</div>
<div class="m-rec"><div>${pick(['相关推荐', '猜你关注'], k)}</div>
<div><p>${pick(['全省外贸进出口保持平稳增长', '首批数字化转型示范企业公布'], k)}</p><p>${pick(['上半年全省外贸进出口总值同比增长6.2%，增速高于全国平均水平，民营企业占比继续提升。', '经企业申报、专家评审，共有58家企业入选首批示范名单，覆盖装备、化工和食品等行业。'], k)}</p><p>${dash(a.date).slice(0, 10)}</p></div></div>
<div class="m-top">${pick(['返回顶部', '回到顶部'], k)}</div></div></body></html>`;
  return { name: `c-govmobile-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['A-', 'A+', '朗读', '浏览量', '扫一扫', '二维码', '相关推荐', '猜你关注', '外贸进出口', '示范名单', '返回顶部', '回到顶部'] }) };
};

export const HELDOUT16_TEMPLATES: Template[] = [heldMetroPaper, heldAnswerPage, heldProfileInterview, heldAgencyPhotos, heldStatsRelease, heldStatementAbove, heldGovMobile];
