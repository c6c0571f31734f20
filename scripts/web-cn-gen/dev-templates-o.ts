/**
 * Dev templates (tuned on) for #17's eighth round: the ends of the text and the furniture left inside it, the kinds
 * held-out 1, 3, 4, 14 and 15 missed in bounds and clean (told by kind and field only), each in a make and wording of
 * its own: a research institute's article with note marks, 注释 and 参考文献 lists; a clinic's news page with a bracketed
 * credit line; a client page with a listen-to-article player; an expo's news page with a countdown and sign-up
 * buttons; a print-friendly page with its link line; credit runs in other orders; 版权声明/免责声明 blocks; QR blocks;
 * related-reading lists; comment boxes and share bars; a provincial portal, a ministry's 政策解读, an industry portal
 * and a tech medium with tags.
 */
import { cnDay, dash, esc, gold, pageId, pick, ps, slash, type Template } from './common.js';

/** A research institute's article: `[1]` marks in the text, then 注释 or 参考文献 lists and the writer's unit. */
export const devResearchNotes: Template = (a, k) => {
  const marked = a.paras.map((p, i) => (i === 1 ? p.replace(/。$/, `${pick(['[1]', '①'], k)}。`) : i === 2 ? p.replace(/。$/, `${pick(['[2]', '②'], k)}。`) : p));
  const notes = pick(
    [
      ['[1] 某某研究院课题组：《数字基础设施发展报告（2023）》，某某出版社2023年版，第45页。', '[2] 李某某、王某某：《算力网络的演进路径与政策选择》，载《某某经济研究》2024年第3期。'],
      ['① 参见某某大学产业研究中心：《产业链韧性评估方法研究》，2024年4月。', '② 数据引自某某协会年度统计公报，经作者整理计算。'],
    ],
    k,
  );
  const refs = pick(
    [
      ['[1] Zhang L, Wang H. Computing power networks and regional growth[J]. Journal of Digital Economy, 2023, 12(4): 33-51.', '[2] 某某. 新型基础设施投资效率研究[D]. 北京: 某某大学, 2022.', '[3] 某某研究院. 中国数字经济发展白皮书[R]. 2024.'],
      ['1. 陈某某. 产业政策与技术追赶[M]. 上海: 某某出版社, 2021.', '2. 周某某. 供应链安全的测度与应对[J]. 某某管理, 2023(8): 12-20.'],
    ],
    k,
  );
  const url = `https://www.example-think${k}.org.cn/${pick(['yjcg/wz', 'research/view'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某发展研究院', '某某战略研究中心'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>${pick(['研究成果', '观点'], k)}</a> <a>${pick(['专家文章', '评论'], k)}</a></div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="info">${pick(['作者：', '文/'], k)}${a.author ?? '某某'}　${pick(['发布时间：', ''], k)}${dash(a.date).slice(0, 10)}　${pick(['来源：', '来源：'], k)}${a.source}</div>
<div class="content">${ps(marked, true)}
${k === 0 ? `<p>（${pick(['作者单位：某某发展研究院产业经济研究所', ''], k)}）</p>` : `<p>（作者系${pick(['', '某某战略研究中心研究员'], k)}）</p>`}
<p><strong>${pick(['注释：', '注　释'], k)}</strong></p>${ps(notes)}
<p><strong>${pick(['参考文献：', '参考文献'], k)}</strong></p>${ps(refs)}</div>
<div class="fx">${pick(['分享到：', '分享：'], k)}<a>微信</a><a>微博</a></div></div></body></html>`;
  return {
    name: `g-research-${k}`,
    html,
    gold: gold({ ...a, paras: marked }, { url, withTime: false, source: a.source, author: a.author ?? null, notInBody: ['注释', '注　释', '参考文献', notes[0].slice(4, 14), refs[0].slice(4, 14), '作者单位', '作者系', '分享'] }),
  };
};

