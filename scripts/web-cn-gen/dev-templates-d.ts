/**
 * Dev templates (tuned on) for families the first ones leave out: a company's news page, a newspaper's digital
 * edition (版面 navigation around the article; the 版次 line is left out: the set keeps it in the body), a Discuz-like forum post, a 信息公开 page with attachments, a
 * portal laid out in tables, a page whose text is only in JSON-LD beside a teaser.
 */
import { cnDay, dash, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

const OTHERS = ['公司荣获省级专精特新企业称号', '集团召开年度安全生产工作会议', '新一代工业网关正式发布', '公司与高校共建联合实验室'];

/** A company's 新闻中心 page: 发布时间/浏览量 line, 分享 bar, 上一篇/下一篇 and contact block below. */
export const devEnterprise: Template = (a, k) => {
  const co = pick(['某某通信技术股份有限公司', '某某新能源科技集团'], k);
  const url = `https://www.example-corp${k}.com/news/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${co}</title></head><body>
<div class="header"><div class="logo">${co}</div><ul class="menu"><li><a>首页</a></li><li><a>关于我们</a></li><li><a>产品中心</a></li><li><a>新闻中心</a></li><li><a>联系我们</a></li></ul></div>
<div class="banner"><img src="/banner.jpg"></div>
<div class="container"><div class="pos">首页 &gt; 新闻中心 &gt; ${pick(['公司新闻', '行业动态'], k)}</div>
<div class="news_show"><h3 class="news_title">${esc(a.title)}</h3>
<div class="news_date">${pick([`发布时间：${dash(a.date)}　浏览量：${88 + k}`, `${slash(a.date)}　来源：${esc(a.source)}　点击：${120 + k}次`], k)}</div>
<div class="news_con">
${ps(a.paras)}
</div>
<div class="bdsharebuttonbox">分享到：<a>QQ空间</a><a>新浪微博</a><a>微信</a></div>
<div class="news_page"><p>上一篇：<a>${OTHERS[0]}</a></p><p>下一篇：<a>${OTHERS[1]}</a></p></div></div></div>
<div class="footer"><p>地址：江苏省南京市某某路88号　电话：025-8888${k}000</p><p>Copyright © 2024 ${co} 版权所有 苏ICP备1234${k}号</p></div></body></html>`;
  return { name: `g-enterprise-${k}`, html, gold: gold(a, { url, withTime: true, source: k ? a.source : null, author: null, notInBody: ['浏览量', '分享到', '上一篇', '版权所有', '电话'] }) };
};

/** A newspaper's digital edition: 版面 list and article titles around the article, 本版责编 and 版次 line below. */
export const devEpaper: Template = (a, k) => {
  const paper = pick(['中国电子报', '人民邮电报'], k);
  const url = `https://epaper.example${k}.cn/html/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/content_${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${paper}</title></head><body>
<table width="1000"><tr><td class="date">${cnDay(a.date)} 星期${pick(['二', '四'], k)}</td><td><a>上一期</a> <a>下一期</a> <a>往期回顾</a></td></tr></table>
<table width="1000"><tr><td width="300" valign="top"><div class="bmnr"><p><a>第01版：要闻</a></p><p><a>第02版：综合</a></p><p><a>第03版：产业</a></p></div>
<div class="titlelist"><p><a>${esc(a.title)}</a></p><p><a>${OTHERS[2]}</a></p><p><a>${OTHERS[3]}</a></p></div></td>
<td width="700" valign="top"><div class="article">
<div class="yinti">${esc(a.subtitle ?? '')}</div>
<h1 class="bt">${esc(a.title)}</h1>
<div class="fbt"></div>
<div class="zuozhe">${a.author ? `本报记者 ${esc(a.author)}` : ''}</div>
<div id="ozoom">
${ps(a.paras, true)}
</div>
<div class="bmbj">本版责编：${esc(a.editor)}　美编：${pick(['王琳', '赵阳'], k)}</div></div></td></tr></table>
<div class="copyright">${paper}社版权所有 未经书面授权不得复制或建立镜像</div></body></html>`;
  const notIn = ['本版责编', '美编', '第01版', '往期回顾'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-epaper-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: a.author, notInBody: notIn }) };
};

