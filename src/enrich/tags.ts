/** Industry tags from the taxonomy in data/tags.json: weighted keyword hits, title hits counted thrice, damped by length. */
import { tagData } from './data.js';
import type { TagScore } from './types.js';

const TITLE_WEIGHT = 3;

/** Counts non-overlapping occurrences of needle in haystack. */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Every tag whose score reaches the taxonomy's threshold, best first. */
export function extractTags(title: string, body: string): TagScore[] {
  const { tags, threshold } = tagData();
  const damping = Math.sqrt(Math.max(1, body.length / 1000));
  const out: TagScore[] = [];
  for (const tag of tags) {
    let raw = 0;
    for (const [kw, w] of Object.entries(tag.keywords)) {
      const hits = Math.log1p(occurrences(body, kw)) + TITLE_WEIGHT * occurrences(title, kw);
      raw += w * hits;
    }
    const score = Math.round((raw / damping) * 100) / 100;
    if (score >= threshold) out.push({ name: tag.name, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