/** A clinic's or school's news page: a bracketed credit line after the text (`（文/图：X　审核：Y）`, any order). */
export const devCreditLine: Template = (a, k) => {
  const writer = a.author ?? '周某';
  const credit = pick([`（文/图：${writer}　编辑：${a.editor}　审核：宋某某）`, `【供稿：宣传科　撰稿：${writer}　摄影：何某　审核：${a.editor}】`], k);
  const url = `https://www.example-hosp${k}.com/${pick(['news/yydt', 'xwzx/xydt'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某市第一人民医院', '某某职业技术学院'], k)}</title></head><body>
<div class="hd">${pick(['某某市第一人民医院', '某某职业技术学院'], k)}</div>
<div class="cont"><h3>${esc(a.title)}</h3>
<div class="sj">${pick(['发布日期：', '时间：'], k)}${dash(a.date).slice(0, 10)}　${pick(['浏览次数：', '点击：'], k)}${300 + k * 17}</div>
<div class="nr">${ps(a.paras, true)}
<p style="text-align:right">${credit}</p></div>
<div class="sxp"><p>上一篇：<a>${pick(['我院举办护理技能竞赛', '学院召开教学工作会议'], k)}</a></p><p>下一篇：<a>${pick(['义诊进社区 健康送到家', '第十届校园科技节开幕'], k)}</a></p></div></div></body></html>`;
  return { name: `g-creditline-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: writer, notInBody: ['审核', '上一篇', '下一篇', '浏览次数', '点击'] }) };
};

/** A paper's client page: a listen-to-article player above the text (听全文, duration, 倍速) and an AI-voice note. */
export const devListenPlayer: Template = (a, k) => {
  const url = `https://app.example-paper${k}.cn/${pick(['detail', 'content'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="src"><span>${a.source}</span><span>${pick(['', '客户端 '], k)}${dash(a.date)}</span></div>
<div class="player"><div>${pick(['听全文', '收听本文'], k)}</div><div>${pick(['00:00', '00:00 / 03:42'], k)}</div><div>${pick(['03:17', '倍速 1.0x'], k)}</div><div>${pick(['本音频由AI合成', '语音合成技术提供支持'], k)}</div></div>
<div class="txt">${ps(a.paras)}</div>
<div class="foot"><p>${pick(['本文来源：', '稿件来源：'], k)}${a.source}</p><p>${pick(['责任编辑：', '编辑：'], k)}${a.editor}</p><p>${pick(['扫码下载客户端，阅读更多精彩内容', '下载客户端 看更多新闻'], k)}</p></div></div></body></html>`;
  return { name: `g-listen-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['听全文', '收听本文', '00:00', '倍速', 'AI合成', '语音合成', '扫码', '下载客户端'] }) };
};

/** An expo's site news: a countdown, the fair's own dates, sign-up buttons and a sponsor list around the text. */
export const devExpoNews: Template = (a, k) => {
  const url = `https://www.example-expo${k}.com/${pick(['news', 'zhxw'], k)}/${pageId(a, k)}.html`;
  const fair = pick(['2025某某国际数字产业博览会', '第八届某某智能制造大会'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${fair}</title></head><body>
<div class="bar"><span>${fair}</span><span>${pick(['2025年5月20日-22日', '2025.09.16-18'], k)}　${pick(['某某国际会展中心', '某某新国际博览中心'], k)}</span></div>
<div class="countdown">${pick(['距开幕还有', '倒计时'], k)}<b>${120 + k}</b>${pick(['天', '天 08 时 12 分'], k)}</div>
<div class="news"><h2>${esc(a.title)}</h2>
<div class="when">${pick(['发布时间：', ''], k)}${slash(a.date)}</div>
<div class="body">${ps(a.paras)}
<p><a>${pick(['立即报名', '观众预登记'], k)}</a>　<a>${pick(['展商申请', '我要参展'], k)}</a></p></div>
<div class="org"><p>${pick(['主办单位：某某省人民政府', '支持单位：某某行业协会'], k)}</p><p>${pick(['承办单位：某某会展集团', '战略合作媒体：某某科技网'], k)}</p></div></div>
<div class="contact">${pick(['展位咨询：010-0000 0000', '参展热线：021-0000 0000'], k)}</div></body></html>`;
  return { name: `g-expo-${k}`, html, gold: gold(a, { url, withTime: k === 1, source: null, author: null, notInBody: ['距开幕', '倒计时', '立即报名', '预登记', '展商申请', '我要参展', '主办单位', '支持单位', '承办单位', '战略合作', '参展热线', '展位咨询'] }) };
};

/** A print-friendly page: the text, then the page's address and a print/close line. */
export const devPrintFriendly: Template = (a, k) => {
  const url = `https://www.example-prt${k}.gov.cn/${pick(['print', 'art/print'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body onload="window.print()">
<div class="p"><div class="t">${esc(a.title)}</div>
<div class="s">${pick(['发布时间：', '日期：'], k)}${cnDay(a.date)}　${pick(['来源：', '信息来源：'], k)}${a.source}</div>
<div class="c">${ps(a.paras, true)}</div>
<div class="u">${pick(['本文链接：', '文章地址：'], k)}https://www.example-prt${k}.gov.cn/${pick(['art', 'news'], k)}/${pageId(a, k)}.html</div>
<div class="b">${pick(['【打印本页】　【关闭窗口】', '[ 打印 ] [ 关闭 ]'], k)}</div>
<div class="r">${pick(['打印时间：2025-01-06 10:20', '本页打印自某某市人民政府网站'], k)}</div></div></body></html>`;
  return { name: `g-printpage-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['本文链接', '文章地址', 'http', '打印', '关闭'] }) };
};

/** Credits in other orders after the text: 校对 first, 一审/二审/三审, 出品人, 本期编辑 — each on a line of its own. */
export const devCreditRuns: Template = (a, k) => {
  const url = `https://www.example-rongmei${k}.cn/${pick(['xw/bd', 'news/local'], k)}/${pageId(a, k)}.shtml`;
  const credits = pick(
    [[`校对：马某`, `审核：${a.editor}`, `责任编辑：孔某某`, `监审：郑某`], [`一审：谢某`, `二审：${a.editor}`, `三审：罗某某`, `出品人：唐某`]],
    k,
  );
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某区融媒体中心', '某某县新闻网'], k)}</title></head><body>
<div class="m"><h1>${esc(a.title)}</h1><p class="i">${dash(a.date)}　${pick(['来源：', '稿源：'], k)}${a.source}</p>
<div class="t">${ps(a.paras)}
${credits.map((c) => `<p>${c}</p>`).join('')}
<p>${pick(['本期编辑：何某', '值班主任：林某'], k)}</p></div></div></body></html>`;
  return { name: `g-creditruns-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['校对', '审核', '一审', '二审', '三审', '出品人', '监审', '本期编辑', '值班主任'] }) };
};

