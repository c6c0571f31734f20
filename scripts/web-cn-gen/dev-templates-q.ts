/**
 * Dev templates of #17's round 16 (tuned on), each a kind held-out 28 missed, told by field and family only, in a make
 * and wording of its own: a tech community's post whose header names when the column's or the blog's newest entry
 * appeared (`本栏最新文章于 … 发布`, `专栏最近更新于 …`) above the post's own `handle 于 … 发布` line, and a blog whose only
 * date and writer are in a line after the text closed by counters and buttons (`发表于 … handle 阅读(N) 评论(N)
 * 推荐(N) 编辑`). The handle is the author; no source.
 */
import { esc, pageId, pick, type Template } from './common.js';
import { gold } from './common.js';

const hms = (d: string): string => `${d.replace('T', ' ')}:08`;
const code = `<pre><code class="language-shell">$ make build\n$ ./bin/run --config conf.yaml</code></pre>`;
const body = (paras: string[]): string => paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n${code}` : ''}`).join('\n');

/** A tech community's post: the column's newest entry dated above the post's own time. */
export const gTechPost: Template = (a, k) => {
  const handle = pick(['mikoto_dev', '后端搬砖人'], k);
  const url = `https://www.example-juejin.net/post/${parseInt(pageId(a, k), 16)}`;
  const newest = pick([`本栏最新文章于 2026-12-03 22:10:45 发布`, `专栏最近更新于 2026年12月02日 08:00`], k);
  const html = `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>${esc(a.title)} - ${handle} - 某某技术社区</title>
<script>window.__NUXT__={state:{user:{name:"${handle}"},views:${pick(['2210', '560'], k)}}};</script></head>
<body><header class="main-header"><nav><a href="/">首页</a><a href="/hot">沸点</a><a href="/course">课程</a><a href="/live">直播</a><a href="/events">活动</a><a href="/app">APP</a></nav><input placeholder="探索技术社区"></header>
<main class="view-container"><article class="article">
<h1 class="article-title">${esc(a.title)}</h1>
<div class="column-tip"><span>${newest}</span></div>
<div class="author-info-block"><a class="username" href="/user/${pageId(a, 2)}">${handle}</a><span class="time">于 ${hms(a.date)} 发布</span><span class="views-count">阅读 ${pick(['2,210', '560'], k)}</span><span>收藏 ${pick(['38', '7'], k)}</span></div>
<div class="tag-list">分类：后端　标签：${pick(['运维 Linux', '工程化'], k)}</div>
<div class="markdown-body">
${body(a.paras)}
</div>
<div class="copyright-notice">版权声明：本文为作者原创，转载请注明出处。</div>
<div class="action-bar"><span>点赞 ${pick(['52', '11'], k)}</span><span>评论 ${pick(['9', '2'], k)}</span><span>收藏 ${pick(['38', '7'], k)}</span></div>
</article>
<aside><h3>相关文章</h3><ul><li><a href="/post/1">一次发布回滚的复盘</a><span>2026-11-30</span></li><li><a href="/post/2">灰度发布的三种做法</a><span>2026-11-28</span></li></ul></aside>
</main><footer>某ICP备00000000号 ©2026 某某技术社区</footer></body></html>`;
  return { name: `g-techpost-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['本栏最新文章', '专栏最近更新', '阅读', '收藏', '点赞', '版权声明', '相关文章', '分类：'] }) };
};

/** A personal blog: the date and the handle only in the line after the text, closed by counters and buttons. */
export const gPostFoot: Template = (a, k) => {
  const handle = pick(['lazycoder', '青山写代码'], k);
  const url = `https://${pick(['lazycoder', 'qingshan'], k)}.example-blogs.org/archives/${pageId(a, k)}.html`;
  const foot = pick([
    `发表于 ${a.date.replace('T', ' ')} ${handle} 阅读(${pick(['812', '77'], k)}) 评论(4) 推荐(3) <a>编辑</a>`,
    `发表于 ${a.date.replace('T', ' ')}　${handle}　阅读(77)　评论(0)　<a>编辑</a>　<a>收藏</a>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${handle} - 某某园</title></head>
<body><div id="header"><h1><a href="/">${handle}的博客</a></h1><p>记录，然后忘记</p><ul class="nav"><li><a href="/">首页</a></li><li><a href="/archives">归档</a></li><li><a href="/rss">订阅</a></li><li><a href="/admin">管理</a></li></ul><div class="stats">随笔 - 88 文章 - 0 评论 - 120</div></div>
<div id="main"><div class="post">
<h2 class="postTitle"><a href="${url}">${esc(a.title)}</a></h2>
<div class="postBody">
${body(a.paras)}
</div>
<div class="postDesc">${foot}</div>
<div class="next-prev">« 上一篇：<a href="/p/1" title="发表于 2026-09-01 10:00">旧文一篇</a><br>» 下一篇：<a href="/p/2" title="发表于 2026-12-01 10:00">新文一篇</a></div>
<div class="comments"><h3>评论</h3><p><span>2026-12-05 09:30</span> 访客：受教了</p></div>
</div></div>
<div id="side"><h3>最新随笔</h3><ul><li><a href="/p/2">新文一篇</a> 2026-12-01</li></ul></div>
<div id="footer">Copyright © 2026 ${handle}</div></body></html>`;
  return { name: `g-postfoot-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['发表于', '阅读(', '上一篇', '最新随笔', '受教了'] }) };
};

export const DEV_TEMPLATES_Q: Template[] = [gTechPost, gPostFoot];
