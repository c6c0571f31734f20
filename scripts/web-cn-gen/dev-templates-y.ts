/**
 * Dev templates (tuned on) for #17's round 13b: the kinds held-out 25 prints (told by family and missed field only),
 * each in a make and wording of its own — a traditional-character page served as Big5 and declared only in
 * `<meta http-equiv>`, a Taiwan office's release dated in the 民國 calendar under traditional labels (發稿單位, 發布機關),
 * a foreign outlet's Chinese edition (a published and an updated time, an English-original link, a paywall, the reporter
 * only in a closing credit), a standards committee's notice (contact lines, signature and date last; attachments between
 * or after), an exhibition's news page (a programme list with the fair's own dates, an exhibitor grid), a state-owned
 * group's news centre (信息来源 a department, 【打印本页】【关闭窗口】, a closing 供稿 credit) and a print view.
 * The traditional texts and the notices are this file's own (DEV_Y_TEXTS): names and figures illustrative.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[]; last?: number }): CnGold {
  const last = a.paras[o.last ?? a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}
const day = (d: string): string => d.slice(0, 10);
const hm = (d: string): string => d.slice(11, 16);
const navOf = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}${i}/">${n}</a></li>`).join('');
const dated = (items: [string, string][]): string => `<ul>${items.map(([t, d], i) => `<li><a href="/n/${i}.html">${esc(t)}</a> <span>${d}</span></li>`).join('')}</ul>`;

/** Texts of this file's own: traditional-character releases and notices (their last lines are contacts, signature and date). */
const DEV_Y_TEXTS: Record<'trad' | 'notice', PoolArticle[]> = {
  trad: [
    {
      title: '縣府推動老舊公寓增設電梯 補助上限提高至三百萬元',
      paras: [
        '為協助高齡長輩改善居住環境，縣政府今日宣布修正老舊公寓增設電梯補助要點，每案補助上限由二百萬元提高至三百萬元，並放寬申請門檻。',
        '城鄉發展處表示，修正後屋齡二十年以上、五層樓以下的集合住宅均可申請，住戶同意比例由全體同意調整為三分之二以上同意即可提出。',
        '城鄉發展處也指出，今年已有四十二件申請案，其中十五件已完工啟用，預計明年受理件數將倍增，縣府將同步成立專案輔導團隊。',
        '有意申請的社區可洽各鄉鎮市公所或縣府城鄉發展處，詳細申請須知已公布於縣府網站。',
      ],
      author: null,
      source: '城鄉發展處',
      date: '2026-11-03T15:20',
      editor: '',
    },
    {
      title: '農業部啟動冬季蔬菜產銷調節 確保年節供應穩定',
      paras: [
        '農業部今日召開冬季蔬菜產銷調節會議，考量近期氣溫偏高導致部分蔬菜提早採收，將啟動冷藏蔬菜收購及加工調節措施。',
        '農業部說明，目前甘藍、花椰菜產地價格較去年同期下跌約兩成，將補助農會及合作社收購冷藏，預計收購量約三千公噸，並鼓勵加工業者擴大採購。',
        '農業部呼籲農友依產銷資訊合理安排種植面積，避免集中採收造成價格波動，並持續透過產地直送及網路通路擴大銷售。',
        '農業部表示，年節前蔬菜供應量充足，消費者可安心選購當季蔬菜。',
      ],
      author: '陳怡君',
      source: '農業部',
      date: '2026-11-18T09:40',
      editor: '',
    },
  ],
  notice: [
    {
      title: '关于征求《数据中心液冷系统技术要求》等三项团体标准意见的通知',
      paras: [
        '各有关单位、专家：',
        '根据团体标准制修订工作安排，由本委员会归口的《数据中心液冷系统技术要求》《边缘计算节点能效测试方法》《算力调度平台接口规范》三项团体标准已完成征求意见稿，现公开征求意见。',
        '请各单位结合实际认真研究，提出修改意见和建议，填写意见反馈表，于2026年12月20日前以电子邮件形式反馈至秘书处。逾期未反馈的，按无意见处理。',
        '联 系 人：马晓丽',
        '联系电话：010-88660000　电子邮箱：tc-comments@example-std.org.cn',
        '某某信息技术标准化技术委员会秘书处',
        '2026年11月6日',
      ],
      author: null,
      source: '标委会秘书处',
      date: '2026-11-06T10:30',
      editor: '',
    },
    {
      title: '关于举办2026年工业互联网标识解析培训班的通知',
      paras: [
        '各会员单位：',
        '为提升会员单位工业互联网标识解析应用水平，经研究，联盟定于2026年12月10日至11日在上海举办工业互联网标识解析培训班。',
        '培训内容包括标识解析体系架构、二级节点建设运营、典型行业应用案例等。请各单位于12月1日前填写报名回执，培训不收取费用，食宿自理。',
        '联系人：吴浩，电话：021-55660000；王静，电话：13900000000',
        '工业互联网产业推进联盟',
        '二〇二六年十一月十二日',
      ],
      author: null,
      source: '联盟秘书处',
      date: '2026-11-12T16:05',
      editor: '',
    },
  ],
};