/** 版权声明 / 免责声明 blocks and a QR block after the text, with a heading line alone above each. */
export const devStatementBlocks: Template = (a, k) => {
  const url = `https://www.example-hy${k}.com/${pick(['a', 'news/detail'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某产业网', '某某财经'], k)}</title></head><body>
<div class="main"><h1>${esc(a.title)}</h1><div class="m">${dash(a.date)} ${a.source}</div>
<div class="text">${ps(a.paras)}
<p><b>${pick(['版权声明', '免责声明'], k)}</b></p>
<p>${pick(['凡本站注明“来源：某某产业网”的作品，著作权均属本站所有，其他媒体使用须取得书面许可。', '本站刊登的内容仅为传递信息之用，文中观点不构成任何建议，读者据此操作风险自负。'], k)}</p>
<p>${pick(['微信扫一扫', '手机扫码阅读'], k)}</p><p>${pick(['关注产业一线动态', '随时随地看资讯'], k)}</p></div></div></body></html>`;
  return { name: `g-statements-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['版权声明', '免责声明', '著作权', '风险自负', '扫一扫', '扫码', '关注产业', '随时随地'] }) };
};

/** A provincial portal: 字体 switch and 视力保护色 above the text, a related-reading list of links and a comment box after. */
export const devProvincePortal: Template = (a, k) => {
  const url = `https://www.example-prov${k}.gov.cn/${pick(['zwdt/bmdt', 'art/2024'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某省人民政府门户网站', '某某省政府网'], k)}</title></head><body>
<div class="main"><div class="title">${esc(a.title)}</div>
<div class="tools"><span>${dash(a.date)}</span> <span>${pick(['来源：', '信息来源：'], k)}${a.source}</span> <span>${pick(['【字体：大 中 小】', '字号：默认 大 超大'], k)}</span> <span>${pick(['视力保护色：', '背景色：'], k)}</span> <span>${pick(['【打印】', '打印'], k)}</span></div>
<div class="zw">${ps(a.paras, true)}
<div class="rel"><p>${pick(['相关阅读', '相关链接'], k)}</p><p><a>${pick(['全省工业经济运行平稳向好', '我省召开数字政府建设推进会'], k)}</a></p><p><a>${pick(['省政府常务会议研究部署重点工作', '十项举措支持民营经济发展'], k)}</a></p></div>
<div class="pl"><p>${pick(['已有0人参与评论', '网友留言'], k)}</p><p>${pick(['请文明上网，理性发言', '登录后发表评论'], k)}</p><p>${pick(['提交', '发表'], k)}</p></div></div></div></body></html>`;
  return { name: `g-provportal-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['相关阅读', '相关链接', '评论', '留言', '文明上网', '提交', '字体', '字号', '视力保护', '背景色'] }) };
};

/** A ministry's 政策解读 page: the interpreted document's link above the text, 解读机关, and a document card after. */
export const devPolicyReading: Template = (a, k) => {
  const url = `https://www.example-bu${k}.gov.cn/${pick(['zcjd', 'zwgk/zcjd'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${810 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['政策解读', '解读'], k)}_${pick(['某某部', '某某总局'], k)}</title></head><body>
<div class="pos">${pick(['当前位置：首页 > 政策 > 政策解读', '首页 > 政务公开 > 解读回应'], k)}</div>
<div class="detail"><h1>${esc(a.title)}</h1>
<div class="sub">${pick(['发布时间：', '日期：'], k)}${dash(a.date).slice(0, 10)}　${pick(['来源：', '解读机关：'], k)}${a.source}</div>
<div class="zcwj">${pick(['相关文件：', '关联文件：'], k)}<a>${pick(['关于推进新型工业化的若干措施', '某某领域数字化转型行动方案'], k)}</a></div>
<div class="article">${ps(a.paras, true)}</div>
<div class="card"><p>${pick(['【相关政策】', '【政策原文】'], k)}</p><p><a>${pick(['关于推进新型工业化的若干措施', '某某领域数字化转型行动方案'], k)}</a></p><p>${pick(['【图解】', '【一图读懂】'], k)}<a>${pick(['一图读懂新型工业化若干措施', '图解行动方案'], k)}</a></p></div>
<div class="end">${pick(['【我要纠错】', '【收藏】'], k)} ${pick(['【打印本页】', '【关闭窗口】'], k)}</div></div></body></html>`;
  return { name: `g-policyread-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['相关文件', '关联文件', '相关政策', '政策原文', '图解', '一图读懂', '纠错', '收藏', '打印', '关闭'] }) };
};

/** An industry portal: `站名 · 2024/10/22 09:15` under the headline, 相关文章 and 热门标签 after the text. */
export const devIndustryPortal: Template = (a, k) => {
  const site = pick(['某某通信网', '某某电子网'], k);
  const url = `https://www.example-tx${k}.com/${pick(['news', 'article'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${site}</title></head><body>
<div class="l"><h1>${esc(a.title)}</h1>
<div class="r">${a.source} · ${slash(a.date)}</div>
<div class="txt">${ps(a.paras)}
<p>${pick(['给作者点赞', '赞(0)'], k)}</p><p>${pick(['0 人点赞', '收藏'], k)}</p>
<p>${pick(['相关文章', '相关新闻'], k)}</p><ul><li><a>${pick(['运营商发布万兆光网白皮书', '车规级MCU出货量季度新高'], k)}</a></li><li><a>${pick(['5G-A基站部署超过十万个', '国产芯片企业扩产提速'], k)}</a></li></ul>
<p>${pick(['热门标签：', '标签：'], k)}<a>5G</a> <a>${pick(['宽带', '芯片'], k)}</a></p></div></div></body></html>`;
  return { name: `g-indportal-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['点赞', '赞(0)', '收藏', '相关文章', '相关新闻', '标签'] }) };
};

