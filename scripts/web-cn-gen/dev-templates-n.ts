/**
 * Dev templates (tuned on) for #17's seventh round, each in a make and wording of its own, for the kinds held-out 14
 * and older parts missed (told by kind and field only): a 专题 page with its lead article under the topic's banner,
 * dates in Chinese numerals (〇/○/零, 十/十一/二十一, with and without a time), a regulator's news page with its
 * furniture, a bilingual page with an English headline and abstract block, a press-conference transcript and a
 * 答记者问 with their ends, a 信息公开 table naming the 发文机关, and a 号 page whose account sits in a media strip.
 */
import { cnDay, dash, esc, gold, pageId, pick, ps, type Template } from './common.js';

const NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** `2024` → `二〇二四` with the zero printed as `zero` (〇, ○ or 零). */
const cnYear = (y: string, zero: string): string => [...y].map((c) => (c === '0' ? zero : NUM[Number(c)])).join('');
/** 1–31 → `一`, `十`, `十一`, `二十一`, `三十`. */
const cnNum = (n: number): string => (n < 10 ? NUM[n] : `${n >= 20 ? NUM[Math.floor(n / 10)] : ''}十${n % 10 ? NUM[n % 10] : ''}`);
/** `二〇二四年十月二十二日`. */
export const cnNumeralDay = (d: string, zero: string): string =>
  `${cnYear(d.slice(0, 4), zero)}年${cnNum(Number(d.slice(5, 7)))}月${cnNum(Number(d.slice(8, 10)))}日`;

