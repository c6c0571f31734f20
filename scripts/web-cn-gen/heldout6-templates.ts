/**
 * Page templates for the sixth held-out part, written for #17's second round before its tuning and scored once
 * before and once after: families none of the other templates print (a university's news page, an association's
 * site, a quote-heavy finance page, a news app's H5 share page, a community post, a bilingual page and a county
 * portal of nested tables).
 */
import { cnDay, cnTime, dash, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

const MORE = ['学院召开2024年度工作会议', '我校在全国大赛中获佳绩', '协会举办会员单位交流活动'];

/** A university's 新闻网 page: 来源/作者/摄影/编辑/审核 line with 点击数, photo and caption first, 上一条/下一条. */
export const z6University: Template = (a, k) => {
  const school = pick(['某某大学新闻网', '某某理工大学'], k);
  const url = `https://news.example-univ${k}.edu.cn/info/1002/${60000 + k}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${school}</title></head><body>
<div class="top"><img src="/logo.png" alt="${school}"><ul><li>首页</li><li>学校要闻</li><li>综合新闻</li><li>媒体视角</li></ul></div>
<div class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>${pick(['学校要闻', '媒体视角'], k)}</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content-title"><h1>${esc(a.title)}</h1></div>
<div class="content-info">${pick(['来源：', '稿件来源：'], k)}${esc(a.source)}　作者：${esc(a.author ?? '党委宣传部')}　摄影：${pick(['刘明', '校团委'], k)}　编辑：${esc(a.editor)}　审核：${pick(['王芳', '赵强'], k)}　发布时间：${pick([dayOnly(a.date), cnDay(a.date)], k)}　点击数：<span id="dynclicks">${1024 + k}</span></div>
<div class="v_news_content" id="vsb_content">
<p style="text-align:center"><img src="/__local/1/AB/CD/photo${k}.jpg" width="600"></p>
<p style="text-align:center">${pick(['图为活动现场', '图为签约仪式现场（摄影：刘明）'], k)}</p>
${ps(a.paras, true)}
</div>
<div id="div_vote_id"></div>
<div class="fenxiang">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="prev-next"><p>上一条：${MORE[0]}</p><p>下一条：${MORE[1]}</p></div>
<div class="close">【<a>关闭</a>】</div></form>
<div class="footer">版权所有 © ${school}　地址：某某市某某路1号　邮编：610000</div></body></html>`;
  return { name: `o-univ-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['图为', '分享到', '上一条', '下一条', '点击数', '版权所有'] }) };
};

/** An association's site: 行业动态 column, the text in a nested table cell, 信息来源 below the text, 打印/关闭. */
export const z6Association: Template = (a, k) => {
  const assoc = pick(['中国某某行业协会', '某某省电子信息行业联合会'], k);
  const url = `http://www.example-assoc${k}.org.cn/html/hydt/${urlDay(a.date)}/${7000 + k}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${assoc}--${esc(a.title)}</title></head><body>
<table width="1000" align="center"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td class="menu">网站首页 | 协会概况 | 行业动态 | 会员服务 | 政策法规 | 联系我们</td></tr></table>
<table width="1000" align="center"><tr><td width="240" valign="top"><div class="left"><h4>行业动态</h4><ul>${MORE.map((t) => `<li>${t}</li>`).join('')}</ul></div></td>
<td valign="top"><table width="100%"><tr><td class="position">当前位置：首页 &gt; 行业动态</td></tr>
<tr><td align="center" class="biaoti"><strong>${esc(a.title)}</strong></td></tr>
<tr><td align="center" class="ly">发布日期：${slash(a.date).slice(0, 10)}　　浏览：${300 + k}次</td></tr>
<tr><td class="nr"><div>
${ps(a.paras, true)}
</div></td></tr>
<tr><td class="xxly">信息来源：${esc(a.source)}</td></tr>
<tr><td align="right">【<a>打印此页</a>】【<a>关闭窗口</a>】</td></tr></table></td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>主办：${assoc}　秘书处电话：010-6${k}000000　京ICP备0500000${k}号</td></tr></table></body></html>`;
  return { name: `o-assoc-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['信息来源', '打印此页', '关闭窗口', '秘书处', '浏览：'] }) };
};

