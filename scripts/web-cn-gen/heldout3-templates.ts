/**
 * Page templates for the third held-out part, written after the tuning was done and scored once: more markup
 * families and furniture wordings than the dev and first generated held-out templates.
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, yearless, type Template } from './common.js';

const MORE = ['多部门联合部署推进设备更新', '前三季度全国新增减税降费超万亿元', '国产大飞机累计交付突破百架', '全国统一大市场建设取得新进展'];

/** A ministry site of the newer make: info spans, article-content, 返回顶部/打印 and 相关稿件 below. */
export const xMinistry: Template = (a, k) => {
  const url = `https://www.example-mof${k}.gov.cn/zhengwuxinxi/${urlDay(a.date)}/t${pageId(a, k)}.htm`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['部门动态', '工作动态'], k)}_${pick(['某部门户网站', '某委员会网站'], k)}</title>
<meta name="PubDate" content="${dashSec(a.date)}"></head><body>
<header class="site-header"><div class="logo">${pick(['某部门户网站', '某委员会网站'], k)}</div><nav><a>首页</a><a>机构</a><a>新闻</a><a>政务公开</a><a>服务</a></nav></header>
<div class="crumbs">首页 / 新闻 / ${pick(['部门动态', '工作动态'], k)}</div>
<div class="article"><h2 class="article-title">${esc(a.title)}</h2>
<div class="article-info"><span>${pick(['来源：', '稿件来源：'], k)}${esc(a.source)}</span><span>${pick(['发布时间：', '日期：'], k)}${pick([dash(a.date), cnTime(a.date)], k)}</span><span>【字体：<a>大</a><a>中</a><a>小</a>】</span></div>
<div class="article-content">
${ps(a.paras, false, ' style="text-indent: 2em;"')}
</div>
<div class="article-tools"><a>【返回顶部】</a> <a>【打印】</a> <a>【关闭】</a></div>
<div class="related-news"><h4>相关稿件</h4>${MORE.map((t, i) => `<p><a>${t}</a> <span>2024-0${i + 5}-2${i}</span></p>`).join('')}</div></div>
<footer>主办单位：${esc(a.source)}　网站标识码：bm${k}4000001</footer></body></html>`;
  return { name: `x-ministry-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['字体', '返回顶部', '相关稿件', '主办单位', '打印'] }) };
};

/** A 财新/界面-like page: `文｜` byline line, the 导语 in a box, 责任编辑 | 版面编辑 and a paywall prompt after. */
export const xCaixin: Template = (a, k) => {
  const url = `https://www.example-cx${k}.com/${a.date.slice(0, 10)}/${102000000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['财新网', '界面新闻'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta name="publishdate" content="${dayOnly(a.date)}"></head><body>
<div class="head"><a>首页</a> <a>经济</a> <a>金融</a> <a>公司</a> <a>登录</a></div>
<div id="conTit"><h1>${esc(a.title)}</h1><div class="artInfo">${a.author ? `文｜${pick(['财新', '界面新闻记者'], k)} ${esc(a.author)}` : ''}　${slash(a.date)}</div></div>
<div class="subhead"><p>${pick(['【财新网】', '导语：'], k)}${esc(a.paras[1].slice(0, 26))}</p></div>
<div id="Main_Content_Val" class="text">
${ps(a.paras)}
<p>${pick(['责任编辑：', '编辑｜'], k)}${esc(a.editor)} | 版面编辑：${pick(['邱祥宇', '李东昊'], k)}</p>
</div>
<div class="paywall">${pick(['本文为财新网原创报道，订阅后阅读全文', '打开APP，阅读全文'], k)}</div>
<div class="hot">${MORE.map((t) => `<p><a>${t}</a></p>`).join('')}</div></body></html>`;
  return { name: `x-caixin-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: a.author, notInBody: ['版面编辑', '订阅', '打开APP', '导语', '【财新网】'] }) };
};

/** A WeChat page whose head holds 作者 | and 来源 | lines and whose end holds —END—, 阅读原文 and a QR prompt. */
export const xWechat: Template = (a, k) => {
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}Cx${k}`;
  const account = pick(['半导体投资联盟', '新能源前线'], k);
  const epoch = Math.round(Date.parse(`${a.date}:00+08:00`) / 1000);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="rich_media_area_primary_inner"><h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">${esc(a.author ?? account)}</span> <a id="js_name">${account}</a> <em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p>${a.author ? `作者 | ${esc(a.author)}` : `整理 | ${account}`}</p><p>来源 | ${esc(a.source)}</p></section>
<section><p><br></p></section>
${a.paras.map((p) => `<p><span style="font-size:15px">${esc(p)}</span></p>`).join('\n')}
<section><p style="text-align:center">—END—</p></section>
<section><p>${pick(['点击“阅读原文”，了解更多', '*免责声明：文章内容系作者个人观点，如有任何异议，欢迎联系我们。'], k)}</p><p>${pick(['戳“在看”，一起涨知识', '扫描二维码，添加小编微信'], k)}</p></section>
</div></div>
<script>var ct = "${epoch}";</script></body></html>`;
  return { name: `x-wechat-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? a.author : [account, null], notInBody: ['作者 |', '整理 |', '来源 |', 'END', '阅读原文', '免责声明', '在看', '二维码'] }) };
};

