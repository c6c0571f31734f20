/**
 * Page templates for the twelfth held-out part, written for #17's fifth round by another hand before any change to
 * the extractor, in families no earlier part imitates: a people's congress and a CPPCC site, a university news
 * site, a health commission page, a customs page with an attachments list, a public-resource trading centre, a tech
 * medium with an author card, a city paper with the headline broken over two lines, a reprint naming two outlets,
 * an old GBK site declaring its charset only in http-equiv, a county media centre's app page and a page dated only
 * in its URL path.
 */
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, urlDay, type GenPage, type Template } from './common.js';
import { gbk } from './heldout4-templates.js';
import type { Held12Article } from './heldout12-pool.js';

/** The gold of a page; the kicker and subtitle, where printed, are never body. */
function g12(a: Held12Article, o: Parameters<typeof gold>[1], printsDeck = false): CnGold {
  const deck = printsDeck ? [a.kicker, a.subtitle].filter((s): s is string => !!s) : [];
  return gold(a, { ...o, notInBody: [...o.notInBody, ...deck] });
}

const page = (name: string, html: string, gold: CnGold): GenPage =>
  /charset="?(gbk|gb2312)/i.test(html) ? { name, html, bytes: gbk(html), gold } : { name, html, gold };
const num = (d: string, from: number, to: number): number => Number(d.slice(from, to));
const PEOPLE = ['沈一鸣', '周若冰', '韩子墨', '吕思琪'];

/** A people's congress site: masthead, 当前位置, a 肩题 in its own block, 字体 大中小, 打印本页/关闭窗口, 相关文章. */
export const v12Congress: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const org = pick(['某某市人大常委会', '某某省人大常委会'], k);
  const url = `http://www.example-rd${k}.gov.cn/rdyw/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${org}</title></head><body>
<div class="top"><div class="mast">${org.replace('人大常委会', '人民代表大会常务委员会')}</div>
<ul class="menu"><li>首页</li><li>人大要闻</li><li>立法工作</li><li>监督工作</li><li>代表工作</li></ul></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>人大要闻</a></div>
<div class="article">
${a.kicker ? `<div class="jt">${esc(a.kicker)}</div>` : ''}<div class="bt">${esc(a.title)}</div>${a.subtitle ? `<div class="ft">——${esc(a.subtitle)}</div>` : ''}
<div class="xx">${pick(['发布日期：', '发布时间：'], k)}${dayOnly(a.date)}　　来源：${esc(a.source)}${a.author ? `　　作者：${esc(a.author)}` : ''}　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom">
${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
</div>
<div class="dy">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="xgwz"><h4>相关文章</h4><ul><li><a>${pick(['常委会召开主任会议', '代表联络站开展集中接待'], k)}</a><span>${dayOnly(a.date)}</span></li></ul></div>
</div><div class="foot">主办：${org}办公厅　备案号：某ICP备0000000号</div></body></html>`;
  return page(`v-congress-${k}`, html, g12(a, { url, withTime: false, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['字体', '打印本页', '关闭窗口', '相关文章', '主办'] }, true));
};

/** A CPPCC site: `作者：记者 X 通讯员 Y` roles on the information line, 委员风采 column, 责任编辑 in brackets and 分享到 after. */
export const v12Cppcc: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const corr = pick(PEOPLE, k + 1);
  const url = `https://www.example-zx${k}.org.cn/${pick(['wyfc', 'lzyw'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${urlDay(a.date)}_${pageId(a, k)}.html`;
  const writers = a.author ? `记者　${esc(a.author)}　通讯员　${corr}` : `通讯员　${corr}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${pick(['某某政协网', '某某市政协'], k)}</title></head><body>
<div class="header"><a>政协概况</a> <a>委员风采</a> <a>履职动态</a> <a>提案工作</a></div>
<div class="main"><div class="col-name">${pick(['委员风采', '履职动态'], k)}</div>
<h1>${esc(a.title)}</h1>
<p class="info"><span>${pick(['时间：', '日期：'], k)}${cnTime(a.date)}</span>　<span>作者：${writers}</span>　<span>来源：${esc(a.source)}</span></p>
<div class="text">
${ps(a.paras, true)}
</div>
<p class="editor">【${pick(['责任编辑：', '编辑：'], k)}${esc(a.editor)}】</p>
<div class="bshare">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div></body></html>`;
  const author = a.author ? [a.author, `${a.author} ${corr}`, `${a.author}、${corr}`] : [corr, null];
  return page(`v-cppcc-${k}`, html, g12(a, { url, withTime: true, source: a.source, author, notInBody: ['通讯员', '责任编辑', '分享到', 'QQ空间'] }));
};

