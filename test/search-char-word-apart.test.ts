/**
 * A term jieba reads as one character and one word (锂电池 → 锂 电池), found where the text prints the two with one
 * word between (锂离子电池), on both backends; see charAndWordApart in src/search/match-plan.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charAndWordApart } from '../src/search/match-plan.js';
import { sharedSegmenter } from '../src/search/segment.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';

const article = (title: string, body: string): Article => ({ section: '技术情报', title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 1, lineEnd: 2 });
const source = { path: 'fixtures/cells.txt', sha256: 'cells'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' as const };

/** Made-up notes of a battery weekly: the term as typed, with a word between, with more between, and not at all. */
const ARTICLES: Article[] = [
  article('锂电池产能扩张', '多家企业扩建锂电池产线，年底投产。'),
  article('锂离子电池出口增长', '上月锂离子电池出口金额同比增长两成。'),
  article('锂矿价格回落', '碳酸锂价格回落，下游电池企业采购意愿回升。'),
  article('光伏组件招标', '央企光伏组件集中招标启动，共计十吉瓦。'),
];

describe('charAndWordApart', () => {
  it('pairs a lone character with the word after it, and reads no other term', () => {
    const seg = sharedSegmenter();
    expect(charAndWordApart('锂电池', seg)).toEqual({ stream: 'words', tokens: ['锂', '电池'], near: { split: 1, within: 1 } });
    // A term of words (partsOf cuts it), of one word, or with Latin letters is none; nor one whose character is
    // common alone (大数据: 大 opens 大规模数据).
    for (const text of ['固态电池', '储能', '5G基站', '锂', '大数据', '新能源']) expect(charAndWordApart(text, seg)).toBeNull();
  });
});

describe.each(BACKENDS)('a character and a word printed apart on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import(source, { publication: '电池周刊', issueDate: '2025-06-02', sections: ['技术情报'], warnings: [], articles: ARTICLES });
  });
  afterAll(() => store.close());

  const titles = async (query: string) => (await store.search.search({ query, limit: 20 })).hits.map((h) => h.title);

  it('finds the term with one word between its character and its word, ranked below the term as typed', async () => {
    expect(await titles('锂电池')).toEqual(['锂电池产能扩张', '锂离子电池出口增长']);
  });

  it('reads a quoted term as written', async () => {
    expect(await titles('"锂电池"')).toEqual(['锂电池产能扩张']);
  });
});
