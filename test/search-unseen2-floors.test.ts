import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJudgedArchive, plainArticles, readAliasGroups, readJudged, type Judged } from '../src/eval/judged-archive.js';
import { ndcgAt, substringBaseline, type PlainArticle } from '../src/eval/search-metrics.js';
import { sharedAbbreviations } from '../src/search/aliases.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';

/**
 * The figures of `npm run eval:search` on the unseen archives written after the first (testdata/search-unseen2 and
 * search-unseen3), held at their last values less a margin, so a change that loses ranking quality on material
 * nobody tuned for fails here. The embedded store: PostgreSQL gives the same first 10 for every query (the eval
 * checks that).
 *
 * - unseen2 then (branch s15q): dev 0.938, held-out 0.955; the substring baseline 0.850 and 0.800.
 * - unseen3 then (branch s15q): dev 0.932, held-out 0.898; the substring baseline 0.908 and 0.811 (before the
 *   branch's changes, on this archive written for them: 0.904 and 0.832).
 * - unseen4 then (branch s15s): dev 0.957, held-out 0.920; the substring baseline 0.819 and 0.776 (first run, before
 *   the branch's changes: 0.910 and 0.787).
 * - unseen5 then (branch s16): dev 0.923, held-out 0.919; the substring baseline 0.776 and 0.804 (first run, before
 *   the branch's changes: 0.857 and 0.908; its held-out 0.908 after the dev-tuned changes, 0.919 after data its misses
 *   prompted). Its judged alias groups: every name, typed and as an entity filter, finds every article of its group.
 * - unseen6 first run (branch s18, main's code, nothing tuned on it): dev 0.825, held-out 0.682; the substring
 *   baseline 0.743 and 0.643. Its floors keep what it found then; its alias groups are not all found yet.
 * - unseen7 first run (branch s20, main's code, nothing tuned on it): dev 0.792, held-out 0.561; the substring
 *   baseline 0.765 and 0.489. Its floors keep what it found then (its dev names of one body: 国家药监局).
 * - unseen8 first run (branch x20a, main's code at bf808bd0, nothing tuned on it): dev 0.860, held-out 0.734; the
 *   substring baseline 0.712 and 0.654. Its floors keep what it found then; no organisation check, since none of its
 *   dev organisations was found by every name then (and its held-out ones are only measured).
 * - unseen9 first run (branch x21a, main's code at bf32b438, nothing tuned on it): dev 0.817, held-out 0.877; the
 *   substring baseline 0.539 and 0.827. Its floors keep what it found then; its organisation check is the one dev
 *   organisation every name of which found all its articles then, typed and as an entity filter (亚马逊 / Amazon).
 * - unseen10 first run (branch x22a, main's code at fc6a3878, nothing tuned on it): dev 0.804, held-out 0.811; the
 *   substring baseline 0.420 and 0.644. Its floors keep what it found then; its organisation check is a dev
 *   organisation every name of which found all its articles then, typed and as an entity filter (宁德时代 / CATL).
 * - unseen11 first run (branch x23a, main's code at e81ed9a6, nothing tuned on it): dev 0.647, held-out 0.797; the
 *   substring baseline 0.513 and 0.574. Its floors keep what it found then; no organisation check: no dev
 *   organisation of more than three articles was found by every name then, and no more (国家能源局 typed also finds
 *   the article on 内蒙古自治区能源局). After round s32 (held-out spent and tuned on: the trade's forms and kinds,
 *   LONGi, 巴拉德 / Ballard) dev 0.951, held-out 0.951: the floors keep those, a hair below.
 * - unseen12 first run (branch x23h, main's code at 4584696c, nothing tuned on it): dev 0.934, held-out 0.950; the
 *   substring baseline 0.847 and 0.891. Written blind, on the house bulletin's own subjects. Its floors keep what it
 *   found then; its organisation check is a dev organisation every name of which found all its articles then, typed
 *   and as an entity filter (中国移动 / China Mobile).
 * - unseen13 first run (branch x24b, main's code at 5306d861, nothing tuned on it): dev 0.934, held-out 0.838; the
 *   substring baseline 0.891 and 0.854. Written blind, on the low-altitude economy. Its floors keep what it found
 *   then; no organisation check: no dev organisation of more than three articles was found by every name then
 *   (亿航智能 and EHang typed miss the articles printing only 亿航).
 * - round s30 read unseen9's and unseen10's judged alias groups (their held-out parts spent): how many names found
 *   every article of their group then, typed and as an entity filter, are floors.
 */
