/**
 * Dev templates (tuned on) for #17's round 15: the kinds held-out 27 missed (told by family and missed field only), each
 * in a make and wording of its own — a 信箱/热线 board's letter and its answer (the answering unit and its own later
 * time between them, status and rating rows around; a definition-list make and a card make, on letters of their own),
 * and a market operator's own news (a quotes bar above the page, the headline and its information line in one box,
 * print and close buttons, related news and a disclaimer after).
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const last = a.paras[a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}
const day = (d: string): string => d.slice(0, 10);
const hm = (d: string): string => d.slice(11, 16);
const ps = (paras: string[]): string => paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
const dated = (items: [string, string][]): string => `<ul>${items.map(([t, d], i) => `<li><a href="/x/${i}.html">${esc(t)}</a><span>${d}</span></li>`).join('')}</ul>`;

/** A letter to a board and its answer: `asked` paragraphs of the letter, the rest the answer, given later. */
interface Letter extends PoolArticle {
  asked: number;
  sender: string;
  unit: string;
  answered: string;
}

/** Letters of this file's own (names and places illustrative). */
const LETTERS: Letter[] = [
  {
    title: '老旧小区雨污管道堵塞何时能改造',
    paras: [
      '我们是滨江路教师新村的住户，小区建成已有三十年，每逢下雨，楼道口的雨水井就往外冒污水，一楼住户家里经常进水。',
      '物业说管道老化需要整体改造，他们没有能力处理。请问这种情况能否纳入今年的老旧小区改造计划？',
      '来信人您好：您反映的情况已转交属地街道和区住建局核实。经查，教师新村已列入明年老旧小区改造项目库，雨污分流改造是其中的重点内容。',
      '改造前，街道已安排专业队伍对堵塞管段进行疏通，并在汛期加密巡查。感谢您的来信。',
    ],
    author: null,
    source: '',
    date: '2024-09-14T10:26',
    editor: '',
    asked: 2,
    sender: '张女士',
    unit: '区住房和城乡建设局',
    answered: '2024-09-23T16:40',
  },
  {
    title: '灵活就业人员医保缴费基数如何确定',
    paras: [
      '本人目前为灵活就业人员，想咨询一下今年的职工医保缴费基数是多少，能否自行选择档次？中途断缴后再续缴有没有等待期？',
      '您好：根据本市规定，灵活就业人员参加职工医保，可在上年度全省全口径城镇单位就业人员平均工资的60%至300%之间自行选择缴费基数。',
      '中断缴费三个月以内补缴的，待遇不受影响；超过三个月再次参保的，设六个月的待遇等待期。具体可咨询各区医保经办窗口。',
    ],
    author: null,
    source: '',
    date: '2024-10-08T14:02',
    editor: '',
    asked: 1,
    sender: '市民',
    unit: '市医疗保障局',
    answered: '2024-10-10T09:15',
  },
];