/** A tech medium: writer line, 题图 credit, a reprint note and tags after the text, then a comment box. */
export const devTechMediaTags: Template = (a, k) => {
  const writer = a.author ?? '顾某';
  const url = `https://www.example-tech${k}.com/${pick(['p', 'article'], k)}/${2800000 + k * 7}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某科技', '某某前沿'], k)}</title></head><body>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="byline"><a class="name">${writer}</a> <span>${dash(a.date)}</span></div>
<div class="content">${ps(a.paras)}
<p>${pick(['本文由某某科技原创出品，未经许可禁止转载。', '题图来自视觉中国，基于CC0协议'], k)}</p>
<p>${pick(['#数字经济#', '该文观点仅代表作者本人'], k)}　${pick(['#通信#', ''], k)}</p></div>
<div class="tags"><a>${pick(['运营商', '汽车'], k)}</a><a>${pick(['5G', '芯片'], k)}</a></div>
<div class="cmt"><p>${pick(['评论', '写评论'], k)}</p><p>${pick(['还没有评论，快来抢沙发吧', '说点什么…'], k)}</p></div></div></body></html>`;
  return { name: `g-techtags-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: ['原创出品', '题图', '#数字经济#', '仅代表作者', '沙发', '说点什么'] }) };
};

/** A central paper's client page: share bar and a 扫码 block inside the text's box, a 相关阅读 list with dates after. */
export const devPaperClient: Template = (a, k) => {
  const url = `https://h5.example-rb${k}.cn/${pick(['share', 'rmh'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="c"><h1>${esc(a.title)}</h1>
<div class="i">${pick(['某某日报客户端', '某某新闻客户端'], k)}　${dash(a.date)}</div>
<div class="t">${ps(a.paras)}
<p>${pick(['分享到：微信 朋友圈 微博', '分享 | 微信 | QQ空间'], k)}</p>
<p>${pick(['扫码打开客户端，参与互动', '长按识别二维码，下载某某新闻'], k)}</p>
<p>${pick(['相关阅读', '推荐阅读'], k)}</p><p><a>${pick(['5G用户规模持续扩大', '新能源汽车渗透率再创新高'], k)}</a> ${dash(a.date).slice(0, 10)}</p><p><a>${pick(['数字乡村建设提速', '算力基础设施加快布局'], k)}</a> ${dash(a.date).slice(0, 10)}</p></div></div></body></html>`;
  return { name: `g-paperclient-${k}`, html, gold: gold(a, { url, withTime: true, source: pick(['某某日报客户端', '某某新闻客户端'], k), author: null, notInBody: ['分享', '扫码', '二维码', '相关阅读', '推荐阅读'] }) };
};

/** A related-reading box of links in the middle of the text, under its own label, with the text going on after it. */
export const devMidRelated: Template = (a, k) => {
  const cut = Math.ceil(a.paras.length / 2);
  const url = `https://www.example-mid${k}.com.cn/${pick(['content', 'n1'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/c${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${pick(['某某网', '某某在线'], k)}</title></head><body>
<div class="w"><h1>${esc(a.title)}</h1><div class="d">${dash(a.date)}　来源：${a.source}</div>
<div class="rm_txt">${ps(a.paras.slice(0, cut))}
<p>${pick(['相关阅读', '延伸阅读'], k)}</p><p><a>${pick(['千兆城市名单公布 共有207个城市上榜', '新能源汽车下乡活动启动'], k)}</a></p><p><a>${pick(['工信部部署万兆光网试点工作', '车企加码芯片自研'], k)}</a></p>
${ps(a.paras.slice(cut))}</div>
<div class="edit">${pick(['(责编：', '（责任编辑：'], k)}${a.editor}${pick([')', '）'], k)}</div></div></body></html>`;
  return { name: `g-midrelated-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['相关阅读', '延伸阅读', '责编', '责任编辑'] }) };
};