const SETS = [
  { name: 'unseen2', dir: 'testdata/search-unseen2', floors: { dev: 0.92, heldout: 0.93 }, org: { names: ['英伟达', 'NVIDIA', 'Nvidia'], pattern: /英伟达|NVIDIA/i } },
  { name: 'unseen3', dir: 'testdata/search-unseen3', floors: { dev: 0.915, heldout: 0.875 }, org: { names: ['华为', 'Huawei', 'HUAWEI'], pattern: /华为|Huawei/i } },
  { name: 'unseen4', dir: 'testdata/search-unseen4', floors: { dev: 0.94, heldout: 0.9 }, org: { names: ['华为', 'Huawei', 'HUAWEI'], pattern: /华为|Huawei/i } },
  {
    name: 'unseen5',
    dir: 'testdata/search-unseen5',
    floors: { dev: 0.9, heldout: 0.9 },
    org: { names: ['中国移动', '中国移动通信集团有限公司', 'China Mobile'], pattern: /中国移动|China Mobile/i },
  },
  {
    name: 'unseen6',
    dir: 'testdata/search-unseen6',
    floors: { dev: 0.8, heldout: 0.66 },
    org: { names: ['工信部', '工业和信息化部', '中华人民共和国工业和信息化部'], pattern: /工信部|工业和信息化部/ },
  },
  {
    name: 'unseen7',
    dir: 'testdata/search-unseen7',
    floors: { dev: 0.77, heldout: 0.54 },
    org: { names: ['国家药监局', '国家药品监督管理局'], pattern: /国家药监局|国家药品监督管理局/ },
  },
  { name: 'unseen8', dir: 'testdata/search-unseen8', floors: { dev: 0.84, heldout: 0.71 }, org: null },
  { name: 'unseen9', dir: 'testdata/search-unseen9', floors: { dev: 0.8, heldout: 0.85 }, org: { names: ['亚马逊', 'Amazon'], pattern: /亚马逊|Amazon/i } },
  {
    name: 'unseen10',
    dir: 'testdata/search-unseen10',
    floors: { dev: 0.78, heldout: 0.79 },
    org: { names: ['宁德时代', '宁德时代新能源科技股份有限公司', 'CATL'], pattern: /宁德时代|CATL/i },
  },
  {
    name: 'unseen11',
    dir: 'testdata/search-unseen11',
    floors: { dev: 0.94, heldout: 0.94 },
    org: null,
  },
  {
    name: 'unseen12',
    dir: 'testdata/search-unseen12',
    floors: { dev: 0.91, heldout: 0.93 },
    org: { names: ['中国移动', '中国移动通信集团有限公司', 'China Mobile'], pattern: /中国移动|China Mobile/i },
  },
  // Its held-out part scored below the baseline first (0.838 against 0.854): the floor holds it, the baseline does not yet.
  { name: 'unseen13', dir: 'testdata/search-unseen13', floors: { dev: 0.91, heldout: 0.81 }, org: null, behindBaseline: 'heldout' },
];

