/**
 * Industry tags from the taxonomy in data/tags.json: weighted keyword hits (title hits count thrice), damped
 * by length. Keywords the segmenter keeps as one word are counted on the tokens; the rest (Micro LED,
 * 5G+工业互联网) by searching the text.
 */
import { tagData } from './data.js';
import { segmenter, type Token } from './segmenter.js';
import type { TagScore } from './types.js';

const TITLE_WEIGHT = 3;

interface KeywordIndex {
  /** Word → the tags it counts for, with weights. */
  byToken: Map<string, { tag: number; weight: number }[]>;
  /** Keywords that span several tokens. */
  bySearch: { keyword: string; tag: number; weight: number }[];
}

let index: KeywordIndex | undefined;

function keywordIndex(): KeywordIndex {
  if (index) return index;
  const built: KeywordIndex = { byToken: new Map(), bySearch: [] };
  tagData().tags.forEach((t, tag) => {
    for (const [keyword, weight] of Object.entries(t.keywords)) {
      if (segmenter().cut(keyword).length === 1) {
        built.byToken.set(keyword, [...(built.byToken.get(keyword) ?? []), { tag, weight }]);
      } else built.bySearch.push({ keyword, tag, weight });
    }
  });
  return (index = built);
}

/** Counts non-overlapping occurrences of needle in haystack. */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Every tag whose score reaches the taxonomy's threshold, best first; `text` is the analysed text. */
export function extractTags(text: string, titleLength: number, tokens: Token[]): TagScore[] {
  const { tags, threshold } = tagData();
  const { byToken, bySearch } = keywordIndex();
  const title = text.slice(0, titleLength);
  const body = text.slice(titleLength);
  const bodyHits = new Map<string, number>();
  const titleHits = new Map<string, number>();
  for (const t of tokens) {
    if (!byToken.has(t.word)) continue;
    const hits = t.start < titleLength ? titleHits : bodyHits;
    hits.set(t.word, (hits.get(t.word) ?? 0) + 1);
  }
  const raw = new Float64Array(tags.length);
  const add = (tag: number, weight: number, inBody: number, inTitle: number) => {
    raw[tag] += weight * (Math.log1p(inBody) + TITLE_WEIGHT * inTitle);
  };
  for (const [word, entries] of byToken) {
    const inBody = bodyHits.get(word) ?? 0;
    const inTitle = titleHits.get(word) ?? 0;
    if (inBody || inTitle) for (const e of entries) add(e.tag, e.weight, inBody, inTitle);
  }
  for (const k of bySearch) add(k.tag, k.weight, occurrences(body, k.keyword), occurrences(title, k.keyword));
  const damping = Math.sqrt(Math.max(1, body.length / 1000));
  const out: TagScore[] = [];
  tags.forEach((t, i) => {
    const score = Math.round((raw[i] / damping) * 100) / 100;
    if (score >= threshold) out.push({ name: t.name, score });
  });
  return out.sort((a, b) => b.score - a.score);
}