/** A long comment section inside the text's box: a label, then readers' comments that read like sentences. */
export const devLongComments: Template = (a, k) => {
  const comments = [
    '希望政策尽快落地，让中小企业真正受益。',
    '我们这边已经用上了，确实方便了不少，点赞！',
    '数据看着不错，但基层的实际情况还要再调研调研。',
    '关注后续进展，期待更多细则出台，别只停留在文件上。',
    '说得好，关键还是要落实到位，加油！',
    '这个方向是对的，就看执行力度了，希望不要一阵风。',
    '已转发给同事们一起学习，很有参考价值。',
    '支持！希望明年能看到更多好消息。',
    '有没有人知道具体怎么申报？求个链接。',
  ];
  const url = `https://www.example-cmt${k}.com/${pick(['news', 'a'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某资讯', '某某头条'], k)}</title></head><body>
<div class="post"><h1>${esc(a.title)}</h1><p class="m">${a.source}　${dash(a.date)}</p>
<div class="txt">${ps(a.paras)}
<p>${pick(['网友评论', '全部评论（9）'], k)}</p>
${comments.map((c, i) => `<p>${pick(['用户', '网友'], k)}${7301 + i * 13}：${c}</p><p>${i + 1}${pick(['小时前', '天前'], k)}</p>`).join('\n')}</div></div></body></html>`;
  return { name: `g-longcomments-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['网友评论', '全部评论', '用户7301', '网友7301', '求个链接', '小时前', '天前'] }) };
};

/** A player box inside the text's container above the first paragraph, with a browser-support note. */
export const devInlinePlayer: Template = (a, k) => {
  const url = `https://www.example-av${k}.cn/${pick(['audio', 'listen'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某之声', '某某广播网'], k)}</title></head><body>
<div class="art"><h1>${esc(a.title)}</h1><div class="s">${pick(['来源：', '稿件来源：'], k)}${a.source}　${pick(['', '发布时间：'], k)}${dash(a.date)}</div>
<div class="article-content"><div class="au"><p>${pick(['您的浏览器不支持音频播放', '点击收听'], k)}</p><p>${pick(['00:00 / 02:58', '语音播报'], k)}</p><p>${pick(['1.0x', '倍速'], k)}</p></div>
${ps(a.paras)}
<p>${pick(['扫一扫，用手机收听本文', '手机扫码 收听更多'], k)}</p></div></div></body></html>`;
  return { name: `g-inplayer-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['浏览器不支持', '点击收听', '00:00', '语音播报', '1.0x', '倍速', '扫一扫', '扫码'] }) };
};

/** A self-media tech page: statement paragraphs worded as sentences, an e-mail contact and an app slogan after the text. */
export const devSelfMediaStatements: Template = (a, k) => {
  const writer = a.author ?? '梁某';
  const url = `https://www.example-xiu${k}.com/${pick(['article', 'p'], k)}/${3100000 + k * 11}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某网', '某某嗅'], k)}</title></head><body>
<div class="article-wrap"><h1>${esc(a.title)}</h1>
<div class="author-info"><span>${pick(['作者：', '文｜'], k)}${writer}</span><span>${dash(a.date)}</span></div>
<div class="article-content">${ps(a.paras)}
<p>${pick(['本内容为作者独立观点，不代表本站立场。未经允许不得转载，授权事宜请联系 hezuo@example.com', '本文系作者投稿，内容由作者负责，如对本稿件有异议或投诉，请联系 tougao@example.com'], k)}</p>
<p>${pick(['正在改变与想要改变世界的人，都在 某某APP', '每日一篇深度好文，尽在某某'], k)}</p></div>
<div class="tags"><span>${pick(['5G', '芯片'], k)}</span><span>${pick(['运营商', '汽车'], k)}</span></div></div></body></html>`;
  return { name: `g-smstatements-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: ['不代表本站立场', '未经允许', '异议或投诉', '@example.com', '想要改变世界', '深度好文'] }) };
};

/** A journal article's page: 摘要/关键词/Abstract/Key words and 中图分类号 above the text, 基金项目/作者简介/收稿日期 after. */
export const devJournalPage: Template = (a, k) => {
  const url = `https://www.example-qk${k}.cn/${pick(['CN/Y2024', 'article/doi'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta name="citation_title" content="${esc(a.title)}"><meta name="${pick(['citation_publication_date', 'citation_online_date'], k)}" content="${a.date.slice(0, 10).replace(/-/g, '/')}"><meta name="citation_author" content="${a.author ?? '某某'}"></head><body>
<div class="journal">${pick(['《某某经济》 2024年第10期', '某某科技导报 2024, 42(21)'], k)}</div>
<div class="abs"><h1>${esc(a.title)}</h1><p class="au">${a.author ?? '某某'}${pick(['<sup>1</sup>', ''], k)}　${pick(['（某某大学经济学院，北京 100872）', '某某研究院'], k)}</p>
<p>${pick(['摘要：', '【摘要】'], k)}${esc(a.paras[0].slice(0, 40))}……本文据此提出了政策建议。</p>
<p>${pick(['关键词：', '【关键词】'], k)}${pick(['5G；宽带；资费', '芯片；供应链；汽车'], k)}</p>
<p>${pick(['中图分类号：F49　文献标识码：A', 'DOI：10.0000/j.issn.1000-0000.2024.10.003'], k)}</p>
<p>${pick(['Abstract: This paper reviews recent growth in 5G and gigabit users and discusses fee cuts for small firms.', 'Abstract: The share of domestic chips in new vehicles has doubled; high-end parts remain imported.'], k)}</p>
<p>${pick(['Key words: 5G; broadband; tariffs', 'Keywords: chips; supply chain; vehicles'], k)}</p></div>
<div class="text">${ps(a.paras)}
<p>${pick(['基金项目：国家社会科学基金项目（24BJY000）', '【基金项目】某某省自然科学基金资助项目'], k)}</p>
<p>${pick(['作者简介：', '【作者简介】'], k)}${a.author ?? '某某'}，${pick(['某某大学经济学院副教授，研究方向为产业经济。', '某某研究院研究员。'], k)}</p>
<p>${pick(['收稿日期：2024-08-12', '（收稿日期：2024-08-12；修回日期：2024-09-03）'], k)}</p></div></body></html>`;
  return { name: `g-journal-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: a.author ?? null, notInBody: ['摘要', '关键词', '分类号', 'DOI', 'Abstract', 'Key words', 'Keywords', '基金项目', '作者简介', '收稿日期'] }) };
};

