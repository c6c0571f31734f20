/**
 * Dev templates (tuned on) for #17's sixth round, each in a make and wording of its own: microblog long posts whose
 * account sits beside a device label (`来自 某某手机`), press-release wires (a dateline opening the text, a 关于…公司
 * boilerplate, media contacts, `###` or `— 完 —` ends) and information lines whose fields are glued inline elements
 * (`<i>account</i><i>time</i><i>counter</i>`) printed inside the text's container.
 */
import { cnDay, dash, esc, gold, pageId, pick, ps, type Template } from './common.js';

const md = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日 ${d.slice(11)}`;

/** A long post on a microblog: the account on its own line, then `time 来自 device`, the counters bar after. */
export const devLongPostDevice: Template = (a, k) => {
  const account = pick(['某某产业研究院官博', '数字经济观察员'], k);
  const device = pick(['HUAWEI Mate 60 Pro', '微博 weibo.com'], k);
  const url = `https://m.example-blog${k}.com/status/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="m-top"><a>返回</a> <a>${pick(['微博正文', '头条文章'], k)}</a></div>
<article class="long-post"><h2 class="lp-title">${esc(a.title)}</h2>
<div class="lp-user"><a class="lp-nick">${account}</a></div>
<div class="lp-from">${pick([dash(a.date), `${a.date.slice(0, 4)}年${md(a.date)}`], k)} 来自 ${device}</div>
<div class="lp-text">
${ps(a.paras)}
</div>
<footer class="lp-bar"><a>转发 ${20 + k}</a> | <a>评论 ${5 + k}</a> | <a>赞 ${88 + k}</a></footer></article>
<div class="lp-hot"><h4>${pick(['热门评论', '相关推荐'], k)}</h4><p>${pick(['说得很有道理', '收藏了'], k)}</p></div></body></html>`;
  return { name: `g-longpost-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['来自', '转发', '热门评论', '相关推荐'] }) };
};

/** A microblog card whose head glues account, time and device in inline elements with no space between them. */
export const devGluedCardHead: Template = (a, k) => {
  const account = pick(['某地发布厅', '新材料前沿观察'], k);
  const url = `https://www.example-mblog${k}.cn/${pick(['u', 'p'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某微博', '某某圈'], k)}</title></head><body>
<div class="card"><div class="card-title">${esc(a.title)}</div>
<div class="card-body">
<p class="head"><i class="nick">${account}</i><i class="time">${dash(a.date)}</i><i class="src">${pick(['来自iPhone 15', '来自网页版'], k)}</i></p>
${ps(a.paras)}
<p class="acts"><span>分享${3 + k}</span><span>评论${6 + k}</span><span>点赞${40 + k}</span></p>
</div></div></body></html>`;
  return { name: `g-gluedhead-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['来自', '分享', '点赞'] }) };
};

/** A microblog's article page: account, time and device spaced on one line, the counters row inside the same box. */
export const devMicroblogArticle: Template = (a, k) => {
  const account = pick(['低碳技术评论', '某某市工信发布'], k);
  const url = `https://card.example-mb${k}.com/article/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="gnav"><a>首页</a> <a>热门</a> <a>视频</a> <a>登录</a></div>
<div class="art-wrap"><div class="art-title">${esc(a.title)}</div>
<div class="art-head"><a class="nick">${account}</a> <span class="t">${dash(a.date)}</span> <span class="dev">来自 ${pick(['微博 weibo.com', 'OPPO Find X7'], k)}</span></div>
<div class="art-text">
${ps(a.paras)}
</div>
<div class="art-foot"><span>阅读 ${pick(['3.4万', '9210'], k)}</span> <span>转发 ${15 + k}</span> <span>评论 ${9 + k}</span> <span>赞 ${120 + k}</span></div></div></body></html>`;
  return { name: `g-mbarticle-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['来自', '转发', '评论', '阅读', '赞 '] }) };
};

