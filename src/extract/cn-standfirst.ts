/**
 * A standfirst: the story's summary printed between the headline and the article's dated information line, the
 * text starting below that line (`<h1>` / a lead box / `更新于… 作者` / the text). It sits where a subtitle does, but
 * as sentences, so the body's head rules (short lines, labelled boxes) do not tell it.
 */
import { readCnMetaLines } from './cn-meta.js';
import type { PageLine } from './page-lines.js';

/** Lines between the headline and the standfirst, and between it and the information line, at most. */
const NEAR_LINES = 2;
/** Longer than this it is the text's opening paragraph, not a summary. */
const STANDFIRST_MAX = 200;
/** Paragraphs of text that must follow it. */
const TEXT_AFTER = 2;

/** Whether the text's first paragraph is the standfirst printed above the information line under the headline at `at`. */
export function isStandfirst(paragraphs: string[], lines: PageLine[], at: number, year: number | null): boolean {
  const first = paragraphs[0];
  if (at < 0 || !first || first.length > STANDFIRST_MAX || paragraphs.length <= TEXT_AFTER) return false;
  const own = lines.slice(at + 1, at + 2 + NEAR_LINES).findIndex((l) => l.text.trim() === first);
  if (own < 0) return false;
  const from = at + 2 + own;
  return lines.slice(from, from + NEAR_LINES).some((l) => readCnMetaLines([l.text], year).published !== null);
}
