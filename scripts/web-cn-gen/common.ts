/** What every generated page template shares: escaping, date forms, paragraph markup and the page's gold. */
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

/** One generated page: its file name (without `.html`), markup and gold. */
export interface GenPage {
  name: string;
  html: string;
  /** The page as served when not UTF-8 (GBK sites). */
  bytes?: Buffer;
  gold: CnGold;
}

/** A template: dresses article `a` as a page; `k` varies the boilerplate wording from page to page. */
export type Template = (a: PoolArticle, k: number) => GenPage;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Picks the k-th wording (cycling), so pages of one template do not all print the same furniture. */
export const pick = <T>(list: T[], k: number): T => list[k % list.length];

const parts = (d: string): string[] => d.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/)!.slice(1);
export const dash = (d: string): string => d.replace('T', ' ');
export const dashSec = (d: string): string => `${dash(d)}:00`;
export const dayOnly = (d: string): string => d.slice(0, 10);
export const cnDay = (d: string): string => {
  const [y, m, dd] = parts(d);
  return `${y}年${m}月${dd}日`;
};
export const cnTime = (d: string): string => `${cnDay(d)} ${d.slice(11)}`;
export const slash = (d: string): string => dash(d).replace(/-/g, '/');
/** `09-03 07:30`: the year only in the page's metadata. */
export const yearless = (d: string): string => dash(d).slice(5);
export const urlDay = (d: string): string => d.slice(0, 10).replace(/-/g, '');

/** Paragraphs as `<p>` elements, optionally indented with ideographic spaces as many CMS editors do. */
export const ps = (paras: string[], indent = false, attrs = ''): string =>
  paras.map((p) => `<p${attrs}>${indent ? '\u3000\u3000' : ''}${esc(p)}</p>`).join('\n');

/** A stable page id from the article and template, for URLs. */
export function pageId(a: PoolArticle, k: number): string {
  let h = 2166136261;
  for (const ch of a.title + k) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The gold of a page: bounds from the article's first and last paragraphs. */
export function gold(a: PoolArticle, o: { url: string; withTime: boolean; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const first = a.paras[0];
  const last = a.paras[a.paras.length - 1];
  return {
    url: o.url,
    title: a.title,
    date: o.withTime ? a.date : a.date.slice(0, 10),
    source: o.source,
    author: o.author,
    body_first: first.slice(0, 12),
    body_last: last.slice(-12),
    not_in_body: o.notInBody,
  };
}
