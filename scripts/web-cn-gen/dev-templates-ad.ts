/**
 * Dev templates of #17's round 21 (tuned on), each in a make and wording of its own: the set's known leftovers (a
 * teaser of the next page under a `（责任编辑：X）` line inside the text's box, an account's card whose name ends like an
 * office's above its handle), the held-out misses never reproduced (told by kind only), and families the set lacked.
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/ch/${i}/">${w}</a>`).join('');
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** A portal page whose text box runs on past `（责任编辑：X）` into the next page's teaser: a linked headline and its lead sentence. */
export const gEditorTeaser: Template = (a, k) => {
  const site = pick(['某某新闻网', '某城在线'], k);
  const url = `https://news.example-xw${k + 3}.com/${a.date.slice(0, 10).replace(/-/g, '/')}/${pageId(a, k)}.html`;
  const teaser = pick([
    ['<p><a href="/n/2.html"><strong>全市今年将新建充电桩3000个</strong></a></p>', '<p>记者日前从市发展改革委获悉，今年全市计划新建公共充电桩3000个，重点布局在商圈和居民小区周边。</p>'],
    ['<div class="next"><h3><a href="/n/3.html">高新区再添两家专精特新企业</a></h3><p>近日，高新区两家企业入选国家级专精特新“小巨人”名单，分别从事精密传感器和工业软件研发。</p></div>'],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '本地', '国内', '国际', '财经', '科技', '体育'])}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick([`（责任编辑：${a.editor}）`, `【责任编辑：${a.editor}】`], k)}</p>
${teaser.join('\n')}
</div></div>
<div class="side"><h3>热点新闻</h3><ul><li><a>秋粮收购进度过半</a><span>${addDay(a.date, 1).slice(5)}</span></li></ul></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-editorteaser-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['责任编辑', pick(['充电桩3000个', '专精特新'], k)] }) };
};