/** A university news site: a photo with a `X 摄` caption first, 作者/摄影/来源/发布时间/浏览次数, 审核 and 上一篇/下一篇 after. */
export const v12University: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const photo = pick(PEOPLE, k + 2);
  const dept = pick(['党委宣传部', '材料学院'], k);
  const caption = pick(['团队成员在实验室讨论实验方案', '活动现场'], k);
  const url = `https://news.example-u${k}.edu.cn/info/${1000 + k}/${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某大学新闻网', '某某理工大学'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>综合新闻</a> <a>学术科研</a> <a>媒体聚焦</a> <a>校园文化</a></div>
<form name="_newscontent_fromname"><div class="content-title"><h3>${esc(a.title)}</h3></div>
<div class="arti-metas"><span>${pick(['作者：', '文字：'], k)}${a.author ? esc(a.author) : dept}</span> <span>摄影：${photo}</span> <span>来源：${dept}</span> <span>发布时间：${dayOnly(a.date)}</span> <span>浏览次数：<span id="dynclicks_wbnews">1</span></span></div>
<div class="v_news_content">
<p style="text-align:center"><img src="/__local/${pageId(a, k)}.jpg"></p>
<p style="text-align:center">${caption}　${photo}　摄</p>
${ps(a.paras, true)}
</div>
<div class="check">${pick(['审核：', '审稿：'], k)}${esc(a.editor)}</div>
<div class="pn"><p>上一篇：<a>${pick(['学校召开研究生教育工作会议', '校友企业家座谈会举行'], k)}</a></p><p>下一篇：<a>${pick(['图书馆推出夜间自习服务', '学校获批两项国家重点研发计划'], k)}</a></p></div></form></body></html>`;
  return page(`v-university-${k}`, html, g12(a, { url, withTime: false, source: dept, author: a.author ? [a.author, null] : null, notInBody: [caption, `${photo}摄`, '审核', '审稿', '上一篇', '下一篇', '浏览次数'] }));
};

/** A health commission page: 信息来源 names a division, 供稿 credit after the text, 打印/关闭 and a QR note. */
export const v12Health: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const division = pick(['基层卫生健康处', '医政医管处'], k);
  const credit = pick(PEOPLE, k + 3);
  const url = `http://wjw.example-health${k}.gov.cn/${pick(['xwzx/gzdt', 'zwgk/jcws'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta name="keywords" content="${pick(['医共体,基层', '卫生健康'], k)}"></head><body>
<div class="banner">${pick(['某某省卫生健康委员会', '某某市卫生健康委员会'], k)}</div>
<div class="crumb">您现在的位置：首页 &gt; ${pick(['新闻中心 &gt; 工作动态', '政务公开 &gt; 基层卫生'], k)}</div>
<div class="detail"><h2 class="detail-title">${esc(a.title)}</h2>
<div class="detail-info">信息来源：${division}　|　发布日期：${cnDay(a.date)}　|　浏览量：${200 + k * 37}</div>
<div class="detail-con">
${ps(a.paras, true)}
<p style="text-align:right">（${pick(['供稿：', '通讯员：'], k)}${credit}）</p>
</div>
<div class="detail-tools"><a>【打印】</a><a>【关闭】</a></div>
<div class="qr"><img src="/qr.png">扫一扫在手机打开当前页</div></div></body></html>`;
  return page(`v-health-${k}`, html, g12(a, { url, withTime: false, source: division, author: [credit, null], notInBody: ['供稿', '通讯员', '打印', '关闭', '扫一扫', '浏览量'] }));
};