/** A transcript page: a live-photo strip between turns and an editor's 整理 note after the host's closing. */
export const devTranscriptNotes: Template = (a, k) => {
  const turns = [
    `主持人${pick(['：', '　'], k)}${pick(['各位媒体朋友，上午好。欢迎参加今天的新闻发布会。', '大家下午好，今天的发布会现在开始。'], k)}`,
    `${pick(['张某某', '刘某某'], k)}：${a.paras[0]}`,
    `${pick(['记者', '某某社记者'], k)}：${pick(['请问在资金保障方面有哪些安排？', '能否介绍一下下一步的重点工作？'], k)}`,
    `${pick(['张某某', '刘某某'], k)}：${a.paras.slice(1).join('')}`,
    `主持人：${pick(['今天的发布会就到这里，谢谢各位。', '感谢各位发布人，感谢各位记者，发布会到此结束。'], k)}`,
  ];
  const url = `https://www.example-fbh${k}.gov.cn/${pick(['fbh/sl', 'xwfbh/wzzb'], k)}/${pageId(a, k)}.htm`;
  const title = pick(['某某区经济运行情况新闻发布会', '某某市科技创新政策新闻发布会'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_${pick(['文字直播', '实录'], k)}</title></head><body>
<div class="zb"><h1>${title}</h1><div class="t">${dash(a.date)}</div>
<div class="lv">${pick(['【视频直播】【图片直播】【文字直播】', '视频回放 | 图片集锦'], k)}</div>
<div class="wz">${ps(turns.slice(0, 2))}
<p>${pick(['【图集】发布会现场', '现场图片 1/6'], k)}</p>
${ps(turns.slice(2))}
<p>${pick(['（根据现场速记整理，未经发言人审阅）', '（本文根据发布会录音整理）'], k)}</p></div></div></body></html>`;
  return {
    name: `g-transnotes-${k}`,
    html,
    gold: { url, title, date: a.date, source: null, author: null, body_first: turns[0].slice(0, 12), body_last: turns[4].slice(-12), not_in_body: ['视频直播', '图片直播', '视频回放', '图集', '现场图片', '速记', '录音整理'] },
  };
};

/** An exchange's news page whose text box holds the type-size row, a share row and an attachment row, and a risk note. */
export const devExchangeInBox: Template = (a, k) => {
  const url = `https://www.example-sse${k}.com.cn/${pick(['aboutus/news', 'news/bsxw'], k)}/c/c_${a.date.slice(0, 10).replace(/-/g, '')}_${5500000 + k}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | ${pick(['某某证券交易所', '某某商品交易所'], k)}</title></head><body>
<div class="quote"><span>${pick(['某某指数 3,281.16 0.52%', '主力合约 3,512 +12'], k)}</span><span>${pick(['成交额 4,120亿', '持仓 21.3万手'], k)}</span></div>
<div class="article-infor"><h2>${esc(a.title)}</h2>
<div class="allZoom">
<p class="time">${dash(a.date).slice(0, 10)}</p>
<p>${pick(['字号 大 中 小', '【字体：大 中 小】'], k)}　${pick(['分享至：微信 微博', '打印'], k)}</p>
${ps(a.paras)}
<p>${pick(['附件：', '相关附件'], k)}<a>${pick(['活动安排.pdf', '名单.xlsx'], k)}</a></p>
<p>${pick(['【免责声明】本所网站所载信息仅供参考，投资者据此操作，风险自担。', '特别提示：本页面内容不构成任何投资建议。'], k)}</p></div></div></body></html>`;
  return { name: `g-exchbox-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['字号', '字体', '分享至', '打印', '附件', '免责声明', '特别提示', '成交额', '持仓'] }) };
};

