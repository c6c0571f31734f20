import { describe, expect, it } from 'vitest';
import { analyse } from '../src/enrich/analyse.js';
import { simhash } from '../src/enrich/groups.js';
import { enrichAllWithTerms, enrichArticle, enrichArticles, enrichWithTerms, trainSectionModel } from '../src/enrich/index.js';
import { lexiconModel, modelInputs, sectionFeatures } from '../src/enrich/section.js';
import type { SectionModel } from '../src/enrich/types.js';
import type { EnrichInput } from '../src/enrich/types.js';
import { articles003 } from './enrich-samples.js';
import { sectionArticles } from './enrich-unseen.js';

describe('enriching an issue at once', () => {
  it('gives what enriching its articles one by one gives, across more articles than are enriched together', () => {
    // 20 articles: more than one group of articles enriched together, step by step.
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

  it('gives the hashes it gave before its bits were summed without branches', () => {
    // Values printed by the code before (main at 1fd3aa6): the same floating-point sums in the same order.
    expect(simhash(new Map([['芯片', 3], ['晶圆', 1]]))).toBe('dc25712a10a183db');
    expect(simhash(new Map([['芯片', 3], ['晶圆', 1], ['光刻机', 2.5], ['中芯国际', 0.5]]))).toBe('dc25712a5081c4dd');
    // One term: the hash is its own bits whatever its weight; a heavier term outvotes a lighter one.
    expect(simhash(new Map([['晶圆', 7]]))).toBe(simhash(new Map([['晶圆', 0.25]])));
    expect(simhash(new Map([['芯片', 100], ['晶圆', 1]]))).toBe(simhash(new Map([['芯片', 1]])));
  });
});

describe('simhash of whole-number weights', () => {
  /** SimHash by its definition: ±w on each of the 64 bits of each term's hash (FNV-1a halves), in term order. */
  const reference = (terms: Map<string, number>) => {
    const v = new Array<number>(64).fill(0);
    for (const [term, w] of terms) {
      let lo = 0x811c9dc5;
      let hi = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
      for (let i = 0; i < term.length; i++) {
        lo = Math.imul(lo ^ term.charCodeAt(i), 0x01000193) >>> 0;
        hi = Math.imul(hi ^ term.charCodeAt(i), 0x01000193) >>> 0;
      }
      for (let k = 0; k < 32; k++) {
        v[k] += (lo >>> k) & 1 ? w : -w;
        v[k + 32] += (hi >>> k) & 1 ? w : -w;
      }
    }
    let hex = '';
    for (let nibble = 15; nibble >= 0; nibble--) {
      let n = 0;
      for (let b = 3; b >= 0; b--) n = (n << 1) | (v[nibble * 4 + b] > 0 ? 1 : 0);
      hex += n.toString(16);
    }
    return hex;
  };
  const terms = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`术语${i * 7919}`, 1 + ((i * 31) % 5)] as [string, number]));

  it('is the same whether a few terms are added bit by bit or many through the byte sums', () => {
    // 3 and 40 terms take the direct way, 600 the byte sums; a fractional weight the byte sums too.
    for (const n of [1, 3, 40, 127, 128, 600]) expect(simhash(terms(n))).toBe(reference(terms(n)));
    const fractional = new Map([...terms(10), ['晶圆', 0.5]]);
    expect(simhash(fractional)).toBe(reference(fractional));
    // Nothing is left behind between the two ways.
    expect(simhash(terms(3))).toBe(reference(terms(3)));
  });
});

describe('section model inputs', () => {
  /** The inputs as the model defines them: each lexicon's entries in order, the '#' features as they are. */
  const reference = (model: SectionModel, features: Map<string, number>) => {
    const mass = [...features.values()].reduce((a, b) => a + b, 0);
    return model.inputs.map((name) => {
      if (!name.startsWith('lexicon:')) return features.get(name) ?? 0;
      let score = 0;
      for (const [f, w] of Object.entries(model.lexicon[name.slice('lexicon:'.length)])) if (features.has(f)) score += w * features.get(f)!;
      return score / Math.sqrt(mass + 1);
    });
  };

  it("are the same numbers read from a short article's own features as from the lexicons, priors and trained", () => {
    const trained = trainSectionModel(articles003().map((a) => ({ article: a, section: a.section! })));
    const short = sectionArticles('new-heldout').map((a) => sectionFeatures(analyse(a)));
    const long = articles003().slice(0, 5).map((a) => sectionFeatures(analyse(a)));
    const entries = Object.values(trained.lexicon).reduce((n, l) => n + Object.keys(l).length, 0);
    // Both ways of reading are taken: articles with a few features against the lexicons' entries, and with many.
    expect(short.some((f) => f.size * 4 < entries)).toBe(true);
    expect(long.some((f) => f.size >= entries)).toBe(true);
    for (const model of [lexiconModel(), trained]) for (const f of [...short, ...long]) expect(modelInputs(model, f)).toEqual(reference(model, f));
  });
});