/** A topic page: the topic's banner, `<title>` and h1, then the lead article (its own headline) and lists of others. */
export const devTopicLead: Template = (a, k) => {
  const topic = pick(['聚焦数字经济高质量发展', '2024年全国两会特别报道'], k);
  const url = `https://www.example-zt${k}.com/${pick(['zt', 'special'], k)}/${pick(['szjj', 'lianghui2024'], k)}/index.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${topic}_${pick(['专题', '专题报道'], k)}_${pick(['某某网', '某某在线'], k)}</title></head><body>
<div class="zt-top"><a>首页</a> <a>专题</a></div>
<div class="zt-banner"><h1>${topic}</h1><p class="zt-intro">${pick(['本专题集中呈现各地推动数字经济发展的新举措、新成效。', '权威发布 代表委员声音 两会热词'], k)}</p></div>
<div class="zt-nav"><a>${pick(['要闻', '权威发布'], k)}</a> <a>${pick(['地方实践', '代表委员'], k)}</a> <a>${pick(['专家解读', '图解'], k)}</a></div>
<div class="zt-lead"><div class="lead-label">${pick(['头条', '重磅'], k)}</div>
<h2 class="lead-title">${esc(a.title)}</h2>
<div class="lead-info">${dash(a.date)}　来源：${a.source}</div>
<div class="lead-text">${ps(a.paras)}</div></div>
<div class="zt-list"><h3>${pick(['最新报道', '更多报道'], k)}</h3>
<ul><li><a>${pick(['多地出台数据要素市场化配置新政', '代表委员热议新质生产力'], k)}</a><span>${dash(a.date).slice(0, 10)}</span></li>
<li><a>${pick(['工业互联网标识解析体系加速建设', '政府工作报告中的民生温度'], k)}</a><span>${dash(a.date).slice(0, 10)}</span></li></ul></div>
<div class="ft">${pick(['某某网版权所有', '本专题由某某在线制作'], k)}</div></body></html>`;
  return { name: `g-topiclead-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['头条', '重磅', '最新报道', '更多报道', '版权所有', '本专题'] }) };
};

/** A page dated in Chinese numerals: `二〇二四年十月二十二日`, `二○二四年…`, `二零二四年… 09:15`, in a 发布日期 line or alone. */
export const devNumeralDate: Template = (a, k) => {
  const zero = pick(['○', '零'], k);
  const printed = k === 0 ? cnNumeralDay(a.date, zero) : `${cnNumeralDay(a.date, zero)} ${a.date.slice(11)}`;
  const url = `https://www.example-xian${k}.gov.cn/${pick(['xwdt', 'gzdt'], k)}/content_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某县人民政府', '某某区融媒体中心'], k)}</title></head><body>
<div class="head">${pick(['某某县人民政府', '某某区融媒体中心'], k)}</div>
<div class="main"><h2>${esc(a.title)}</h2>
<div class="info">${pick(['发布日期：', '时间：'], k)}${printed}　${pick(['信息来源：', '来源：'], k)}${a.source}</div>
<div class="text">${ps(a.paras, true)}</div>
<div class="tail">${pick(['【打印】【关闭】', '【字号 大 中 小】'], k)}</div></div>
<div class="side"><h4>${pick(['通知公告', '近期要闻'], k)}</h4><p>${pick(['关于做好冬季安全生产工作的通知', '全县秋冬季农业生产推进会召开'], k)} ${cnNumeralDay('2024-12-01T00:00', '〇')}</p></div></body></html>`;
  return { name: `g-numdate-${k}`, html, gold: gold(a, { url, withTime: k === 1, source: a.source, author: null, notInBody: ['打印', '字号', '通知公告', '近期要闻'] }) };
};

/** A regulator's or exchange's news page: index ticker, 字号/打印/关闭, 附件, 上一篇/下一篇 and a 公告 list after. */
export const devRegulatorNews: Template = (a, k) => {
  const site = pick(['某某期货交易所', '某某省证监局'], k);
  const url = `https://www.example-exch${k}.com.cn/${pick(['news/jsdt', 'xwfb/gzdt'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head><body>
<div class="ticker">${pick(['螺纹钢 3,512 +0.43%　铜 74,260 -0.12%　黄金 612.5 +0.85%', '上证指数 3,281.16 +0.52%　深证成指 10,412.73 -0.18%'], k)}</div>
<div class="nav"><a>首页</a> <a>${pick(['本所动态', '工作动态'], k)}</a> <a>${pick(['业务公告', '行政处罚'], k)}</a> <a>投资者教育</a></div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="art-bar"><span>${pick(['发布时间：', '日期：'], k)}${dash(a.date).slice(0, 10)}</span> <span>${pick(['字号：大 中 小', '【大 中 小】'], k)}</span> <span>${pick(['打印', '【打印本页】'], k)}</span> <span>${pick(['关闭', '【关闭窗口】'], k)}</span></div>
<div class="art-body">${ps(a.paras)}
<p>${pick(['附件：', '相关附件：'], k)}</p><p><a>${pick(['1.实施细则（征求意见稿）.pdf', '附件1：名单.docx'], k)}</a></p></div>
<div class="pn"><p>上一篇：${pick(['关于调整部分合约交易保证金的通知', '辖区上市公司年报监管工作会召开'], k)}</p><p>下一篇：${pick(['关于举办会员服务培训的公告', '证监局开展投资者保护宣传月活动'], k)}</p></div></div>
<div class="gg"><h4>${pick(['最新公告', '通知公告'], k)}</h4><ul><li>${pick(['关于节假日期间调整交易时间的公告', '关于发布自律监管指引的通知'], k)} ${dash(a.date).slice(0, 10)}</li></ul></div>
<div class="risk">${pick(['风险提示：市场有风险，投资需谨慎。', '本网站信息仅供参考，不构成投资建议。'], k)}</div></body></html>`;
  return { name: `g-regnews-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['字号', '打印', '关闭', '附件', '上一篇', '下一篇', '最新公告', '通知公告', '风险提示', '仅供参考'] }) };
};