/** An account article re-posted on a portal, closed by the account's card whose name ends like an office's (研究院, 促进中心) above its handle. */
export const gCardOffice: Template = (a, k) => {
  const account = pick(['某某产业经济研究院', '某某数字经济促进中心'], k);
  const portal = pick(['某某号', '某某财讯'], k);
  const url = `https://www.example-hao${k}.com/a/${pageId(a, k)}`;
  const card = pick([
    `<p><strong>${account}</strong></p><p>微信号：cyjj_yjy</p><p>长按识别二维码，关注我们</p>`,
    `<section><p>${account}</p><p>数字经济政策解读与产业观察</p><p>公众号：szjj_cjzx</p></section>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${portal}</title></head>
<body><div class="top">${menu(['首页', '财经', '科技', '汽车', '号'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="meta"><span>来源：${account}</span><span>${dash(a.date)}</span></div>
<div class="art-body">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${card}
</div>
<div class="decl">声明：本文系转载，版权归原作者所有。</div>
<div class="rel"><h3>相关文章</h3><ul><li><a>数据要素市场建设提速</a><span>${addDay(a.date, -2)}</span></li></ul></div></div></body></html>`;
  return { name: `g-cardoffice-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: [pick(['微信号', '公众号：'], k), pick(['长按识别', '政策解读与产业观察'], k), '声明'] }) };
};

/** A commentary whose writer's byline is glued to the first sentence by a space (`■文/X　…`, `作者：X　…`), the writer's box after the text. */
export const gGluedByline: Template = (a, k) => {
  const site = pick(['某某时评网', '某报评论频道'], k);
  const writer = a.author ?? pick(['丁一帆', '柯明'], k);
  const url = `https://opinion.example-sp${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/c${parseInt(pageId(a, k), 16) % 100000}.html`;
  const byline = pick([`■文/${writer}　`, `作者：${writer}\u3000`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head>
<body><div class="nav">${menu(['首页', '时评', '社论', '观点', '专栏', '图说'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="info">${pick([dash(a.date), `${a.date.slice(0, 10).replace(/-/g, '.')} ${a.date.slice(11)}`], k)}　来源：${site}</div>
<div class="txt">
<p>${esc(byline + a.paras[0])}</p>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="zl"><img src="/a/${pageId(a, 2)}.jpg"><h4>${writer}</h4><p>${pick(['资深媒体人，长期关注产业与区域经济', '某某大学公共管理学院副教授'], k)}</p><a>${pick(['查看专栏', '更多文章'], k)}</a></div>
<div class="edit">责任编辑：${a.editor}</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-gluedbyline-${k}`, html, gold: gold(a, { url, withTime: true, source: site, author: writer, notInBody: [pick(['文/', '作者：'], k), pick(['查看专栏', '更多文章'], k), '责任编辑'] }) };
};

/** A self-media article whose account card prints the platform's certification between the name and the time, `文 | X` opening the text. */
export const gCertCard: Template = (a, k) => {
  const account = pick(['产业观察老周', '智造前沿说'], k);
  const writer = a.author;
  const url = `https://www.example-hao${k + 4}.com/a/${a.date.slice(0, 10).replace(/-/g, '/')}/${pageId(a, k)}.html`;
  const cert = pick(['优质科技领域创作者', '某某财经官方账号'], k);
  const time = pick([dash(a.date), `${a.date.slice(0, 4)}年${+a.date.slice(5, 7)}月${+a.date.slice(8, 10)}日 ${a.date.slice(11)}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${account}_某某号</title></head>
<body><div class="nav">${menu(['首页', '科技', '财经', '汽车', '房产', '号'])}</div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="acct"><img src="/h/${pageId(a, 3)}.jpg" alt="头像"><a class="name" href="/u/${pageId(a, 4)}">${account}</a><span class="cert">${cert}</span><span class="t">${time}</span><span class="loc">${pick(['浙江', '北京'], k)}</span><button>${pick(['+关注', '关注'], k)}</button></div>
<div class="txt">
${writer ? `<p>${pick([`文 | ${writer}`, `文｜${writer}　编辑｜${a.editor}`], k)}</p>` : ''}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="st">${pick(['本文仅代表作者观点，不代表平台立场。', '举报/反馈'], k)}</div>
<div class="more"><h3>作者最新文章</h3><ul><li><a>十月车市前瞻</a><span>${addDay(a.date, -2).slice(5)} 18:00</span></li></ul></div></div></body></html>`;
  return { name: `g-certcard-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: [cert, pick(['不代表平台立场', '举报'], k), '作者最新文章'] }) };
};

/** A news agency's page: the dateline names the reporter, captioned photos inside the text, the editor in the author tag and printed beside 【纠错】. */
export const gAgencyButtons: Template = (a, k) => {
  const site = pick(['某华网', '某新网'], k);
  const reporter = a.author ?? pick(['许文博', '欧阳青'], k);
  const url = `http://www.example-xh${k + 5}.cn/${pick(['local', 'fortune'], k)}/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/c_${parseInt(pageId(a, k), 16) % 10000000}.htm`;
  const [, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const dateline = pick([`某华社某地${m}月${d}日电（记者${reporter}）`, `某新网某地${m}月${d}日电 (记者 ${reporter})`], k);
  const cap = `<p style="text-align:center"><img src="/p/${pageId(a, 2)}.jpg"></p><p style="text-align:center">${pick([`${m}月${d}日，工作人员在现场作业。${site.slice(0, 2)}社记者 王刚 摄`, `图为现场一景。（资料图）`], k)}</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="${a.editor}"><title>${esc(a.title)}-${site}</title></head>
<body><div class="nav">${menu(['首页', '时政', '国际', '财经', '地方', '图片', '视频'])}</div>
<h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}:${pick(['12', '47'], k)}　来源：${site}</div>
<div id="detail">
<p>${esc(dateline + a.paras[0])}</p>
${cap}
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="ed">${pick([`【纠错】 [责任编辑: ${a.editor}]`, `【打印】 【关闭】 【编辑：${a.editor}】`], k)}</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a>多地出台稳外贸举措</a><span>${addDay(a.date, -3)}</span></li></ul></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-agencybuttons-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: site, author: reporter, notInBody: ['纠错', '相关新闻', pick(['摄', '资料图'], k)] }), body_first: (dateline + a.paras[0]).replace(/\s/g, '').slice(0, 12) } };
};

/** A portal page printing its 来源 outlet as the outlet's logo after the label (`来源：<img alt="X">`), the name nowhere else. */
export const gLogoSource: Template = (a, k) => {
  const site = pick(['某某资讯网', '某某财经频道'], k);
  const url = `https://www.example-zx${k + 6}.com/news/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const logo = pick([`<span class="src">来源：<img src="/logo/${pageId(a, 5)}.png" alt="${esc(a.source)}"></span>`, `<span>来源：</span><a href="http://www.example-src${k}.cn/" target="_blank"><img src="/logo/${pageId(a, 5)}.gif" alt="${esc(a.source)}" width="80"></a>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '要闻', '财经', '科技', '汽车', '房产'])}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="info"><span>${dash(a.date)}</span>${logo}<span>${pick(['分享到：微信 微博', '字号：大 中 小'], k)}</span></div>
<div class="content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="ed">责任编辑：${a.editor}</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-logosource-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['责任编辑', pick(['分享到', '字号'], k)] }) };
};

/** A headline printed with its column's prefix set off by a bar (`独家 | …`, `<span>原创</span>｜…`), in `<title>` too. */
export const gColumnPrefix: Template = (a, k) => {
  const site = pick(['某某财经', '某某科技评论'], k);
  const prefix = pick(['独家 | ', '<span class="tag">原创</span>｜'], k);
  const printed = `${pick(['独家 | ', '原创｜'], k)}${a.title}`;
  const url = `https://www.example-cj${k + 7}.com/article/${parseInt(pageId(a, k), 16) % 10000000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(printed)}${pick([' - 某某财经', '_某某科技评论'], k)}</title></head>
<body><div class="nav">${menu(['首页', '快讯', '公司', '产业', '专栏', '视频'])}</div>
<div class="article"><h1>${prefix}${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}　${a.author ? `作者：${a.author}` : ''}</div>
<div class="content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="tags">${pick(['标签：独家 融资', '相关标签：原创'], k)}</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-columnprefix-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: [pick(['标签：', '相关标签'], k)] }), title: printed } };
};

/** A public procurement site's 中标结果公告: numbered sections from `一、项目编号：…` on (short and unpunctuated, yet text), the buyer's contact line last (body), 附件 after. */
export const gTenderResult: Template = (a, k) => {
  const site = pick(['某某市政府采购网', '某某省公共资源交易平台'], k);
  const buyer = pick(['某某市数据局', '某某县卫生健康局'], k);
  const project = pick(['2024年政务云服务采购项目', '基层医疗机构信息化设备采购项目'], k);
  const title = `${buyer}${project}${pick(['中标结果公告', '成交结果公告'], k)}`;
  const code = pick(['MSZC-2024-0812', 'GXCG2024-G-1107'], k);
  const paras = [
    `一、项目编号：${code}`,
    `二、项目名称：${project}`,
    pick(['三、中标信息', '三、成交信息'], k),
    `供应商名称：${pick(['某某云计算有限公司', '某某医疗科技股份有限公司'], k)}`,
    `${pick(['中标金额', '成交金额'], k)}：${pick(['1286.5万元', '386.20万元'], k)}`,
    `四、主要标的信息：${pick(['政务云计算、存储和网络资源租用服务，服务期三年。', '自助服务终端、医学影像工作站等设备共计126台（套）。'], k)}`,
    '五、公告期限：自本公告发布之日起1个工作日。',
    '六、凡对本次公告内容提出询问，请按以下方式联系。',
    `采购人：${buyer}　联系电话：0${pick(['755', '771'], k)}-8888xxxx`,
  ];
  const url = `http://www.example-ccgp${k}.gov.cn/cggg/zbgg/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}_${site}</title></head>
<body><div class="top"><span>${site}</span>${menu(['首页', '采购公告', '结果公告', '政策法规', '诚信记录', '下载专区'])}</div>
<div class="crumb">当前位置：首页 &gt; 结果公告 &gt; 中标公告</div>
<div class="notice"><div class="title"><h2>${esc(title)}</h2></div>
<div class="info">发布时间：${dash(a.date)}　${pick(['来源：某某市公共资源交易中心　浏览次数：<span id="c">0</span>', '信息来源：某某省政府采购中心'], k)}</div>
<div class="content">${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="fj">附件：<a>${pick(['中标通知书.pdf', '成交结果确认书.pdf'], k)}</a></div>
<div class="tools">【打印】【关闭】</div></div>
<div class="foot">主办：${site}　技术支持：某某信息技术有限公司</div></body></html>`;
  return { name: `g-tenderresult-${k}`, html, gold: { ...gold({ ...a, title, paras }, { url, withTime: true, source: pick(['某某市公共资源交易中心', '某某省政府采购中心'], k), author: null, notInBody: ['附件：', pick(['浏览次数', '主办：'], k), '打印'] }), body_first: paras[0].slice(0, 12), body_last: paras[paras.length - 1].replace(/\s/g, '').slice(-12) } };
};

export const DEV_TEMPLATES_AD: Template[] = [gEditorTeaser, gCardOffice, gGluedByline, gCertCard, gAgencyButtons, gLogoSource, gColumnPrefix, gTenderResult];