/** A 东方财富-like finance page: quote boxes (price, change) above the text, 文章来源 line, 郑重声明 and 风险提示 after. */
export const z6Quotes: Template = (a, k) => {
  const url = `https://finance.example-em${k}.com/a/${urlDay(a.date)}${3100000000 + k}.html`;
  const quote = (code: string, name: string, p: string, c: string): string =>
    `<div class="stock-quote"><a class="name">${name}</a><span class="code">${code}</span><span class="price">${p}</span><span class="chg">${c}</span></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['东方某某网', '某某财经'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 40))}"></head><body>
<div class="topnav"><a>首页</a> <a>行情</a> <a>数据</a> <a>股吧</a> <a>基金</a> <a>开户</a></div>
<div class="mainleft"><div class="newsContent"><h1>${esc(a.title)}</h1>
<div class="infos"><div class="item">${cnTime(a.date)}</div><div class="item">来源：${esc(a.source)}</div>${a.author ? `<div class="item">作者：${esc(a.author)}</div>` : ''}<div class="item">评论(${12 + k})</div></div>
<div class="stockquotes">${quote('600000', '某某科技', '12.34', '+2.15%')}${quote('000001', '某某电子', '8.76', '-0.45%')}</div>
<div class="abstract"><span class="abstract-title">摘要</span>【${esc(a.title)}】${esc(a.paras[0].slice(0, 36))}…</div>
<div class="txtinfos" id="ContentBody">
${ps(a.paras)}
<p class="em_media">（文章来源：${esc(a.source)}）</p>
</div>
<div class="res-edit">（责任编辑：${pick(['DF' + (300 + k), 'DF07' + k], k)}）</div>
<div class="declare"><p>郑重声明：${pick(['本文仅代表作者个人观点，与本网站无关，不构成投资建议。', '发布此信息的目的在于传播更多信息，与本站立场无关。'], k)}</p><p>风险提示：股市有风险，投资需谨慎。</p></div>
<div class="related"><h3>相关个股</h3>${quote('300750', '某某时代', '180.20', '+1.02%')}</div></div></div>
<div class="mainright"><h3>热门股吧</h3><p>某某科技吧</p><p>某某电子吧</p></div></body></html>`;
  return { name: `o-quotes-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['摘要', '文章来源', '责任编辑', '郑重声明', '风险提示', '相关个股', '+2.15%'] }) };
};

/** A news app's H5 share page: 打开APP banners top and middle, 展开全文, 下载客户端 and 热门评论 after. */
export const z6AppShare: Template = (a, k) => {
  const app = pick(['某某新闻客户端', '某某头条'], k);
  const url = `https://h5.example-app${k}.com/share/article/${pageId(a, k)}?from=wx`;
  const half = Math.ceil(a.paras.length / 2);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${app}"></head><body>
<div class="open-app-bar"><img src="/icon.png"><span>${app}</span><span>看更多精彩内容</span><a class="btn">打开APP</a></div>
<div class="article"><h1 class="art-title">${esc(a.title)}</h1>
<div class="art-meta"><span class="media">${esc(a.source)}</span><span class="time">${pick([dash(a.date), cnTime(a.date)], k)}</span><span class="follow">+关注</span></div>
<div class="art-content">
${ps(a.paras.slice(0, half))}
<div class="app-inline"><span>${pick(['打开APP阅读全文', 'APP内打开，阅读体验更佳'], k)}</span></div>
${ps(a.paras.slice(half))}
</div>
<div class="expand">展开全文</div>
<div class="statement">${pick(['本文为' + app + '作者上传并发布，仅代表该作者观点。', '特别声明：以上内容仅代表作者本人观点。'], k)}</div></div>
<div class="hot-comments"><h3>热门评论</h3><p>网友甲：说得好</p><p>网友乙：支持国产</p></div>
<div class="download"><p>下载${app}，查看更多评论</p><a>立即下载</a></div></body></html>`;
  return { name: `o-appshare-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['打开APP', '展开全文', '热门评论', '立即下载', '+关注', '仅代表'] }) };
};