/** A customs page dated only by its URL path (`/art/2024/7/30/`, months unpadded), an 附件 list inside the text's container. */
export const v12Customs: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const url = `http://${pick(['nanjing', 'qingdao'], k)}.example-customs.gov.cn/art/${num(a.date, 0, 4)}/${num(a.date, 5, 7)}/${num(a.date, 8, 10)}/art_${2300 + k}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="head">${pick(['中华人民共和国某某海关', '某某海关'], k)}</div>
<div class="pos">首页 &gt; ${pick(['海关统计', '新闻发布'], k)}</div>
<table class="art"><tr><td class="title">${esc(a.title)}</td></tr>
<tr><td class="from">来源：${esc(a.source)}　　【字号 <a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="con">
${ps(a.paras, true)}
<p>附件：</p>
<p><a href="/fj/1.xlsx">1.${pick(['跨境电商进出口统计表', '分品类进出口情况'], k)}.xlsx</a></p>
<p><a href="/fj/2.docx">2.${pick(['数据解读', '名词解释'], k)}.docx</a></p>
</td></tr></table>
<div class="foot">版权所有：${pick(['某某海关', '中华人民共和国某某海关'], k)}</div></body></html>`;
  return page(`v-customs-${k}`, html, g12(a, { url, withTime: false, source: a.source, author: null, notInBody: ['附件', '.xlsx', '.docx', '字号', '版权所有'] }));
};

/** A public-resource trading centre's news page: a menu of 招标公告/中标公示, 【信息时间】【信息来源】【阅读次数】, a contact block after. */
export const v12Trading: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const url = `https://ggzy.example-jy${k}.gov.cn/${pick(['zxdt', 'gzdt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['某某市公共资源交易中心', '某某公共资源交易网'], k)}</title></head><body>
<div class="ewb-head">${pick(['某某市公共资源交易中心', '某某公共资源交易网'], k)}</div>
<div class="ewb-left"><ul><li>招标公告</li><li>中标候选人公示</li><li>政府采购</li><li>土地矿产</li><li>${pick(['中心动态', '工作动态'], k)}</li></ul></div>
<div class="ewb-right"><div class="ewb-article"><h3 class="article-title">${esc(a.title)}</h3>
<div class="info-sources">【信息时间：${dashSec(a.date)}】【信息来源：${esc(a.source)}】【阅读次数：<span id="viewcount">${90 + k}</span>】【<a>我要打印</a>】【<a>关闭</a>】</div>
<div class="ewb-article-info">
${ps(a.paras, true)}
</div>
<div class="ewb-fj">${pick(['相关附件：暂无', '附件下载：无'], k)}</div>
<div class="ewb-contact">${pick(['咨询电话：0000-12345678', '联系电话：0000-87654321（工作日）'], k)}</div></div></div></body></html>`;
  return page(`v-trading-${k}`, html, g12(a, { url, withTime: true, source: a.source, author: null, notInBody: ['信息时间', '阅读次数', '我要打印', '附件', '电话'] }));
};

/** A tech medium: author card with intro and 关注 above the headline, a reading count, 题图来源, an authorisation note and tags after. */
export const v12Tech: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const media = pick(['某某科技', '某媒体Pro'], k);
  const url = `https://www.example-tech${k}.com/${pick(['p', 'article'], k)}/${700000 + num(a.date, 8, 10) * 31 + k}.html`;
  const card = a.author
    ? `<div class="author-card"><img class="avatar" src="/a.png"><a class="name">${esc(a.author)}</a><span class="intro">${pick(['关注人工智能与芯片产业', '资深科技编辑，长期跟踪大模型'], k)}</span><a class="follow">+ 关注</a></div>`
    : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${media}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${media}"></head><body>