/** A press-release wire: the dateline `深圳2024年10月22日电 /某某财讯/ --` opens the text; 关于…, 媒体联系 and ### after. */
export const devWireRelease: Template = (a, k) => {
  const wire = pick(['某某财讯通', '某某新闻稿网'], k);
  const city = pick(['深圳', '杭州'], k);
  const dateline = pick([`${city}${cnDay(a.date).replace(/年0/, '年').replace(/月0/, '月')}电 /${wire}/ -- `, `（${wire}）${city}，${cnDay(a.date)}——`], k);
  const url = `https://www.example-wire${k}.com/${pick(['releases', 'gaojian'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | ${wire}</title></head><body>
<div class="nav"><a>首页</a> <a>最新新闻稿</a> <a>行业</a> <a>提交新闻稿</a></div>
<div class="release"><h1>${esc(a.title)}</h1><p class="rel-meta">${dash(a.date)}　${pick(['发布方：', '来源：'], k)}${wire}</p>
<div class="rel-body"><p>${esc(dateline)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
<p><b>${pick(['关于某某智能科技股份有限公司', '关于某某集团'], k)}</b></p>
<p>${pick(['某某智能科技股份有限公司成立于2008年，总部位于深圳，是一家专注于工业物联网的高新技术企业，业务覆盖全球40多个国家和地区。', '某某集团是国内领先的新材料企业，旗下拥有五个生产基地和两个国家级研发中心。'], k)}</p>
<p>${pick(['媒体联系：', '新闻联络：'], k)}</p>
<p>${pick(['李女士　电话：0755-00000000', '品牌部　邮箱：pr@example.com'], k)}</p>
<p>${pick(['###', '— 完 —'], k)}</p></div></div>
<div class="side"><h4>${pick(['最新新闻稿', '相关新闻稿'], k)}</h4><p><a>${pick(['某某公司发布年度可持续发展报告', '某某品牌亮相国际展会'], k)}</a></p></div></body></html>`;
  return { name: `g-wire-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: wire, author: null, notInBody: ['关于某某', '媒体联系', '新闻联络', '###', '— 完 —', '最新新闻稿', '相关新闻稿'] }), body_first: dateline.replace(/\s/g, '').slice(0, 12) } };
};

/** A company's 新闻稿: the lead as a bold line, `（完）`, then 关于 boilerplate and a contact table after the text. */
export const devCompanyRelease: Template = (a, k) => {
  const co = pick(['某某半导体', '某某储能'], k);
  const url = `https://www.example-co${k}.com/${pick(['newsroom', 'media/press'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${co}</title></head><body>
<div class="nav"><a>产品</a> <a>解决方案</a> <a>新闻中心</a> <a>投资者关系</a></div>
<div class="press"><h1>${esc(a.title)}</h1><div class="press-date">${pick(['新闻稿', '媒体发布'], k)}　${dash(a.date)}</div>
<div class="press-text">
${ps(a.paras)}
<p>${pick(['（完）', '-完-'], k)}</p>
<h3>${pick([`关于${co}`, `${co}简介`], k)}</h3>
<p>${co}${pick(['成立于2010年，是全球领先的功率半导体供应商，产品广泛应用于新能源汽车、光伏和工业控制领域。', '专注于电化学储能系统的研发与制造，已在全球部署超过20GWh储能项目。'], k)}</p>
<table class="contact"><tr><td>${pick(['媒体垂询', '媒体联络'], k)}</td><td>${pick(['张先生', '公关部'], k)}</td><td>press@example${k}.com</td></tr></table>
</div></div></body></html>`;
  return { name: `g-corelease-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: null, notInBody: ['（完）', '-完-', '简介', `关于${co}`, '媒体垂询', '媒体联络', 'press@'] }) };
};

/** A portal whose information line is glued inline elements inside the text's container: outlet, time, counter. */
export const devGluedInfo: Template = (a, k) => {
  const url = `https://news.example-glue${k}.com/${pick(['a', 'c'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const fields = pick(
    [`<span>${esc(a.source)}</span><span>${dash(a.date)}</span><span>阅读${1200 + k}</span>`, `<em>${dash(a.date)}</em><em>${esc(a.source)}</em>${a.author ? `<em>${esc(a.author)}</em>` : ''}<em>${300 + k}人看过</em>`],
    k,
  );
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某头条', '某某快报'], k)}</title></head><body>
<div class="nav"><a>推荐</a> <a>财经</a> <a>科技</a></div>
<div class="article-box"><h1>${esc(a.title)}</h1>
<div class="article-main"><div class="article-info">${fields}</div>
${ps(a.paras)}
</div></div></body></html>`;
  return {
    name: `g-gluedinfo-${k}`,
    html,
    gold: gold(a, { url, withTime: true, source: a.source, author: k % 2 && a.author ? [a.author, null] : null, notInBody: ['阅读', '人看过'] }),
  };
};

