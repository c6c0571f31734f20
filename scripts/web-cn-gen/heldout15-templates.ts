/**
 * The fifteenth held-out part (#17's seventh round): six kinds no part had — a think tank's article with footnote
 * marks, 注释 and 参考文献 after the text, a hospital's news page, a paper's client page with an audio player (听新闻)
 * above the text, an embassy's news page, a trade fair's site news with a countdown and exhibition dates, and a
 * print-friendly page with its link line. Written and committed before the round's scoring, never tuned on.
 */
import { cnDay, dash, dashSec, esc, gold, pageId, pick, ps, slash, type Template } from './common.js';

/** A think tank's article: `[1]` marks in the text, then 注释, 参考文献 and the author's unit. */
export const h15ThinkTank: Template = (a, k) => {
  const inst = pick(['某某发展研究院', '某某经济研究中心'], k);
  const url = `https://www.example-think${k}.org.cn/${pick(['yjcg', 'research'], k)}/${pageId(a, k)}.html`;
  const paras = a.paras.map((p, i) => (i === 1 ? `${esc(p)}<sup>[1]</sup>` : esc(p)));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${inst}</title></head><body>
<div class="top"><a>首页</a> <a>研究成果</a> <a>专家观点</a> <a>学术活动</a></div>
<div class="crumb">当前位置：首页 &gt; ${pick(['研究成果', '专家观点'], k)}</div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="art-info">${a.author ? `${pick(['作者：', '文｜'], k)}${a.author}　` : ''}${pick(['发布时间：', '日期：'], k)}${dash(a.date)}　来源：${inst}</div>
<div class="art-con">${paras.map((p) => `<p>${p}</p>`).join('\n')}
<p class="note-h">${pick(['注释：', '注：'], k)}</p><p class="note">[1] ${pick(['数据来自相关部门公开发布的统计公报。', '参见课题组2023年度调研报告第三章。'], k)}</p>
<p class="ref-h">参考文献：</p><p class="ref">[1] 王某某. 产业政策与区域发展[M]. 北京: 某某出版社, 2021.</p>
<p class="unit">（${pick(['作者单位：', '作者系'], k)}${inst}${pick(['产业研究所', '研究员'], k)}）</p></div></div>
<div class="foot">版权所有 ${inst}</div></body></html>`;
  return { name: `b-think-${k}`, html, gold: gold(a, { url, withTime: true, source: inst, author: a.author, notInBody: ['注释', '参考文献', '作者单位', '版权所有'] }) };
};

/** A hospital's news page: 发布日期/来源/浏览量, credits (`供稿/摄影/审核`) after the text, 上一篇/下一篇. */
export const h15Hospital: Template = (a, k) => {
  const dept = pick(['党委宣传部', '院办公室'], k);
  const url = `https://www.example-hosp${k}.com/${pick(['yyxw', 'news'], k)}/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某市第一人民医院', '某某大学附属医院'], k)}</title></head><body>
<div class="hd"><a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>预约挂号</a></div>
<div class="pos">您的位置：首页 &gt; 新闻中心 &gt; ${pick(['医院新闻', '院内动态'], k)}</div>
<div class="news"><h2 class="news-tit">${esc(a.title)}</h2>
<div class="news-info">发布日期：${cnDay(a.date)}　　来源：${dept}　　${pick(['浏览量：', '访问次数：'], k)}${312 + k}</div>
<div class="news-txt">${ps(a.paras, true)}
<p style="text-align:right">（${a.author ? `文：${a.author}　` : ''}${pick(['摄影：陈某', '图：宣传部'], k)}　审核：${pick(['刘某某', '赵某'], k)}）</p></div>
<div class="news-pn"><p>上一篇：${pick(['我院举办护士节表彰大会', '医院召开年度工作会议'], k)}</p><p>下一篇：${pick(['专家义诊走进社区', '我院新增三个省级重点专科'], k)}</p></div></div>
<div class="ft">地址：某某市某某路88号　咨询电话：0000-0000000</div></body></html>`;
  return { name: `b-hospital-${k}`, html, gold: gold(a, { url, withTime: false, source: dept, author: a.author, notInBody: ['摄影', '宣传部　审核', '审核：', '上一篇', '下一篇'] }) };
};

/** A paper's client page with an audio player above the text (听新闻, duration, speed, an AI voice note). */
export const h15Audio: Template = (a, k) => {
  const url = `https://${pick(['m', 'app'], k)}.example-daily${k}.cn/${pick(['content', 'detail'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="bar"><a>${pick(['某某日报客户端', '某某新闻'], k)}</a> <a>下载</a></div>
<div class="detail"><h1>${esc(a.title)}</h1>
<div class="d-info"><span>${dashSec(a.date)}</span> <span>来源：${a.source}</span>${a.author ? ` <span>${pick(['作者：', '记者：'], k)}${a.author}</span>` : ''}</div>
<div class="audio"><span class="play">${pick(['听新闻', '收听本文'], k)}</span> <span class="dur">00:00 / 0${3 + k}:2${k}</span> <span class="rate">倍速 1.0x</span></div>
<p class="tts">${pick(['本文语音由AI合成', '语音播报由人工智能生成，仅供参考'], k)}</p>
<div class="d-text">${ps(a.paras)}</div>
<div class="d-foot"><span>责任编辑：${a.editor}</span></div>
<div class="d-share"><a>微信</a> <a>朋友圈</a> <a>微博</a></div></div></body></html>`;
  return { name: `b-audio-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['听新闻', '收听本文', '倍速', '语音', '责任编辑'] }) };
};

