import type { Article, Bulletin, Line } from '../types.js';
import type { Gold, GoldArticle } from './gold.js';
import { squash } from '../clean/text-shape.js';
import { findFurniture } from '../clean/furniture.js';
import { textToLines } from '../ingest/text-lines.js';

/** Quality figures of one parsed bulletin against its gold annotation. */
export interface EvalReport {
  file: string;
  gold: number;
  predicted: number;
  matched: number;
  titleF1: number;
  sectionAccuracy: number;
  bodyBoundaryAccuracy: number;
  bylineAccuracy: number;
  subheadF1: number;
  /** Non-whitespace characters out / in, where in is the source's non-furniture lines. */
  coverage: number;
  /** Furniture text found inside an article body (should be empty). */
  headerLeaks: string[];
  publicationOk: boolean;
  issueDateOk: boolean;
  /** Gold titles not found, predicted titles not in gold, matched articles whose body boundaries differ. */
  missedTitles: string[];
  extraTitles: string[];
  boundaryErrors: string[];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
const f1 = (tp: number, fp: number, fn: number) => (tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1);

/** Matches items one-to-one by key; returns the index pairs. */
function matchByKey<A, B>(as: A[], bs: B[], ka: (a: A) => string, kb: (b: B) => string): [number, number][] {
  const pool = new Map<string, number[]>();
  bs.forEach((b, j) => pool.set(kb(b), [...(pool.get(kb(b)) ?? []), j]));
  const pairs: [number, number][] = [];
  as.forEach((a, i) => {
    const free = pool.get(ka(a));
    if (free?.length) pairs.push([i, free.shift()!]);
  });
  return pairs;
}

/**
 * Scores a parse against gold: one-to-one title matching on whitespace-free text, then per matched article its
 * section, body boundaries (body starts with body_first and ends with body_last, whitespace ignored, so a PDF's
 * own line wrapping does not matter), byline and sub-headings; coverage of the source's characters; furniture
 * leaking into bodies. `source` is what was parsed: the SourceDoc's lines (text dump or PDF) or a dump's text.
 * Furniture is found in it the way the cleaner finds it (the PDF reader's flags included); the characters in are
 * those of the other lines, so furniture can neither be counted nor be taken off twice.
 */
export function evaluate(gold: Gold, bulletin: Bulletin, source: string | Line[]): EvalReport {
  const lines = typeof source === 'string' ? textToLines(source) : source;
  const found = findFurniture(lines);
  const headerLines = lines.filter((l) => found.has(l)).map((l) => l.text);
  const charsIn = lines.filter((l) => !found.has(l)).reduce((n, l) => n + squash(l.text).length, 0);
  const pairs = matchByKey(gold.articles, bulletin.articles, (g) => squash(g.title), (a) => squash(a.title));
  const matchedGold = new Set(pairs.map(([i]) => i));
  const matchedPred = new Set(pairs.map(([, j]) => j));
  let sectionOk = 0;
  let boundaryOk = 0;
  let bylineOk = 0;
  let subTp = 0;
  let subFp = 0;
  let subFn = 0;
  const boundaryErrors: string[] = [];
  for (const [i, j] of pairs) {
    const g = gold.articles[i];
    const a = bulletin.articles[j];
    if ((g.section ?? null) === a.section) sectionOk++;
    if (boundaryMatches(g, a)) boundaryOk++;
    else boundaryErrors.push(`${g.title} (gold line ${g.start_line})`);
    if (squash(g.byline ?? '') === squash(a.byline ?? '')) bylineOk++;
    const subPairs = matchByKey(g.subheads, a.subheads, squash, squash).length;
    subTp += subPairs;
    subFn += g.subheads.length - subPairs;
    subFp += a.subheads.length - subPairs;
  }
  const tp = pairs.length;
  const fp = bulletin.articles.length - tp;
  const fn = gold.articles.length - tp;
  const headerKeys = [...new Set(headerLines.map(squash).filter((t) => t.length >= 4))];
  const headerLeaks = bulletin.articles.flatMap((a) =>
    headerKeys.filter((h) => squash(a.body).includes(h)).map((h) => `${a.title}: ${h}`));
  return {
    file: gold.file,
    gold: gold.articles.length,
    predicted: bulletin.articles.length,
    matched: tp,
    titleF1: f1(tp, fp, fn),
    sectionAccuracy: ratio(sectionOk, tp),
    bodyBoundaryAccuracy: ratio(boundaryOk, tp),
    bylineAccuracy: ratio(bylineOk, tp),
    subheadF1: f1(subTp, subFp, subFn),
    coverage: ratio(charsOut(bulletin), charsIn),
    headerLeaks,
    publicationOk: (gold.publication ?? null) === bulletin.publication,
    issueDateOk: (gold.issue_date ?? null) === bulletin.issueDate,
    missedTitles: gold.articles.filter((_, i) => !matchedGold.has(i)).map((g) => `${g.title} (gold line ${g.start_line})`),
    extraTitles: bulletin.articles.filter((_, j) => !matchedPred.has(j)).map((a) => `${a.title} (line ${a.lineStart})`),
    boundaryErrors,
  };
}

/** Body starts with body_first and ends with body_last, whitespace ignored. */
function boundaryMatches(g: GoldArticle, a: Article): boolean {
  const body = squash(a.body);
  return body.startsWith(squash(g.body_first)) && body.endsWith(squash(g.body_last));
}

/** Every character a parse hands back: sections, titles as printed, bodies, bylines, captions. */
function charsOut(b: Bulletin): number {
  let n = b.sections.reduce((s, x) => s + squash(x).length, 0);
  for (const a of b.articles) {
    n += squash(a.titleAsPrinted ?? a.title).length + squash(a.body).length + squash(a.byline ?? '').length;
    n += a.captions.reduce((s, c) => s + squash(c).length, 0);
  }
  return n;
}