<div class="nav"><a>首页</a> <a>AI</a> <a>芯片</a> <a>汽车</a> <a>创投</a></div>
${card}
<h1 class="article-title">${esc(a.title)}</h1>
<div class="article-meta"><span class="time">${dash(a.date)}</span> <span class="read">${pick(['阅读 3.2万', '1.8w 阅读'], k)}</span></div>
<div class="article-content">
<p class="cover-note">${pick(['题图来源：视觉中国', '图片来源：AI生成'], k)}</p>
${ps(a.paras)}
<p class="copyright">${a.author ? `本文系作者 ${esc(a.author)} 授权${media}发表，` : ''}${pick(['转载请注明出处、作者和本文链接。', '未经授权不得转载。'], k)}</p>
</div>
<div class="tags"><a>#AI</a> <a>#大模型</a> <a>#${pick(['价格战', '开发者'], k)}</a></div>
<div class="more">${pick(['更多精彩内容，关注某某科技（ID：tech000）', '本文收录于「AI前沿」专栏'], k)}</div></body></html>`;
  return page(`v-tech-${k}`, html, g12(a, { url, withTime: true, source: null, author: a.author ? [a.author] : null, notInBody: ['题图来源', '图片来源', '转载', '#AI', '关注', '阅读'] }));
};

/** Where a headline breaks over two printed lines: after its space, else after its colon, else in the middle. */
function splitHeadline(t: string): [string, string] {
  const at = t.includes(' ') ? t.indexOf(' ') : t.includes('：') ? t.indexOf('：') + 1 : t.length >> 1;
  return [t.slice(0, at).trim(), t.slice(at).trim()];
}

/** A city paper's site: 肩题, the headline broken over two lines with `<br>`, 副题, then `time　outlet　记者 X`. */
export const v12SplitHead: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const [l1, l2] = splitHeadline(a.title);
  const url = `https://www.example-city${k}.com.cn/${pick(['news', 'local'], k)}/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/content_${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某新闻网', '某城在线'], k)}</title></head><body>
<div class="channel"><a>首页</a> <a>本地</a> <a>时政</a> <a>民生</a></div>
<div class="news-head">${a.kicker ? `<p class="yt">${esc(a.kicker)}</p>` : ''}
<h1 class="news-title">${esc(l1)}<br>${esc(l2)}</h1>${a.subtitle ? `<p class="fbt">${esc(a.subtitle)}</p>` : ''}
<div class="news-info">${cnTime(a.date)}　${pick(['', '来源：'], k)}${esc(a.source)}${a.author ? `　记者 ${esc(a.author)}` : ''}</div></div>
<div class="news-text">
${ps(a.paras, true)}
</div>
<div class="news-foot"><span>${pick(['编辑：', '值班编辑：'], k)}${esc(a.editor)}</span> <a>返回顶部</a></div></body></html>`;
  return page(`v-splithead-${k}`, html, g12(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['返回顶部', '编辑：'] }, true));
};

/** A reprint naming two outlets: `来源：X` beside the time, and a line opening the text naming the site it was taken from and X as the origin. */
export const v12Reprint: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const via = pick(['某某新闻网', '某某财经网'], k);
  const url = `https://www.example-rp${k}.com/${pick(['zx', 'cj'], k)}/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某资讯', '某某热点'], k)}</title></head><body>
<div class="menu"><a>首页</a> <a>资讯</a> <a>产业</a></div>
<div class="wrap"><h1>${esc(a.title)}</h1>
<div class="pubinfo"><span>${dash(a.date)}</span>　<span>来源：${esc(a.source)}</span></div>
<div class="content">
<p class="zz">${pick([`本文转自：${via}，原始来源：${a.source}`, `转载自${via}　原载：${a.source}`], k)}</p>
${ps(a.paras)}
<p class="ps">${pick(['（文章仅代表作者观点，不代表本站立场）', '（本站转载此文出于传递更多信息之目的）'], k)}</p>
</div>
<div class="hot"><h4>热点推荐</h4><p><a>${pick(['多地出台稳楼市新政', '消费电子旺季来临'], k)}</a> ${dayOnly(a.date)}</p></div></div></body></html>`;
  return page(`v-reprint-${k}`, html, g12(a, { url, withTime: true, source: a.source, author: null, notInBody: ['本文转自', '转载自', '原始来源', '原载', '代表作者观点', '本站转载', '热点推荐'] }));
};

/** An old county site served in GBK, declaring it only in http-equiv: unpadded dates, 作者/来源/点击 line, 【字体】【打印】. */
export const v12OldGbk: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const d = `${num(a.date, 0, 4)}-${num(a.date, 5, 7)}-${num(a.date, 8, 10)}`;
  const url = `http://www.example-xian${k}.gov.cn/${pick(['news', 'xxgk'], k)}/ShowArticle.asp?ArticleID=${4000 + num(a.date, 8, 10) * 7 + k}`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${pick(['gb2312', 'gbk'], k)}"><title>${esc(a.title)}</title></head><body>