/** A bilingual page: the English headline and an abstract block (`Abstract:`/`Summary:`) above the Chinese text. */
export const devBilingualAbstract: Template = (a, k) => {
  const en = pick(['Industry Broadband Users Hit New High as Gigabit Access Spreads', 'Domestic Automotive Chips Double Their Share in New Vehicles'], k);
  const url = `https://www.example-bi${k}.cn/${pick(['en-cn', 'bilingual'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | ${pick(['某某双语', '某某观察'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>English</a> <a>双语新闻</a></div>
<div class="post"><h2 class="en-title">${en}</h2>
<h1 class="cn-title">${esc(a.title)}</h1>
<div class="meta">${dash(a.date)}　${pick(['来源：', '稿源：'], k)}${a.source}</div>
<div class="abstract"><p><b>${pick(['Abstract:', 'Summary:'], k)}</b> ${pick(['Operators reported steady growth in 5G and gigabit users, while the ministry pledged further cuts in broadband fees for small firms.', 'Carmakers now list domestic chips among their main suppliers, though high-end parts are still imported.'], k)}</p>
<p><b>${pick(['Keywords:', 'Key words:'], k)}</b> ${pick(['broadband; 5G; gigabit', 'chips; automotive; supply chain'], k)}</p></div>
<div class="cn-text">${ps(a.paras)}</div>
<div class="share">${pick(['分享到：微信 微博', '分享：'], k)}</div></div></body></html>`;
  return { name: `g-bilingual-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['Abstract', 'Summary', 'Keywords', 'Key words', 'Operators', 'Carmakers', '分享'] }) };
};

/** A press-conference transcript: 时间/地点/主持人 lines, speaker-labelled turns, the host's closing and an end mark. */
export const devConferenceTranscript: Template = (a, k) => {
  const host = pick(['市政府新闻办副主任 王某某', '主持人 赵某某'], k);
  const speaker = pick(['市工信局局长 李某某', '省发展改革委副主任 孙某某'], k);
  const turns = [
    `${host.split(' ')[0].replace(/^.*?(主持人)?$/, '主持人')}：${pick(['各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。', '女士们、先生们，下午好！今天我们举行新闻发布会。'], k)}`,
    `${speaker.split(' ')[1]}：${a.paras[0]}`,
    `${pick(['某某日报记者', '某某电视台记者'], k)}：${pick(['请问下一步在政策支持方面有哪些具体安排？', '请介绍一下相关工作的进展情况。'], k)}`,
    `${speaker.split(' ')[1]}：${a.paras.slice(1).join('')}`,
    `主持人：${pick(['谢谢李局长，也谢谢各位记者朋友，今天的发布会到此结束。', '谢谢！今天的新闻发布会就到这里，谢谢大家。'], k)}`,
  ];
  const url = `https://www.example-xwb${k}.gov.cn/${pick(['xwfbh', 'fbh/wzsl'], k)}/${pageId(a, k)}.html`;
  const title = `${pick(['某某市“数字经济发展”新闻发布会实录', '某某省新闻发布会文字实录'], k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_${pick(['某某市人民政府新闻办公室', '某某省政府网'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>新闻发布会</a> <a>${pick(['文字实录', '发布会实录'], k)}</a></div>
<div class="fbh"><h1>${title}</h1><div class="fbh-date">${pick(['发布时间：', '时间：'], k)}${dash(a.date)}</div>
<div class="fbh-meta"><p>时间：${cnDay(a.date)}${pick(['上午10:00', '下午3:00'], k)}</p><p>地点：${pick(['市政府新闻发布厅', '省政府新闻办发布厅'], k)}</p><p>主持人：${host}</p><p>发布人：${speaker}</p></div>
<div class="fbh-text">${ps(turns)}
<p>${pick(['（发布会结束）', '【文字实录完】'], k)}</p></div>
<div class="fbh-tail">${pick(['相关新闻：', '相关发布会：'], k)}<a>${pick(['某某市一季度经济运行情况新闻发布会', '某某省优化营商环境新闻发布会'], k)}</a></div></div></body></html>`;
  return {
    name: `g-transcript-${k}`,
    html,
    gold: { url, title, date: a.date, source: null, author: null, body_first: turns[0].slice(0, 12), body_last: turns[4].slice(-12), not_in_body: ['发布会结束）', '实录完', '相关新闻', '相关发布会', '地点：'] },
  };
};

/** A spokesperson's 答记者问: `问：`/`答：` turns under a lead paragraph, closed by a 来源 and 责任编辑 line. */
export const devSpokespersonQA: Template = (a, k) => {
  const dept = pick(['某某部新闻发言人', '国家某某局有关负责人'], k);
  const title = `${dept}就${pick(['数据跨境流动新规', '车规级芯片标准体系'], k)}答记者问`;
  const turns = [
    `${pick(['近日，', '日前，'], k)}${pick(['有关部门发布了新规。', '相关标准体系建设指南正式印发。'], k)}${dept}就有关问题回答了记者提问。`,
    `${pick(['问：', '一问：'], k)}${pick(['出台新规的背景是什么？', '指南印发的主要考虑是什么？'], k)}`,
    `${pick(['答：', '答：'], k)}${a.paras[0]}`,
    `${pick(['问：', '二问：'], k)}${pick(['下一步有何安排？', '如何推动落实？'], k)}`,
    `答：${a.paras[a.paras.length - 1]}`,
  ];
  const url = `https://www.example-bw${k}.gov.cn/${pick(['xwfb/dwzw', 'zcjd'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${700 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="crumb">首页 &gt; ${pick(['新闻发布', '政策解读'], k)}</div>
<div class="pages"><h1 class="pages-title">${title}</h1>
<div class="pages-date">${dash(a.date)}　来源：${pick(['新闻宣传司', '办公厅'], k)}</div>
<div class="pages-content">${ps(turns, true)}</div>
<div class="pages-foot">${pick(['【我要打印】【关闭窗口】', '【打印】'], k)}</div>
<div class="editor">责任编辑：${a.editor}</div></div></body></html>`;
  return {
    name: `g-spokesqa-${k}`,
    html,
    gold: { url, title, date: a.date, source: pick(['新闻宣传司', '办公厅'], k), author: null, body_first: turns[0].slice(0, 12), body_last: turns[4].slice(-12), not_in_body: ['打印', '关闭', '责任编辑'] },
  };
};

/** A 信息公开 page: 索引号/主题分类/发文机关/成文日期/发布日期 table above the text; the 发文机关 is the outlet. */
export const devDisclosureTable: Template = (a, k) => {
  const issuer = pick(['某某市工业和信息化局', '某某县发展和改革局'], k);
  const written = `${a.date.slice(0, 4)}年${Number(a.date.slice(5, 7))}月${Math.max(1, Number(a.date.slice(8, 10)) - 2)}日`;
  const url = `https://www.example-city${k}.gov.cn/${pick(['zwgk/xxgk', 'xxgk/zfxxgk'], k)}/${pageId(a, k)}.html`;
  const row = (l: string, v: string): string => `<td class="l">${l}</td><td>${v}</td>`;
  const table = pick(
    [
      `<tr>${row('索引号：', `1137${k}0000MB${k}-2024-00${k}`)}${row('主题分类：', '工业、交通')}</tr><tr>${row('发文机关：', issuer)}${row('成文日期：', written)}</tr><tr>${row('标　　题：', esc(a.title))}</tr><tr>${row('发布日期：', cnDay(a.date))}${row('文　　号：', '')}</tr>`,
      `<tr>${row('索 引 号', `0051${k}-2024-0${k}12`)}${row('信息分类', '通知公告')}</tr><tr>${row('发布机构', issuer)}${row('生成日期', written)}</tr><tr>${row('名　　称', esc(a.title))}</tr><tr>${row('公开日期', cnDay(a.date))}${row('有效性', '有效')}</tr>`,
    ],
    k,
  );
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="top">${pick(['某某市人民政府', '某某县人民政府'], k)} <a>政府信息公开</a></div>
<table class="xxgk-table">${table}</table>
<div class="zw"><h2>${esc(a.title)}</h2>
<div class="zw-text">${ps(a.paras, true)}</div></div>
<div class="tools">${pick(['【打印本页】 【关闭窗口】', '扫一扫在手机打开当前页'], k)}</div></body></html>`;
  return { name: `g-xxgktable-${k}`, html, gold: gold(a, { url, withTime: false, source: issuer, author: null, notInBody: ['索引号', '索 引 号', '主题分类', '信息分类', '成文日期', '生成日期', '打印', '扫一扫'] }) };
};

/** A 号 page whose account sits in a media strip (`account` + `某某号` badge), with the time on a line of its own. */
export const devHaoStrip: Template = (a, k) => {
  const account = pick(['硬科技研究所', '产业数据通'], k);
  const badge = pick(['网易号', '企鹅号'], k);
  const url = `https://www.example-portal${k}.com/${pick(['dy/article', 'omn'], k)}/${pageId(a, k).toUpperCase()}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['某某网', '某某新闻'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>科技</a> <a>财经</a></div>
<div class="post"><h1 class="post-title">${esc(a.title)}</h1>
<div class="post-media"><img class="avatar"><a class="media-name">${account}</a><span class="media-badge">${badge}</span></div>
<div class="post-time">${dash(a.date)}${pick(['　广东', '　北京'], k)}</div>
<div class="post-body">${ps(a.paras)}
<p class="state">${pick([`特别声明：以上内容为${badge}作者上传并发布，本平台仅提供信息存储服务。`, `本文为${badge}作者原创，未经授权不得转载。`], k)}</p></div></div>
<div class="rel"><h4>相关推荐</h4><p>${pick(['固态电池量产时间表曝光', '全球算力竞赛进入新阶段'], k)}</p></div></body></html>`;
  return { name: `g-haostrip-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['特别声明', '本文为', '相关推荐', '仅提供信息存储'] }) };
};