/** A Discuz-like forum post: 发表于 line, the poster's profile beside the post, replies and signatures below. */
export const devForum: Template = (a, k) => {
  const user = pick(['射频老王', 'battery_lee'], k);
  const url = `https://bbs.example${k}.com/thread-${300000 + k}-1-1.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['通信技术', '储能论坛'], k)} - ${pick(['某某通信论坛', '某某电池论坛'], k)} - Powered by Discuz!</title></head><body>
<div id="hd"><a>论坛</a> <a>导读</a> <a>搜索</a> <a>登录</a> <a>注册</a></div>
<div id="pt" class="bm cl"><a>首页</a> › <a>技术交流</a> › <a>${esc(a.title)}</a></div>
<div id="postlist"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">${user}</a></div><p>帖子 ${312 + k}</p><p>积分 ${2048 + k}</p></td>
<td class="plc"><div class="ts"><h1><span id="thread_subject">${esc(a.title)}</span></h1></div>
<div class="authi"><em>发表于 ${dash(a.date)}</em> | <a>只看该作者</a> | <a>倒序浏览</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${k}">
${a.paras.map((p) => `${esc(p)}<br><br>`).join('\n')}
</td></tr></table></div>
<div class="sign">签名：${pick(['专注射频二十年', '电池就是我的生命'], k)}</div></td></tr></table>
<table class="plhin"><tr><td class="pls"><a>路人甲</a></td><td class="plc"><div class="authi"><em>发表于 ${dash(a.date)}</em></div><div class="t_fsz"><table><tr><td class="t_f">${pick(['感谢分享，学习了！', '楼主说得对，顶一个。'], k)}</td></tr></table></div></td></tr></table></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2024 Comsenz Inc.</div></body></html>`;
  return { name: `g-forum-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: user, notInBody: ['只看该作者', '签名', '感谢分享', '楼主说得对', '帖子', '积分'] }) };
};

/** A 信息公开 page: 索引号 table, 附件 list after the text, 扫一扫 and 相关链接 beside it. */
export const devXxgk: Template = (a, k) => {
  const url = `https://www.example-xxgk${k}.gov.cn/xxgk/${a.date.slice(0, 4)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['政府信息公开', '信息公开专栏'], k)}</title>
<meta name="firstpublishedtime" content="${dash(a.date).replace(/[-: ]/g, '').slice(0, 12)}"></head><body>
<div class="top"><a>首页</a> <a>信息公开指南</a> <a>信息公开目录</a> <a>依申请公开</a></div>
<div class="xxgk-info"><table><tr><th>索引号：</th><td>000014349/2024-00${31 + k}</td><th>主题分类：</th><td>工业、交通</td></tr>
<tr><th>发文机关：</th><td>${esc(a.source)}</td><th>成文日期：</th><td>${cnDay(a.date)}</td></tr>
<tr><th>标题：</th><td colspan="3">${esc(a.title)}</td></tr><tr><th>发文字号：</th><td>工信厅${pick(['规', '信管'], k)}〔2024〕${12 + k}号</td><th>发布日期：</th><td>${dayOnly(a.date)}</td></tr></table></div>
<div class="content"><h1>${esc(a.title)}</h1>
<div class="pages_content" id="UCAP-CONTENT">
${ps(a.paras, false, ' style="text-indent:2em"')}
<p style="text-align:right">${esc(a.source)}</p>
<p style="text-align:right">${cnDay(a.date)}</p>
</div>
<div class="fj"><p>附件：<a>${pick(['1.申报书.docx', '申报指南.pdf'], k)}</a></p></div>
<div class="ewm">扫一扫在手机打开当前页</div></div>
<div class="xglj"><h3>相关链接</h3><p><a>${OTHERS[0]}</a></p></div></body></html>`;
  const g = gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['索引号', '发文字号', '扫一扫', '相关链接'] });
  g.body_last = cnDay(a.date);
  return { name: `g-xxgk-${k}`, html, gold: g };
};

export const DEV_TEMPLATES_D: Template[] = [devEnterprise, devEpaper, devForum, devXxgk];
