/** The shared mechanics of the extractors' hot path give what the plain ways give. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/enrich/analyse.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { tokenize, wordFact } from '../src/enrich/segmenter.js';
import { matchesOf } from '../src/enrich/text.js';
import { sectionArticles } from './enrich-unseen.js';

describe('matchesOf', () => {
  const text = '工信部：2024年1—3月，电信业务收入4,521亿元，同比增长3.2%。😀“他表示”\n\n第二段。';
  const plain = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, ...m]);
  const ours = (re: RegExp, s: string) => matchesOf(re, s).map((m) => [m.index, ...m]);

  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves the regex ready for the next text', () => {
    const regexes = [/\d+(?:\.\d+)?/g, /[^。\n]+/g, /(?:)/g, /(?:)/gu, /(?<year>\d{4})年|(?<month>\d)—(\d)月/g, /x*/g, /$/gm];
    for (const re of regexes) {
      expect(ours(re, text)).toEqual(plain(re, text));
      expect(re.lastIndex).toBe(0);
      expect(ours(re, '')).toEqual(plain(re, ''));
    }
    expect(matchesOf(/(?<year>\d{4})年/g, text)[0].groups).toEqual({ year: '2024' });
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/\d/, text)).toThrow('needs a global regex');
  });
});

describe('word facts', () => {
  it('gives each token what its word gives, whichever article asked first', () => {
    const isKnown = wordFact((word) => knownSurfaces().has(word));
    const lengthAndTag = wordFact((word, tag) => `${word.length}/${tag}`);
    const articles = sectionArticles('new-dev').slice(0, 8);
    for (const a of articles) {
      for (const t of tokenize(`${a.title}\n\n${a.body}`)) {
        expect(t.fact(isKnown)).toBe(knownSurfaces().has(t.word));
        expect(t.fact(lengthAndTag)).toBe(`${t.word.length}/${t.tag}`);
      }
    }
    // Terms are still content words of two characters or more, whatever article asked about them first.
    const terms = analyse(articles[0]).terms;
    expect(terms.length).toBeGreaterThan(5);
    for (const t of terms) expect(t.word.length).toBeGreaterThanOrEqual(2);
  });
});
