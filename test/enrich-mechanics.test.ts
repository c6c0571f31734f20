/** The shared mechanics of the extractors' hot path give what the plain ways give. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/enrich/analyse.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { tokenize, wordFact } from '../src/enrich/segmenter.js';
import { summarise } from '../src/enrich/summary.js';
import { matchesOf, offsetMask } from '../src/enrich/text.js';
import { fired, trigger } from '../src/enrich/triggers.js';
import { LIST_MARK } from '../src/enrich/entity-orgs.js';
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

describe('word triggers', () => {
  it('fire for an article when one of its tokens is such a word, single characters included, and no later trigger is taken', () => {
    // A finder's own trigger: test files share loaded modules, so one made here could come after articles were asked.
    let fires = 0;
    let not = 0;
    for (const a of sectionArticles('new-dev').slice(0, 30)) {
      const tokens = tokenize(`${a.title}\n\n${a.body}`);
      const list = tokens.some((t) => t.word === '等');
      expect(fired(tokens, LIST_MARK)).toBe(list);
      if (list) fires++;
      else not++;
    }
    // Both answers occur in the sample, so the test tells them apart.
    expect(fires).toBeGreaterThan(0);
    expect(not).toBeGreaterThan(0);
    expect(() => trigger(() => true)).toThrow('module load');
  });
});

describe('summary of a body that fits', () => {
  it('is every sentence that may stand alone, in order, whatever the keywords weigh; a longer body is still ranked', () => {
    const body = '华为发布新一代昇腾芯片，算力提升一倍。此外，公司公布了量产计划。新芯片将于明年上市销售。';
    const terms = [{ word: '芯片', start: 6 }, { word: '量产', start: 30 }];
    for (const weights of [[1, 0.1], [0.1, 1], [0, 0]]) {
      const keywords = [{ word: '芯片', weight: weights[0] }, { word: '量产', weight: weights[1] }];
      // 此外… leans on the sentence before it and is left out; the other two fit in 120 characters.
      expect(summarise(body, keywords, terms)).toBe('华为发布新一代昇腾芯片，算力提升一倍。新芯片将于明年上市销售。');
    }
    const long = `${body}工信部表示将加快推动人工智能芯片产业发展。国内多家企业正在研制同类产品并计划扩大产能。`;
    const ranked = summarise(long, [{ word: '产能', weight: 5 }], [{ word: '产能', start: long.indexOf('产能') }]);
    expect(ranked).toContain('国内多家企业正在研制同类产品并计划扩大产能。');
  });
});

describe('summary of a wire report', () => {
  it('starts after the dateline and byline, and leaves out what leans on a sentence before it (上述, 双方)', () => {
    const body = '新华社深圳3月31日电（记者 印朋）华为31日发布年报，全年销售收入8621亿元。上述收入中，海外占比超过三成。双方还将扩大合作。';
    expect(summarise(body, [], [])).toBe('华为31日发布年报，全年销售收入8621亿元。');
  });

  it("cuts the sentence holding the headline's number at a clause after it when the sentence is too long to take whole", () => {
    const body = `美国芯片制造商格芯在美国得克萨斯州和特拉华州向台积电发起了25项专利侵权诉讼，指控台积电违反了十多项专利，${'涉及芯片和制造芯片的多种方法与工艺，'.repeat(5)}并寻求禁止进口。格芯是全球第二大晶圆代工厂。`;
    const summary = summarise(body, [], [], 0, [body.indexOf('25项')]);
    expect(summary.startsWith('美国芯片制造商格芯')).toBe(true);
    expect(summary).toContain('25项专利侵权诉讼');
    expect(summary.endsWith('……')).toBe(true);
  });
});

describe('offsetMask', () => {
  it('gives a zeroed view of the length asked, as a fresh Uint8Array would be, after a longer text was marked', () => {
    const mask = offsetMask();
    mask(5000).fill(1, 0, 5000);
    const next = mask(140);
    expect(next.length).toBe(140);
    expect(next.every((b) => b === 0)).toBe(true);
    expect(next[140]).toBeUndefined();
    next.fill(1, 130, 200);
    expect(mask(300).every((b) => b === 0)).toBe(true);
  });
});
