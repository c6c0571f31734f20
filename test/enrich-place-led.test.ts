import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/enrich/entities.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { enrichArticle } from '../src/enrich/index.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { EnrichInput, Entity } from '../src/enrich/types.js';

// Places that lead a body's name, or are glued to one, are no place mentions (#15, place precision). Bodies made up.
const entities = (text: string) => extractEntities(text, tokenize(text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name).sort();

describe('places leading a name', () => {
  it('reads a place followed by name words up to an ending as the body, industry words and 和 inside', () => {
    const es = entities('浙江省智能网联汽车产业联盟在宁波召开年会，福建省海洋发展和渔业局出席，兰州新舟国际机场公布客流。');
    expect(names(es, 'org')).toEqual(['兰州新舟国际机场', '浙江省智能网联汽车产业联盟', '福建省海洋发展和渔业局'].sort());
    expect(names(es, 'place')).toEqual(['宁波市']);
  });

  it('stops at a boundary, a verb or another place, so a plain place mention stays a place', () => {
    const es = entities('广东省集成电路产业发展迅速，江苏省和浙江省通信管理局联合发文，北京汽车产业投资加快。');
    expect(names(es, 'place')).toEqual(['北京市', '广东省', '江苏省'].sort());
    expect(names(es, 'org')).toEqual(['浙江省通信管理局']);
  });

  it('takes a university\'s hospital named by its place as one body', () => {
    const es = entities('浙江大学邵逸夫医院与四川大学华西医院合作。');
    expect(names(es, 'org')).toContain('四川大学华西医院');
    expect(names(es, 'org')).not.toContain('四川大学');
  });

  it('does not report a place glued to characters jieba left alone, or bracketed before a legal form', () => {
    const es = entities('兆易创新与合肥长鑫签约，苏州硅谷（苏州）有限公司在南京设厂。');
    expect(names(es, 'place')).toEqual(['南京市']);
  });
});

interface OrgArticle extends EnrichInput { entities: Record<'org' | 'place', string[]> }

/** Precision of one entity type over a part of the organisation material, gold names resolved as eval:orgs does. */
function precision(part: string, type: 'org' | 'place'): number {
  const file = new URL(`../testdata/enrich-unseen/orgs-${part}.json`, import.meta.url);
  const articles = (JSON.parse(readFileSync(file, 'utf8')) as { articles: OrgArticle[] }).articles;
  const canonical = (n: string) => { const e = knownSurfaces().get(n) ?? (type === 'org' ? knownSurfaces().get(n.replace(/公司$/, '')) : undefined); return e?.type === type ? e.name : n; };
  let tp = 0;
  let all = 0;
  for (const a of articles) {
    const gold = new Set(a.entities[type].map(canonical));
    for (const e of enrichArticle(a).entities.filter((x) => x.type === type)) { all++; if (gold.has(e.name)) tp++; }
  }
  return tp / all;
}

describe('place precision on the organisation material', () => {
  // R8 (held-out, committed before the round, scored once before and once after): floors at what it scored after
  // the unseen-places round (place 85.3%, org 91.7%; 82.9%, 89.6% after its own round; 76.3%, 88.6% before).
  it('keeps held-out R8 at its after-score', () => {
    expect(precision('heldout4', 'place')).toBeGreaterThanOrEqual(0.85);
    expect(precision('heldout4', 'org')).toBeGreaterThanOrEqual(0.91);
  });

  // R10 (held-out, committed before the unseen-places round): floors at what it scored after (place 87.8%, org 83.5%;
  // before: 83.3%, 78.7%).
  it('keeps held-out R10 at its after-score', () => {
    expect(precision('heldout5', 'place')).toBeGreaterThanOrEqual(0.87);
    expect(precision('heldout5', 'org')).toBeGreaterThanOrEqual(0.83);
  });

  // Dev R7, R9 and R11 (tuned on): place 88.9%, 88.9% and 85.0% after the unseen-places round (R7 and R9 72.7% and
  // 76.2% before the place-precision round, R11 69.6% before its own).
  it('keeps dev R7, R9 and R11 at their after-scores', () => {
    expect(precision('dev2', 'place')).toBeGreaterThanOrEqual(0.88);
    expect(precision('dev3', 'place')).toBeGreaterThanOrEqual(0.88);
    expect(precision('dev4', 'place')).toBeGreaterThanOrEqual(0.85);
  });
});
