/**
 * The headline as the page prints it: the line that best matches what `<title>`, `og:title` and JSON-LD say,
 * so that a site suffix (`…-中新网`, `… 东区办事处`, `_网易科技`), a headline cut at an ASCII quote inside
 * `og:title`, or a `<title>` holding only the site's name do not become the title.
 */
import { classAndId } from './dom.js';
import type { PageMeta } from './metadata.js';
import { printedText, type PageLine } from './page-lines.js';

/** What the markup says the title is. */
export interface TitleHints {
  /** `<title>` as written. */
  titleTag: string | null;
  /** `og:title` or `twitter:title`. */
  metaTitle: string | null;
}

/** Without spaces, full-width forms folded (`：％` and `:%` match), so the page and `<title>` compare alike. */
const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
/** Shortest headline worth matching: shorter lines (a section name, a site name) match titles by accident. */
const MIN_LEN = 5;
const MAX_LEN = 120;
/** Longest title hint compared: keeps matching linear on a page with an absurd `<title>`. */
const MAX_HINT = 300;

/** Index of the line that is the headline, or -1 when no line matches the hints. */
function headlineLine(lines: PageLine[], hints: TitleHints): number {
  const tag = compact(hints.titleTag ?? '').slice(0, MAX_HINT);
  let meta = compact(hints.metaTitle ?? '').slice(0, MAX_HINT);
  // An og:title that is only the site's name, the end of a longer <title>, says nothing about the headline.
  if (meta && tag.length > meta.length * 2 && tag.endsWith(meta)) meta = '';
  // A <title> the site cut short (`…增长22.3%...`): the printed headline starts with what is left.
  const cut = /(\.{3}|…+)$/.test(tag) ? tag.replace(/(\.{3}|…+)$/, '') : '';
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, i) => {
    if (line.linkOnly || line.text.length < MIN_LEN || line.text.length > MAX_LEN * 2) return;
    const t = compact(line.text);
    if (t.length < MIN_LEN || t.length > MAX_LEN) return;
    let score = 0;
    if (t === meta) score = 3;
    // og:title cut at a quote the site did not escape: the printed headline starts with it.
    else if (meta.length >= 2 && t.startsWith(meta) && tag.includes(t)) score = 2.5;
    else if (tag.includes(t) || meta?.includes(t)) score = 1 + t.length / Math.max(tag.length, meta.length, 1);
    else if (cut.length >= 8 && t.startsWith(cut)) score = 2;
    if (score === 0) return;
    const name = line.block?.name ?? '';
    if (/^h[1-3]$/.test(name)) score += 0.3;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Index of the first short heading-like line (an `h1`, or a block named as a title), for a `<title>` that names only the site. */
function headingLikeLine(lines: PageLine[]): number {
  const fits = (l: PageLine): boolean => !l.linkOnly && l.text.length >= MIN_LEN && l.text.length <= MAX_LEN && !/[。！？]$/.test(l.text);
  const h1 = lines.findIndex((l) => l.block?.name === 'h1' && fits(l));
  if (h1 >= 0) return h1;
  return lines.findIndex((l) => l.block !== null && /title|headline/i.test(classAndId(l.block)) && fits(l));
}

/** The headline as printed and its line: matched against `<title>`/og:title; JSON-LD's headline when given. */
export function findTitle(lines: PageLine[], meta: PageMeta): { title: string | null; at: number } {
  const lineOf = (t: string | null): number => (t ? lines.findIndex((l) => compact(l.text) === compact(t)) : -1);
  if (meta.ldHeadline) return { title: meta.ldHeadline, at: lineOf(meta.ldHeadline) };
  let at = headlineLine(lines, { titleTag: meta.titleTag, metaTitle: meta.metaTitle });
  if (at >= 0) return { title: printedText(lines[at]), at };
  // A <title> that holds only the site's name: the page's own heading is the headline.
  // It is the site's name when the page prints it only inside longer lines (a masthead, a copyright line).
  const cleaned = meta.title ? compact(meta.title) : '';
  if (!cleaned || !lines.some((l) => compact(l.text) === cleaned)) {
    at = headingLikeLine(lines);
    if (at >= 0) return { title: printedText(lines[at]), at };
  }
  return { title: meta.title, at: lineOf(meta.title) };
}
