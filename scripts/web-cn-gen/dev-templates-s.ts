/**
 * Dev templates (tuned on) for #17's tenth round, its second half (the first is dev-templates-r.ts): the kinds held-out
 * 20 missed (told by field and family), each in a make and wording of its own — a listed company's announcement whose
 * container opens with the codes line and the headline again and closes with 特此公告, the 董事会 signature and a date (in
 * numerals or figures), on a page printing a disclosure day and a publication time; an office's bulletin with its 信息公开
 * table the only place naming the publisher and 抄报/抄送/印发 (or 报/送/发) lines in a block after the text; a 公示 whose last
 * lines are its contacts; a policy interpretation with a picture between paragraphs and 解读单位/解读人 lines after; a
 * school's news opening with a photo and its caption, credits after; a bilingual release whose Chinese and English
 * paragraphs alternate; and, for held-out 18's commentary (told by kind), a commentary signed by a mark and a name
 * above the text.
 */
import { cnDay, cnTime, dash, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

const paras = (list: string[], style = ''): string => list.map((p) => `<p${style}>${esc(p)}</p>`).join('\n');

function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[]; title?: string }): CnGold {
  return { url: o.url, title: o.title ?? a.title, date: o.date, source: o.source, author: o.author, body_first: text[0].slice(0, 12), body_last: text[text.length - 1].slice(-12), not_in_body: o.notInBody };
}

const NUMERAL = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** `二〇二四年十月八日`, as signatures print the day. */
function numeralDay(d: string): string {
  const n = (x: number): string => (x < 10 ? NUMERAL[x] : `${x >= 20 ? NUMERAL[Math.floor(x / 10)] : ''}十${x % 10 ? NUMERAL[x % 10] : ''}`);
  return `${[...d.slice(0, 4)].map((c) => NUMERAL[Number(c)]).join('')}年${n(Number(d.slice(5, 7)))}月${n(Number(d.slice(8, 10)))}日`;
}

/** A company's announcement: codes line and the headline again open the container; 特此公告, signature and date close it. */
export const devAnnouncementBox: Template = (a, k) => {
  const company = pick(['某某电子科技股份有限公司', '某某重工集团股份有限公司'], k);
  const title = `${company}${pick(['关于获得政府补助的公告', '关于签订日常经营重大合同的公告'], k)}`;
  const text = [...a.paras, '特此公告。', `${company}董事会`, pick([numeralDay(a.date), cnDay(a.date).replace(/年0/, '年').replace(/月0/, '月')], k)];
  const codes = `${pick(['股票代码', '证券代码'], k)}：${pick(['002XX5', '601XX8'], k)}　${pick(['股票简称', '证券简称'], k)}：${pick(['某某电子', '某某重工'], k)}　${pick(['公告编号', '编号'], k)}：${pick(['2024-041', '临2024-027'], k)}`;
  const url = `https://${pick(['ir.example-elec.com/notice', 'www.example-heavy.com.cn/tzzgx/gsgg'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}_${pick(['投资者关系', '公司公告'], k)}</title>
<script>var pageType = "notice"; var updated = "2023-12-29";</script></head><body>
<div class="topnav"><a>首页</a><a>公司介绍</a><a>产品与服务</a><a>新闻动态</a><a>投资者关系</a><a>人才招聘</a></div>
<div class="gg-wrap"><div class="gg-pos">投资者关系 &gt; ${pick(['临时公告', '公司公告'], k)}</div>
<h2 class="gg-h">${esc(title)}</h2>
<div class="gg-meta">${pick([`披露日期：${a.date.slice(0, 10)}　　发布时间：${dash(a.date)}:08`, `公告日期：${a.date.slice(0, 10)}　|　更新时间：${dash(a.date)}`], k)}</div>
<div class="gg-con">
<p style="text-align:left">${codes}</p>
${pick([`<p style="text-align:center"><strong>${esc(title)}</strong></p>`, `<h3 style="text-align:center">${esc(title)}</h3>`], k)}
${k === 0 ? '<p><strong>本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。</strong></p>' : ''}
${text.map((p, i) => `<p style="${i >= text.length - 2 ? 'text-align:right' : 'text-indent:2em'}">${esc(p)}</p>`).join('\n')}
</div>
<div class="gg-file"><a href="/upload/${pageId(a, k)}.pdf">${pick(['公告全文下载（PDF）', '点击下载原文'], k)}</a></div></div>
<div class="foot">${pick(['版权所有 © 某某电子科技股份有限公司', 'Copyright 某某重工集团 All Rights Reserved'], k)}　${pick(['粤ICP备10023456号', '湘ICP备08001234号'], k)}</div></body></html>`;
  const first = k === 0 ? ['本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。', ...text] : text;
  return { name: `g-announcebox-${k}`, html, gold: goldOf(a, first, { url, title, date: a.date, source: null, author: null, notInBody: ['代码', '简称', '编号', '下载', 'PDF', '版权所有'] }) };
};

