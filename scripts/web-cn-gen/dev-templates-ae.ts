/**
 * Dev templates of #17's round 22 (tuned on), each in a make and wording of its own: the kinds held-out 32 missed (told
 * by kind only: a county page dated only in its index block, paper editions whose source is the paper, an association
 * page whose headline stands beside a breadcrumb, bodies running into a neighbouring block) and the set's leftovers (an
 * author box without a follow button, a `专栏 · X` kicker, a glued `特约评论员X`, a lone `ID：` line, a logo beside the time).
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/lm/${i}/">${w}</a>`).join('');
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const cnDate = (d: string): string => `${d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;

/** A county's 政务公开 page: `<title>` the site alone, the date only in an index block (list or table), Word-pasted text closed by its signature and date. */
export const gCountyIndex: Template = (a, k) => {
  const site = pick(['某某县人民政府', '某某区人民政府门户网站'], k);
  const office = pick(['某某县发展和改革局', '某某区工业和信息化局'], k);
  const url = `http://www.example-xian${k}.gov.cn/zwgk/${pick(['tzgg', 'bmdt'], k)}/${pageId(a, k)}.shtml`;
  const day = a.date.slice(0, 10);
  const index = pick([
    `<div class="xxgk-info"><ul><li><b>索取号：</b>${pageId(a, 3).toUpperCase()}/2024-00${+a.date.slice(8, 10) + 10}</li><li><b>公开单位：</b>${office}</li><li><b>公开日期：</b>${day}</li><li><b>公开方式：</b>主动公开</li></ul></div>`,
    `<table class="syh" border="1"><tr><td>索 引 号</td><td>${pageId(a, 3).toUpperCase()}</td><td>发文单位</td><td>${office}</td></tr><tr><td>成文时间</td><td>${addDay(day, -3)}</td><td>公开时间</td><td>${day}</td></tr><tr><td>标　　题</td><td colspan="3">${esc(a.title)}</td></tr></table>`,
  ], k);
  const sign = [office, cnDate(day)];
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${site}</title></head>
<body><div class="head"><img src="/img/gh.png" alt="${site}"></div><div class="nav">${menu(['首页', '走进本县', '政务公开', '政务服务', '互动交流'])}</div>
<div class="wz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>${pick(['通知公告', '部门动态'], k)}</a></div>
${index}
<div class="tit">${esc(a.title)}</div>
<div class="TRS_Editor">
${a.paras.map((p) => `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">${esc(p)}</span></p>`).join('\n')}
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">${sign[0]}</span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">${sign[1]}</span></p>
</div>
<div class="dy">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="xg"><h4>相关信息</h4><ul><li><a>关于做好冬季安全生产工作的通知</a><span>${addDay(day, 4)}</span></li></ul></div>
<div class="foot">主办：${site}办公室　网站标识码：${pick(['3300000001', '4400000002'], k)}</div></body></html>`;
  return { name: `g-countyindex-${k}`, html, gold: { ...gold(a, { url, withTime: false, source: office, author: null, notInBody: [pick(['公开单位', '发文单位'], k), '打印本页', '相关信息'] }), body_last: sign[1].slice(-12) } };
};

/** A paper's edition page in plain markup: the paper named only in the 版面 header and `<title>` (with its 版次), the reporter under the headline. */
export const gEditionPaper: Template = (a, k) => {
  const paper = pick(['某江日报', '某城都市报'], k);
  const reporter = a.author ?? pick(['严冬', '申屠雅'], k);
  const ban = pick(['第03版：经济', 'A06版　民生新闻'], k);
  const url = `http://paper.example-${pick(['jrb', 'dsb'], k)}.com/${pick(['html', 'epaper'], k)}/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/node_${parseInt(pageId(a, k), 16) % 1000}.htm`;
  const header = pick([
    `<div class="bmdh"><span>${paper}</span><span>${cnDate(a.date)}</span><span>${ban}</span></div>`,
    `<div class="top"><span class="date">${a.date.slice(0, 10)}</span><span>${ban}</span><a>上一版</a><a>下一版</a></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick([`${paper}电子版`, `${esc(a.title)}-${paper}数字报`], k)}</title></head>
<body><div class="mast"><img src="/img/masthead.png" alt="${paper}"></div>
${header}
<div class="wrap"><div class="pic"><img src="/pages/${pageId(a, 2)}.jpg"></div>
<div class="art"><h2>${esc(a.title)}</h2>
<div class="zz">${pick([`本报记者　${reporter}`, `■记者 ${reporter}`], k)}</div>
<div class="zw">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
</div>
<div class="bbxw"><h3>本版新闻</h3><ul><li><a>${esc(a.title)}</a></li><li><a>冬季用电高峰保供有序</a></li></ul></div></div>
<div class="foot">${paper}社版权所有</div></body></html>`;
  return { name: `g-editionpaper-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: ['本版新闻', pick(['本报记者', '■记者'], k)] }) };
};

/** An association's page: `<title>` the column and site, the site's name in `<h1>`, the headline a `<div>` beside the breadcrumb. */
export const gAssocCrumb: Template = (a, k) => {
  const assoc = pick(['中国某某装备工业协会', '某省某某行业商会'], k);
  const col = pick(['会员动态', '行业新闻'], k);
  const url = `http://www.example-xh${k + 2}.org.cn/${pick(['hydt', 'news'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}${parseInt(pageId(a, k), 16) % 1000}.html`;
  const crumbAndTitle = pick([
    `<div class="row"><div class="crumb">您的位置：<a>首页</a> » <a>${col}</a></div><div class="ntitle">${esc(a.title)}</div></div>`,
    `<div class="crumb">首页 / ${col} / 正文</div><div class="box"><div class="nt">${esc(a.title)}</div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${col}-${assoc}</title></head>
<body><div class="top"><h1>${assoc}</h1><div class="login">会员登录</div></div><div class="nav">${menu(['首页', '协会简介', col, '政策法规', '会员服务', '联系我们'])}</div>
${crumbAndTitle}
<div class="ninfo">${pick([`发布时间：${dash(a.date)}　来源：${esc(a.source)}`, `日期：${a.date.slice(0, 10)}　信息来源：${esc(a.source)}　浏览：<span id="hit"></span>`], k)}</div>
<div class="ncon">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>${k === 1 ? '</div>' : ''}
<div class="side"><h3>${col}</h3><ul><li><a>协会召开五届三次常务理事会</a><span>${addDay(a.date, -3)}</span></li></ul></div>
<div class="foot">${assoc}　版权所有</div></body></html>`;
  return { name: `g-assoccrumb-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: a.source, author: null, notInBody: [pick(['您的位置', '首页 /'], k), '会员登录', '常务理事会'] }) };
};

/** Text boxes whose last paragraphs are a neighbouring block's: a spec list of `label：value` lines, or a contribution note and a share row. */
export const gNeighbourTail: Template = (a, k) => {
  const site = pick(['某某数码', '某某网地方频道'], k);
  const url = `https://www.example-sm${k}.com/${pick(['review', 'difang'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const tail = pick([
    `<div class="spec"><p><strong>产品参数</strong></p><p>屏幕：6.78英寸 OLED</p><p>处理器：某某9300</p><p>电池：5500mAh</p><p>售价：3999元起</p></div>`,
    `<p>（通讯员许可、实习生罗蓝对此文亦有贡献）</p><p>分享到：微信　微博　QQ空间</p><p>（责编：${a.editor}、张敏）</p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${site}</title></head>
<body><div class="nav">${menu(['首页', '资讯', '评测', '导购', '视频'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="text">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${tail}
</div></div>
<div class="rel"><h3>相关阅读</h3><ul><li><a>年终旗舰横评</a><span>${addDay(a.date, -6)}</span></li></ul></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-neighbourtail-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: pick([['处理器：', '售价：'], ['亦有贡献', '分享到', '责编']], k) }) };
};

/** A column page: a `专栏 · <a>X</a>` kicker above the headline naming the writer, or the writer only in an author box without a follow button. */
export const gColumnKicker: Template = (a, k) => {
  const site = pick(['某某观察网', '某某商业评论'], k);
  const writer = a.author ?? pick(['宁远', '白露'], k);
  const url = `https://www.example-gc${k}.com/column/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const head = pick([
    `<div class="kicker">专栏 · <a href="/u/${pageId(a, 3)}">${writer}</a></div><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}</div>`,
    `<h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　${site}</div>`,
  ], k);
  const box = k === 1 ? `<div class="author-box"><img src="/a/${pageId(a, 4)}.jpg" alt="${writer}"><h4>${writer}</h4><p>${site}特约撰稿人，关注产业政策与区域经济</p></div>` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '观点', '专栏', '财经', '科技'])}</div>
<div class="art">${head}
<div class="text">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${box}</div>
<div class="hot"><h3>热门文章</h3><ul><li><a>新质生产力的地方实践</a><span>${addDay(a.date, -2)}</span></li></ul></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-columnkicker-${k}`, html, gold: gold(a, { url, withTime: true, source: k === 1 ? site : null, author: writer, notInBody: k === 1 ? ['特约撰稿人'] : ['专栏'] }) };
};

/** A commentary signed `特约评论员X` glued on the information line, or an account article closed by a lone `ID：` line. */
export const gGluedCommentator: Template = (a, k) => {
  const site = pick(['某某评论网', '某某号'], k);
  const writer = pick(['梁栋', '秦牧'], k);
  const account = '某某产业智库';
  const url = `https://www.example-pl${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const info = pick([`<div class="info">${dash(a.date)}　来源：${site}　特约评论员${writer}</div>`, `<div class="info">${dash(a.date)}　来源：${account}</div>`], k);
  const tail = k === 1 ? `<p>ID：cyzk2024</p>` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head>
<body><div class="nav">${menu(['首页', '评论', '观点', '财经'])}</div>
<div class="art"><h1>${esc(a.title)}</h1>${info}
<div class="text">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${tail}</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-gluedcommentator-${k}`, html, gold: gold(a, { url, withTime: true, source: k === 0 ? site : account, author: k === 0 ? writer : null, notInBody: k === 0 ? ['特约评论员'] : ['ID：'] }) };
};

/** An outlet printed as its logo beside the time with no 来源 label. */
export const gLogoTime: Template = (a, k) => {
  const site = pick(['某某资讯', '某某新闻网'], k);
  const url = `https://www.example-lt${k}.com/a/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const info = pick([
    `<div class="info"><img class="src-logo" src="/logo/${pageId(a, 5)}.png" alt="${esc(a.source)}"><span>${dash(a.date)}</span></div>`,
    `<div class="info"><span class="t">${dash(a.date)}</span><a class="src" href="http://www.example-src.cn/"><img src="/logo/${pageId(a, 5)}.gif" alt="${esc(a.source)}" height="20"></a></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '要闻', '财经', '科技'])}</div>
<div class="art"><h1>${esc(a.title)}</h1>${info}
<div class="text">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="ed">责任编辑：${a.editor}</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-logotime-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['责任编辑'] }) };
};


/** A county office's page whose index table prints its labels in cells of their own without colons (生成日期, 签发日期), `<title>` the site alone. */
export const gIndexCells: Template = (a, k) => {
  const site = pick(['某某县人民政府网', '某某市某某区政府网'], k);
  const office = pick(['某某县商务局', '某某区科学技术局'], k);
  const url = `http://www.example-zf${k}.gov.cn/art/${a.date.slice(0, 4)}/${+a.date.slice(5, 7)}/${+a.date.slice(8, 10)}/art_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const day = a.date.slice(0, 10);
  const label = pick(['生成日期', '签发日期'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${site}</title></head>
<body><div class="nav">${menu(['首页', '政务公开', '政务服务', '互动交流', '走进本地'])}</div>
<table class="xxgk" border="1"><tr><td>索引号</td><td>${pageId(a, 6).toUpperCase()}/2024-0${+a.date.slice(8, 10) + 20}</td><td>发布机构</td><td>${office}</td></tr>
<tr><td>文号</td><td></td><td>${label}</td><td>${day}</td></tr></table>
<div class="title">${esc(a.title)}</div>
<div class="content">${a.paras.map((p) => `<p class="MsoNormal"><span style="font-family:仿宋">${esc(p)}</span></p>`).join('\n')}</div>
<div class="tool">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="foot">主办：${site.replace(/网$/, '')}　技术支持：某某信息公司</div></body></html>`;
  return { name: `g-indexcells-${k}`, html, gold: gold(a, { url, withTime: false, source: office, author: null, notInBody: ['索引号', '发布机构', '打印本页'] }) };
};

/** A review whose text box closes with a 配置参数 table and a picture set (图集) with numbered captions. */
export const gSpecTable: Template = (a, k) => {
  const site = pick(['某某科技网', '某某评测室'], k);
  const url = `https://www.example-pc${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const spec = `<table class="params"><tr><th colspan="2">配置参数</th></tr><tr><td>屏幕</td><td>6.7英寸 2K</td></tr><tr><td>处理器</td><td>某某8 Gen4</td></tr><tr><td>电池</td><td>5600mAh</td></tr></table>`;
  const gallery = `<div class="atlas"><p><strong>${pick(['图集', '产品图赏'], k)}</strong></p><p><img src="/g/1.jpg"></p><p>图1 正面外观</p><p><img src="/g/2.jpg"></p><p>图2 背部镜头模组</p></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '手机', '电脑', '评测', '导购'])}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="article-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${pick([spec + gallery, gallery + spec], k)}
</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-spectable-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['配置参数', '处理器', pick(['图集', '产品图赏'], k), '背部镜头'] }) };
};

/** An association's 会员动态 whose site name stands in `<h1>` and `<title>` but not in its footer; the headline a plain `<div>`. */
export const gMemberMasthead: Template = (a, k) => {
  const assoc = pick(['某某省软件行业协会', '某某市电子商务协会'], k);
  const url = `http://www.example-sa${k}.org/${pick(['hyfc', 'hydt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['会员风采', '会员动态'], k)}_${assoc}</title></head>
<body><div class="top"><h1>${assoc}</h1><a>会员登录</a><a>入会申请</a></div><div class="nav">${menu(['首页', '协会概况', '会员风采', '政策法规', '联系我们'])}</div>
<div class="pos">当前位置：首页 &gt; ${pick(['会员风采', '会员动态'], k)}</div>
<div class="main"><div class="h">${esc(a.title)}</div><div class="d">${pick([`发布时间：${dash(a.date)}`, `时间：${a.date.slice(0, 10)}　来源：${esc(a.source)}`], k)}</div>
<div class="c">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div></div>
<div class="foot">版权所有 © 2024　地址：某某市某某路1号　技术支持：某某网络</div></body></html>`;
  return { name: `g-membermasthead-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: k === 0 ? null : a.source, author: null, notInBody: ['会员登录', '当前位置'] }) };
};