/** A 信箱/热线 board: the letter, then the answering unit and its time, then the answer. */
export const devLetterBoard: Template = (_a, k) => {
  const a = LETTERS[k % LETTERS.length];
  const q = a.paras.slice(0, a.asked);
  const r = a.paras.slice(a.asked);
  const no = `XF${day(a.date).replace(/-/g, '')}${k + 31}`;
  const url = pick([`http://www.example-xq.gov.cn/szxx/letter/${no}.html`, `https://rx.example-shi.gov.cn/detail?id=${no}`], k);
  const main = pick([
    `<div class="letter"><h2 class="letter-tit">${esc(a.title)}</h2>
<dl class="letter-row"><dt>信件编号：</dt><dd>${no}</dd><dt>来信人：</dt><dd>${a.sender}</dd><dt>来信时间：</dt><dd>${day(a.date)} ${hm(a.date)}</dd><dt>信件类型：</dt><dd>建议</dd></dl>
<dl class="letter-body"><dt>来信内容：</dt><dd>${ps(q)}</dd></dl>
<dl class="letter-row"><dt>处理状态：</dt><dd>已答复</dd><dt>答复部门：</dt><dd>${a.unit}</dd><dt>答复时间：</dt><dd>${day(a.answered)} ${hm(a.answered)}</dd></dl>
<dl class="letter-body"><dt>答复内容：</dt><dd>${ps(r)}</dd></dl>
<div class="rate">评价：<a>非常满意</a> <a>满意</a> <a>不满意</a></div></div>`,
    `<section class="card"><div class="card-hd"><h1>${esc(a.title)}</h1><p class="who">诉求人：${a.sender}　提交时间：${day(a.date).replace(/-/g, '/')} ${hm(a.date)}　诉求编号：${no}</p></div>
<div class="card-bd">${ps(q)}</div></section>
<section class="card answer"><div class="card-hd"><span class="org">${a.unit}</span><span class="at">${day(a.answered).replace(/-/g, '/')} ${hm(a.answered)}</span><span class="tag">已办结</span></div>
<div class="card-bd">${ps(r)}</div><div class="card-ft">办理满意度：<b>满意</b>　<a>我要评价</a></div></section>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['书记信箱', '12345热线'], k)}_某某${pick(['县', '市'], k)}人民政府</title>
<meta name="ColumnName" content="${pick(['书记信箱', '12345热线'], k)}"><script src="/js/jquery.js"></script></head>
<body><div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a> <a href="/sjfb/">数据发布</a></div>
<div class="wrap"><div class="loc">您的位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; ${pick(['书记信箱', '12345热线'], k)}</div>
<div class="btns"><a href="/write">写信</a> <a href="/search">信件查询</a></div>
${main}
<div class="more"><h3>${pick(['近期来信', '热点诉求'], k)}</h3>${dated([[pick(['学校门口交通秩序', '公租房申请条件'], k), pick(['2024-09-12', '2024-10-06'], k)], [pick(['菜市场油烟扰民', '公交线路调整建议'], k), pick(['2024-09-10', '2024-10-03'], k)]])}</div>
<div class="count">本年度累计受理来信 <b>2841</b> 件，办结 <b>2796</b> 件</div></div>
<div class="foot">主办：某某人民政府办公室　网站标识码：0000000009　某ICP备00000000号</div></body></html>`;
  return { name: `g-letterboard-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: [null, a.sender], notInBody: ['信件编号', '诉求编号', '处理状态', '满意', '我要评价', '近期来信', '热点诉求', '累计受理', '网站标识码'] }) };
};

/** A market operator's own news: a quotes bar, the headline and its line in one box, print and close, a disclaimer. */
export const devOperatorNews: Template = (a, k) => {
  const url = pick([`https://www.example-cffex.com.cn/jysdt/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `http://www.example-neeq.com.cn/news/${pageId(a, k)}.html`], k);
  const quotes = `<div class="hq-bar">${pick(['<span>沪深300 <i>3962.18 +0.37%</i></span><span>中证500 <i>5873.40 -0.21%</i></span>', '<span>北证50 <i>1088.52 +1.06%</i></span><span>三板成指 <i>1012.77 +0.18%</i></span>'], k)}<span>${day(a.date)} 收盘</span></div>`;
  const line = pick([`<p class="news-meta">时间：${day(a.date)}　　来源：${a.source}　　【<a>大</a> <a>中</a> <a>小</a>】</p>`, `<div class="news-meta"><span>${day(a.date)}</span><span>稿件来源：${a.source}</span><a onclick="window.print()">打印本页</a></div>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['交易所动态', '新闻动态'], k)}-${pick(['某某金融期货交易所', '某某股权交易中心'], k)}</title><script src="/js/app.js"></script></head>
<body>${quotes}
<div class="hd"><img src="/img/logo.png" alt=""><ul class="menu"><li>首页</li><li>关于我们</li><li>业务规则</li><li>信息披露</li><li>数据服务</li><li>投资者服务</li><li>新闻动态</li></ul></div>
${pick([`<div class="bd"><div class="side"><ul><li>交易所动态</li><li>媒体报道</li><li>通知公告</li></ul></div>
<div class="detail"><div class="detail-head"><div class="h-title">${esc(a.title)}</div>${line}</div>
<div class="detail-con">${ps(a.paras)}</div>
<div class="detail-ops">[<a onclick="window.print()">打印</a>] [<a onclick="window.close()">关闭</a>]</div>
<div class="detail-rel"><div class="rel-hd">相关新闻</div>${dated([['期货市场服务实体经济案例发布', '2024-09-20'], ['交易所举办投资者开放日活动', '2024-09-11']])}</div></div></div>`, `<div class="container-fluid"><div class="row">
<div class="col-sm-3 col-xs-12 leftnav"><a href="/n1/">中心要闻</a><a href="/n2/">挂牌动态</a><a href="/n3/">媒体报道</a><a href="/n4/">图片新闻</a></div>
<div class="col-sm-9 col-xs-12 news-detail-wrap"><div class="news-title-box"><h3>${esc(a.title)}</h3>${line}</div>
<div id="fontzoom" class="wz">${a.paras.map((p) => `<p style="text-indent:2em;line-height:2">${esc(p)}</p>`).join('\n')}</div>
<div class="opt-row">【<a onclick="window.print()">打印此页</a>】【<a onclick="window.close()">关闭窗口</a>】</div>
<div class="more-news"><h4>相关新闻</h4>${dated([['挂牌公司年报披露工作启动', '2024-09-20'], ['中心举办路演活动', '2024-09-11']])}</div></div></div></div>`], k)}
<div class="ft"><p>风险提示：市场有风险，投资需谨慎。本网站信息仅供参考。</p><p>版权所有 某某交易所　京ICP备00000000号</p></div></body></html>`;
  return { name: `g-operatornews-${k}`, html, gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: null, notInBody: ['沪深300', '北证50', '打印', '关闭', '相关新闻', '风险提示', '版权所有'] }) };
};

/** A market operator's news of itself (`本中心`, `本所`), as such sites write it (names and figures illustrative). */
const OWN_NEWS: PoolArticle[] = [
  {
    title: '本中心召开2024年挂牌企业规范运作培训会',
    paras: [
      '9月24日，本中心召开2024年挂牌企业规范运作培训会，一百二十余家挂牌企业的董事会秘书和财务负责人参加培训。',
      '会议指出，今年以来，本中心坚持“监管从严、服务从优”，共对信息披露不规范行为出具监管工作函二十六份，对违规占用资金等行为保持高压态势。',
      '会议强调，要压实主办券商“看门人”责任，健全摘牌常态化机制，加强对控股股东、实际控制人的持续监管。',
      '会议要求，各部门要做好年报审查准备工作，对风险较大的企业提前介入，坚决维护市场秩序。',
    ],
    author: null,
    source: '市场监察部',
    date: '2024-09-24T17:30',
    editor: '',
  },
  {
    title: '本所与两家境外交易所签署合作谅解备忘录',
    paras: [
      '10月15日，本所分别与两家境外商品交易所签署合作谅解备忘录，双方将在产品研发、市场监管和人员交流等方面开展合作。',
      '根据备忘录，双方将研究推动相关期货品种价格的相互引用，并定期交流市场运行和风险管理信息。',
      '本所有关负责人表示，此次签约有助于提升相关品种的国际影响力，服务实体企业开展跨境风险管理。',
      '截至9月末，本所已与二十一家境外交易所和市场机构签署合作协议，境外客户成交量同比增长百分之十六。',
    ],
    author: null,
    source: '国际发展部',
    date: '2024-10-15T19:00',
    editor: '',
  },
];

/** A bourse's 要闻 in a grid layout: a timed index bar, a left menu, the headline with its spans in one box, bracketed buttons. */
export const devBourseDesk: Template = (_a, k) => {
  const a = OWN_NEWS[k % OWN_NEWS.length];
  const url = pick([`https://www.example-bse.cn/news/zxdt/${day(a.date).replace(/-/g, '')}_${pageId(a, k).slice(0, 6)}.html`, `https://www.example-czce.com.cn/cn/jysj/jyzx/${pageId(a, k)}.htm`], k);
  const info = pick([
    `<div class="art-sub"><span class="src">来源：${a.source}</span><span class="day">${day(a.date)}</span><span class="zh">字号：<a>大</a> <a>中</a> <a>小</a></span><a class="prt" onclick="window.print()">打印</a></div>`,
    `<div class="art-sub"><span>发布单位：${a.source}</span>&nbsp;&nbsp;<span>日期：${day(a.date)}</span>&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['中心要闻', '交易所新闻'], k)} - ${pick(['某某证券交易中心', '某某商品交易所'], k)}</title>
<meta name="description" content="${esc(a.title)}"><meta name="keywords" content="交易中心,要闻">
<script src="/js/jq.js"></script><script>var cfg = { chn: "${k + 12}", doc: "${pageId(a, k)}" };</script></head>
<body><div class="quote-strip"><span>${pick(['北证50 <b>1088.52 +1.06%</b>', '白糖 <b>6012 +0.35%</b>'], k)}</span><span>${pick(['成份指数 <b>1320.11 -0.08%</b>', '棉花 <b>14385 -0.22%</b>'], k)}</span><span class="t">${day(a.date)} 15:00</span></div>
<div class="header"><div class="container"><img src="/img/logo.png" alt=""><input placeholder="代码/关键词"></div></div>
<nav><ul><li>首页</li><li>信息披露</li><li>市场监管</li><li>数据</li><li>规则</li><li>服务</li><li>关于</li></ul></nav>
<div class="container"><div class="crumb-line"><a href="/">首页</a> &gt; <a href="/about/">关于我们</a> &gt; ${pick(['中心要闻', '交易所新闻'], k)}</div>
<div class="row"><div class="col-md-3 side-menu"><ul><li>中心要闻</li><li>媒体聚焦</li><li>图片新闻</li></ul></div>
<div class="col-md-9 news-content-box"><div class="news-content-hd"><h2 class="art-title">${esc(a.title)}</h2>${info}</div>
<div class="txtZoom">${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}</div>
<div class="art-foot"><a onclick="window.print()">【打印】</a> <a onclick="window.close()">【关闭】</a></div>
<div class="xgxw"><h4>相关新闻</h4>${dated([['市场运行情况通报', '2024-09-20'], ['投资者教育基地揭牌', '2024-09-11']])}</div></div></div></div>
<div class="footer"><p>监管热线：000-0000000</p><p>免责声明：本网站资料仅供参考，据此操作风险自担。</p><p>版权所有 &copy; 某某交易所</p></div></body></html>`;
  return { name: `g-boursedesk-${k}`, html, gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: null, notInBody: ['字号', '打印', '关闭', '相关新闻', '北证50', '白糖', '免责声明', '版权所有'] }) };
};

/** A 咨询/投诉 board in a table: label cells beside value cells, the letter's and the answer's text in cells of their own. */
export const devLetterTable: Template = (_a, k) => {
  const a = LETTERS[(k + 1) % LETTERS.length];
  const q = a.paras.slice(0, a.asked);
  const r = a.paras.slice(a.asked);
  const no = `${day(a.date).replace(/-/g, '')}${k + 77}`;
  const url = `http://hd.example-zx${k}.gov.cn/consult/show_${no}.html`;
  const cell = (ps: string[]): string => pick([ps.map((p) => `${esc(p)}<br />`).join('\n'), ps.map((p) => `<p>${esc(p)}</p>`).join('')], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['咨询投诉', '网上咨询'], k)}-某某${pick(['区', '县'], k)}政务网</title></head>
<body><div class="top">某某${pick(['区', '县'], k)}政务网 <a href="/">首页</a> <a href="/gk/">信息公开</a> <a href="/fw/">在线服务</a> <a href="/hd/">公众参与</a></div>
<div class="main"><div class="pos">当前位置：首页 » 公众参与 » ${pick(['咨询投诉', '网上咨询'], k)}</div>
<table class="tb-view" border="1" cellpadding="5">
<tr><th>主　　题</th><td colspan="3"><b>${esc(a.title)}</b></td></tr>
<tr><th>来信人</th><td>${a.sender}</td><th>来信日期</th><td>${day(a.date)} ${hm(a.date)}</td></tr>
<tr><th>信件编号</th><td>${no}</td><th>信件状态</th><td>已回复</td></tr>
<tr><th>来信内容</th><td colspan="3">${cell(q)}</td></tr>
<tr><th>回复部门</th><td>${a.unit}</td><th>回复日期</th><td>${day(a.answered)}</td></tr>
<tr><th>回复内容</th><td colspan="3">${cell(r)}</td></tr>
</table>
<div class="back"><a href="javascript:history.back()">返回列表</a></div>
<div class="other"><b>其他来信</b>${dated([[pick(['道路积水问题', '医保报销流程咨询'], k), pick(['2024-09-12', '2024-10-06'], k)], [pick(['路灯不亮', '社保转移接续'], k), pick(['2024-09-10', '2024-10-03'], k)]])}</div></div>
<div class="foot">主办单位：某某人民政府办公室　备案号：某ICP备00000001号</div></body></html>`;
  return { name: `g-lettertable-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: [null, a.sender], notInBody: ['信件编号', '信件状态', '返回列表', '其他来信', '备案号'] }) };
};

