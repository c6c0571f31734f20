/**
 * Scoring of extracted Chinese news pages against hand-made gold (testdata/web-cn): headline, date, 来源
 * outlet, author, body bounds (first and last characters) and cleanliness (boilerplate absent from the body).
 */
import { z } from 'zod';
import type { ExtractedPage } from './extract-article.js';

const Author = z.union([z.string(), z.null()]);

/** Gold for one page; `author` may list every acceptable answer (a name in a dateline only, or none). */
export const CnGold = z.object({
  url: z.string(),
  title: z.string(),
  /** ISO day, with the time where the page prints one (`2021-08-12T10:30`). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/),
  source: z.string().nullable(),
  author: z.union([Author, z.array(Author)]),
  body_first: z.string().min(1),
  body_last: z.string().min(1),
  not_in_body: z.array(z.string()),
});
export type CnGold = z.infer<typeof CnGold>;

/** Which fields of one page came out right. */
export interface CnPageScore {
  title: boolean;
  date: boolean;
  source: boolean;
  author: boolean;
  /** The author is neither a gold answer nor a plausible name or outlet (digits, e-mail, counters, labels). */
  authorJunk: boolean;
  bounds: boolean;
  clean: boolean;
  /** What went wrong, one short note per miss. */
  misses: string[];
}

const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * True when `got` states the gold date: the same day, and the same time where gold has one. Gold is China
 * Standard Time as the page prints it; a time with an offset (`…T02:30:00Z`) is compared as the same instant.
 */
function sameDate(gold: string, got: string | null): boolean {
  if (!got) return false;
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(got) && got.length > 10 ? new Date(got) : null;
  const local = zoned && !Number.isNaN(zoned.getTime()) ? new Date(zoned.getTime() + 8 * 3600e3).toISOString().slice(0, 19) : got;
  return local.startsWith(gold);
}

/** An author value no reader would accept as a name or an outlet. */
export function looksJunk(author: string): boolean {
  return /\d{3,}|@|https?:|[：:|]|阅读|点击|浏览|编辑|来源|时间|网络整理|^[\d\s\p{P}]+$/u.test(author) || author.length > 30;
}

/** Scores one extracted page against its gold. */
export function scoreCnPage(gold: CnGold, got: ExtractedPage): CnPageScore {
  const misses: string[] = [];
  const body = compact(got.body);
  const title = (got.title ?? '') === gold.title;
  if (!title) misses.push(`title: ${got.title}`);
  const date = sameDate(gold.date, got.published);
  if (!date) misses.push(`date: ${got.published}`);
  const source = (got.source ?? null) === gold.source;
  if (!source) misses.push(`source: ${got.source}`);
  const answers = Array.isArray(gold.author) ? gold.author : [gold.author];
  const author = answers.includes(got.author ?? null);
  if (!author) misses.push(`author: ${got.author}`);
  const authorJunk = !author && got.author !== null && looksJunk(got.author);
  const bounds = body.startsWith(compact(gold.body_first)) && body.endsWith(compact(gold.body_last));
  if (!bounds) misses.push(`bounds: ${got.body.slice(0, 16)}…${got.body.slice(-16)}`);
  const leaks = gold.not_in_body.filter((s) => body.includes(compact(s)));
  if (leaks.length) misses.push(`leaks: ${leaks.join(' / ')}`);
  return { title, date, source, author, authorJunk, bounds, clean: leaks.length === 0, misses };
}

/** Share of pages right per field, and how many authors were junk. */
export interface CnSetScore {
  pages: number;
  title: number;
  date: number;
  source: number;
  author: number;
  bounds: number;
  clean: number;
  authorJunk: number;
}

/** Aggregates page scores into shares. */
export function aggregateCn(scores: CnPageScore[]): CnSetScore {
  const share = (k: 'title' | 'date' | 'source' | 'author' | 'bounds' | 'clean'): number =>
    scores.length ? scores.filter((s) => s[k]).length / scores.length : 0;
  return {
    pages: scores.length,
    title: share('title'),
    date: share('date'),
    source: share('source'),
    author: share('author'),
    bounds: share('bounds'),
    clean: share('clean'),
    authorJunk: scores.filter((s) => s.authorJunk).length,
  };
}