/** An office's bulletin: the 信息公开 table alone names the publisher; distribution lines in their own block after the text. */
export const devBulletinDistribution: Template = (a, k) => {
  const office = pick(['某某省农业农村厅办公室', '某某市应急管理局'], k);
  const url = `http://${pick(['nynct', 'yjglj'], k)}.example-gov${k}.gov.cn/${pick(['zwgk/gzjb', 'xxgk/gzdt'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${pageId(a, k)}.html`;
  const lines = pick([
    ['抄报：省委办公厅，省政府办公厅。', '抄送：各市农业农村局，厅机关各处室。', '印发：2024年10月12日（共印80份）'],
    ['报：市委、市政府领导。', '送：市安委会各成员单位。', '发：各区县应急管理局，局机关各科室。'],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="head-nav"><a>首页</a><a>机构职能</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="con-wrap">
<div class="xxgk-box">${pick([`<ul class="xxgk-meta">
<li><b>索引号：</b>11430000006/2024-05100</li><li><b>分类：</b>农业、畜牧业</li>
<li><b>发布机构：</b>${office}</li><li><b>文号：</b>第27期</li>
<li><b>生成日期：</b>${cnDay(a.date)}</li><li><b>公开时限：</b>常年公开</li></ul>`, `<table class="gk"><tr><th>索引号</th><td>1136010000/2024-05101</td><th>信息分类</th><td>安全生产监管</td></tr>
<tr><th>发布单位</th><td>${office}</td><th>生成日期</th><td>${a.date.slice(0, 10)}</td></tr>
<tr><th>信息名称</th><td colspan="3">${esc(a.title)}</td></tr></table>`], k)}</div>
<div class="jianbao">${pick(['<p class="jb1">政务信息</p><p class="jb2">第27期</p>', `<p class="jb1">工作简报</p><p class="jb2">第9期</p><p class="jb3"><span>${office}编</span>　<span>${cnDay(a.date)}</span></p>`], k)}</div>
<h1 class="art-tit">${esc(a.title)}</h1>
<div class="art-txt">
${paras(a.paras, ' style="text-indent:2em"')}
<div class="distribute"><hr>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
</div>
<div class="art-tools"><a>【打印】</a><a>【关闭】</a></div></div>
<div class="foot">主办：${office}　网站标识码：${pick(['4300000012', '3601000008'], k)}</div></body></html>`;
  return { name: `g-bulletindist-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: office, author: null, notInBody: ['抄报', '抄送', '印发', '报：', '送：', '发：', '共印', '第27期', '第9期', '索引号'] }) };
};

/** A 公示 whose last lines are its contacts (联系人, 电话, 邮箱, 地址; or 咨询/监督电话). */
export const devPublicityContacts: Template = (a, k) => {
  const bureau = pick(['某某区人力资源和社会保障局', '某某县自然资源局'], k);
  const title = pick(['关于2024年度区级技能大师工作室拟认定名单的公示', '关于某某地块国有建设用地使用权拟出让情况的公示'], k);
  const contacts = pick([['联系人：职业能力建设科　陶某', '联系电话：0592-5188XXXX', '电子邮箱：zjk@example-rsj.gov.cn', '通讯地址：某某区行政服务中心三楼305室'], ['咨询电话：0797-6321XXXX', '监督电话：0797-6321XXXY']], k);
  const text = [...a.paras.slice(0, 3), ...contacts];
  const url = `https://www.example-dist${k}.gov.cn/${pick(['xxgk/gsgg', 'zwgk/tzgg'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}_${bureau}</title></head><body>
<div class="dh"><a>首页</a><a>政务公开</a><a>通知公告</a><a>办事服务</a><a>互动交流</a></div>
<div class="wz"><div class="wz-t">${esc(title)}</div>
<div class="wz-i">${pick([`时间：${dash(a.date)}　来源：${bureau}　浏览：1024`, `发布日期：${a.date.slice(0, 10)} ${a.date.slice(11)}　　发布单位：${bureau}`], k)}</div>
<div class="wz-c">
${text.map((p) => `<p style="text-indent:2em"><span style="font-family:仿宋">${esc(p)}</span></p>`).join('\n')}
</div>
<div class="wz-fj">${pick(['附件：拟认定名单.docx', '附件下载：宗地图.pdf'], k)}</div>
<div class="wz-tool">${pick(['【我要打印】【关闭窗口】', '分享到： 微信 微博　【打印】'], k)}</div></div>
<div class="foot">${bureau} 主办　${pick(['闽ICP备05012345号', '赣ICP备10001234号'], k)}</div></body></html>`;
  return { name: `g-contacts-${k}`, html, gold: goldOf(a, text, { url, title, date: a.date, source: bureau, author: null, notInBody: ['附件', '打印', '关闭', '浏览'] }) };
};

