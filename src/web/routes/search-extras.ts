import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { trendChart, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { page } from '../layout.js';
import { inlineSvg } from '../svg.js';
import { filtersOf, searchParams } from '../views/search-extras.js';

const PERIODS = { month: '按月', week: '按周' } as const;

/** /search/trend (the chart of a search's matches over time) and /search/saved (each user's saved searches). */
export function searchExtraRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/trend', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const query = params.get('q') ?? '';
    const by = params.get('by') === 'week' ? 'week' : 'month';
    const filters = filtersOf(params);
    const points = await jianbao.search.trend(c.get('actor'), { query, filters, by });
    const total = points.reduce((n, p) => n + p.count, 0);
    // The chart's own title is fixed text: the query reaches the page only through the escaping template below.
    const chart = points.length ? raw(inlineSvg(await trendChart(points, `匹配文章数（${PERIODS[by]}）`), `检索“${query}”的匹配文章数${PERIODS[by]}`)) : '';
    const other = by === 'month' ? 'week' : 'month';
    // An undated match has no place on the chart: the caption says its count is of dated ones, not the search's.
    const figure = html`<figure class="trend">${chart || html`<p class="empty">没有带日期的匹配文章，画不出趋势。</p>`}
<figcaption>带日期的 ${total} 篇 · <a href="/search/trend?${searchParams(query, filters)}&amp;by=${other}">${PERIODS[other]}</a></figcaption></figure>`;
    if (c.req.header('HX-Request')) return c.html(figure);
    return page(c, { title: '趋势', nav: '/search', body: html`<p><a href="/search?${searchParams(query, filters)}">返回检索结果</a>：${query}</p>${figure}` });
  });

  app.post('/saved', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) if (typeof x === 'string') params.append(k, x);
    const query = params.get('q') ?? '';
    const filters = filtersOf(params);
    await jianbao.savedSearches.save(c.get('actor'), { name: params.get('name') ?? '', query, filters });
    return c.redirect(`/search?${searchParams(query, filters)}`, 303);
  });

  // Runs a saved search: its owner only (another user's is forbidden in the service).
  app.get('/saved/:id{[0-9]+}', async (c) => {
    const s = await jianbao.savedSearches.get(c.get('actor'), Number(c.req.param('id')));
    return c.redirect(`/search?${searchParams(s.query, s.filters)}`, 303);
  });

  app.post('/saved/:id{[0-9]+}/remove', async (c) => {
    await jianbao.savedSearches.remove(c.get('actor'), Number(c.req.param('id')));
    return c.redirect('/search', 303);
  });

  return app;
}
