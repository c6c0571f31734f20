/**
 * Dev templates of #17's round 17 (tuned on): a writer's handle in Han characters beside the time, told from an outlet
 * only by the page's structure — a link to the writer's own page (`/people/…`, `rel="author"`) with a follow button
 * and counters, or the `<title>` printing the handle between the headline and the site (`文章名 - 名字 - 站点`). The
 * handle is the author; no source. An outlet printed the same way stays the source.
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const body = (paras: string[]): string => paras.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** A column site's article: the writer's name links to their page, with a follow button and counters. */
export const gColumnPeople: Template = (a, k) => {
  const name = pick(['山间听雨', '数据小铺掌柜'], k);
  const link = pick([`<a class="UserLink-link" href="https://www.example-zhuanlan.org/people/${pageId(a, 3)}">${name}</a>`, `<a rel="author" class="writer" href="/column/${pageId(a, 3)}">${name}</a>`], k);
  const url = `https://www.example-zhuanlan.org/p/${parseInt(pageId(a, k), 16)}`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} - 知识专栏</title>
<script>window.dataLayer=[{page:"column"}];</script></head>
<body><div class="AppHeader"><a href="/">首页</a><a href="/explore">发现</a><a href="/question/waiting">等你来答</a><input placeholder="搜索你感兴趣的内容"></div>
<div class="Post-main"><h1 class="Post-Title">${esc(a.title)}</h1>
<div class="Post-Author"><div class="AuthorInfo">${link}<span class="FollowButton">+ 关注</span><span class="badge">粉丝 ${pick(['1,024', '87'], k)}</span></div>
<div class="ContentItem-time">${pick(['发布于', '编辑于'], k)} ${dash(a.date)}</div></div>
<div class="Post-RichText">
${body(a.paras)}
</div>
<div class="ContentItem-actions"><button>赞同 ${pick(['312', '15'], k)}</button><button>${pick(['27', '3'], k)} 条评论</button><button>分享</button><button>收藏</button></div>
</div>
<div class="Recommendations"><h3>推荐阅读</h3><ul><li><a href="/p/1">从零搭建一个数据看板</a></li><li><a href="/p/2">聊聊指标口径</a></li></ul></div>
<footer>© 2026 知识专栏 · 京ICP证000000号</footer></body></html>`;
  return { name: `g-colpeople-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: name, notInBody: ['关注', '粉丝', '赞同', '条评论', '推荐阅读'] }) };
};

/** A hosted blog: the name beside the time is plain text; the `<title>` prints it between the headline and the host, or an outlet there. */
export const gHostedBlog: Template = (a, k) => {
  const name = pick(['老周聊制造', '某某日报'], k);
  const host = pick(['某某博客', '某某新闻网'], k);
  const url = `https://space.example-blogs.cn/${pageId(a, 4)}/article/${parseInt(pageId(a, k), 16)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${name}_${host}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${esc(a.title)}"}</script></head>
<body><div id="blog-top"><a href="/">${host}</a> | <a href="/hot">热门</a> | <a href="/new">最新</a> | <a href="/login">登录</a></div>
<div class="blog-wrap"><div class="blog-main"><h2 class="titName">${esc(a.title)}</h2>
<div class="articalInfo"><span class="time">${dash(a.date)}</span>　<span class="from">${name}</span>　<span class="tags">标签：行业观察</span></div>
<div class="articalContent">
${body(a.paras)}
</div>
<div class="articalfrontback"><span>前一篇：<a href="/a/1">季度走访札记</a></span><span>后一篇：<a href="/a/2">关于产线改造的几点想法</a></span></div>
<div class="blog-comment"><h4>评论</h4><p>暂无评论</p></div>
</div></div>
<div id="blog-footer">${host} 版权所有 | 联系我们</div></body></html>`;
  return { name: `g-hostedblog-${k}`, html, gold: gold(a, { url, withTime: true, source: k === 1 ? name : null, author: k === 1 ? null : name, notInBody: ['标签：', '前一篇', '后一篇', '评论'] }) };
};

export const DEV_TEMPLATES_A: Template[] = [gColumnPeople, gHostedBlog];