/** A column (专栏) page: the writer's card with a `关注他` button above the text, `发布于`/`编辑于` times under it. */
export const devColumnWriter: Template = (a, k) => {
  const writer = pick(['周思远', '林可欣'], k);
  const url = `https://column.example-zl${k}.com/p/${parseInt(pageId(a, k), 16)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某专栏', '知识社区'], k)}</title></head><body>
<div class="col-head"><a class="col-name">${pick(['产业研究笔记', '硬件观察'], k)}</a></div>
<article><h1 class="Post-Title">${esc(a.title)}</h1>
<div class="Post-Author"><div class="AuthorInfo"><a class="UserLink">${writer}</a><div class="badge">${pick(['新能源行业从业者', '半导体工程师，关注产业链'], k)}</div></div><button>${pick(['关注他', '关注她'], k)}</button></div>
<div class="RichText">
${ps(a.paras)}
</div>
<div class="ContentItem-time">${pick(['发布于', '编辑于'], k)} ${dash(a.date)}${pick(['', '・IP 属地上海'], k)}</div>
<div class="rights">${pick(['著作权归作者所有', '本文为作者原创，转载请联系作者'], k)}</div></article>
<div class="Comments"><h4>${10 + k} 条评论</h4></div></body></html>`;
  return { name: `g-column-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: ['关注他', '关注她', '发布于', '编辑于', '著作权', '条评论'] }) };
};

/** A 号 page whose account card shows a certification line and a follow button, no counters; the time under the headline. */
export const devAccountCertCard: Template = (a, k) => {
  const account = pick(['汽车产业新视野', '芯片那些事儿'], k);
  const url = `https://www.example-hao${k}.com/${pick(['article', 'i'], k)}/${pageId(a, k)}/`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某号', '某某自媒体'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>科技</a> <a>汽车</a></div>
<div class="main"><h1>${esc(a.title)}</h1><div class="pub">${dash(a.date)}</div>
<div class="content">
${ps(a.paras)}
</div></div>
<div class="aside"><div class="acc-card"><div class="acc-name">${account}</div><div class="acc-cert">${pick(['优质汽车领域创作者', '科技领域优质作者'], k)}</div><div class="acc-btn">${pick(['+ 关注', '关注'], k)}</div></div>
<div class="hot"><h4>${pick(['他的热门文章', '作者最新文章'], k)}</h4><p><a>${pick(['新车上市一周订单破万', '国产芯片迎来新突破'], k)}</a></p></div></div></body></html>`;
  return { name: `g-accertcard-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['关注', '热门文章', '最新文章'] }) };
};

/** A government page printing only the headline and the text: date, outlet and column only in the standard meta set. */
export const devGovMetaSet: Template = (a, k) => {
  const url = `https://www.example-gov${k}.gov.cn/${pick(['zwgk/gzdt', 'xxgk/bmdt'], k)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某市人民政府', '某某区政府门户网站'], k)}</title>
<meta name="SiteName" content="${pick(['某某市人民政府', '某某区政府门户网站'], k)}"><meta name="ColumnName" content="${pick(['工作动态', '部门动态'], k)}">
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"><meta name="ContentSource" content="${esc(a.source)}"></head><body>
<div class="gov-head">${pick(['某某市人民政府', '某某区政府门户网站'], k)}</div>
<div class="gov-nav"><a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>
<div class="gov-article"><div class="gov-title">${esc(a.title)}</div>
<div class="gov-text">
${ps(a.paras, true)}
</div></div>
<div class="gov-foot">${pick(['主办：某某市人民政府办公室', '网站标识码：0000000000'], k)}</div></body></html>`;
  return { name: `g-govmeta-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['主办', '网站标识码', '政务公开'] }) };
};

/** A 号 page whose account card (name, intro, counters) stands in the sidebar after the whole text and a comment box. */
export const devSidebarAccount: Template = (a, k) => {
  const account = pick(['工业软件前哨站', '绿色能源每日谈'], k);
  const url = `https://www.example-media${k}.com/${pick(['detail', 'a'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某号', '某某媒体平台'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>财经</a> <a>科技</a> <a>登录</a></div>
<div class="left"><h1>${esc(a.title)}</h1><div class="time">${dash(a.date)}</div>
<div class="article">
${ps(a.paras)}
</div>
<div class="statement">${pick(['本文为作者独立观点，不代表本平台立场', '本内容为作者独立观点，不代表平台立场'], k)}</div>
<div class="comments"><h4>${pick(['全部评论', '评论区'], k)}</h4><p>${pick(['写得很清楚', '期待后续报道'], k)}</p><p>${pick(['学习了', '支持'], k)}</p></div></div>
<div class="right"><div class="author-box"><p class="a-name">${account}</p><p class="a-intro">${pick(['专注工业软件与智能制造', '每天一篇能源观察'], k)}</p><p class="a-count">${pick(['粉丝 2.3万 · 文章 412', '文章 96 | 总阅读 51万'], k)}</p></div>
<div class="rank"><h4>${pick(['24小时热文', '热门推荐'], k)}</h4><p><a>${pick(['国产工业软件迎来窗口期', '光伏装机再创新高'], k)}</a></p></div></div></body></html>`;
  return { name: `g-sideaccount-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['独立观点', '全部评论', '评论区', '粉丝', '热文', '热门推荐'] }) };
};

export const DEV_TEMPLATES_M: Template[] = [devLongPostDevice, devGluedCardHead, devMicroblogArticle, devWireRelease, devCompanyRelease, devGluedInfo, devColumnWriter, devAccountCertCard, devGovMetaSet, devSidebarAccount];