/** A WeChat-like account page's tail: credits on one barred line, END, a 往期回顾 list and the 分享/收藏/在看 row. */
export const devBarredCredits: Template = (a, k) => {
  const url = `https://www.example-gzh${k}.cn/s/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="rich"><h2>${esc(a.title)}</h2><div class="meta">${pick(['某某发布', '某某工信'], k)} ${dash(a.date)}</div>
<div class="rich_media_content">${ps(a.paras)}
<p>${pick(['文字：', '文字 | '], k)}${a.author ?? '佚名'}${pick(['　|　图片：视觉中国　|　编辑：', '  图片 | 资料图  编辑 | '], k)}${a.editor}</p>
<p>${pick(['- END -', '—END—'], k)}</p><p>${pick(['往期回顾', '推荐阅读'], k)}</p>
<p><a>${pick(['全市新增5G基站1200个', '首批智能工厂名单公布'], k)}</a></p><p><a>${pick(['一图读懂 2024数字经济', '这些补贴政策请收好'], k)}</a></p>
<p>${pick(['点分享 点收藏 点点赞 点在看', '喜欢就点个在看吧'], k)}</p></div></div></body></html>`;
  return { name: `g-barcredits-${k}`, html, gold: gold(a, { url, withTime: true, source: pick(['某某发布', '某某工信'], k), author: null, notInBody: ['文字：', '文字 |', '图片', 'END', '往期回顾', '推荐阅读', '在看'] }) };
};

/** A portal's tail of buttons and notes: a sentence-worded disclaimer, 举报/纠错, a tip jar, 扫一扫在手机打开. */
export const devButtonsTail: Template = (a, k) => {
  const url = `https://www.example-mh${k}.com/${pick(['news', 'zx'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某热线', '某某门户'], k)}</title></head><body>
<div class="detail"><h1>${esc(a.title)}</h1><div class="info">${pick(['时间：', ''], k)}${dash(a.date)}　${pick(['来源：', '出处：'], k)}${a.source}</div>
<div class="detail-text">${ps(a.paras, true)}
<p>${pick(['以上内容为转载，仅供读者参考，如涉及作品内容、版权等问题，请与本网联系。', '文中数据仅供参考，本网不对其准确性作任何保证。'], k)}</p>
<p>${pick(['举报', '喜欢就打赏一下'], k)}　${pick(['纠错', '赞赏'], k)}</p>
<p>${pick(['扫一扫在手机打开当前页', '用手机扫描二维码继续阅读'], k)}</p></div></div></body></html>`;
  return { name: `g-buttonstail-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['仅供读者参考', '仅供参考', '举报', '打赏', '纠错', '赞赏', '扫一扫', '二维码'] }) };
};

/** A company's news page with an 关于作者/作者简介 card in sentences and a 联系我们 block after the text. */
export const devAboutAuthor: Template = (a, k) => {
  const writer = a.author ?? '吴某';
  const url = `https://www.example-corp${k}.com/${pick(['news', 'media/insights'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某集团', '某某科技股份有限公司'], k)}</title></head><body>
<div class="newsd"><h1>${esc(a.title)}</h1><p class="d">${dash(a.date).slice(0, 10)}　${pick(['作者：', '撰文：'], k)}${writer}</p>
<div class="newsd-body">${ps(a.paras)}
<p><b>${pick(['关于作者', '作者简介'], k)}</b></p>
<p>${writer}，${pick(['某某集团战略研究部高级分析师，长期关注通信与数字基础设施领域。', '某某科技市场部资深经理，主要研究汽车电子产业。'], k)}</p>
<p>${pick(['联系我们', '媒体垂询'], k)}</p><p>${pick(['地址：某某市高新区某某路88号', '邮箱：pr@example.com'], k)}</p></div></div></body></html>`;
  return { name: `g-aboutauthor-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: writer, notInBody: ['关于作者', '作者简介', '高级分析师', '资深经理', '联系我们', '媒体垂询', '地址', '邮箱'] }) };
};