/** A policy interpretation: a picture between paragraphs; 解读单位/解读人/联系方式 lines after; 相关文件 links. */
export const devInterpretationCredits: Template = (a, k) => {
  const dept = pick(['市商务局', '省住房和城乡建设厅'], k);
  const url = `https://${pick(['swj', 'zjt'], k)}.example-gov${k + 2}.gov.cn/zcjd/${pageId(a, k)}.html`;
  const body = a.paras.map((p, i) => `<p style="text-indent:2em">${esc(p)}</p>${i === 0 ? `<p style="text-align:center"><img src="/zcjd/${pageId(a, k)}.png" alt="${pick(['图解', '一图读懂'], k)}"></p>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-政策解读-${dept}</title></head><body>
<div class="nav"><a>首页</a><a>政务公开</a><a>政策文件</a><a>政策解读</a><a>办事服务</a></div>
<div class="detail"><h1>${esc(a.title)}</h1>
<div class="info">${pick([`发布时间：${dash(a.date)}　来源：${dept}`, `${dash(a.date)}　信息来源：${dept}　【字体：大 中 小】`], k)}</div>
<div class="text">
${body}
${k === 0 ? '<p>解读部门：市商务局对外贸易科</p><p>解读人：某某某</p><p>联系电话：0591-8761XXXX</p>' : ''}
</div>
${k === 1 ? '<div class="jd"><p>解读机关：省住房和城乡建设厅</p><p>解读专家：某某大学 某某教授</p><p>咨询电话：0851-8583XXXX</p></div>' : ''}
<div class="xg">${pick(['相关文件：', '【相关政策】'], k)}<a>${pick(['关于促进外贸稳规模优结构的若干措施', '关于推进城市更新行动的实施意见'], k)}</a></div></div></body></html>`;
  return { name: `g-interpret-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: dept, author: null, notInBody: ['解读部门', '解读机关', '解读人', '解读专家', '联系电话', '咨询电话', '相关文件', '相关政策'] }) };
};