/** An association's site: a table of 发布日期/浏览/来源, `附：` note kept out, 【关闭窗口】 and the member list beside. */
export const xAssociation: Template = (a, k) => {
  const url = `http://www.example-assoc${k}.org.cn/news_show.asp?id=${2000 + k}`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}--${pick(['中国某某工业协会', '某某产业联盟'], k)}</title></head><body>
<table width="1000" align="center"><tr><td class="logo">${pick(['中国某某工业协会', '某某产业联盟'], k)}</td><td class="menu"><a>协会概况</a> <a>协会动态</a> <a>行业资讯</a> <a>会员服务</a></td></tr></table>
<table width="1000" align="center"><tr><td width="240" valign="top" class="left"><div class="tit">会员单位</div><p><a>某某电子集团</a></p><p><a>某某通信股份</a></p></td>
<td valign="top"><table width="100%"><tr><td class="newstitle" align="center"><strong>${esc(a.title)}</strong></td></tr>
<tr><td align="center" class="newsinfo">发布日期：${pick([yearless(a.date), dash(a.date)], k)}　浏览：${433 + k}次　来源：${esc(a.source)}</td></tr>
<tr><td class="newscontent">
${ps(a.paras, true)}
<p>${pick(['（来源：', '（信息来源：'], k)}${esc(a.source)}）</p>
</td></tr>
<tr><td align="center"><a>【关闭窗口】</a></td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td class="copy">版权所有 ${pick(['中国某某工业协会', '某某产业联盟'], k)} 地址：北京市海淀区某某路${k + 1}号</td></tr></table></body></html>`;
  return { name: `x-assoc-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['（来源', '信息来源', '关闭窗口', '会员单位', '版权所有'] }) };
};

/** A 人民号/客户端-like page: subtitle in an h2, 阅读 counter beside the author, 举报/收藏 and a 热评 block below. */
export const xApp: Template = (a, k) => {
  const url = `https://www.example-app${k}.cn/detail/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['人民日报客户端', '新华社客户端'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="app-top">打开APP 阅读体验更佳</div>
<div class="detail"><h1>${esc(a.title)}</h1>${a.subtitle ? `<h2 class="subtitle">${esc(a.subtitle)}</h2>` : ''}
<div class="detail-meta"><span class="author">${esc(a.author ?? a.source)}</span><span>${dash(a.date)}</span><span>阅读 ${pick(['10万+', '3.2万'], k)}</span></div>
<div class="detail-body">
${ps(a.paras)}
<p>${pick(['本文来源于', '本文转自'], k)}${esc(a.source)}，${pick(['版权归原作者所有。', '如有侵权请联系删除。'], k)}</p>
</div>
<div class="detail-op"><a>举报</a> <a>收藏</a> <a>分享</a></div>
<div class="hot-comment"><h3>热门评论</h3><p>${pick(['好消息！支持！', '期待更多成果。'], k)}</p></div></div></body></html>`;
  const notIn = ['本文来源于', '本文转自', '举报', '热门评论', '打开APP'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `x-app-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? a.author : [a.source, null], notInBody: notIn }) };
};

/** A provincial press-office page: 来源 line in the body's first paragraph, 编辑/责编 and 扫码 at the end. */
export const xPressOffice: Template = (a, k) => {
  const url = `http://www.example-xwb${k}.gov.cn/xwfb/${a.date.slice(0, 7).replace('-', '')}/t${urlDay(a.date)}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['省政府新闻办公室', '市政府新闻办'], k)}</title></head><body>
<div class="top-nav"><a>首页</a> <a>新闻发布</a> <a>权威解读</a> <a>图片新闻</a></div>
<div class="article-wrap"><div class="article-head"><h1>${esc(a.title)}</h1>
<p class="meta">${cnDay(a.date)} ${a.date.slice(11)}　${pick(['来源：', '来源:'], k)}${esc(a.source)}　${pick(['浏览量：', '阅读量：'], k)}${5000 + k}</p></div>
<div class="article-body">
${ps(a.paras, true)}
<p>${pick(['编辑：', '编辑/'], k)}${esc(a.editor)}　${pick(['责编：', '审核/'], k)}${pick(['吴琪', '赵雷'], k)}</p>
<p>${pick(['扫码关注省政府新闻办微信公众号', '【我要打印】【关闭窗口】'], k)}</p>
</div></div>
<div class="friend-links">友情链接：<a>中国政府网</a> <a>国新网</a></div></body></html>`;
  return { name: `x-pressoffice-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['编辑', '责编', '审核', '扫码关注', '我要打印', '友情链接'] }) };
};

export const HELDOUT3_TEMPLATES: Template[] = [xMinistry, xCaixin, xWechat, xAssociation, xApp, xPressOffice];