/** A bilingual column: the English headline and abstract as plain paragraphs inside the text's box, above the Chinese. */
export const devBilingualInline: Template = (a, k) => {
  const url = `https://www.example-duiz${k}.com/${pick(['article', 'shuangyu'], k)}/${pageId(a, k)}.html`;
  const enTitle = pick(['Satellite Internet Constellation Completes New Launch', 'Computing Vouchers Expand to Cut Costs for Small Firms'], k);
  const enAbs = pick(
    ['A new batch of low-orbit satellites was launched on Tuesday, bringing the constellation closer to initial service, officials said.', 'More cities are issuing computing vouchers, which analysts expect to lower the cost of cloud and AI services for small and medium-sized enterprises.'],
    k,
  );
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某英语', '某某双语周刊'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>双语阅读</a> <a>English</a></div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="by">${pick(['发布时间：', ''], k)}${dash(a.date)}　${pick(['来源：', '来源丨'], k)}${a.source}</div>
<div class="content">
<p><strong>${enTitle}</strong></p>
<p><em>${enAbs}</em></p>
${ps(a.paras)}
<p>${pick(['【双语词汇】constellation 星座；launch 发射', 'Vocabulary: voucher 券；SME 中小企业'], k)}</p>
</div></div></body></html>`;
  return { name: `g-bilinline-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: [enTitle.slice(0, 20), enAbs.slice(0, 20), '双语词汇', 'Vocabulary'] }) };
};