/**
 * A portal's wire copy (for held-out 26's roll-page author, told by kind): the channel's brand as `article:author`, printed
 * only in an app prompt after the text (`下载X客户端`, `打开X APP`), the outlet unlabelled after the time, no writer.
 */
export const devBrandPrompt: Template = (a, k) => {
  const brand = pick(['某某资讯', '某某快报'], k);
  const url = `https://${pick(['info', 'kb'], k)}.example-mh${k}.com/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['要闻', '国内'], k)}_某某门户</title>
<meta property="article:author" content="${brand}"><meta property="og:site_name" content="某某门户"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/yw/">要闻</a> <a href="/gn/">国内</a> <a href="/cj/">财经</a> <a href="/kj/">科技</a></div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="infos"><span class="pubtime">${pick([`${day(a.date)} ${hm(a.date)}`, `${day(a.date).replace(/-/g, '/')} ${hm(a.date)}`], k)}</span> <span class="src">${a.source}</span></div>
<div class="txt">${ps(a.paras)}</div>
<p class="zb">责任编辑：${pick(['李可', '王悦'], k)}</p>
<div class="appdl">${pick([`下载${brand}客户端，随时随地看新闻`, `打开${brand}APP，阅读体验更佳`], k)}</div>
<div class="rel"><h3>相关推荐</h3>${dated([['城市更新行动进展顺利', '2024-11-20'], ['多地出台稳就业措施', '2024-11-19']])}</div></div>
<div class="foot">某某门户 版权所有</div></body></html>`;
  return { name: `g-brandprompt-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: null, notInBody: ['责任编辑', '客户端', '相关推荐', '版权所有'] }) };
};

/**
 * A paper's article with its attributes in a table under the headline (for held-out 26's attribute-table author, told by
 * kind): bracketed or bare labels in cells of their own, the writer's cell left empty, the next label right after it.
 */
export const devEmptyByline: Template = (a, k) => {
  const url = `http://www.example-cb${k}.cn/html/${day(a.date).replace(/-/g, '/')}/content_${pageId(a, k).slice(0, 6)}.htm`;
  const rows = pick([
    `<table class="sx"><tr><td>【来源】</td><td>${a.source}</td><td>【作者】</td><td></td><td>【日期】</td><td>${day(a.date)} ${hm(a.date)}</td></tr><tr><td>【点击】</td><td>${210 + k}</td><td>【编辑】</td><td>${pick(['赵倩', '钱多'], k)}</td></tr></table>`,
    `<table class="sx"><tr><th>来源</th><td>${a.source}</td></tr><tr><th>作者</th><td> </td></tr><tr><th>发布日期</th><td>${day(a.date)} ${hm(a.date)}</td></tr><tr><th>浏览</th><td>76</td></tr></table>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--某某晨报</title></head>
<body><h1 class="logo"><img src="/logo.gif" alt="某某晨报"></h1><div class="menu"><a href="/">首页</a> <a href="/bd/">本地</a> <a href="/sh/">社会</a> <a href="/ty/">体育</a></div>
<div class="art"><h2>${esc(a.title)}</h2>
${rows}
<div class="zw">${ps(a.paras)}</div>
<div class="dy">【<a>打印</a>】【<a>关闭</a>】</div></div>
<div class="ft">某某晨报社 版权所有</div></body></html>`;
  return { name: `g-emptybyline-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: null, notInBody: ['点击', '浏览', '打印', '版权所有'] }) };
};

/**
 * A tech outlet's story naming its writer only in a sidebar card without a heading (for held-out 26's card-only author,
 * told by kind): the name, an intro, a row of counters and a follow button; a column's word beside the time.
 */
export const devCardOnly: Template = (a, k) => {
  const writer = pick(['沈一舟', '陆青禾'], k);
  const url = `https://www.example-tk${k}.com/p/${parseInt(pageId(a, k), 16) % 900000}.html`;
  const card = pick([
    `<div class="user-card"><a class="avatar"><img src="/u/${k}.png" alt=""></a><div class="uname">${writer}</div><div class="udesc">资深产业观察者，关注半导体与新能源</div><div class="ucount"><span>文章 <b>86</b></span><span>粉丝 <b>1.2万</b></span><span>获赞 <b>3.4万</b></span></div><a class="follow">+ 关注</a></div>`,
    `<div class="writer-box"><p class="wname">${writer}</p><p class="wnum">128 篇文章　56万 阅读</p><a class="btn-follow">关注TA</a></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - 某某科技</title></head>
<body><div class="topnav"><a href="/">首页</a> <a href="/news/">快讯</a> <a href="/deep/">深度</a> <a href="/chip/">芯片</a> <a href="/auto/">汽车</a> <a href="/ai/">AI</a></div>
<div class="page"><div class="post"><h1>${esc(a.title)}</h1>
<div class="post-meta"><span>${day(a.date)} ${hm(a.date)}</span> <span><a href="/deep/">深度</a></span></div>
<div class="post-body">${ps(a.paras)}</div>
<div class="post-tags">标签：<a>产业</a> <a>观察</a></div></div>
<div class="aside">${card}<div class="hot"><h3>热门文章</h3>${dated([['国产大模型的下一站', '2024-11-02'], ['新能源车出海观察', '2024-10-29']])}</div></div></div>
<div class="foot">© 某某科技 版权所有</div></body></html>`;
  return { name: `g-cardonly-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: writer, notInBody: ['标签', '热门文章', '关注', '版权所有'] }) };
};

export const DEV_TEMPLATES_V: Template[] = [devLetterBoard, devLetterTable, devOperatorNews, devBourseDesk, devBrandPrompt, devEmptyByline, devCardOnly];