/** A school's news: a photo and its caption open the text's box; credits (文字/图片/编辑/审核) after. */
export const devCampusCaption: Template = (a, k) => {
  const school = pick(['某某职业技术大学', '某某师范学院'], k);
  const writer = a.author ?? '柯某某';
  const caption = pick(['学生在实训车间进行数控加工操作', '获奖学生合影'], k);
  const url = `https://${pick(['xww', 'news'], k)}.example-sch${k}.edu.cn/info/${1100 + k}/${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${school}</title></head><body>
<div class="menu"><a>首页</a><a>学校概况</a><a>院系设置</a><a>新闻中心</a><a>招生就业</a><a>校园文化</a></div>
<div class="news-con"><h2>${esc(a.title)}</h2>
<div class="news-meta">${pick([`作者：${writer}　来源：党委宣传部　时间：${dash(a.date)}`, `时间：${dash(a.date)}　作者：${writer}　来源：校团委　点击数：`], k)}</div>
<div class="v_news_content">
<p style="text-align:center"><img src="/__local/${pageId(a, k)}.jpg"></p>
<p style="text-align:center">${caption}</p>
${paras(a.paras, ' style="text-indent:2em"')}
<p style="text-align:right">${pick([`（供稿：机电工程学院　文字：${writer}　图片：宣传部　编辑：${a.editor}　审核：毛某）`, `文/${writer}　图/学生记者团　责任编辑：${a.editor}`], k)}</p>
</div>
<div class="sx"><p>上一条：<a>${pick(['学校举行秋季运动会', '我院召开教学工作会议'], k)}</a></p><p>下一条：<a>${pick(['学校获批省级实训基地', '学院与企业共建产业学院'], k)}</a></p></div></div>
<div class="side"><h3>${pick(['学校要闻', '院系动态'], k)}</h3><ul><li><a>学校召开党委常委会</a><span>2024-09-02</span></li><li><a>新生开学典礼隆重举行</a><span>2024-09-10</span></li></ul></div></body></html>`;
  return { name: `g-campuscap-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: pick(['党委宣传部', '校团委'], k), author: writer, notInBody: ['文字：', '审核', '图/', '责任编辑', '上一条', '下一条', caption] }) };
};

/** A bilingual release: each Chinese paragraph followed by its English; the English closes the text. */
export const devBilingualTurns: Template = (a, k) => {
  const english = pick([
    ['Operators reported steady user growth in the first nine months.', 'The ministry said it would keep cutting broadband fees for small firms.', 'Analysts expect gigabit access to reach more rural areas next year.'],
    ['Carmakers now count domestic chips among their main suppliers.', 'High-end parts are still largely imported, industry figures show.', 'Suppliers plan to double capacity by the end of next year.'],
  ], k);
  const text = a.paras.slice(0, 3).flatMap((p, i) => [p, english[i]]);
  const org = pick(['某某产业联盟', '某某国际商会'], k);
  const url = `https://www.example-union${k}.org/${pick(['news', 'cn/dt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | ${org}</title></head><body>
<div class="lang-switch"><a>简体中文</a> / <a>English</a></div>
<div class="nav"><a>首页</a><a>关于我们</a><a>新闻动态</a><a>会员服务</a><a>国际交流</a></div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="meta">${pick(['发布时间：', '时间：'], k)}${dash(a.date)}　${pick(['来源：', '信息来源：'], k)}${org}</div>
<div class="content">
${text.map((p) => `<p${/^[A-Z]/.test(p) ? ' lang="en"' : ''}>${esc(p)}</p>`).join('\n')}
</div>
<div class="share">${pick(['分享到：微信 LinkedIn', 'Share: WeChat Weibo'], k)}</div>
<div class="more"><h4>${pick(['相关新闻', 'Related News'], k)}</h4><ul><li><a>联盟年会在沪举行</a> 2024-06-12</li></ul></div></div></body></html>`;
  return { name: `g-bilingualturns-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: org, author: null, notInBody: ['分享到', 'Share', '相关新闻', 'Related News'] }) };
};

/** A signed commentary: a mark and the writer's name alone open the text (`○ X`, `■ X`); a bracketed note on the writer closes it. */
export const devMarkByline: Template = (a, k) => {
  const writer = pick(['欧阳某某', '钱某'], k);
  const paper = pick(['某某商报', '某某都市报'], k);
  const url = `https://${pick(['pinglun', 'opinion'], k)}.example-news${k + 4}.cn/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['评论频道', '观点'], k)}_${paper}</title></head><body>
<div class="nav"><a>首页</a><a>要闻</a><a>评论</a><a>财经</a><a>社会</a></div>
<div class="pl-art"><h1>${esc(a.title)}</h1><div class="pl-info">${dash(a.date)}　来源：${paper}</div>
<div class="pl-txt"><p>${pick(['○ ', '■ '], k)}${writer}</p>
${paras(a.paras)}
<p>${pick(['（作者是某某财经大学经济学院教授）', '（作者单位：某某省社会科学院）'], k)}</p></div>
<div class="pl-ed">${pick(['编辑：', '责编：'], k)}${a.editor}</div></div></body></html>`;
  return { name: `g-markbyline-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: paper, author: writer, notInBody: ['○', '■', '作者是', '作者单位', '编辑', '责编'] }) };
};

/** A full site's page around an ordinary article: scripts, an ad iframe and a script-written ad between paragraphs, a vote and comments in the article's wrapper, dated lists. */
export const devFullSite: Template = (a, k) => {
  const site = pick(['某某产经网', '某某市融媒体中心'], k);
  const url = `https://${pick(['www.example-cj', 'news.example-rmt'], k)}${k}.cn/${pick(['a', 'xw/bd'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.${pick(['html', 'shtml'], k)}`;
  const mid = Math.min(2, a.paras.length - 1);
  const text = [...a.paras.slice(0, mid).map((p) => `<p>${esc(p)}</p>`), pick(['<div class="ad-in"><iframe src="https://ad.example-union.cn/s?id=88" width="600" height="80"></iframe><span>广告</span></div>', '<script>document.write(\'<div class="tg"><a href="/app">下载客户端 阅读更多本地新闻</a></div>\');</script>'], k), ...a.paras.slice(mid).map((p) => `<p>${esc(p)}</p>`)];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 40))}"><meta property="og:title" content="${esc(a.title)}">
