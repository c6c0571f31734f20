import { describe, expect, it } from 'vitest';
import { addToDocFreq, documentTerms, enrichArticle } from '../src/enrich/index.js';
import { balanced, SUMMARY_MAX } from '../src/enrich/summary.js';
import { tokenize } from '../src/enrich/segmenter.js';
import { articles003, briefArticles } from './enrich-samples.js';

describe('tags, keywords and summary', () => {
  const all = [...articles003(), ...briefArticles()];
  const byTitle = (part: string) => all.find((a) => a.title.includes(part))!;

  it('tags articles from the taxonomy, best first', () => {
    expect(enrichArticle(byTitle('新能源汽车电池退役潮')).tags[0].name).toBe('新能源汽车/动力电池');
    expect(enrichArticle(byTitle('阿里发布自研')).tags.map((t) => t.name)).toContain('芯片/半导体');
    expect(enrichArticle(byTitle('VR 显示')).tags.map((t) => t.name)).toContain('虚拟现实/元宇宙');
  });

  it('writes summaries of whole sentences within the limit on every sample article', () => {
    for (const a of all) {
      const { summary } = enrichArticle(a);
      expect(summary.length, a.title).toBeGreaterThan(10);
      expect(summary.length, a.title).toBeLessThanOrEqual(SUMMARY_MAX + 2);
      expect(balanced(summary), summary).toBe(true);
      expect(summary, a.title).toMatch(/[。！？”…]$/);
    }
  });

  it('says nothing rather than guessing on an empty article', () => {
    const e = enrichArticle({ title: '', body: '' });
    expect(e.predictedSection).toBeNull();
    expect([e.tags, e.entities, e.figures, e.dates, e.keywords]).toEqual([[], [], [], [], []]);
    expect(e.summary).toBe('');
  });

  it('rejects an article without text with a one-line error naming it', () => {
    expect(() => enrichArticle({ title: '标题', body: undefined as unknown as string })).toThrow('标题: title and body must be strings');
  });

  it('ranks keywords by TF-IDF against store document frequencies when given', () => {
    const a = byTitle('紫光集团司法重整');
    const df = { documents: 0, frequencies: {} as Record<string, number> };
    for (const other of all) addToDocFreq(df, documentTerms(tokenize(`${other.title}\n\n${other.body}`)));
    const words = enrichArticle(a, { docFreq: df }).keywords.map((k) => k.word);
    expect(words.slice(0, 5)).toContain('重整');
    expect(enrichArticle(a).keywords.map((k) => k.word)).toContain('紫光集团');
  });
});