/** An embassy's news page: the date as `2024/07/30` in its own element, 【打印本页】【关闭窗口】, no outlet printed. */
export const h15Embassy: Template = (a, k) => {
  const post = pick(['中华人民共和国驻某某国大使馆', '中华人民共和国驻某某总领事馆'], k);
  const url = `https://${pick(['kr', 'de'], k)}.example-mission.gov.cn/${pick(['sgxw', 'zxhd'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${1100 + k}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="banner">${post}</div>
<div class="menu"><a>使馆概况</a> <a>使馆新闻</a> <a>领事服务</a> <a>中国概况</a></div>
<div id="News_Body_Title">${esc(a.title)}</div>
<div id="News_Body_Time">${slash(a.date).slice(0, 10)}</div>
<div class="tools">${pick(['【打印本页】　【关闭窗口】', '【字体：大 中 小】　【打印】　【关闭】'], k)}</div>
<div id="News_Body_Txt_A">${ps(a.paras, true)}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="foot">${post}版权所有</div></body></html>`;
  return { name: `b-embassy-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['打印', '关闭', '分享到', '版权所有'] }) };
};

/** A trade fair's site news: a countdown banner, the fair's own dates in a side box, a registration button after. */
export const h15Expo: Template = (a, k) => {
  const fair = pick(['2025某某国际数字产业博览会', '第八届某某智能制造展'], k);
  const url = `https://www.example-expo${k}.com/${pick(['news', 'zxdt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${fair}</title></head><body>
<div class="countdown">${pick(['距开幕还有', '展会倒计时'], k)} <b>${36 + k}</b> 天</div>
<div class="nav"><a>展会概况</a> <a>展商入口</a> <a>观众预登记</a> <a>新闻中心</a></div>
<div class="fair-info"><h4>展会信息</h4><p>展期：2025年3月18日—20日</p><p>地点：某某国际会展中心</p></div>
<div class="news-d"><h3>${esc(a.title)}</h3>
<div class="news-m">${pick(['发布时间：', '时间：'], k)}${dash(a.date).slice(0, 10)}　来源：${a.source}　阅读：${1200 + k}</div>
<div class="news-c">${ps(a.paras)}</div></div>
<div class="reg"><a class="btn">${pick(['立即预登记', '免费领取门票'], k)}</a> <a class="btn">${pick(['申请参展', '展位预订'], k)}</a></div>
<div class="ft">主办单位：某某会展有限公司</div></body></html>`;
  return { name: `b-expo-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['预登记', '门票', '参展', '展位', '主办单位', '倒计时'] }) };
};

/** A print-friendly page: the site's name, the headline, one information line, the text, then its link and buttons. */
export const h15Print: Template = (a, k) => {
  const site = pick(['某某在线', '某某新闻网'], k);
  const url = `https://www.example-print${k}.com.cn/${pick(['print', 'dy'], k)}.php?id=${parseInt(pageId(a, k), 16) % 900000}`;
  const link = `https://www.example-print${k}.com.cn/news/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['（打印版）', ' - 打印'], k)}</title></head><body onload="window.print()">
<div class="p-site">${site}</div>
<h3 class="p-title">${esc(a.title)}</h3>
<p class="p-info">${cnDay(a.date)} ${a.date.slice(11)}　来源：${a.source}${a.author ? `　作者：${a.author}` : ''}</p>
<div class="p-body">${ps(a.paras, true)}</div>
<p class="p-link">${pick(['本文链接：', '原文地址：'], k)}${link}</p>
<p class="p-btn">${pick(['[打印本文] [关闭窗口]', '【打印】【返回】'], k)}</p></body></html>`;
  return { name: `b-print-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['本文链接', '原文地址', '打印', '关闭', '返回'] }) };
};

export const HELDOUT15_TEMPLATES: Template[] = [h15ThinkTank, h15Hospital, h15Audio, h15Embassy, h15Expo, h15Print];
