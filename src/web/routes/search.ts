import { Hono } from 'hono';
import { html } from 'hono/html';
import { can, type Facets, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { page } from '../layout.js';
import { marked } from '../marks.js';
import { savedPanel, trendSlot } from '../views/search-extras.js';

/** Each facet: its label, and the URL parameter a click adds (month narrows the query instead). */
const FACETS: [keyof Facets, string][] = [['section', '栏目'], ['tag', '标签'], ['entity', '机构与人物'], ['source', '来源'], ['month', '月份']];
/** The search input's filter lists and the URL parameters that carry them. */
const PARAM: Record<'sections' | 'tags' | 'entities' | 'sources', string> = { sections: 'section', tags: 'tag', entities: 'entity', sources: 'source' };

/** Hits on one page of results. */
const PAGE_SIZE = 20;

/** /search: the CLI's query syntax, clickable facets, highlighted snippets, the trend chart, saved searches. */
export function searchRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const query = params.get('q') ?? '';
    const n = Math.max(1, Math.min(10_000, Number(params.get('page')) || 1));
    const filters = Object.fromEntries(Object.entries(PARAM).map(([key, p]) => [key, params.getAll(p).filter(Boolean)]).filter(([, v]) => v.length));
    const searched = query.trim() || Object.keys(filters).length;
    const result = searched
      ? await jianbao.search.search(c.get('actor'), { query, filters, limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE, marks: 'html' })
      : null;
    const saved = await jianbao.savedSearches.list(c.get('actor'));
    const withParam = (name: string, value: string) => {
      const next = new URLSearchParams(params);
      next.delete('page');
      if (name === 'month') {
        // A month facet narrows the query itself (from:/to: in the query syntax).
        next.set('q', `${query} from:${value} to:${value}`.trim());
      } else next.append(name, value);
      return `/search?${next}`;
    };
    const pageLink = (p: number) => `/search?${new URLSearchParams({ ...Object.fromEntries(params), page: String(p) })}`;
    // A client reads hits, not the newsroom's article numbers.
    const newsroom = can(c.get('actor'), 'drafts.read');
    const body = html`
<form class="filters" method="get" action="/search" role="search">
  <input name="q" value="${query}" size="40" placeholder="芯片 \"汽车电子\" -手机 from:2021-10" aria-label="检索词">
  ${Object.values(PARAM).flatMap((p) => params.getAll(p).map((v) => html`<input type="hidden" name="${p}" value="${v}">`))}
  <button type="submit">检索</button>
  ${Object.keys(filters).length ? html`<a href="/search?${new URLSearchParams({ q: query })}">清除筛选</a>` : ''}
</form>
${savedPanel(c, saved, params, Boolean(searched))}
${result ? html`
${result.warnings.map((w) => html`<p class="hint">${w}</p>`)}
<p class="count">共 ${result.approximate ? '约 ' : ''}${result.total} 篇${result.approximate ? '（命中太多：篇数与分面按抽样估算）' : ''}${
  result.partial ? `；另列 ${result.partial} 篇缺少一个检索词的文章，排在后面` : ''}</p>
${result.total ? trendSlot(params) : result.partial ? '' : html`<p class="empty">没有找到匹配的文章：换个词、去掉筛选或放宽日期再试。</p>`}
<div class="search-layout">
<aside class="facets">${FACETS.map(([key, label]) => result.facets[key].length ? html`<section><h2>${label}</h2><ul>${result.facets[key].slice(0, 10).map(
  (f) => html`<li><a href="${withParam(key, f.value)}">${f.value}</a> <small>${result.approximate ? '≈' : ''}${f.count}</small></li>`,
)}</ul></section>` : '')}</aside>
<ol class="hits">${result.hits.map((h) => html`<li>
  <div class="title"><a href="/articles/${h.id}">${marked(h.titleHighlight)}</a></div>
  <div class="meta">${[h.date, h.section, h.source, newsroom ? `#${h.id}` : null].filter(Boolean).join(' · ')}</div>
  ${h.missing ? html`<div class="missing">缺少：${h.missing.join('、')}</div>` : ''}
  <p class="summary">${marked(h.snippet)}</p></li>`)}</ol>
</div>
<nav class="pager">${n > 1 ? html`<a href="${pageLink(n - 1)}" rel="prev">上一页</a>` : ''}${n * PAGE_SIZE < result.total + (result.partial ?? 0) ? html`<a href="${pageLink(n + 1)}" rel="next">下一页</a>` : ''}</nav>` : html`<p class="hint">写法：词语之间为“且”，"短语"，-排除（或 NOT），OR，from:2021-10 to:2021-12，section:栏目。</p>`}`;
    return page(c, { title: '检索', body });
  });
  return app;
}