/** An exchange's notice page: 字体 and 打印/关闭 inside the text's box, an 附件下载 list and a 相关公告 list after the text. */
export const devExchangeInside: Template = (a, k) => {
  const url = `https://www.example-sse${k}.com.cn/${pick(['aboutus/mediacenter/hotandd', 'xwzx/bsxw'], k)}/c/c_${a.date.slice(0, 10).replace(/-/g, '')}_${700 + k}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['某某证券交易所', '某某商品交易所'], k)}</title></head><body>
<div class="quote">${pick(['指数 3,102.55 ▲12.30 0.40%', '沪深300 3,845.10 ▼5.22 -0.14%'], k)}</div>
<div class="nav"><a>首页</a> <a>${pick(['新闻发布', '本所新闻'], k)}</a> <a>规则</a> <a>服务</a></div>
<div class="article-infor"><h2>${esc(a.title)}</h2>
<div class="allZoom"><p class="tools">${pick(['【字体：大 中 小】', '字号：T|T'], k)}　${dash(a.date).slice(0, 10)}　${pick(['【打印】', '打印本页'], k)}</p>
${ps(a.paras)}
<p>${pick(['附件下载：', '相关附件'], k)}</p><p><a>${pick(['业务指南第3号.pdf', '答记者问全文.doc'], k)}</a></p>
<p class="gg">${pick(['相关公告：', '相关新闻'], k)}</p><ul><li><a>${pick(['关于发布业务规则修订的通知', '本所召开会员大会'], k)}</a> ${dash(a.date).slice(0, 10)}</li></ul>
<p>${pick(['【关闭窗口】', '返回顶部'], k)}</p></div></div>
<div class="ft">${pick(['某某证券交易所版权所有', '免责声明 | 联系我们'], k)}</div></body></html>`;
  return { name: `g-exchinside-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['字体', '字号', '打印', '附件', '相关公告', '相关新闻', '关闭窗口', '返回顶部'] }) };
};

/** A transcript whose end is printed in the text: `发布会结束` or `（完）`, then 责任编辑 or a 来源 line. */
export const devTranscriptEnd: Template = (a, k) => {
  const who = pick(['李某某', '周某某'], k);
  const turns = [
    `【主持人】${pick(['女士们、先生们，上午好。', '各位媒体朋友，大家好。'], k)}${pick(['今天我们请来了相关负责人介绍有关情况。', '下面请负责人发布有关信息。'], k)}`,
    `【${who}】${a.paras[0]}`,
    `【记者】${pick(['能否介绍一下具体进展？', '这项工作有哪些亮点？'], k)}`,
    `【${who}】${a.paras[1]}`,
    `【主持人】${pick(['感谢各位，本场发布会到此结束。', '谢谢大家，今天的发布就到这里。'], k)}`,
  ];
  const url = `https://www.example-scio${k}.cn/${pick(['xwfbh/wqfbh', 'fbh/sl'], k)}/${pageId(a, k)}.htm`;
  const title = pick(['某某市优化营商环境新闻发布会（文字实录）', '第三场“高质量发展”主题新闻发布会图文实录'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a>首页</a> <a>发布会</a></div>
<div class="box"><h1>${title}</h1><div class="info">${cnDay(a.date)} ${a.date.slice(11)}　来源：${pick(['市政府新闻办', '某某发布'], k)}</div>
<div class="text">${ps(turns)}
<p>${pick(['发布会结束', '（完）'], k)}</p>
<p>${pick([`责任编辑：${a.editor}`, `（来源：某某发布　编辑：${a.editor}）`], k)}</p></div></div></body></html>`;
  return {
    name: `g-transend-${k}`,
    html,
    gold: { url, title, date: a.date, source: pick(['市政府新闻办', '某某发布'], k), author: null, body_first: turns[0].slice(0, 12), body_last: turns[4].slice(-12), not_in_body: [pick(['发布会结束', '（完）'], k), '责任编辑', '编辑：'] },
  };
};

/** Dates in numerals under other forms: `二〇二四年十月二十二日 09:15` in a 时间 span, and as the document's signing date. */
export const devNumeralSigned: Template = (a, k) => {
  const org = pick(['某某市数据资源局', '某某县农业农村局'], k);
  const signed = cnNumeralDay(a.date, pick(['〇', '○'], k));
  const url = `https://www.example-sj${k}.gov.cn/${pick(['tzgg', 'gsgg'], k)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${org}</title></head><body>
<div class="head">${org}</div>
<div class="con"><h3 class="tit">${esc(a.title)}</h3>
<div class="sub"><span>${pick(['时间：', '发布时间：'], k)}${signed} ${a.date.slice(11)}</span> <span>${pick(['来源：', '信息来源：'], k)}${org}</span> <span>【字体：大 中 小】</span></div>
<div class="txt">${ps(a.paras, true)}
<p style="text-align:right">${org}</p>
<p style="text-align:right">${signed}</p></div></div>
<div class="foot">主办：${org}</div></body></html>`;
  const g = gold(a, { url, withTime: true, source: org, author: null, notInBody: ['字体', '主办'] });
  return { name: `g-numsigned-${k}`, html, gold: { ...g, body_last: signed.slice(-12) } };
};

export const DEV_TEMPLATES_N: Template[] = [devTopicLead, devNumeralDate, devRegulatorNews, devBilingualAbstract, devConferenceTranscript, devSpokespersonQA, devDisclosureTable, devHaoStrip, devBilingualInline, devExchangeInside, devTranscriptEnd, devNumeralSigned];
