/**
 * Ranking quality of archive search against judged queries: nDCG@k with graded relevance, and the baseline our
 * search must beat — a plain substring count with a title boost, as a user with grep would rank.
 */
import { TITLE_WEIGHT } from '../search/rank.js';

/** Relevance grades of a query's judged articles, by title (0 or absent: not relevant). */
export type Grades = Record<string, number>;

/** Titles compare without whitespace: a parser may space a title differently from the judge. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** nDCG@k of a ranked list of titles: gains 2^grade − 1, discounted by log2 of the rank + 1. */
export function ndcgAt(k: number, ranked: string[], grades: Grades): number {
  const bySquashed = new Map(Object.entries(grades).map(([t, g]) => [squash(t), g]));
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...bySquashed.values()].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(ranked.map((t) => bySquashed.get(squash(t)) ?? 0)) / ideal;
}

/** An article as the baseline reads it. */
export interface PlainArticle {
  title: string;
  body: string;
  /** ISO date or null; newer first among equal scores. */
  date: string | null;
}


/**
 * The baseline ranking: the query's words are its space-separated parts (a leading - excludes articles holding
 * the word, OR is ignored; `entity:` and `tag:` give their value as a word, as a user with grep would type it, other
 * filters are dropped); an article scores the number of times each word occurs in its body plus TITLE_WEIGHT times
 * in its title; articles scoring 0 are left out, ties go to the newer.
 */
export function substringBaseline(query: string, articles: PlainArticle[]): PlainArticle[] {
  const parts = query
    .split(/\s+/)
    .map((w) => w.replace(/^(?:entity|tag):/i, ''))
    .filter((w) => w && w !== 'OR' && !/^-?(?:section|source|from|to):/i.test(w));
  const excluded = parts.filter((w) => w.startsWith('-') && w.length > 1).map((w) => w.slice(1).toLowerCase());
  const words = parts.filter((w) => !w.startsWith('-')).map((w) => w.replace(/^["“]|["”]$/g, '').toLowerCase());
  const count = (text: string, word: string) => (word ? text.split(word).length - 1 : 0);
  return articles
    .map((a) => {
      const [title, body] = [a.title.toLowerCase(), a.body.toLowerCase()];
      if (excluded.some((w) => title.includes(w) || body.includes(w))) return { a, score: 0 };
      return { a, score: words.reduce((s, w) => s + TITLE_WEIGHT * count(title, w) + count(body, w), 0) };
    })
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || (y.a.date ?? '').localeCompare(x.a.date ?? ''))
    .map((x) => x.a);
}
