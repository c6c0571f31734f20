/**
 * Dev templates of #17's round 20 (tuned on), each in a make and wording of its own: the kinds held-out 31 missed, told
 * by field and family only (a commentary whose `文/X` line opens the text beside the writer's column box, a 快讯 whose
 * shorter 【】 headline opens the text under a quotes box, 组图 pages with the byline in the text's box or `X 报道` under
 * the headline, a re-posted account article closed by the account's card), and the set's known leftovers (a Q&A
 * answerer's card with counters, a self-media account's article with `文 | X`, an exchange's news page).
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/ch/${i}/">${w}</a>`).join('');
const addDay = (d: string, n: number): string => new Date(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** A commentary page: the writer's column box (photo, intro, 进入专栏, their dated articles) before the text, a `文/X` line opening it. */
export const gColumnSlash: Template = (a, k) => {
  const site = pick(['某某评论网', '某观新闻'], k);
  const writer = a.author ?? pick(['林一舟', '方若水'], k);
  const url = `https://www.example-pl${k}.com/${pick(['zhuanlan', 'opinion'], k)}/${a.date.slice(0, 10).replace(/-/g, '_')}_${parseInt(pageId(a, k), 16) % 1000000}.shtml`;
  const byline = pick([`<p style="text-align:right"><strong>文/${writer}</strong></p>`, `<p>文 / ${writer}（某某研究院研究员）</p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['-某某评论网', '_某观新闻'], k)}</title></head>
<body><div class="nav">${menu(['首页', '评论', '时事', '财经', '科技', '国际', '专栏', '视频'])}</div>
<div class="wrap"><div class="aside-left"><div class="zl-box"><img src="/a/${pageId(a, 2)}.jpg" alt="${writer}"><h4><a href="/zl/${pageId(a, 3)}/">${writer}</a></h4>
<p>${pick(['某某大学经济学院教授，研究产业政策与区域经济', '资深产业观察者，长期关注制造业转型'], k)}</p><a class="go">${pick(['进入专栏', '查看全部文章'], k)}</a>
<ul><li><a>${pick(['产业升级不能一哄而上', '地方招商的新逻辑'], k)}</a><em>${addDay(a.date, -12)}</em></li><li><a>${pick(['数据要素怎样变成生产力', '县域经济的突围之路'], k)}</a><em>${addDay(a.date, -30)}</em></li></ul></div></div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="art-info">${dash(a.date)}:${pick(['08', '41'], k)}　来源：${site}</div>
<div class="art-text">
${byline}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick([`本文系${site}专栏作者原创，仅代表作者个人观点，转载请注明出处。`, `（本文为${site}独家稿件，未经授权不得转载）`], k)}</p>
</div>
<div class="art-edit">${pick(['责任编辑：张帆', '编辑：冯远'], k)}</div>
<div class="hot"><h4>${pick(['热门评论', '相关阅读'], k)}</h4><ul><li><a>稳就业要在结构上下功夫</a><span>${addDay(a.date, 1).slice(5)}</span></li></ul></div></div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-columnslash-${k}`, html, gold: gold(a, { url, withTime: true, source: site, author: writer, notInBody: [pick(['文/', '文 /'], k), pick(['专栏作者原创', '独家稿件'], k), pick(['进入专栏', '查看全部文章'], k), pick(['责任编辑', '编辑：'], k)] }) };
};

/** A 快讯 whose text opens with a shorter bracketed headline than the h1 and the outlet's `X讯，`, under a quotes box, with 校对 closing the box. */
export const gFlashShort: Template = (a, k) => {
  const outlet = pick(['某某财经网', '某证日报'], k);
  const paras = a.paras.slice(0, 2 + k);
  const short = a.title.split(/[ ，]/)[0];
  const opener = pick([`${outlet}讯，`, `${outlet}·数据宝讯，`], k);
  const url = `https://www.example-kx${k + 2}.com/kuaixun/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(short)}_${outlet}</title></head>
<body><div class="top">${menu(['首页', '快讯', '股票', '基金', '公司', '数据', '视频'])}<a>下载客户端</a></div>
<div class="idx"><span>上证 3286.41 +0.35%</span><span>深成 10512.30 +0.61%</span></div>
<div class="kx-detail"><h1>${esc(a.title)}</h1>
<div class="kx-info"><span>来源：${outlet}</span><span>作者：${a.author ?? '李明远'}</span><span>${dash(a.date).replace(/-0?/g, '/')}:${pick(['05', '47'], k)}</span></div>
<div class="quote-box"><h5>${pick(['相关个股', '涉及个股'], k)}</h5><span>某某科技 23.10 +4.12%</span><span>某某股份 8.76 -0.45%</span></div>
<div class="kx-text">
<p>【${esc(short)}】${esc(opener)}${esc(paras[0])}</p>
${paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['校对：陈洁', '校对 孙一'], k)}</p>
</div>
<div class="decl">${pick(['声明：本文内容仅供参考，不构成投资建议，据此操作风险自担。', '风险提示：市场有风险，投资需谨慎。'], k)}</div>
<div class="app">${pick([`下载${outlet}APP，随时随地看快讯`, '扫码下载客户端，第一时间获取资讯'], k)}</div></div></body></html>`;
  return { name: `g-flashshort-${k}`, html, gold: { ...gold({ ...a, paras }, { url, withTime: true, source: outlet, author: a.author ?? '李明远', notInBody: [`【${short}】`, pick(['相关个股', '涉及个股'], k), '校对', pick(['声明', '风险提示'], k)] }), body_first: `${opener}${paras[0]}`.slice(0, 12) } };
};

/** A 组图 page: the byline in the text's box before the lead, each photo under its caption with an `N/M` counter, slide buttons and 推荐图集 after. */
export const gGalleryByline: Template = (a, k) => {
  const portal = pick(['某某图片网', '某城网'], k);
  const writer = a.author ?? pick(['钟晓', '程亮'], k);
  const url = `https://pic.example-tp${k}.com/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`;
  const captions = a.paras.slice(1).map((p) => `图为${p.split(/[，。]/)[0]}。`);
  const paras = [a.paras[0], ...captions];
  const byline = pick([`<p class="zz">本报记者　${writer}　通讯员　薛凯　摄影报道</p>`, `<div class="au">记者 ${writer} 实习生 田甜</div>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${portal}</title></head>
<body><div class="nav">${menu(['首页', '图片', '新闻', '视觉', '专题', '视频'])}</div>
<div class="pics"><h1>${esc(a.title)}</h1><div class="pinfo">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="pcontent">
${byline}
<p class="intro">${esc(paras[0])}</p>
${captions.map((c, i) => `<div class="pitem"><img src="/p/${i}.jpg"><div class="num">${i + 1}/${captions.length}</div><p class="cap">${esc(c)}</p></div>`).join('\n')}
</div>
<div class="ctrl"><a>上一张</a><a>下一张</a><a>${pick(['查看原图', '播放'], k)}</a></div>
<div class="more"><h3>${pick(['推荐图集', '更多图片'], k)}</h3><ul><li><a>城市夜景灯光秀</a><span>${addDay(a.date, -1).slice(5)}</span></li></ul></div></div></body></html>`;
  return { name: `g-gallerybyline-${k}`, html, gold: gold({ ...a, paras }, { url, withTime: true, source: a.source, author: [writer, pick(['薛凯', '田甜'], k)], notInBody: [pick(['通讯员', '实习生'], k), '上一张', pick(['推荐图集', '更多图片'], k)] }) };
};

/** A report signed `X 报道` (or `本网记者 X 报道`) on a line of its own under the headline's information line. */
export const gReportLine: Template = (a, k) => {
  const site = pick(['某某新闻网', '某都网'], k);
  const writer = a.author ?? pick(['邵佳', '韦东'], k);
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const url = `https://www.example-xw${k}.cn/news/${y}${String(m).padStart(2, '0')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title></head>
<body><div class="nav">${menu(['首页', '本地', '国内', '财经', '图片', '视频', '专题'])}</div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="info">${y}年${m}月${d}日 ${a.date.slice(11)}　来源：${esc(a.source)}</div>
<p class="rep">${pick([`${writer} 报道`, `本网记者　${writer}　报道`], k)}</p>
<div class="text">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="bar">${pick(['【纠错】【打印】【关闭】', '分享到：微信 微博'], k)}</div>
<div class="rel"><h4>相关新闻</h4><ul><li><a>全市重点项目建设提速</a> ${addDay(a.date, -2)}</li></ul></div></div></body></html>`;
  return { name: `g-reportline-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: writer, notInBody: ['报道', '相关新闻', pick(['纠错', '分享到'], k)] }) };
};

/** An account article re-posted on a portal: `本文来源：X（ID：…）　作者：Y` opening the text's box and the account's card closing it. */
export const gWxCardEnd: Template = (a, k) => {
  const account = pick(['某某产业研究', '某某汽车圈'], k);
  const writer = a.author ?? pick(['梁一', '司南'], k);
  const portal = pick(['某某财经号', '某某资讯'], k);
  const url = `https://www.example-cj${k}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const head = pick([`<p style="color:#888">本文来源：${account}（ID：cyyj_${k}）　作者：${writer}</p>`, `<p><span style="font-size:12px">来源：${account}　　作者：${writer}</span></p>`], k);
  const card = pick([
    `<section style="border:1px solid #ddd"><p><img src="/qr/${pageId(a, 1)}.png"></p><p><strong>${account}</strong></p><p>专注产业研究与深度分析</p><p>微信号：cyyj_${k}</p><p>长按识别二维码，关注我们</p></section>`,
    `<div class="mp-info"><img src="/logo/${pageId(a, 1)}.png"><p>${account}</p><p>每天一篇汽车行业深度好文</p><p>扫码关注${account}公众号</p></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${portal}</title></head>
<body><div class="top">${menu(['首页', '财经', '公司', '汽车', '科技', '号'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="meta"><span>${dash(a.date)}:${pick(['33', '02'], k)}</span><span>${pick(['编辑：小周', '阅读：1.6万'], k)}</span></div>
<div class="art-body">
${head}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${card}
</div>
<div class="decl">声明：本文系转载，版权归原作者所有，如有侵权请联系删除。</div>
<div class="rel"><h3>相关文章</h3><ul><li><a>汽车出口继续保持高增长</a><span>${addDay(a.date, -1)}</span></li></ul></div></div></body></html>`;
  return { name: `g-wxcardend-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: [pick(['本文来源', '来源：'], k), pick(['微信号', '扫码关注'], k), pick(['长按识别', '每天一篇'], k), '声明', '相关文章'] }) };
};

/** A Q&A answer page whose answerer's card prints counters on one line (回答/获赞/关注者) like an account's, the answer's time after the text. */
export const gQaCounters: Template = (a, k) => {
  const question = pick([`怎样评价${a.title.split(/[ ，]/)[0]}？`, `${a.title.split(/[ ，]/)[0]}意味着什么？`], k);
  const who = pick(['老周说产业', 'Kevin_chip'], k);
  const id = parseInt(pageId(a, k).slice(0, 7), 16);
  const url = `https://www.example-wd${k}.com/question/${id}/answer/${id + 5}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(question)} - ${pick(['某某问答', '某问'], k)}</title></head>
<body><div class="hd"><a>${pick(['某某问答', '某问'], k)}</a>${menu(['首页', '发现', '话题', '等你来答'])}<button>提问</button></div>
<div class="q"><div class="q-tags"><a>产业</a><a>科技</a></div><h1>${esc(question)}</h1><div class="q-stat">${pick(['关注者 512　被浏览 12.3万', '1,204 人关注 · 8.6万次浏览'], k)}</div></div>
<div class="ans"><div class="ans-author"><img src="/u/${pageId(a, 4)}.jpg"><div class="name"><a href="/people/${pageId(a, 5)}">${who}</a></div>
<div class="bio">${pick(['半导体行业从业者', '前券商分析师'], k)}</div><div class="nums">${pick(['回答 326 · 获赞 1.2万 · 关注者 890', '文章 41 | 回答 208 | 粉丝 3,520'], k)}</div><button>${pick(['+ 关注', '关注TA'], k)}</button></div>
<div class="ans-body">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="ans-time">${pick([`发布于 ${dash(a.date)}`, `编辑于 ${dash(a.date)} · 著作权归作者所有`], k)}</div>
<div class="ans-act"><button>赞同 ${860 + k}</button><button>评论 ${40 + k}</button><button>收藏</button><button>举报</button></div></div>
<div class="more"><h3>${pick(['其他回答', '查看更多回答'], k)}</h3><div><a>小陈</a><p>这件事要放在更长的周期里看。</p><span>发布于 ${addDay(a.date, 3)} 10:20</span></div></div></body></html>`;
  return { name: `g-qacounters-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: null, author: who, notInBody: ['发布于', '编辑于', '赞同', '举报', pick(['其他回答', '查看更多回答'], k)] }), title: question } };
};

/**
 * A columnist's page in another make: the column box (name in a heading, intro, their dated articles) before the
 * headline in the markup, the headline not in an `<h1>`, `<meta name="author">` the site, the time with seconds and
 * share buttons on the information line, and the `文/X` line opening the text.
 */
export const gColumnAside: Template = (art, k) => {
  // Commentary headlines are often a clause and a question or call (`…，我们该如何应对`).
  const a = { ...art, title: art.title.replace(' ', '，') };
  const site = pick(['某某观察网', '某论网'], k);
  const writer = a.author ?? pick(['陶然', '宋知秋'], k);
  const url = `https://www.example-gc${k}.com/${pick(['TaoRan', 'SongZhiQiu'], k)}/${a.date.slice(0, 10).replace(/-/g, '_')}_${parseInt(pageId(a, k), 16) % 1000000}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(a.title)}${pick(['-某某观察网', '_某论网'], k)}</title><meta name="author" content="${site}"></head>
<body><div class="header">${menu(['首页', '时评', '国际', '财经', '科技', '专栏', '视频'])}</div>
<div class="main"><div class="author-left"><div class="zl"><img src="/u/${pageId(a, 6)}.jpg" alt="${writer}"><${pick(['h3', 'h4'], k)}><a href="/${pick(['TaoRan', 'SongZhiQiu'], k)}/">${writer}</a></${pick(['h3', 'h4'], k)}>
<p>${pick(['某某大学公共管理学院教授，研究区域经济', '某某智库高级研究员'], k)}</p><a>${pick(['进入专栏', '全部文章'], k)}</a>
<ul><li><a>${pick(['区域协调发展的新思路', '稳外贸要稳住企业预期'], k)}</a><span>${addDay(a.date, -9)}</span></li></ul></div></div>
<div class="text-main"><${pick(['h3', 'h2'], k)}>${esc(a.title)}</${pick(['h3', 'h2'], k)}>
<div class="time">${dash(a.date)}:${pick(['27', '09'], k)}　来源：${site}　<span>分享到：<a>微信</a><a>微博</a></span></div>
<div class="content">
<p>${pick(['文/', '文｜'], k)}${writer}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick([`本文系${site}独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权不得转载。`, `（本文仅代表作者观点，转载请注明来源：${site}）`], k)}</p>
</div>
<div class="edit">责任编辑：${pick(['吴迪', '郑好'], k)}</div>
<div class="tag">标签：<a>评论</a></div>
<div class="cmts"><h4>${pick(['评论', '网友评论'], k)}</h4><div class="c"><span class="nick">${pick(['山间明月', '老李看世界'], k)}</span><p>${pick(['分析得很到位，受教了。', '观点独到，值得一读。'], k)}</p><span class="t">${addDay(a.date, 1)} 09:31</span></div></div>
<div class="rec"><h4>推荐阅读</h4><ul><li><a>制造业投资保持较快增长</a><span>${addDay(a.date, 0).slice(5)}</span></li></ul></div></div></div>
<div class="foot">${site} 版权所有</div></body></html>`;
  return { name: `g-columnaside-${k}`, html, gold: gold(a, { url, withTime: true, source: site, author: writer, notInBody: [pick(['文/', '文｜'], k), pick(['独家稿件', '仅代表作者观点'], k), '责任编辑', pick(['进入专栏', '全部文章'], k)] }) };
};

/**
 * A self-media account's article in other makes than round 18's: the card's name a link beside its avatar with the
 * time and region in one row (`IP属地：` labelled or `发布于 … 广东`), a `文 | X` line (with `编辑 | Y` on one page)
 * opening the text, the account in `<title>` and a 不代表…立场 note after — for held-out 28's self-media source, told by
 * field and family only.
 */
export const gAccountRow: Template = (a, k) => {
  const account = pick(['新能源产业说', '智造前沿观察'], k);
  const writer = pick(['贺雨辰', '秦川'], k);
  const url = `https://www.example-zmt${k}.com/article/${parseInt(pageId(a, k), 16)}.html`;
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const row = k === 0
    ? `<div class="row"><span>${y}年${m}月${d}日 ${a.date.slice(11)}</span><span>IP属地：浙江</span></div>`
    : `<div class="row">发布于 ${a.date.slice(5).replace('T', ' ')} 广东</div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${account}-${pick(['某某号', '某某头条'], k)}</title>
<script>var pageData={"itemId":"${pageId(a, k)}","publishTime":"${a.date.replace('T', ' ')}:00"};</script></head>
<body><div class="nav">${menu(['推荐', '科技', '财经', '汽车', '下载APP'])}</div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="author-info"><a class="avatar" href="/u/${pageId(a, 2)}"><img src="/av/${pageId(a, 2)}.png" alt="${account}"></a><div><a class="author-name" href="/u/${pageId(a, 2)}">${account}</a>${row}</div><button>${pick(['+关注', '关注'], k)}</button></div>
<div class="article-body">
<p>${pick([`文 | ${writer}`, `文 | ${writer}　编辑 | 孟然`], k)}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="note">${pick(['特别声明：以上内容仅代表作者本人观点，不代表本平台立场。', '本文为自媒体作者发布，不代表某某头条立场。'], k)}</div>
<div class="acts"><a>举报</a><a>反馈</a></div>
<div class="more"><h3>${pick(['作者最新文章', 'TA的更多内容'], k)}</h3><ul><li><a>光伏产业链价格持续探底</a><span>${addDay(a.date, -3).slice(5)} 20:15</span></li><li><a>储能订单排到明年</a><span>${addDay(a.date, -6).slice(5)} 08:02</span></li></ul></div></div></body></html>`;
  return { name: `g-accountrow-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: ['文 |', '不代表', '举报', pick(['作者最新文章', 'TA的更多内容'], k)] }) };
};

/**
 * An exchange's news page whose text is one or two short paragraphs in a box it shares with 【打印】【关闭】 and a long
 * dated 相关新闻 list, under an index ticker of change and percent per index — for held-out 27's exchange bounds, told
 * by field and family only.
 */
export const gExchangeShort: Template = (full, k) => {
  const a = { ...full, paras: full.paras.slice(0, 1 + k).map((p) => p.replace(/^[^，]{0,12}，/, pick(['本所', '本中心'], k) + '近日发布消息，')) };
  const site = pick(['某某商品交易所', '某某股权交易中心'], k);
  const url = `https://www.example-jys${k}.com/news/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const related = ['关于2025年元旦休市安排的通知', '本所召开第四届理事会第八次会议', '本所举办会员单位合规培训', '本所发布新修订的交易细则', '本所与地方政府签署战略合作协议', '本所开展“投资者保护宣传月”活动'];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head>
<body><div class="ticker"><span>${pick(['某某商品指数', '某某综指'], k)} 1,286.40 +8.12 +0.64%</span><span>某某农产品指数 965.21 -3.40 -0.35%</span><span>${a.date.slice(0, 10)} 15:00</span></div>
<div class="head"><a class="logo">${site}</a>${menu(['首页', '本所概况', '新闻中心', '业务规则', '市场数据', '会员服务', '投资者教育'])}</div>
<div class="pos">首页 &gt; 新闻中心 &gt; ${pick(['本所要闻', '中心动态'], k)}</div>
<div class="news-box"><h2>${esc(a.title)}</h2><div class="line">来源：${pick(['办公室', '市场部'], k)}　发布日期：${a.date.slice(0, 10)}　字号：[大 中 小]　<a>打印</a></div>
<div class="news-text">${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}</div>
<div class="btns">【<a>打印</a>】【<a>关闭</a>】</div>
<div class="xgxw-list"><p><b>相关新闻</b></p><ul>${related.map((t, i) => `<li><a href="/n/${i}.html">${t}</a><span>${addDay(a.date, -i * 7 - 3)}</span></li>`).join('')}</ul></div></div>
<div class="foot">${site} 版权所有　联系我们</div></body></html>`;
  return { name: `g-exchangeshort-${k}`, html, gold: gold(a, { url, withTime: false, source: pick(['办公室', '市场部'], k), author: null, notInBody: ['相关新闻', '打印', '关闭', '字号', '休市安排', '0.64%'] }) };
};

/**
 * A broker's research note summary on a financial portal: the institution and the researchers on a row of labelled
 * cells (`机构：`, `研究员：`, `评级：`), a 目标价 box, 报告摘要 heading over the text, 风险提示 and a PDF link after.
 */
export const gResearchNote: Template = (a, k) => {
  const broker = pick(['某某证券', '某某国际证券'], k);
  const analyst = pick(['周明远', '沈佳琪'], k);
  const url = `https://data.example-cf${k}.com/report/zw_${pick(['industry', 'stock'], k)}.jshtml?encodeUrl=${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['行业研报', '个股研报'], k)}_某某财富网</title></head>
<body><div class="nav">${menu(['首页', '行情', '数据', '研报', '资讯', '股吧', '基金'])}</div>
<div class="report"><h1>${esc(a.title)}</h1>
<div class="report-info"><span>机构：<a>${broker}</a></span><span>${pick(['研究员', '分析师'], k)}：${analyst}${k ? '、李想' : ''}</span><span>日期：${a.date.slice(0, 10)}</span><span>评级：${pick(['买入', '增持'], k)}</span><span>评级变动：维持</span></div>
<div class="price-box"><span>目标价：${pick(['36.50', '128.00'], k)}元</span><span>当前价：${pick(['29.84', '101.20'], k)}元</span></div>
<div class="report-body"><p><strong>${pick(['报告摘要', '核心观点'], k)}</strong></p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${pick(['风险提示：行业竞争加剧；下游需求不及预期；原材料价格大幅波动。', '风险提示：政策推进不及预期，技术迭代风险。'], k)}</p></div>
<div class="pdf"><a href="/pdf/${pageId(a, 3)}.pdf">查看PDF原文</a></div>
<div class="disc">免责声明：本报告摘要由${broker}提供，仅供参考，不构成投资建议。</div></div></body></html>`;
  return { name: `g-researchnote-${k}`, html, gold: gold(a, { url, withTime: false, source: broker, author: k ? [analyst, `${analyst}、李想`] : analyst, notInBody: ['评级', '目标价', pick(['报告摘要', '核心观点'], k), '风险提示', 'PDF', '免责声明'] }) };
};

/** A portal's tech channel whose text opens with `X讯 北京时间M月D日消息，` — the dateline is text — under `来源：X` and a time. */
export const gTimeZoneWire: Template = (a, k) => {
  const outlet = pick(['某凰网科技', '某浪科技'], k);
  const [, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const opener = pick([`${outlet}讯 北京时间${m}月${d}日消息，`, `${outlet}讯 北京时间${m}月${d}日晚间消息，据外媒报道，`], k);
  const paras = [opener + a.paras[0], ...a.paras.slice(1)];
  const url = `https://tech.example-fh${k}.com/c/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${outlet}</title></head>
<body><div class="nav">${menu(['首页', '资讯', '科技', '财经', '汽车', '视频'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="info"><span>${dash(a.date)}</span><span>来源：${outlet}</span></div>
<div class="text">${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="foot-note">${pick(['编辑：李欣', '责任编辑：王宁 SF014'], k)}</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a>全球智能手机出货量回升</a><span>${addDay(a.date, -1)}</span></li></ul></div></div></body></html>`;
  return { name: `g-timezonewire-${k}`, html, gold: { ...gold({ ...a, paras }, { url, withTime: true, source: outlet, author: null, notInBody: ['编辑', '相关新闻'] }), body_first: opener.slice(0, 12) } };
};

/**
 * A WeChat article in the platform's markup whose head and tail are worded in arrows and emoji (`⬆️点击蓝字 关注我们`,
 * `▼ 往期精彩回顾 ▼`, `👇👇👇`, `戳“阅读原文”`, `点个“在看”再走吧~`), a `作者 | X` credit in a styled section.
 */
export const gWxEmoji: Template = (a, k) => {
  const account = pick(['某某半导体圈', '某某储能前沿'], k);
  const writer = pick(['程远', '罗小溪'], k);
  const ct = Math.floor(Date.parse(`${a.date}:00+08:00`) / 1000);
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k + 3)}${pageId(a, k + 4)}`;
  const head = pick([`<section><p style="text-align:center">⬆️点击蓝字 关注我们</p></section><section><p>作者 | ${writer}</p><p>来源 | ${account}</p></section>`, `<section><p>👆 点击上方“${account}”，设为星标</p></section><section><p>作者 | ${writer}</p></section>`], k);
  const tail = pick([
    '<p style="text-align:center">▼ 往期精彩回顾 ▼</p><p><a>国产光刻胶迎来验证窗口期</a></p><p><a>先进封装产能持续紧张</a></p><p>👇👇👇</p><p>戳“阅读原文”，获取完整报告</p>',
    '<p>— END —</p><p>点个“在看”再走吧~</p><p>↓↓↓ 扫码加入行业交流群 ↓↓↓</p>',
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${esc(a.title)}"><title>${esc(a.title)}</title>
<script>var ct = "${ct}";</script></head>
<body id="activity-detail"><div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">${writer}</span><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">${account}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
${head}
${a.paras.map((p) => `<p><span style="font-size:15px">${esc(p)}</span></p>`).join('\n')}
${tail}
</div></div></body></html>`;
  return { name: `g-wxemoji-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: [pick(['点击蓝字', '设为星标'], k), '作者 |', pick(['往期精彩', '在看'], k), pick(['阅读原文', '扫码加入'], k)] }) };
};

/** A news agency's 快讯: the headline printed as `新华社快讯：…` (that is the headline), a one-sentence text under its dateline, 【纠错】 and 责任编辑 after. */
export const gAgencyFlash: Template = (a, k) => {
  const agency = pick(['某华社', '某新社'], k);
  const [, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const headline = `${agency}快讯：${a.title.split(' ')[0]}`;
  const sentence = `${agency}${pick(['北京', '上海'], k)}${m}月${d}日电　${a.paras[0]}`;
  const url = `https://www.example-xh${k}.com/${a.date.slice(0, 4)}${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${pageId(a, k)}/c.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(headline)}-${pick(['某华网', '某新网'], k)}</title></head>
<body><div class="nav">${menu(['首页', '时政', '国际', '财经', '科技', '快讯'])}</div>
<div class="header"><div class="h-title">${esc(headline)}</div><div class="h-info"><span class="h-time">${dash(a.date)}:00</span><span class="source">来源：${pick(['某华网', '某新网'], k)}</span></div></div>
<div id="detail"><p>${esc(sentence)}</p></div>
<div class="bar">【纠错】</div><div class="editor">【责任编辑:${pick(['王琳', '孙悦'], k)}】</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a>我国成功发射新一代通信卫星</a> ${a.date.slice(0, 10)}</li></ul></div></body></html>`;
  return { name: `g-agencyflash-${k}`, html, gold: { ...gold({ ...a, title: headline, paras: [sentence] }, { url, withTime: true, source: pick(['某华网', '某新网'], k), author: null, notInBody: ['纠错', '责任编辑', '相关新闻'] }) } };
};

/**
 * A WeChat article from the newer editor: no `<p>` at all, each paragraph a `<section>` of `<span leaf="">` runs nested in
 * styled sections, sub-heads as sections in bold, a credit section and a QR section closing `#js_content`.
 */
export const gWxSections: Template = (a, k) => {
  const account = pick(['某某智能制造', '某某通信人'], k);
  const ct = Math.floor(Date.parse(`${a.date}:00+08:00`) / 1000);
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k + 5)}${pageId(a, k + 6)}`;
  const sec = (t: string): string => `<section style="margin:0 8px 24px;line-height:1.75em;"><span leaf="">${esc(t.slice(0, 20))}</span><span leaf="">${esc(t.slice(20))}</span></section>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta property="og:title" content="${esc(a.title)}">
<script>var create_time = "${ct}" * 1;</script></head>
<body id="activity-detail"><div class="rich_media_area_primary"><h1 class="rich_media_title">${esc(a.title)}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">${account}</a></span><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;"><section style="padding:0 4px;"><section data-role="outer">
${a.paras.map((p, i) => (i === 1 ? `<section style="font-weight:bold;text-align:center;"><span leaf="">${pick(['一、产业现状', '▎ 市场变化'], k)}</span></section>` : '') + sec(p)).join('\n')}
<section style="color:#999;font-size:12px;"><span leaf="">${pick(['素材来源：综合自网络公开资料', '编辑：小通　审核：老王'], k)}</span></section>
<section style="text-align:center;"><img data-src="https://mmbiz.example.cn/qr.png"><span leaf="">${pick(['扫码关注我们', '长按二维码关注'], k)}</span></section>
</section></section></div></div></body></html>`;
  return { name: `g-wxsections-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: [pick(['素材来源', '审核'], k), pick(['扫码关注', '长按二维码'], k)] }) };
};

/**
 * A news agency's page: the dateline names the reporters (`某华社北京11月3日电（记者 X、Y）`), photos captioned inside the
 * text with the photographer's credit, `[责任编辑: Z]` and 【纠错】 after, the editor in `<meta name="author">` — for held-out
 * 16's agency author, told by field and family only.
 */
export const gAgencyPhotos: Template = (a, k) => {
  const agency = pick(['某华社', '某新社'], k);
  const [, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const reporters = pick(['钱进', '孙悦'], k) + pick(['、', ' '], k) + pick(['赵一凡', '林溪'], k);
  const dateline = `${agency}${pick(['北京', '广州'], k)}${m}月${d}日电${pick(['（记者', '(记者'], k)}${reporters}${pick(['）', ')'], k)}`;
  const paras = [dateline + a.paras[0], ...a.paras.slice(1)];
  const editor = pick(['周航', '吴桐'], k);
  const url = `https://www.example-news${k}.cn/${pick(['politics', 'tech'], k)}/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/c_${parseInt(pageId(a, k), 16)}.htm`;
  const photo = (i: number): string => `<p style="text-align:center"><img src="/p/${i}.jpg"></p><p style="text-align:center">${pick(['▲', ''], k)}${m}月${d - 1}日，工作人员在现场调试设备。${agency}记者 ${pick(['王晨', '李航'], k)} 摄</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某华网', '某新网'], k)}</title><meta name="author" content="${editor}"><meta name="source" content="${agency}"></head>
<body><div class="nav">${menu(['首页', '时政', '国际', '财经', '科技', '图片'])}</div>
<div class="head-line"><h1>${esc(a.title)}</h1><div class="info"><span class="time">${dash(a.date)}:00</span><span>来源：${agency}</span></div></div>
<div id="detail">${paras.map((p, i) => `${i === 1 ? photo(1) : ''}<p>${esc(p)}</p>`).join('\n')}${photo(2)}</div>
<div class="editor">${pick(['[责任编辑: ', '【责任编辑:'], k)}${editor}${pick([']', '】'], k)}</div><div class="bar">【纠错】</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a>新型储能装机规模持续扩大</a> ${addDay(a.date, -1)}</li></ul></div></body></html>`;
  return { name: `g-agencyphotos-${k}`, html, gold: { ...gold({ ...a, paras }, { url, withTime: true, source: agency, author: [pick(['钱进', '孙悦'], k), reporters], notInBody: ['责任编辑', '纠错', '摄', '相关新闻'] }), body_first: dateline.slice(0, 12) } };
};

/** A city paper's page signed only by a reporter's credit glued to the last sentence (`…。（本报记者 X）`, `…。(记者 X Y)`). */
export const gClosingCredit: Template = (a, k) => {
  const paper = pick(['某城晚报', '某江都市报'], k);
  const writer = a.author ?? pick(['严冬', '时雨'], k);
  const credit = pick([`（本报记者 ${writer}）`, `(记者 ${writer} 何力)`], k);
  const last = a.paras[a.paras.length - 1];
  const url = `https://www.example-wb${k}.com/news/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${paper}</title></head>
<body><div class="nav">${menu(['首页', '本地', '民生', '财经', '文体', '视频'])}</div>
<div class="art"><h1>${esc(a.title)}</h1><div class="info">${dash(a.date)}　来源：${paper}</div>
<div class="text">${a.paras.slice(0, -1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${esc(last)}${credit}</p></div>
<div class="ed">${pick(['编辑：林默', '责编：孔亮'], k)}</div></div></body></html>`;
  return { name: `g-closingcredit-${k}`, html, gold: gold(a, { url, withTime: true, source: paper, author: writer, notInBody: [credit, pick(['编辑：', '责编：'], k)] }) };
};

/** Dev templates of round 20. */
export const DEV_TEMPLATES_AC: Template[] = [gColumnSlash, gFlashShort, gGalleryByline, gReportLine, gWxCardEnd, gQaCounters, gColumnAside, gAccountRow, gExchangeShort, gResearchNote, gTimeZoneWire, gWxEmoji, gAgencyFlash, gWxSections, gAgencyPhotos, gClosingCredit];
