/**
 * Industry tags from the taxonomy in data/tags.json: weighted keyword hits (title hits count thrice), damped
 * by length. Keywords the segmenter keeps as one word are counted on the tokens; the rest (Micro LED,
 * 5G+工业互联网) by searching the text.
 */
import { perKnowledge, tagData } from './data.js';
import { segmenter, wordFact, type Token } from './segmenter.js';
import type { TagScore } from './types.js';

const TITLE_WEIGHT = 3;

interface KeywordIndex {
  /** Word → the tags it counts for, with weights. */
  byToken: Map<string, { tag: number; weight: number }[]>;
  /** Keywords that span several tokens, by their first character (found by one scan of the text). */
  bySearch: Map<number, SearchKeyword[]>;
  /** 1 at the UTF-16 code of every first character in bySearch: most characters are rejected without a lookup. */
  firstChars: Uint8Array;
}

interface SearchKeyword {
  keyword: string;
  tag: number;
  weight: number;
}

const keywordIndex = perKnowledge((): KeywordIndex => {
  const built: KeywordIndex = { byToken: new Map(), bySearch: new Map(), firstChars: new Uint8Array(65536) };
  tagData().tags.forEach((t, tag) => {
    for (const [keyword, weight] of Object.entries(t.keywords)) {
      if (segmenter().cut(keyword).length === 1) {
        built.byToken.set(keyword, [...(built.byToken.get(keyword) ?? []), { tag, weight }]);
      } else {
        const first = keyword.charCodeAt(0);
        built.bySearch.set(first, [...(built.bySearch.get(first) ?? []), { keyword, tag, weight }]);
        built.firstChars[first] = 1;
      }
    }
  });
  return built;
});

/** The tags a word counts for, or null: looked up once per word (see wordFact), not once per token. */
const TAG_WORD = wordFact((word) => keywordIndex().byToken.get(word) ?? null);

/**
 * Non-overlapping occurrences of each multi-token keyword in the title and in the body, found in one scan of
 * the text instead of one search per keyword.
 */
function searchHits(text: string, titleLength: number, keywords: KeywordIndex): Map<SearchKeyword, { body: number; title: number; end: number }> {
  const hits = new Map<SearchKeyword, { body: number; title: number; end: number }>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!keywords.firstChars[code]) continue;
    for (const k of keywords.bySearch.get(code)!) {
      if (!text.startsWith(k.keyword, i)) continue;
      let h = hits.get(k);
      if (!h) hits.set(k, (h = { body: 0, title: 0, end: 0 }));
      if (i < h.end) continue;
      if (i + k.keyword.length <= titleLength) h.title++;
      else if (i >= titleLength) h.body++;
      h.end = i + k.keyword.length;
    }
  }
  return hits;
}

/** Every tag whose score reaches the taxonomy's threshold, best first; `text` is the analysed text. */
export function extractTags(text: string, titleLength: number, tokens: Token[]): TagScore[] {
  const { tags, threshold } = tagData();
  const keywords = keywordIndex();
  const { byToken } = keywords;
  const bodyLength = text.length - titleLength;
  // A plain array: a typed one this size lives outside the heap and costs more to make than the scoring.
  const raw = new Array<number>(tags.length).fill(0);
  const add = (tag: number, weight: number, inBody: number, inTitle: number) => {
    raw[tag] += weight * (Math.log1p(inBody) + TITLE_WEIGHT * inTitle);
  };
  const hits = new Map<string, { body: number; title: number }>();
  for (const t of tokens) {
    // A single character's dictionary entry is never looked up otherwise: the map is asked directly.
    if (!(t.word.length >= 2 ? t.fact(TAG_WORD) : byToken.has(t.word))) continue;
    let h = hits.get(t.word);
    if (!h) hits.set(t.word, (h = { body: 0, title: 0 }));
    if (t.start < titleLength) h.title++;
    else h.body++;
  }
  for (const [word, h] of hits) for (const e of byToken.get(word)!) add(e.tag, e.weight, h.body, h.title);
  for (const [k, h] of searchHits(text, titleLength, keywords)) add(k.tag, k.weight, h.body, h.title);
  const damping = Math.sqrt(Math.max(1, bodyLength / 1000));
  const out: TagScore[] = [];
  tags.forEach((t, i) => {
    const score = Math.round((raw[i] / damping) * 100) / 100;
    if (score >= threshold) out.push({ name: t.name, score });
  });
  return out.sort((a, b) => b.score - a.score);
}
