import { describe, expect, it } from 'vitest';
import { simhash } from '../src/enrich/groups.js';
import { enrichAllWithTerms, enrichArticle, enrichArticles, enrichWithTerms } from '../src/enrich/index.js';
import type { EnrichInput } from '../src/enrich/types.js';
import { articles003 } from './enrich-samples.js';

describe('enriching an issue at once', () => {
  it('gives what enriching its articles one by one gives, across more articles than are segmented together', () => {
    // 20 articles: more than one group of articles segmented together.
    const articles = articles003().slice(0, 20).map((a) => ({ title: a.title, body: a.body, date: '2021-10-21', source: '信息产业监测' }));
    expect(articles.length).toBeGreaterThan(16);
    const together = enrichAllWithTerms(articles);
    expect(together).toHaveLength(articles.length);
    together.forEach((e, i) => expect(e).toEqual(enrichWithTerms(articles[i])));
    expect(enrichArticles(articles.slice(0, 3))).toEqual(articles.slice(0, 3).map((a) => enrichArticle(a)));
  });

  it('refuses an article without a text, naming it, before enriching any', () => {
    const bad = [{ title: '工信部发布通知', body: '华为在深圳。' }, { title: '坏稿件', body: null } as unknown as EnrichInput];
    expect(() => enrichArticles(bad)).toThrow('坏稿件: title and body must be strings');
    expect(enrichArticles([])).toEqual([]);
  });
});

describe('simhash', () => {
  it('leaves nothing behind for the next call: the same terms give the same hash after other terms', () => {
    const few = new Map([['芯片', 3], ['晶圆', 1]]);
    // Enough terms to add to every (byte position, byte value) sum.
    const many = new Map(Array.from({ length: 5000 }, (_, i) => [`词${i}`, 1 + (i % 7)] as [string, number]));
    const first = simhash(few);
    const manyHash = simhash(many);
    expect(simhash(few)).toBe(first);
    expect(simhash(many)).toBe(manyHash);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(new Map())).toBe('0000000000000000');
  });
});