/** A long-form page with reading aids: a reading-time line and a 目录 above the text, slide and enlarge hints inside it. */
export const devReadingAids: Template = (a, k) => {
  const url = `https://www.example-sd${k}.com/${pick(['longread', 'depth'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${pick(['某某深读', '某某周刊'], k)}</title></head><body>
<div class="lf"><h1>${esc(a.title)}</h1><div class="by">${pick(['文｜', '撰文：'], k)}${a.author ?? '许某'}　${dash(a.date)}</div>
<div class="lf-body"><p>${pick(['本文约3200字，阅读约需8分钟', '全文共2,456字，预计阅读时间6分钟'], k)}</p>
<p>${pick(['目录', '本文目录'], k)}</p><p><a>${pick(['一、规模', '01 现状'], k)}</a></p><p><a>${pick(['二、结构', '02 变化'], k)}</a></p>
${ps(a.paras.slice(0, 2))}
<p>${pick(['（左右滑动查看更多）', '▲ 点击查看大图'], k)}</p>
${ps(a.paras.slice(2))}
<p>${pick(['戳“阅读原文”，了解更多', '↓↓↓ 点击阅读原文'], k)}</p></div></div></body></html>`;
  return { name: `g-readaids-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: a.author ?? '许某', notInBody: ['阅读约需', '预计阅读', '目录', '滑动查看', '查看大图', '阅读原文'] }) };
};

/** A paywalled portal page: 展开全文 between paragraphs and a subscription prompt where the free part ends. */
export const devPaywall: Template = (a, k) => {
  const shown = a.paras.slice(0, 3);
  const url = `https://www.example-pw${k}.com/${pick(['article', 'a'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某财经网', '某某商业'], k)}</title></head><body>
<div class="c"><h1>${esc(a.title)}</h1><p class="i">${dash(a.date)}　${pick(['来源：', '稿源：'], k)}${a.source}</p>
<div class="ct">${ps(shown.slice(0, 2))}
<p>${pick(['展开全文', '点击展开全文'], k)}</p>
${ps(shown.slice(2))}
<p>${pick(['剩余60%内容，订阅后可阅读', '本文为付费内容，开通会员即可阅读全文'], k)}</p><p>${pick(['立即订阅', '开通会员'], k)}</p></div></div></body></html>`;
  return { name: `g-paywall-${k}`, html, gold: gold({ ...a, paras: shown }, { url, withTime: true, source: a.source, author: null, notInBody: ['展开全文', '剩余60%', '付费内容', '订阅', '开通会员'] }) };
};

/** An account's page with 星标/置顶 prompts under the headline and 阅读原文 hints after the text. */
export const devStarPrompt: Template = (a, k) => {
  const url = `https://www.example-wx${k}.cn/mp/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="wx"><h2>${esc(a.title)}</h2><div class="wx-meta">${pick(['产业研究圈', '某某观察室'], k)}　${dash(a.date)}</div>
<div class="wx-ct"><p>${pick(['点击蓝字 关注我们', '设为星标★ 第一时间获取资讯'], k)}</p><p>${pick(['↓↓↓', '星标置顶，不错过每一篇'], k)}</p>
${ps(a.paras)}
<p>${pick(['素材：网络综合', '资料：公开信息整理'], k)}</p><p>${pick(['觉得有用就点个赞吧', '分享给更多朋友'], k)}</p></div></div></body></html>`;
  return { name: `g-starprompt-${k}`, html, gold: gold(a, { url, withTime: true, source: pick(['产业研究圈', '某某观察室'], k), author: null, notInBody: ['蓝字', '星标', '↓↓↓', '素材', '资料：', '点个赞', '分享给'] }) };
};

/** A reading list after the text whose items are a headline, a summary sentence and a date (no links). */
export const devSummaryList: Template = (a, k) => {
  const url = `https://www.example-sl${k}.com/${pick(['html', 'content'], k)}/${a.date.slice(0, 10).replace(/-/g, '/')}/${pageId(a, k)}.html`;
  const item = (t: string, sum: string): string => (k === 0 ? `<div class="it"><b>${t}</b><p>${sum}</p><span>${dash(a.date).slice(0, 10)}</span></div>` : `<p>${sum}</p><p>（${dash(a.date).slice(5, 16)}）</p>`);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某商讯', '某某产经'], k)}</title></head><body>
<div class="art"><h1>${esc(a.title)}</h1><div class="meta">${pick(['来源：', '稿源：'], k)}${a.source}　${dash(a.date)}</div>
<div class="art-text">${ps(a.paras)}
<p>${pick(['延伸阅读', '更多资讯'], k)}</p>
${item(pick(['光模块企业扩产提速', '储能招标规模创新高'], k), pick(['多家光模块企业宣布扩产计划，800G产品出货量持续增加，行业景气度维持高位。', '今年前三季度国内储能项目招标规模同比增长约七成，大型独立储能占比提升。'], k))}
${item(pick(['工业母机专项政策出台', '算力网络试点启动'], k), pick(['有关部门发布工业母机产业高质量发展专项政策，提出加快关键零部件攻关。', '首批算力网络试点城市名单公布，将探索跨区域算力调度和结算机制。'], k))}</div></div></body></html>`;
  return { name: `g-sumlist-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['延伸阅读', '更多资讯', '光模块企业', '800G', '储能项目招标', '工业母机', '算力网络试点'] }) };
};

export const DEV_TEMPLATES_O: Template[] = [
  devResearchNotes,
  devCreditLine,
  devListenPlayer,
  devExpoNews,
  devPrintFriendly,
  devCreditRuns,
  devStatementBlocks,
  devProvincePortal,
  devPolicyReading,
  devIndustryPortal,
  devTechMediaTags,
  devPaperClient,
  devMidRelated,
  devLongComments,
  devInlinePlayer,
  devSelfMediaStatements,
  devJournalPage,
  devTranscriptNotes,
  devExchangeInBox,
  devBarredCredits,
  devButtonsTail,
  devAboutAuthor,
  devReadingAids,
  devPaywall,
  devStarPrompt,
  devSummaryList,
];