<script>window.__INITIAL__ = {"channel":"${pick(['chanye', 'bendi'], k)}","recommend":[{"t":"某某企业发布新品","d":"2023-05-06 10:00"}]};</script>
<script src="/js/vendor.${pageId(a, k)}.js"></script></head><body>
<div class="g-top"><a>登录</a> | <a>注册</a> | <a>投稿</a> | <a>APP下载</a></div>
<div class="g-nav">${['首页', '要闻', '产业', '财经', '科技', '汽车', '房产', '健康', '教育', '文旅', '视频', '图片', '专题', '评论', '数据'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</div>
<div class="g-crumb">${site} &gt; ${pick(['产业', '本地'], k)} &gt; 正文</div>
<div class="g-body"><div class="g-left"><div class="art-wrap">
<h1 class="art-h">${esc(a.title)}</h1>
<div class="art-m"><span>${dash(a.date)}</span><span>${pick(['来源：', '来源:'], k)}${a.source}</span>${a.author ? `<span>${pick(['作者：', '记者：'], k)}${a.author}</span>` : ''}<span class="share">分享 <a>微信</a><a>微博</a></span></div>
<div class="art-c">
${text.join('\n')}
</div>
<div class="art-e">${pick(['责任编辑：', '编辑：'], k)}${a.editor}</div>
<div class="vote"><a>赞 <b>36</b></a><a>踩 <b>2</b></a></div>
<div class="cmt"><div class="cmt-h">${pick(['网友评论', '全部评论'], k)}（2）</div><div class="cmt-i"><p class="u">网友 海风 ${a.date.slice(0, 4)}-12-01 08:30</p><p>这个消息很及时，希望后续多报道。</p></div><div class="cmt-i"><p class="u">网友 qwe123 ${a.date.slice(0, 4)}-12-02 21:05</p><p>支持！</p></div></div>
</div></div>
<div class="g-right"><div class="hot"><h3>${pick(['热点推荐', '24小时热闻'], k)}</h3><ul><li><a>某市出台支持民营经济发展新政</a><span>2024-12-01</span></li><li><a>新能源汽车下乡活动启动</a><span>2024-11-30</span></li></ul></div>
<div class="ad-r"><a><img src="/ad/r1.jpg"></a><i>广告</i></div></div></div>
<div class="g-foot"><p><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>网站地图</a></p><p>版权所有 © ${site}　${pick(['京ICP备12345678号', '鲁ICP备09012345号'], k)}　互联网新闻信息服务许可证：${pick(['11120180001', '37120190003'], k)}</p></div>
<script>(function(){var s=document.createElement("script");s.src="https://stat.example.cn/s.js?id=${pageId(a, k)}";document.body.appendChild(s);})();</script>
</body></html>`;
  return { name: `g-fullsite-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: a.author ?? null, notInBody: ['广告', '下载客户端', '责任编辑', '网友', '热点推荐', '24小时热闻', '支持！', '版权所有'] }) };
};