<table width="980" align="center"><tr><td class="logo">${pick(['某某县人民政府', '某某县政务网'], k)}</td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top"><div class="lm">${pick(['本县新闻', '部门动态'], k)}</div></td><td valign="top">
<table width="100%"><tr><td align="center" class="tit"><b>${esc(a.title)}</b></td></tr>
<tr><td align="center" class="info">${a.author ? `作者：${esc(a.author)}　` : ''}来源：${esc(a.source)}　发布时间：${d}　点击数：${300 + k}　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="nr">${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br><br>`).join('\n')}</td></tr>
<tr><td align="right">【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td class="copy">${pick(['主办单位：某某县人民政府办公室', '版权所有 某某县人民政府'], k)}</td></tr></table></body></html>`;
  return page(`v-oldgbk-${k}`, html, g12(a, { url, withTime: false, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['点击数', '字体', '打印此文', '关闭窗口', '主办单位', '版权所有'] }));
};

/** A county media centre's app page: the centre's name beside `MM月DD日 HH:MM` (the year only in the URL), reads, comments with later dates. */
export const v12CountyApp: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const centre = pick(['某某县融媒体中心', '某某发布'], k);
  const url = `https://h5.example-rm${k}.cn/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${pageId(a, k)}.html`;
  const later = `${String(Math.min(28, num(a.date, 8, 10) + 1)).padStart(2, '0')}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(a.title)}</title></head><body>
<div class="app-bar"><img src="/logo.png"><span>${pick(['某某融媒客户端', '掌上某某'], k)}</span><a class="open">打开APP</a></div>
<div class="article"><h2 class="title">${esc(a.title)}</h2>
<div class="meta"><span class="src">${centre}</span> <span class="time">${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${a.date.slice(11)}</span> <span class="pv">${pick(['阅读 1.2万', '2356人看过'], k)}</span></div>
<div class="content">
${ps(a.paras)}
</div>
<p class="credit">${pick(['本期编辑：', '编辑：'], k)}${esc(a.editor)}　${pick(['审核：', '终审：'], k)}${pick(PEOPLE, k)}</p></div>
<div class="comments"><h4>${pick(['精彩评论', '网友评论'], k)}</h4><div class="c"><span>${pick(['用户8891', '山城小王'], k)}</span><span>${a.date.slice(5, 7)}-${later} 08:12</span><p>${pick(['点赞！', '希望落实到位'], k)}</p></div></div>
<div class="open-bottom">${pick(['打开APP，参与讨论', '下载客户端 看更多本地新闻'], k)}</div></body></html>`;
  return page(`v-countyapp-${k}`, html, g12(a, { url, withTime: true, source: centre, author: null, notInBody: ['编辑：', '审核', '终审', '评论', '打开APP', '客户端'] }));
};

/** A portal page that prints no date: the day only in the URL path (`/gn/2024/07-30/`), 来源 and 编辑 around the text. */
export const v12UrlDated: Template = (a0, k) => {
  const a = a0 as Held12Article;
  const url = `https://www.example-cn${k}.com/${pick(['gn', 'cj'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 10)}/${10200000 + num(a.date, 8, 10) * 13 + k}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某新网', '某某新闻'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>国内</a> <a>财经</a> <a>社会</a> <a>图片</a></div>
<div class="content_left"><h1 class="content_left_title">${esc(a.title)}</h1>
<div class="content_left_time">来源：${esc(a.source)}　<a>参与互动</a></div>
<div class="left_zw">
${ps(a.paras, true)}
</div>
<div class="adEditor"><div class="left_name">【${pick(['编辑：', '责任编辑：'], k)}${esc(a.editor)}】</div></div>
<div class="tjzx"><h4>${pick(['推荐阅读', '图片新闻'], k)}</h4><p><a>${pick(['多部门部署秋冬季安全生产', '全国铁路国庆发送旅客创新高'], k)}</a></p></div></div></body></html>`;
  return page(`v-urldated-${k}`, html, g12(a, { url, withTime: false, source: a.source, author: null, notInBody: ['参与互动', '编辑：', '推荐阅读', '图片新闻'] }));
};

export const HELDOUT12_TEMPLATES: Template[] = [
  v12Congress,
  v12Cppcc,
  v12University,
  v12Health,
  v12Customs,
  v12Trading,
  v12Tech,
  v12SplitHead,
  v12Reprint,
  v12OldGbk,
  v12CountyApp,
  v12UrlDated,
];