/** A county's 政务公开 page whose index table (eight cells and more) stands well above the headline, its text closed by a signature dated earlier. */
export const gIndexFar: Template = (a, k) => {
  const site = pick(['某某县人民政府', '某某旗人民政府'], k);
  const office = pick(['某某县应急管理局', '某某旗农牧局'], k);
  const url = `http://www.example-qx${k}.gov.cn/zwgk/${pageId(a, k)}.html`;
  const day = a.date.slice(0, 10);
  const signed = addDay(day, -2);
  const cell = (l: string, v: string): string => `<td class="l">${l}</td><td class="v">${v}</td>`;
  const rows = pick([
    [cell('索引号', `${pageId(a, 7).toUpperCase()}/2024-00${k + 31}`), cell('主题分类', '综合政务'), cell('发布机构', office), cell('发文字号', ''), cell('生成日期', day), cell('有效性', '有效')],
    [cell('索 引 号：', pageId(a, 7).toUpperCase()), cell('信息分类：', '通知公告'), cell('发布机构：', office), cell('文　　号：', ''), cell('成文日期：', signed), cell('发布日期：', day)],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${site}</title></head>
<body><div class="head">${site}</div><div class="nav">${menu(['首页', '政务公开', '政务服务', '互动交流', '走进本县'])}</div>
<div class="wz">您的位置：<a>首页</a> &gt; <a>政务公开</a></div>
<table class="syh"><tr>${rows.slice(0, 2).join('')}</tr><tr>${rows.slice(2, 4).join('')}</tr><tr>${rows.slice(4).join('')}</tr></table>
<div class="bt"><p>${esc(a.title)}</p></div>
<div class="WordSection1">${a.paras.map((p) => `<p class="MsoNormal" style="text-indent:2em"><span lang="EN-US"></span><span style="font-family:仿宋_GB2312">${esc(p)}</span></p>`).join('\n')}
<p class="MsoNormal" align="right"><span>${office}</span></p><p class="MsoNormal" align="right"><span>${cnDate(signed)}</span></p></div>
<div class="xg">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="foot">主办：${site}办公室</div></body></html>`;
  return { name: `g-indexfar-${k}`, html, gold: { ...gold(a, { url, withTime: false, source: office, author: null, notInBody: ['索引号', '主题分类', '打印本页'].slice(k) }), body_last: cnDate(signed).slice(-12) } };
};

/** A party outlet's channel page: `某某网记者　X` opening the text box, a contribution note glued to the last paragraph or on its own after a share row, `(责编：X、Y)`. */
export const gChannelNote: Template = (a, k) => {
  const site = pick(['某某网', '某某在线'], k);
  const reporter = a.author ?? pick(['蒋一鸣', '沈若溪'], k);
  const url = `http://${pick(['sd', 'gx'], k)}.example-rmw${k}.com.cn/n2/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/c${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const note = pick(['（实习生罗蓝对本文亦有贡献）', '（通讯员许可、见习记者罗蓝参与采写）'], k);
  const last = a.paras[a.paras.length - 1];
  const paras = k === 0 ? [...a.paras.slice(0, -1), last + note] : a.paras;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${pick(['某地频道', '地方频道'], k)}--${site}</title></head>
<body><div class="nav">${menu(['首页', '时政', '经济', '社会', '文旅', '图片'])}</div>
<div class="col-1"><h1>${esc(a.title)}</h1><div class="box01"><div class="fl">${dash(a.date)}　来源：<a href="/">${site}－${pick(['某地频道', '地方频道'], k)}</a></div><div class="fr">分享到：<a>微信</a><a>微博</a></div></div>
<div class="rm_txt_con">
<p>${site}记者　${reporter}</p>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 1 ? `<p class="share">分享让更多人看到</p><p>${note}</p>` : ''}
<div class="edit">(责编：${a.editor}、王岩)</div>
</div></div>
<div class="foot">${site}版权所有，未经书面授权禁止使用</div></body></html>`;
  return { name: `g-channelnote-${k}`, html, gold: gold(a, { url, withTime: true, source: `${site}－${pick(['某地频道', '地方频道'], k)}`, author: [reporter, null], notInBody: [pick(['亦有贡献', '参与采写'], k), '责编', '分享'] }) };
};

/** A review's text box opened by a one-line verdict and closed by a 评分 box with 优点/缺点, or a picture set inside the text. */
export const gVerdictBox: Template = (a, k) => {
  const site = pick(['某某数码评测', '某某极客'], k);
  const url = `https://www.example-pj${k}.com/review/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const verdict = pick(['<p class="verdict"><strong>一句话点评：</strong>续航扎实、影像出色，但机身偏重</p>', '<div class="summary">编辑点评：同价位里少见的均衡之作</div>'], k);
  const scoreBox = pick([
    '<div class="score"><p>综合评分：8.6</p><p>优点：续航扎实；影像出色</p><p>缺点：机身偏重；充电器需另购</p></div>',
    '<div class="proscons"><h4>评分 8.9</h4><ul><li>+ 屏幕素质高</li><li>+ 系统流畅</li><li>- 价格偏高</li></ul></div>',
  ], k);
  const mid = Math.ceil(a.paras.length / 2);
  const atlas = `<div class="atlas"><img src="/g/${pageId(a, 2)}.jpg"><p>图集（共6张）</p><a>查看大图</a></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '手机', '笔记本', '评测', '导购'])}</div>
<div class="article"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="article-body">
${verdict}
${a.paras.slice(0, mid).map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 1 ? atlas : ''}
${a.paras.slice(mid).map((p) => `<p>${esc(p)}</p>`).join('\n')}
${scoreBox}
</div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-verdictbox-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: [pick(['一句话点评', '编辑点评'], k), pick(['综合评分', '评分'], k), pick(['缺点', '价格偏高'], k)] }) };
};

export const DEV_TEMPLATES_AE: Template[] = [gCountyIndex, gEditionPaper, gAssocCrumb, gNeighbourTail, gColumnKicker, gGluedCommentator, gLogoTime, gIndexCells, gSpecTable, gMemberMasthead, gIndexFar, gChannelNote, gVerdictBox];
