import type { Context } from 'hono';
import { html } from 'hono/html';
import type { SavedFilters, SavedSearch } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, type Html } from '../layout.js';

/** The search page's filter lists and the URL parameters that carry them. */
export const FILTER_PARAMS: Record<keyof SavedFilters, string> = { sections: 'section', tags: 'tag', entities: 'entity', sources: 'source' };

/** The filters a search URL carries (empty lists left out). */
export function filtersOf(params: URLSearchParams): SavedFilters {
  return Object.fromEntries(
    Object.entries(FILTER_PARAMS).map(([key, p]) => [key, params.getAll(p).filter(Boolean)]).filter(([, v]) => v.length),
  );
}

/** The search page's URL parameters for a query and its filters. */
export function searchParams(query: string, filters: SavedFilters): URLSearchParams {
  const params = new URLSearchParams({ q: query });
  for (const [key, p] of Object.entries(FILTER_PARAMS)) for (const v of filters[key as keyof SavedFilters] ?? []) params.append(p, v);
  return params;
}

/**
 * Where the trend chart of the current search goes: htmx fetches it after the page (so the chart costs the
 * results nothing); without scripts the link opens it as a page.
 */
export function trendSlot(params: URLSearchParams): Html {
  const trend = `/search/trend?${searchParams(params.get('q') ?? '', filtersOf(params))}`;
  return html`<div class="trend-slot" hx-get="${trend}" hx-trigger="load" hx-swap="outerHTML"><a href="${trend}">查看趋势图</a></div>`;
}

/** The actor's saved searches (run, delete) and, when a search is shown, a form to save it. */
export function savedPanel(c: Context<WebEnv>, saved: SavedSearch[], params: URLSearchParams, searched: boolean): Html {
  const query = params.get('q') ?? '';
  const filters = filtersOf(params);
  const describe = (s: SavedSearch) => [s.query, ...Object.values(s.filters).flat()].filter(Boolean).join(' · ');
  return html`<section class="saved">
${searched ? html`<form class="add save-search" method="post" action="/search/saved">${csrfField(c)}
  <input type="hidden" name="q" value="${query}">
  ${Object.entries(FILTER_PARAMS).flatMap(([key, p]) => (filters[key as keyof SavedFilters] ?? []).map((v) => html`<input type="hidden" name="${p}" value="${v}">`))}
  <label>保存为 <input name="name" required maxlength="100" size="14" placeholder="名称"></label><button type="submit">保存检索</button>
</form>` : ''}
${saved.length ? html`<h2>我的检索</h2><ul class="saved-list">${saved.map((s) => html`<li>
  <a href="/search/saved/${s.id}">${s.name}</a> <small>${describe(s)}</small>
  <form method="post" action="/search/saved/${s.id}/remove">${csrfField(c)}<button type="submit" aria-label="删除 ${s.name}">删除</button></form></li>`)}</ul>` : ''}
</section>`;
}