describe.each(SETS)('search on the $name archive', ({ name, dir, floors, org, behindBaseline }) => {
  let tmp: string;
  let store: Store;
  let plain: PlainArticle[];
  const judged = readJudged(dir);

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), `jianbao-${name}-`));
    store = openSqliteStore(join(tmp, `${name}.db`));
    await importJudgedArchive(store, dir);
    plain = await plainArticles(store);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Mean nDCG@10 of the search and of the baseline over the queries. */
  async function means(queries: Judged[]): Promise<{ ours: number; base: number }> {
    let [ours, base] = [0, 0];
    for (const { query, grades } of queries) {
      const { hits } = await store.search.search({ query, limit: 10, facets: false });
      ours += ndcgAt(10, hits.map((h) => h.title), grades);
      base += ndcgAt(10, substringBaseline(query, plain).map((a) => a.title), grades);
    }
    return { ours: ours / queries.length, base: base / queries.length };
  }

  const titles = async (query: string) => (await store.search.search({ query, limit: 100, facets: false })).hits.map((h) => h.title).sort();

  it.each(['dev', 'heldout'] as const)('keeps nDCG@10 of the %s queries above its floor and above the substring baseline', async (part) => {
    const { ours, base } = await means(judged[part]);
    expect(ours).toBeGreaterThanOrEqual(floors[part]);
    if (behindBaseline !== part) expect(ours).toBeGreaterThan(base);
  });

  it.runIf(org !== null)('finds an organisation by any of its names, in the text and through entity:', async () => {
    if (!org) return;
    const { names, pattern } = org;
    const holding = plain.filter((a) => pattern.test(`${a.title}${a.body}`)).map((a) => a.title).sort();
    expect(holding.length).toBeGreaterThan(3);
    for (const n of names) expect(await titles(n), n).toEqual(holding);
    const byEntity = await titles(`entity:${names[1]}`);
    expect(byEntity.length).toBeGreaterThan(0);
    expect(byEntity).toEqual(await titles(`entity:${names[0]}`));
    for (const t of byEntity) expect(holding).toContain(t);
  });

  it.runIf(name === 'unseen5')('finds every article of each judged alias group by each of its names, typed and as an entity filter', async () => {
    const groups = readAliasGroups(dir);
    expect(groups.length).toBeGreaterThan(5);
    for (const { names, articles } of groups) {
      for (const n of names) {
        expect(await titles(n), n).toEqual(expect.arrayContaining(articles));
        const byEntity = (await store.search.search({ query: '', filters: { entities: [n] }, limit: 100, facets: false })).hits.map((h) => h.title);
        expect(byEntity, `--entity ${n}`).toEqual(expect.arrayContaining(articles));
      }
    }
  });

  // Round s30 read these archives' alias groups (spent held-out parts): the names finding every article then, typed
  // and as an entity filter, are floors (unseen10 35 / 35 of 41, unseen9 32 / 28 of 47).
  const aliasFloors: Record<string, { typed: number; entity: number }> = { unseen10: { typed: 35, entity: 35 }, unseen9: { typed: 32, entity: 28 } };
  it.runIf(name in aliasFloors)('finds every article of its judged alias group by as many names as round s30 did, typed and as an entity filter', async () => {
    let [typed, entity] = [0, 0];
    // An article listed below as missing the term is not found by the name.
    const found = (hits: { title: string; missing?: unknown }[]) => hits.filter((h) => !h.missing).map((h) => h.title);
    for (const { names, articles } of readAliasGroups(dir)) {
      for (const n of names) {
        const byQuery = found((await store.search.search({ query: n, limit: 1000, facets: false })).hits);
        const byEntity = found((await store.search.search({ query: '', filters: { entities: [n] }, limit: 1000, facets: false })).hits);
        if (articles.every((t) => byQuery.includes(t))) typed++;
        if (articles.every((t) => byEntity.includes(t))) entity++;
      }
    }
    expect(typed).toBeGreaterThanOrEqual(aliasFloors[name].typed);
    expect(entity).toBeGreaterThanOrEqual(aliasFloors[name].entity);
  });

  it.runIf(name === 'unseen4')('finds a product by its Chinese and English names alike, and a number by either form of its unit', async () => {
    const holding = (pattern: RegExp) => plain.filter((a) => pattern.test(`${a.title}${a.body}`)).map((a) => a.title).sort();
    for (const [zh, en, pattern] of [['鸿蒙', 'HarmonyOS', /鸿蒙|HarmonyOS/i], ['昇腾', 'Ascend', /昇腾|Ascend/i], ['28nm', '28纳米', /28nm|28纳米/i]] as const) {
      // Some articles name it one way only: one of the names alone would miss them.
      expect(Math.min(holding(new RegExp(zh, 'i')).length, holding(new RegExp(en, 'i')).length)).toBeLessThan(holding(pattern).length);
      expect(await titles(zh), zh).toEqual(holding(pattern));
      expect(await titles(en), en).toEqual(holding(pattern));
    }
    expect(await titles('"HarmonyOS"')).toEqual(holding(/HarmonyOS/i));
  });

  it.runIf(name === 'unseen3')('finds a compound written apart below the articles holding it as written; quoted, only those', async () => {
    // 网络诈骗 is written so in some articles (or as its kind 电信网络诈骗, 电诈), as 网络钓鱼诈骗 in one. Since round s31 the
    // long forms of a two-character short form (电诈) printed with a word between their parts count half, so the article
    // writing 网络钓鱼诈骗 may rank above one printing 电诈 once in passing, but never above one writing 网络诈骗 as typed.
    const hits = (await store.search.search({ query: '网络诈骗', limit: 100, facets: false })).hits;
    const holds = (t: string, forms: string[]) => plain.some((a) => a.title === t && forms.some((f) => `${a.title}${a.body}`.includes(f)));
    const forms = sharedAbbreviations().namesOf('网络诈骗');
    const apart = hits.findIndex((h) => !holds(h.title, forms));
    expect(apart).toBeGreaterThan(0);
    expect(hits.slice(apart).some((h) => holds(h.title, ['网络诈骗']))).toBe(false);
    expect(hits[apart].snippet).toContain('诈骗');
    const quoted = await titles('"网络诈骗"');
    expect(quoted).toEqual(plain.filter((a) => `${a.title}${a.body}`.includes('网络诈骗')).map((a) => a.title).sort());
    expect(quoted.length).toBeLessThan(hits.length);
  });
});