/** An old table layout: the text in `<br>` runs with &nbsp; indents inside nested tables and font tags, the information line in a cell. */
export const devOldTable: Template = (a, k) => {
  const org = pick(['某某县科学技术协会', '某某市侨务办公室'], k);
  const url = `http://www.example-old${k}.gov.cn/${pick(['news', 'Article/ShowArticle.asp?ArticleID='], k)}${k === 0 ? `/${pageId(a, k)}.htm` : '3021'}`;
  const text = a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}`).join('<br><br>\n');
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${org}--${esc(a.title)}</title>
<style>td{font-size:12px}</style><script language="javascript">function fontZoom(s){document.getElementById("fontzoom").style.fontSize=s+"px";}</script></head>
<body topmargin="0"><table width="980" align="center"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td class="menu"><a>网站首页</a> | <a>协会概况</a> | <a>工作动态</a> | <a>通知公告</a> | <a>科普之窗</a> | <a>学会园地</a> | <a>政策法规</a> | <a>下载中心</a></td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top"><table><tr><td class="lm">栏目导航</td></tr><tr><td><a>工作动态</a><br><a>基层科普</a><br><a>通知公告</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>${pick(['工作动态', '侨务新闻'], k)}</a></td></tr>
<tr><td align="center"><font size="4" color="#CC0000"><b>${esc(a.title)}</b></font></td></tr>
<tr><td align="center">${pick([`作者：${a.author ?? '佚名'}&nbsp;&nbsp;文章来源：${a.source}&nbsp;&nbsp;点击数：<script>document.write(318)</script>&nbsp;&nbsp;更新时间：${dash(a.date).slice(0, 10).replace(/-0?/g, '-')}`, `【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】　发布日期：${cnDay(a.date)}　来源：${a.source}`], k)}</td></tr>
<tr><td id="fontzoom" class="content"><font face="宋体">${text}</font></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a>${pick(['县科协开展科技下乡活动', '市侨办走访慰问归侨侨眷'], k)}</a><br>下一篇：<a>${pick(['全县青少年科技创新大赛举行', '海外侨胞来我市考察投资环境'], k)}</a></td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center">Copyright 2008-2024 ${org} 版权所有<br>技术支持：某某网络公司　${pick(['赣ICP备08001234号', '闽ICP备06012345号'], k)}</td></tr></table></body></html>`;
  return { name: `g-oldtable-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: a.source, author: k === 0 && a.author ? a.author : null, notInBody: ['打印此文', '关闭窗口', '上一篇', '下一篇', '版权所有', '点击数', '字体'] }) };
};

/** Links after the text inside its box without a label (titles with dates), a 标签 row, 上一篇/下一篇, and a one-link aside between paragraphs. */
export const devLinkedTail: Template = (a, k) => {
  const site = pick(['某某科技网', '某某能源观察'], k);
  const url = `https://www.example-tech${k + 7}.com/${pick(['news', 'article'], k)}/${pageId(a, k)}.html`;
  const mid = Math.min(2, a.paras.length - 1);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} - ${site}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 6))}"><link rel="canonical" href="${url}"></head><body>
<header><nav>${['首页', '快讯', '深度', '产业', '公司', '观点', '专题', '活动', '研究院'].map((n) => `<a>${n}</a>`).join('')}</nav></header>
<main class="container"><div class="row"><div class="col-main">
<div class="post-head"><h1>${esc(a.title)}</h1><p class="post-meta">${pick([`${a.source} · ${dash(a.date)}`, `${cnTime(a.date)}　来源：${a.source}`], k)}</p></div>
<div class="post-content">
${paras(a.paras.slice(0, mid))}
<aside class="inline-rel">${pick(['延伸阅读：', '相关：'], k)}<a href="/news/1.html">${pick(['多地加快布局算力基础设施', '储能项目招标规模创新高'], k)}</a></aside>
${paras(a.paras.slice(mid))}
<ul class="post-rel"><li><a href="/news/2.html">${pick(['工信部：加快推进新型工业化', '电池回收行业迎来规范发展'], k)}</a> <span>2024-05-1${k}</span></li><li><a href="/news/3.html">${pick(['一季度软件业务收入增长13%', '光伏组件价格企稳'], k)}</a> <span>2024-04-2${k}</span></li></ul>
<div class="post-tags">${pick(['标签：', 'TAGS：'], k)}<a>${pick(['算力', '储能'], k)}</a><a>${pick(['政策', '电池'], k)}</a></div>
<div class="post-nav"><a>上一篇：${pick(['某某公司发布年度报告', '行业协会召开年会'], k)}</a><a>下一篇：${pick(['某地出台新能源汽车支持政策', '锂价连续三周下跌'], k)}</a></div>
</div></div>
<div class="col-side"><h4>${pick(['排行榜', '热门文章'], k)}</h4><ol><li><a>某某企业获得新一轮融资</a></li><li><a>专家解读最新产业政策</a></li></ol></div></div></main>
<footer>© 2024 ${site}　<a>关于我们</a>　<a>联系我们</a>　${pick(['沪ICP备15001234号-2', '粤ICP备17012345号'], k)}</footer></body></html>`;
  return { name: `g-linkedtail-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['延伸阅读', '相关：', '标签', 'TAGS', '上一篇', '下一篇', pick(['工信部：加快推进新型工业化', '电池回收行业迎来规范发展'], k)] }) };
};

