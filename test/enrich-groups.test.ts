import { describe, expect, it } from 'vitest';
import { addToGroups, enrichArticle, newGroupIndex } from '../src/enrich/index.js';
import { hamming } from '../src/enrich/groups.js';
import { articles003, gold003 } from './enrich-samples.js';
import { authorArticles } from './enrich-unseen.js';

describe('same-event groups', () => {
  const articles = articles003();
  const enriched = articles.map((a) => enrichArticle(a));

  it('groups the gold duplicate pair of 003 and nothing else', () => {
    const index = newGroupIndex();
    articles.forEach((a, i) => addToGroups(index, String(a.line), enriched[i].fingerprint));
    const groupOf = (title: string) => index.entries[String(articles.find((a) => a.title === title)!.line)].group;
    const [[a, b]] = gold003().duplicates;
    expect(groupOf(a)).toBe(groupOf(b));
    const sizes = new Map<number, number>();
    for (const e of Object.values(index.entries)) sizes.set(e.group, (sizes.get(e.group) ?? 0) + 1);
    expect([...sizes.values()].filter((n) => n > 1)).toEqual([2]);
  });

  it('does not merge related stories from the same occasion (003 notes)', () => {
    const index = newGroupIndex();
    const pairs: [number, number][] = [[465, 695], [1109, 1226], [864, 1064], [2391, 3032]];
    for (const [x, y] of pairs) {
      const gx = addToGroups(index, String(x), enriched[articles.findIndex((a) => a.line === x)].fingerprint);
      const gy = addToGroups(index, String(y), enriched[articles.findIndex((a) => a.line === y)].fingerprint);
      expect(gx).not.toBe(gy);
    }
  });

  it('finds a reprint with light edits as a near-duplicate, and the index survives JSON', () => {
    const a = articles.find((x) => x.line === 2795)!;
    const reprint = { ...a, title: `${a.title}（转载）`, body: a.body.replace('据悉，', '').replace('记者', '本报记者') };
    const fa = enrichArticle(a).fingerprint;
    const fb = enrichArticle(reprint).fingerprint;
    expect(hamming(fa.simhash, fb.simhash)).toBeLessThanOrEqual(6);
    const index = JSON.parse(JSON.stringify((() => { const i = newGroupIndex(); addToGroups(i, 'a', fa); return i; })()));
    expect(addToGroups(index, 'b', fb)).toBe(index.entries.a.group);
    expect(() => addToGroups(index, 'b', fb)).toThrow(/b: already in the group index/);
  });

  it('groups each story the seventh author tells twice (appointments, results with other wording) and no related one', () => {
    const dev = authorArticles('seventh', 'dev');
    const index = newGroupIndex();
    for (const a of dev) addToGroups(index, a.id, enrichArticle(a).fingerprint);
    const group = (id: string) => index.entries[id].group;
    for (const a of dev) {
      for (const b of dev) {
        if (a.id >= b.id) continue;
        if (a.event && a.event === b.event) expect(`${a.id}~${b.id} ${group(a.id) === group(b.id)}`).toBe(`${a.id}~${b.id} true`);
        else expect(`${a.id}~${b.id} ${group(a.id) === group(b.id)}`).toBe(`${a.id}~${b.id} false`);
      }
    }
  });
});