/** A community (社区) post: 楼主 card with 等级/积分, 发表于, the post, 评分 and 回复 floors after. */
export const z6Community: Template = (a, k) => {
  const user = pick(['通信老兵2019', '芯片观察员'], k);
  const url = `https://bbs.example-cm${k}.com/thread-${880000 + k}-1-1.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['行业讨论', '技术交流'], k)} - 某某社区</title></head><body>
<div class="hd"><a>社区首页</a> <a>版块</a> <a>精华</a> <a>登录</a> <a>注册</a></div>
<div class="crumbs">某某社区 › ${pick(['行业讨论', '技术交流'], k)} › 查看帖子</div>
<div class="thread-head"><h1 id="thread_subject">${esc(a.title)}</h1><span class="views">查看: ${5000 + k}</span><span class="replies">回复: ${40 + k}</span></div>
<div class="post" id="post_1"><div class="post-user"><a class="xw1">${esc(user)}</a><p>等级：${pick(['版主', '高级会员'], k)}</p><p>积分：${2300 + k}</p><p>帖子：${410 + k}</p></div>
<div class="post-main"><div class="authi"><span class="lz">楼主</span> 发表于 ${dash(a.date)} <a>只看该作者</a></div>
<div class="t_f" id="postmessage_1">
${ps(a.paras)}
</div>
<div class="rate">评分 参与人数 3　威望 +6　收起理由：${pick(['很给力!', '原创内容'], k)}</div>
<div class="sign">${pick(['个人签名：专注通信行业二十年', '签名：做一个安静的观察者'], k)}</div></div></div>
<div class="post" id="post_2"><div class="post-user"><a class="xw1">${pick(['路过的工程师', '数据控'], k)}</a></div>
<div class="post-main"><div class="authi">沙发 发表于 ${dash(a.date)}</div><div class="t_f">${pick(['感谢楼主分享，数据很详实。', '写得很透彻，收藏了。'], k)}</div></div></div>
<div class="ft">Powered by 某某社区 © 2001-2024</div></body></html>`;
  return { name: `o-community-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: user, notInBody: ['只看该作者', '评分', '签名', '沙发', '感谢楼主', '积分'] }) };
};

/** A bilingual page: the Chinese text, then its English version under an English headline; the gold is the Chinese part. */
export const z6Bilingual: Template = (a, k) => {
  const url = `https://www.example-bi${k}.cn/${urlDay(a.date).slice(0, 6)}/${urlDay(a.date).slice(6)}/WS${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['双语新闻', '中英对照'], k)}</title>
<meta name="publishdate" content="${dash(a.date)}"></head><body>
<div class="nav"><a>首页</a> <a>双语</a> <a>English</a> <a>学习</a></div>
<div class="main"><h1>${esc(a.title)}</h1>
<div class="info">${pick(['来源：', '来源： '], k)}${esc(a.source)}　${dash(a.date)}${a.author ? `　作者：${esc(a.author)}` : ''}</div>
<div id="Content">
${ps(a.paras)}
</div>
<div class="en"><h2>${pick(['English version', 'In English'], k)}</h2><p>The report said investment in the sector kept growing this year, with new projects across several provinces and further support expected.</p><p>Experts noted that challenges remain in coordination and pricing rules.</p></div>
<div class="vocab"><h3>${pick(['重点词汇', 'Vocabulary'], k)}</h3><p>infrastructure 基础设施</p><p>capacity 产能</p></div>
<div class="editor">${pick(['编辑：', '责任编辑：'], k)}${esc(a.editor)}</div></div></body></html>`;
  return { name: `o-bilingual-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['English version', 'In English', 'The report said', '重点词汇', 'Vocabulary', '编辑'] }) };
};

/** A county portal: outer layout tables, the article in a table nested three deep, 字体：大 中 小 and 附件/相关文章 rows. */
export const z6County: Template = (a, k) => {
  const county = pick(['某某县人民政府', '某某县融媒体中心'], k);
  const url = `http://www.example-county${k}.gov.cn/zwdt/xzdt/content_${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['乡镇动态', '部门动态'], k)}_${county}</title></head><body>
<table width="100%"><tr><td align="center"><table width="1100"><tr><td class="banner">${county}</td></tr>
<tr><td><table width="100%" class="nav"><tr><td>首页</td><td>政务动态</td><td>政府信息公开</td><td>政务服务</td><td>互动交流</td></tr></table></td></tr>
<tr><td><table width="100%"><tr><td class="wz">您当前的位置：首页 &gt; 政务动态 &gt; ${pick(['乡镇动态', '部门动态'], k)}</td></tr>
<tr><td><table width="96%" align="center" class="article"><tr><td class="title" align="center">${esc(a.title)}</td></tr>
<tr><td class="source" align="center">发布时间：${dash(a.date)}　来源：${esc(a.source)}　浏览次数：<span>${60 + k}</span>　字体：[<a>大</a> <a>中</a> <a>小</a>]</td></tr>
<tr><td class="content"><table width="100%"><tr><td>
${ps(a.paras, true)}
</td></tr></table></td></tr>
<tr><td class="fj">附件：无</td></tr>
<tr><td class="xg"><b>相关文章</b><br>${MORE.map((t) => `<a>${t}</a><br>`).join('')}</td></tr>
<tr><td align="center">【<a>打印</a>】【<a>关闭</a>】</td></tr></table></td></tr></table></td></tr>
<tr><td class="foot">主办单位：${county}办公室　政府网站标识码：${5100000000 + k}　${pick(['川', '赣'], k)}公网安备 51000002000${k}号</td></tr></table></td></tr></table></body></html>`;
  return { name: `o-county-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['浏览次数', '字体', '附件', '相关文章', '打印', '网站标识码'] }) };
};

export const HELDOUT6_TEMPLATES: Template[] = [z6University, z6Association, z6Quotes, z6AppShare, z6Community, z6Bilingual, z6County];