/** An event's news: the text, then a lone label (`【演出信息】`, `活动须知`) over its time, place and ticket lines. */
export const devEventInfoAfter: Template = (a, k) => {
  const venue = pick(['某某大剧院', '某某科技馆'], k);
  const url = `https://www.example-venue${k}.com/${pick(['news', 'hd'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${venue}</title></head><body>
<div class="nav"><a>首页</a><a>${pick(['演出', '展教'], k)}</a><a>资讯</a><a>会员</a><a>购票</a></div>
<div class="news"><h1>${esc(a.title)}</h1><div class="info">${pick(['日期：', '发布于 '], k)}${dash(a.date)}　${pick(['来源：', '来源：'], k)}${venue}</div>
<div class="news-text">${paras(a.paras)}
<p>${pick(['【演出信息】', '活动须知'], k)}</p>
<p>${pick(['演出时间：2024年12月20日 19:30', '活动时间：每周六 9:30—11:30'], k)}</p>
<p>${pick(['演出地点：某某大剧院歌剧厅', '活动地点：科技馆二楼创客空间'], k)}</p>
<p>${pick(['票价：80/180/280/380元', '参与方式：通过官方小程序免费预约'], k)}</p></div>
<div class="buy"><a>${pick(['立即购票', '我要预约'], k)}</a></div></div></body></html>`;
  return { name: `g-eventafter-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: venue, author: null, notInBody: ['演出信息', '活动须知', '票价', '参与方式', '购票', '预约'] }) };
};

/** An English abstract above a Chinese text that names people and places in Han characters within it. */
export const devAbstractWithHan: Template = (a, k) => {
  const abstract = pick([
    'Abstract: Zhang Wei (张伟), an analyst at a Beijing think tank, said demand for broadband and 5G services would keep growing as operators expand gigabit access in rural areas and smaller cities across the country.',
    'Summary: Carmakers in Anhui (安徽) and Guangdong (广东) have added domestic microcontrollers to their main models, though suppliers warn that high-end chips still depend on imports for at least two more years.',
  ], k);
  const org = pick(['某某智库', '某某产业研究院'], k);
  const url = `https://www.example-think${k}.org.cn/${pick(['yj', 'report'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${org}</title></head><body>
<div class="nav"><a>首页</a><a>研究成果</a><a>观点</a><a>English</a></div>
<div class="article"><h1>${esc(a.title)}</h1><div class="meta">${dash(a.date)}　来源：${org}</div>
<div class="article-body"><p>${esc(abstract)}</p>
${paras(a.paras)}</div></div></body></html>`;
  return { name: `g-abstracthan-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: org, author: null, notInBody: ['Abstract', 'Summary', pick(['张伟', '安徽'], k)] }) };
};

/** A clinic's or a bureau's news signed only in its closing credits, the writer labelled 文： or 文字：. */
export const devCreditsOnly: Template = (a, k) => {
  const writer = a.author ?? pick(['柯某某', '单某'], k);
  const org = pick(['某某市中医院', '某某区教育局'], k);
  const url = `https://www.example-org${k + 5}.cn/${pick(['yydt', 'jydt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${org}</title></head><body>
<div class="nav"><a>首页</a><a>${pick(['医院概况', '机构概况'], k)}</a><a>新闻中心</a><a>${pick(['就医指南', '办事服务'], k)}</a></div>
<div class="news"><h3>${esc(a.title)}</h3><div class="news-i">${pick(['发布时间：', '日期：'], k)}${cnDay(a.date)}　${pick(['来源：', '信息来源：'], k)}${pick(['宣传科', '办公室'], k)}</div>
<div class="news-t">${paras(a.paras)}
<p style="text-align:right">${pick([`（文：${writer}　摄影：聂某　审核：${a.editor}）`, `文字：${writer}　图片：${a.editor}　初审：胡某　终审：甄某`], k)}</p></div></div></body></html>`;
  return { name: `g-creditsonly-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date.slice(0, 10), source: pick(['宣传科', '办公室'], k), author: writer, notInBody: ['摄影', '审核', '图片：', '初审', '终审'] }) };
};

export const DEV_TEMPLATES_S: Template[] = [devAnnouncementBox, devBulletinDistribution, devPublicityContacts, devInterpretationCredits, devCampusCaption, devBilingualTurns, devMarkByline, devFullSite, devOldTable, devLinkedTail, devEventInfoAfter, devAbstractWithHan, devCreditsOnly];