let big5Table: Map<string, number[]> | null = null;
/** Big5 bytes for a page (Node decodes Big5 but has no encoder: the table is built by decoding every code). */
function big5(html: string): Buffer {
  if (!big5Table) {
    big5Table = new Map();
    const dec = new TextDecoder('big5');
    for (let hi = 0xa1; hi <= 0xf9; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo > 0x7e && lo < 0xa1) continue;
        const ch = dec.decode(Uint8Array.of(hi, lo));
        if (ch.length === 1 && ch !== '\ufffd' && !big5Table.has(ch)) big5Table.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    const pair = code < 0x80 ? [code] : big5Table.get(ch);
    if (!pair) throw new Error(`no Big5 code for ${ch}`);
    out.push(...pair);
  }
  return Buffer.from(out);
}

const roc = (d: string, form: 'full' | 'slash' | 'cn'): string => {
  const y = Number(d.slice(0, 4)) - 1911;
  if (form === 'slash') return `${y}/${d.slice(5, 7)}/${d.slice(8, 10)}`;
  const md = `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return form === 'full' ? `中華民國${y}年${md}` : `${y}年${md}`;
};

/** A county office's release in Big5 (http-equiv only), dated 民國 under 發稿單位/發布機關 labels. */
export const devBig5Release: Template = (_a, k) => {
  const a = DEV_Y_TEXTS.trad[k];
  const office = pick(['某某縣政府', '農業部'], k);
  const url = pick([`https://www.example-county.gov.tw/News_Content.aspx?n=${1200 + k}&s=${880000 + k}`, `https://www.example-moa.gov.tw/theme_data.php?theme=news&sub_theme=agri&id=${9100 + k}`], k);
  const info = pick([
    `<table class="news-info"><tr><th>發稿單位</th><td>${a.source}</td><th>發布時間</th><td>${roc(a.date, 'full')}</td></tr><tr><th>點閱數</th><td>356</td><th>更新時間</th><td>${roc('2026-11-05', 'full')}</td></tr></table>`,
    `<p class="info">發布機關：${a.source}　日期：${roc(a.date, 'slash')}　撰稿：${a.author}</p>`,
  ], k);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-Hant"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>${esc(a.title)} - ${office}</title>
<meta name="DC.Publisher" content="${office}"><link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery.js"></script><script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-0000-${k}']);</script>
</head><body>
<div id="header"><a href="/">${office}</a> <a accesskey="U" href="#">:::</a> <a>網站導覽</a> <a>English</a> <a>回首頁</a></div>
<ul id="menu">${navOf(['機關介紹', '最新消息', '新聞稿', '公告事項', '便民服務', '法規資訊', '政府資訊公開', '統計資訊', '意見信箱', '雙語專區'], '/menu/')}</ul>
<div id="path">現在位置：<a>首頁</a> &gt; <a>最新消息</a> &gt; <a>新聞稿</a></div>
<div id="content"><h2>${esc(a.title)}</h2>
${info}
<div class="article">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${k === 0 ? `<p class="contact">業務聯絡人：${a.source}科長 黃某某　電話：(03)9251000#2201</p>` : ''}
<div class="related">${pick(['相關連結', '附件下載'], k)}：<a href="/files/${pageId(a, k)}.pdf">${pick(['補助要點修正對照表', '產銷調節措施說明'], k)}</a></div>
<div class="tools"><a>友善列印</a> <a>回上頁</a> <a>分享至Facebook</a> <a>分享至LINE</a></div>
<div class="more"><h3>最新消息</h3>${dated([['縣府舉辦年終聯合採購說明會', roc('2026-10-30', 'slash')], ['社會住宅第二期招租', roc('2026-10-21', 'slash')]])}</div></div>
<div id="footer">${office}　地址：某某市某某路${k + 1}號　電話：(0${k + 3})2345-6789<br>${office}版權所有 本網站最佳瀏覽解析度為1280x1024　上線日期：${roc('2010-01-04', 'full')}</div>
</body></html>`;
  return { name: `g-big5release-${k}`, html, bytes: big5(html), gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: a.author, notInBody: ['業務聯絡人', '相關連結', '附件下載', '友善列印', '最新消息', '版權所有'] }) };
};

/** A Taiwan office's page in UTF-8: 民國 dates in dotted or dashed form beside 資料來源 and a later update, in spans or a list. */
export const devRocSpans: Template = (_a, k) => {
  const a = DEV_Y_TEXTS.trad[1 - k];
  const office = pick(['交通部公路局', '某某市政府'], k);
  const url = pick([`https://www.example-thb.gov.tw/News_Content.aspx?n=${31 + k}&sms=${1200 + k}&s=${pageId(a, k)}`, `https://www.example-city.gov.tw/News_Content.aspx?n=B0${k}&s=${7700 + k}`], k);
  const rocDot = (d: string): string => roc(d, 'slash').replace(/\//g, '.');
  const info = pick([
    `<div class="info"><span>公告日期：${rocDot(a.date)}</span><span>資料來源：${a.source}</span><span>最後更新：${rocDot('2026-11-25')}</span><span>點閱次數：2,481</span></div>`,
    `<ul class="list-info"><li>發布日期：${roc(a.date, 'slash').replace(/\//g, '-')}</li><li>資料來源：${a.source}</li><li>更新日期：${roc('2026-11-30', 'slash').replace(/\//g, '-')}</li></ul>`,
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>${esc(a.title)}-${office}</title>
<meta name="DC.Title" content="${esc(a.title)}"><link rel="stylesheet" href="/css/site.css"></head><body>
<header><a href="/">${office}</a><ul class="menu">${navOf(['關於本局', '最新消息', '業務資訊', '便民服務', '政府資訊公開', '影音專區', '雙語詞彙', '網站導覽'], '/m/')}</ul></header>
<div class="path">首頁 &gt; 最新消息 &gt; 新聞稿</div>
<section class="cp"><h2>${esc(a.title)}</h2>${info}
<div class="essay">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="contact">${pick(['新聞連絡人：', '業務聯繫人：'], k)}${office}${pick(['副局長', '新聞處長'], k)} 蔡某某　連絡電話：(02)2321-0000</p>
<div class="btns"><a>回上一頁</a> <a>列印</a></div></section>
<footer>${office}　地址：某某市某某路${k + 3}號　電話：(02)2321-0000<br>更新日期：${rocDot('2026-12-01')}　瀏覽人次：8,765,432</footer>
</body></html>`;
  return { name: `g-rocspans-${k}`, html, gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: null, notInBody: ['新聞連絡人', '業務聯繫人', '回上一頁', '瀏覽人次'] }) };
};

/** A Hong Kong paper's page in traditional characters: `出版：… 更新：…` or a 12-hour time under the headline, a writer line. */
export const devHkPaper: Template = (_a, k) => {
  const a = DEV_Y_TEXTS.trad[k];
  const paper = pick(['某某日報', '某島網'], k);
  const url = pick([`https://news.example-hkdaily.com/article/${pageId(a, k)}/`, `https://www.example-island.com.hk/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}`], k);
  const d = day(a.date).replace(/-/g, '/');
  const time = pick([`出版：${d} ${hm(a.date)}　更新：${d} 23:41`, `${d} ${Number(hm(a.date).slice(0, 2)) >= 12 ? '下午' : '上午'}${Number(hm(a.date).slice(0, 2)) % 12 || 12}:${hm(a.date).slice(3)}　最後更新：${d} 23:05`], k);
  const writer = a.author ? `<p class="writer">撰文：記者 ${a.author}</p>` : '';
  const html = `<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>${esc(a.title)}｜${paper}</title>
<meta property="og:site_name" content="${paper}"></head><body>
<header><a href="/">${paper}</a><nav><ul>${navOf(['即時', '港聞', '兩岸', '國際', '財經', '地產', '體育', '娛樂', '生活', '專欄', '影片', '訂閱'], '/c/')}</ul></nav></header>
<main><article><div class="cat">${pick(['港聞', '兩岸'], k)}</div><h1>${esc(a.title)}</h1><div class="time">${time}</div>${writer}
<div class="share"><a>分享</a> <a>WhatsApp</a> <a>複製連結</a></div>
<div class="content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="tags">標籤：<a>${pick(['房屋', '農業'], k)}</a></div></article>
<aside><h3>熱門新聞</h3>${dated([['機場快線票價明年調整', '2026/11/20'], ['天文台：周末轉涼', '2026/11/19']])}</aside></main>
<footer>© 2026 ${paper} 版權所有　私隱政策　聯絡我們</footer></body></html>`;
  return { name: `g-hkpaper-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: a.author, notInBody: ['撰文', '複製連結', '標籤', '熱門新聞', '版權所有'] }) };
};

/** A foreign outlet's Chinese edition: published and updated times, the reporter only in a closing credit, an English link or a paywall. */
export const devIntlEdition: Template = (a, k) => {
  const brand = pick(['某某中文网', '某某之声中文网'], k);
  const url = pick([`https://cn.example-nikkei.com/industry/${pageId(a, k)}-2026-11-24-10-15-00.html`, `https://www.example-dw.com/zh/${pageId(a, k)}/a-${70000000 + k}`], k);
  const shown = k === 1 ? a.paras.slice(0, 2) : a.paras;
  const reporter = a.author ?? '赵明远';
  const credit = pick([`（记者：${reporter}　编辑：宋某某）`, `（报道：${reporter}；责编：冯某）`], k);
  const times = pick([
    `<span class="time">${day(a.date).replace(/-/g, '/')} ${hm(a.date)}</span> <span class="update">（更新：${day(a.date).replace(/-/g, '/')} 17:48）</span>`,
    `<div class="publication-date">首发：${a.date.replace('T', ' ')}</div><div class="modified-date">最近更新：${day(a.date)} 22:10</div>`,
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(a.title)} - ${brand}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${brand}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}:00+08:00","author":{"@type":"Organization","name":"${brand}"},"isAccessibleForFree":${k === 0}}</script>
<script>dataLayer=[{"pageType":"article","paywall":${k === 1}}];</script>
</head><body>
<header><a class="logo" href="/">${brand}</a><nav><ul>${navOf(['首页', '中国', '国际', '经济', '产业', '科技', '观点', '专栏', '视频', '英文版', '订阅', '登录'], '/s/')}</ul></nav></header>
<main><div class="breadcrumb"><a>首页</a> / <a>${pick(['产业', '经济'], k)}</a></div>
<article><h1>${esc(a.title)}</h1>${times}
<div class="tools"><a>分享</a> <a>字号</a> <a>打印</a></div>
<div class="article-body">${shown.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 0 ? `<p>${credit}</p>` : ''}</div>
${k === 1 ? `<p class="credit">${credit}</p><div class="paywall-box"><p>本文为会员专享内容，订阅后可阅读全文。</p><a>立即订阅</a> <a>登录</a></div>` : `<p class="en-link"><a href="https://www.example-nikkei.com/en/${pageId(a, k)}">点击阅读英文原文</a></p>`}
<p class="copyright">版权声明：本文版权归${brand}所有，未经授权不得转载。</p></article>
<section><h2>推荐阅读</h2>${dated([['某某央行宣布维持利率', '2026/11/20'], ['亚洲股市全线上涨', '2026/11/19']])}</section></main>
<footer>© ${brand} 2026 · <a>关于我们</a> · <a>联系我们</a> · <a>隐私政策</a></footer></body></html>`;
  return { name: `g-intledition-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: reporter, last: shown.length - 1, notInBody: ['英文原文', '会员专享', '版权声明', '推荐阅读', '编辑：', '责编'] }) };
};

/** A standards committee's or alliance's notice: contacts, signature and date last; attachments between or after. */
export const devStdNotice: Template = (_a, k) => {
  const a = DEV_Y_TEXTS.notice[k];
  const org = pick(['某某信息技术标准化技术委员会', '工业互联网产业推进联盟'], k);
  const url = pick([`https://www.example-tc.org.cn/notice/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `http://www.example-aii.org.cn/info/1012/${5100 + k}.htm`], k);
  const [sign, date] = a.paras.slice(-2);
  const text = a.paras.slice(0, -2);
  const attach = pick(['<p>附件：1.意见反馈表</p><p>　　　2.三项团体标准征求意见稿</p>', '<div class="fj"><h4>附件下载：</h4><ul><li><a href="/fj/hz.docx">培训班报名回执.docx</a></li><li><a href="/fj/rc.pdf">培训日程安排.pdf</a></li></ul></div>'], k);
  const body = text.map((p, i) => `<p${i === 0 ? '' : ' style="text-indent:2em"'}>${esc(p)}</p>`).join('\n');
  const closing = `<p style="text-align:right">${esc(sign)}</p><p style="text-align:right">${esc(date)}</p>`;
  const info = pick([`<div class="info">时间：${day(a.date)}　作者：　来源：${a.source}　点击数：<span>128</span></div>`, `<div class="info"><span>发布者：${a.source}</span><span>发布日期：${a.date.replace('T', ' ')}</span><span>阅读量：905</span></div>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${org}</title>
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>
</head><body>
<div class="top">欢迎访问${org}网站 <a>会员登录</a> <a>English</a></div>
<ul class="nav">${navOf(['首页', '关于我们', '新闻动态', '通知公告', '标准工作', '会员中心', '资料下载', '联系我们'], '/col/')}</ul>
<div class="main"><div class="left"><h3>通知公告</h3><ul><li>通知公告</li><li>征求意见</li><li>会议活动</li></ul></div>
<div class="right"><div class="pos">当前位置：首页 &gt;&gt; 通知公告 &gt;&gt; 正文</div>
<h1>${esc(a.title)}</h1>${info}
<div class="v_news_content">
${k === 0 ? `${body}\n${attach}\n${closing}` : `${body}\n${closing}`}
</div>
${k === 1 ? attach : ''}
<div class="pn"><p>上一条：<a>关于公布2026年度联盟优秀案例的通知</a></p><p>下一条：<a>关于开展会员信息更新的通知</a></p></div>
<div class="btns">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div></div>
<div class="footer">版权所有：${org}　京ICP备${20000000 + k}号　地址：北京市某某区某某路${k + 2}号</div>
</body></html>`;
  // `发布者：` names the unit posting the page, no outlet (the house reading): no source on the second page.
  return { name: `g-stdnotice-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? day(a.date) : a.date, source: k === 0 ? a.source : null, author: null, notInBody: ['点击数', '阅读量', '上一条', '打印本页', '版权所有', ...(k === 1 ? ['培训日程安排'] : [])] }) };
};

/** An exhibition's news page: a programme list with the fair's own dates and an exhibitor grid, after or beside the text. */
export const devFairNews: Template = (a, k) => {
  const fair = pick(['2026某某国际工业自动化展', '第八届某某数字经济博览会'], k);
  const url = `https://www.example-${pick(['iae', 'dexpo'], k)}.com/${pick(['news/detail', 'xwzx/zhdt'], k)}/${pageId(a, k)}.html`;
  const programme = `<div class="programme"><h4>${pick(['论坛日程', '活动安排'], k)}</h4><dl>${[['2026-12-15', '09:00', '开幕式及主旨论坛'], ['2026-12-15', '14:00', '智能制造分论坛'], ['2026-12-16', '09:30', '供需对接会']].map(([d, t, n]) => `<dt>${d} ${t}</dt><dd>${n}</dd>`).join('')}</dl></div>`;
  const grid = `<div class="exh-grid"><h4>${pick(['明星展商', '参展品牌'], k)}</h4>${['某某自动化', '某某机器人', '某某传感', '某某工控', '某某伺服', '某某视觉'].map((n, i) => `<div class="exh-item"><img src="/logo/${i}.png" alt="${n}"><p>${n}股份有限公司</p><span>${pick(['馆号', '展台'], k)} ${i + 1}H-${30 + i}</span></div>`).join('')}</div>`;
  const info = pick([`<div class="date-src">${a.date.replace('T', ' ')}　|　来源：${esc(a.source)}　|　编辑：${a.editor}</div>`, `<p class="source-line"><span>来源：${esc(a.source)}</span><span>${day(a.date)}</span><span>浏览：3,021</span></p>`], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>${esc(a.title)}-${pick(['行业动态', '展会动态'], k)}-${fair}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExhibitionEvent","name":"${fair}","startDate":"2026-12-15","endDate":"2026-12-17"}</script>
</head><body>
<div class="bar">${fair}　2026.12.15-17　某某国家会展中心　<a>参观登记</a> <a>申请参展</a></div>
<ul class="menu">${navOf(['首页', '关于展会', '参展指南', '参观指南', '同期活动', '新闻中心', '下载中心', '联系我们', 'English'], '/m/')}</ul>
<div class="wrap"><div class="main-l"><div class="crumb">首页 &gt; 新闻中心 &gt; ${pick(['行业动态', '展会动态'], k)}</div>
<div class="detail"><div class="tit">${esc(a.title)}</div>${k === 1 ? '<p class="fairdate">展会时间：2026年12月15日-17日　展会地点：某某国家会展中心</p>' : ''}${info}
<div class="txt">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${k === 0 ? programme : grid}
<div class="share">分享到：<a>微信</a> <a>微博</a></div></div>
<div class="rel"><h4>相关新闻</h4>${dated([['展会开幕进入倒计时', '2026-12-01'], ['参观登记通道开启', '2026-11-10']])}</div></div>
<div class="main-r">${k === 0 ? grid : programme}<div class="ad"><img src="/ad/r.jpg" alt="广告"></div></div></div>
<div class="foot">主办：某某会展集团有限公司　电话：400-000-0000　Copyright © 2026 版权所有</div>
</body></html>`;
  return { name: `g-fairnews-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: a.source, author: null, notInBody: ['论坛日程', '活动安排', '明星展商', '参展品牌', '分享到', '相关新闻', '版权所有'] }) };
};

/** A state-owned group's news centre: 信息来源 a department, a closing 供稿 credit, 【打印本页】【关闭窗口】. */
export const devGroupNews: Template = (a, k) => {
  const group = pick(['中国某某航运集团有限公司', '某某电子信息产业集团'], k);
  const dept = pick(['党建工作部', '企业文化部'], k);
  const url = pick([`http://www.example-shipping.com.cn/xwzx/gsyw/202611/t2026${pageId(a, k)}.html`, `https://www.example-cec.com.cn/ttxw/${pageId(a, k)}.html`], k);
  const info = pick([`<p class="laiyuan">信息来源：${dept}　　发布时间：${a.date.replace('T', ' ')}　　【<a>大</a> <a>中</a> <a>小</a>】</p>`, `<div class="ly"><span>${day(a.date)}</span><span>来源：${dept}</span><span>【<a>打印本页</a>】【<a>关闭窗口</a>】</span></div>`], k);
  const closing = pick([`（供稿：${dept} ${a.editor}）`, `（${dept}供稿）`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['公司要闻', '头条新闻'], k)}_${group}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${a.date.replace('T', ' ')}">
<script src="/js/common.js"></script></head><body>
<div class="head">${group} <a>English</a> <a>集团邮箱</a></div>
<ul class="nav">${navOf(['首页', '集团概况', '新闻中心', '党的建设', '主营业务', '科技创新', '社会责任', '投资者关系', '信息公开', '加入我们'], '/n/')}</ul>
<div class="main"><div class="loc">首页 &gt; 新闻中心 &gt; ${pick(['公司要闻', '头条新闻'], k)}</div>
<div class="artbox"><h2 class="arttitle">${esc(a.title)}</h2>${info}
<div class="artcon"><p style="text-align:center"><img src="/img/${pageId(a, k)}.jpg"></p>
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<p style="text-align:right">${closing}</p></div>
${k === 0 ? '<div class="btn">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>' : '<div class="zb">责任编辑：钱某</div>'}
<div class="xg"><h3>相关新闻</h3>${dated([['集团召开年度工作会议', '2026-01-12'], ['集团获评优秀企业', '2026-10-08']])}</div></div></div>
<div class="foot">版权所有 ${group}　京ICP备${30000000 + k}号　京公网安备110102000${k}号</div>
</body></html>`;
  return { name: `g-groupnews-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: dept, author: null, notInBody: ['供稿', '打印本页', '关闭窗口', '责任编辑', '相关新闻', '版权所有'] }) };
};

/** A print view: header and footer as text lines, no menus; the information line and print buttons. */
export const devPrintView: Template = (a, k) => {
  const site = pick(['某某市新闻网', '某某区融媒体中心'], k);
  const url = pick([`http://www.example-news.cn/print.aspx?id=${60000 + k}`, `https://www.example-qrm.cn/content/${pageId(a, k)}.html?mode=print`], k);
  const writer = a.author ?? null;
  const info = pick([`时间：${a.date.replace('T', ' ')}　来源：${esc(a.source)}${writer ? `　作者：${writer}` : ''}`, `稿源：${esc(a.source)}　${writer ? `记者 ${writer}　` : ''}${a.date.replace('T', ' ')}`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<style>.noprint{float:right}@media print{.noprint{display:none}}</style></head><body onload="">
<p class="top">${site}　${pick(['http://www.example-news.cn', '打印日期：2026年12月06日'], k)}</p>
<p class="noprint"><a href="javascript:window.print()">打印本文</a>　<a href="javascript:window.close()">关闭</a></p>
<h3 align="center">${esc(a.title)}</h3>
<p align="center">${info}</p><hr>
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<hr><p>${pick(['责任编辑：', '编审：'], k)}${a.editor}</p>
<p class="bottom">${pick([`原文地址：${esc(url.replace('print.aspx', 'show.aspx'))}`, `${site}版权所有　联系电话：0000-6660000`], k)}</p>
</body></html>`;
  return { name: `g-printview-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: writer, notInBody: ['打印本文', '责任编辑', '编审', '原文地址', '版权所有', '打印日期'] }) };
};

export const DEV_TEMPLATES_Y: Template[] = [devBig5Release, devRocSpans, devHkPaper, devIntlEdition, devStdNotice, devFairNews, devGroupNews, devPrintView];
