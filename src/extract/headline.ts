/**
 * The headline as the page prints it: the line that best matches what `<title>`, `og:title` and JSON-LD say,
 * so that a site suffix (`…-中新网`, `… 东区办事处`, `_网易科技`), a headline cut at an ASCII quote inside
 * `og:title`, or a `<title>` holding only the site's name do not become the title.
 */
import { isEditionName } from './cn-edition.js';
import { isHeadlineLabel } from './cn-letters.js';
import { boldThroughout, classAndId, type Element } from './dom.js';
import type { PageMeta } from './metadata.js';
import { compact, printedText, type PageLine } from './page-lines.js';
import { hostLabels, namesSite, siteNames } from './site-name.js';

/** What the markup says the title is. */
export interface TitleHints {
  /** `<title>` as written. */
  titleTag: string | null;
  /** `og:title` or `twitter:title`. */
  metaTitle: string | null;
}

/** Shortest headline worth matching: shorter lines (a section name, a site name) match titles by accident. */
const MIN_LEN = 5;
const MAX_LEN = 120;
/** Longest title hint compared: keeps matching linear on a page with an absurd `<title>`. */
const MAX_HINT = 300;

/**
 * A label printed in its own element at either end of the headline (`<h1>标题<span>原创</span></h1>`), or a bracketed
 * category before it (`<a>[行业动态]</a> <span>标题</span>`, as forum packages print a thread's type): the page's
 * lines put a space at the element boundary, which tells it from a headline ending or starting with the same characters.
 * A word set off by a bar or colon (`独家 | 标题`, `视频：标题`) is the headline's own column prefix, printed with it.
 */
const EDGE_LABEL = /^(原创|独家|置顶|推荐|荐|热|新|图文|视频|图)\s+(?![\s|｜丨:：])|\s+(原创|独家|置顶|推荐|荐|热|新|图文|视频|组图|图)$|^[【[][^】\]\s]{1,8}[】\]]\s+/;

/** A line's text without an edge label; the line itself when it has none. */
const unlabelled = (text: string): string => text.replace(EDGE_LABEL, '');

/** Two lines of one block that print one headline broken in two (`…98%<br>节假日…`); null for a lone line. */
function brokenPair(lines: PageLine[], i: number): string | null {
  const next = lines[i + 1];
  const line = lines[i];
  if (!next || !line.block || next.block !== line.block || line.linkOnly || next.linkOnly) return null;
  return next.text.length >= 2 && next.text.length <= MAX_LEN ? `${line.text}\n${next.text}` : null;
}

/** The headline line (`at`, the last of two when it is printed broken over two) or -1, and how many lines it takes. */
function headlineLine(lines: PageLine[], hints: TitleHints): { at: number; span: number } {
  const tag = compact(hints.titleTag ?? '').slice(0, MAX_HINT);
  let meta = compact(hints.metaTitle ?? '').slice(0, MAX_HINT);
  // An og:title that is only the site's name, the end of a longer <title>, says nothing about the headline.
  if (meta && tag.length > meta.length * 2 && tag.endsWith(meta)) meta = '';
  // A <title> the site cut short (`…增长22.3%...`): the printed headline starts with what is left.
  const cut = /(\.{3}|…+)$/.test(tag) ? tag.replace(/(\.{3}|…+)$/, '') : '';
  let best = -1;
  let bestSpan = 1;
  let bestScore = 0;
  const consider = (text: string, i: number, span: number, name: string): void => {
    const t = compact(unlabelled(text));
    if (t.length < MIN_LEN || t.length > MAX_LEN) return;
    let score = 0;
    if (t === meta) score = 3;
    // og:title cut at a quote the site did not escape: the printed headline starts with it.
    else if (meta.length >= 2 && t.startsWith(meta) && tag.includes(t)) score = 2.5;
    else if (tag.includes(t) || meta?.includes(t)) score = 1 + t.length / Math.max(tag.length, meta.length, 1);
    else if (cut.length >= 8 && t.startsWith(cut)) score = 2;
    if (score === 0) return;
    if (/^h[1-3]$/.test(name)) score += 0.3;
    if (score > bestScore) {
      best = i;
      bestSpan = span;
      bestScore = score;
    }
  };
  lines.forEach((line, i) => {
    if (line.linkOnly || line.text.length < 2 || line.text.length > MAX_LEN * 2) return;
    const name = line.block?.name ?? '';
    if (line.text.length >= MIN_LEN) consider(line.text, i, 1, name);
    const pair = brokenPair(lines, i);
    if (pair) consider(pair, i + 1, 2, name);
  });
  return { at: best, span: bestSpan };
}

/** A headline printed over two lines, joined as the hints write it: with the space they put at the break, if any. */
function joinBroken(first: string, second: string, hints: TitleHints): string {
  const raw = `${hints.metaTitle ?? ''}\n${hints.titleTag ?? ''}`;
  return [' ', '\u3000'].map((sep) => `${first}${sep}${second}`).find((t) => raw.includes(t)) ?? `${first}${second}`;
}

/**
 * Index of the first short heading-like line (an `h1`, or a block named as a title), for a `<title>` that names only the site.
 * `bold`: the `<title>` is known to name no headline (the site, an edition, a column), so a line printed bold throughout
 * may be the headline; where `<title>` may be the headline itself, a bold line (a sub-head opening the text) is none.
 */
function headingLikeLine(lines: PageLine[], bold: boolean): number {
  const fits = (l: PageLine): boolean => !l.linkOnly && l.text.length >= MIN_LEN && l.text.length <= MAX_LEN && !/[。！？]$/.test(l.text);
  // Old templates print the headline as a link to the page itself; a link is a heading only with the dated line under it.
  const fitsLinked = (l: PageLine, i: number): boolean => fits({ ...l, linkOnly: false }) && (!l.linkOnly || datedBelow(lines, i, 2));
  const h1 = lines.findIndex((l, i) => l.block?.name === 'h1' && fitsLinked(l, i));
  if (h1 >= 0) return h1;
  // …or a plain undated paragraph inside one (`<div class="bt"><p>标题</p></div>`; not its `<p class="info">` line).
  const inTitleBlock = (b: Element): boolean => b.name === 'p' && !classAndId(b) && b.parent?.type === 'tag' && TITLE_NAME.test(classAndId(b.parent as Element));
  const titleBlock = (l: PageLine): boolean => l.block !== null && (TITLE_NAME.test(classAndId(l.block)) || (inTitleBlock(l.block) && !ANY_DATE.test(l.text)));
  const named = lines.findIndex((l, i) => titleBlock(l) && fitsLinked(l, i));
  if (named >= 0) return named;
  // Else the value of a record's headline label (`主　　题` | `X`), as letter boards print their letters.
  const labelled = lines.findIndex((l, i) => i > 0 && isHeadlineLabel(lines[i - 1].text) && fits(l));
  if (labelled > 0) return labelled;
  // Else the line just above the first dated information line, as old table layouts print the headline.
  const dated = lines.findIndex((l, i) => i > 0 && l.text.length <= 90 && DATED.test(l.text));
  if (dated > 0 && fits(lines[dated - 1]) && !/[:：]/.test(lines[dated - 1].text)) return dated - 1;
  // Else the first h2 over a line that carries a date among its tools (`【字体：大 中 小】 2024-10-22 【打印】`).
  const toolsDated = lines.findIndex((l, i) => l.block?.name === 'h2' && fits(l) && (lines[i + 1]?.text.length ?? 99) <= 90 && ANY_DATE.test(lines[i + 1]?.text ?? ''));
  if (toolsDated >= 0) return toolsDated;
  // Else the first h2 at all, as a paper's edition page prints its headline under a masthead named in <title>.
  const h2 = lines.findIndex((l) => l.block?.name === 'h2' && fits(l));
  if (h2 >= 0 || !bold) return h2;
  // Else a line printed bold throughout above the text's first sentence (`<p><b>标题</b></p>`), as edition pages without
  // heading markup print it.
  const text = lines.findIndex((l) => /^.{20,}[。！？]/.test(l.text));
  return lines.slice(0, text < 0 ? lines.length : text).findIndex((l) => fits(l) && l.block !== null && boldThroughout(l.block));
}

/** Class names and ids of headline blocks, in English and in the pinyin abbreviations Chinese templates use (标题 bt/biaoti, tit). */
const TITLE_NAME = /title|headline|biaoti|(^|[\s_-])(w?z?bt|xwbt|tit|tt)([\s_-]|\d|$)/i;
/** A line holding a labelled or full date (`发布日期：2021-12-20`, `2021年12月20日`). */
const DATED = /(发布|时间|日期).{0,6}\d{4}\s*[-/.年]\s*\d{1,2}|^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/** A <title> with a segment naming the page a topic page (`…_专题_某某网`, `… | 专题报道`). */
const TOPIC_TITLE = /(^|[_|｜\-–—\s])(专题|专题报道|专题专栏|特别专题|专栏)(\s*[_|｜\-–—]|$)/;
/** How many lines after the topic's banner its lead article's heading may stand. */
const LEAD_WITHIN = 24;

/** Whether a dated information line follows line i within `within` lines. */
const datedBelow = (lines: PageLine[], i: number, within: number): boolean =>
  [1, 2].slice(0, within).some((d) => lines[i + d] && lines[i + d].text.length <= 90 && DATED.test(lines[i + d].text));

/**
 * On a topic page, the heading of its lead article: the first heading-like line after the topic's (`at`) with a
 * dated line under it; -1 when the topic's line has its own dated line (a topic's sub-page printing one article).
 */
function leadHeading(lines: PageLine[], at: number): number {
  if (datedBelow(lines, at, 2)) return -1;
  // The heading right over its dated line first; else one with a subtitle between.
  for (const gap of [1, 2]) {
    for (let j = at + 1; j < Math.min(lines.length, at + LEAD_WITHIN); j++) {
      const l = lines[j];
      if (!l.linkOnly && l.text.length >= MIN_LEN && l.text.length <= MAX_LEN && !/[。！？：:]/.test(l.text) && datedBelow(lines, j, gap)) return j;
    }
  }
  return -1;
}

/** A full date anywhere in a line. */
const ANY_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/** An edition's page and its name alone (`第A04版：区县新闻`, `07版　经济观察`): a 版面 header's line, no headline. */
const EDITION_PAGE = /^(第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：\s]\s*[\u4e00-\u9fff]{2,8}$/;

/** Longest line tested for being the site's name when <title> holds more than it. */
const SITE_LINE_MAX = 30;

/** Names of organisations and sites: a headline does not end so. */
const ORG_NAME = /(人民政府|政府网?|门户网站|网站|局|厅|委员会|办公室|协会|学会|研究院|研究所|集团|公司|中心|网)$/;

/** The line is one of several segments of <title> (`会员风采_某某协会`), and an organisation's name. */
function orgSegment(line: string, titleTag: string | null): boolean {
  const t = compact(line);
  const segments = (titleTag ?? '').split(TITLE_SEPARATOR).map(compact);
  return segments.length >= 2 && ORG_NAME.test(t) && segments.includes(t);
}

/** What parts a <title>'s segments: bars, underscores, spaced dashes, long dashes. */
const SEGMENT_MARK = String.raw`[|｜_·•]|--|——|－－|\s[-–—－]\s|[—－]`;
/** …and a bare hyphen, for a <title> of an organisation's segments (`会员动态-某某协会`), where no headline is cut. */
const TITLE_SEPARATOR = new RegExp(String.raw`\s*(?:${SEGMENT_MARK}|-)\s*`);
/** …and spaces, for a <title> whose headline segment is looked for (a headline keeps its hyphens: `5G-A`). */
const HEADLINE_SEPARATOR = new RegExp(String.raw`\s*(?:${SEGMENT_MARK})\s*|\s+`);

/** The whole <title> is the line, short, and an organisation's name. */
function isSiteName(line: string, titleTag: string | null): boolean {
  const t = compact(line);
  return t.length <= 20 && t === compact(titleTag ?? '') && ORG_NAME.test(t);
}

/** The line's text as printed, keeping the element boundary before an edge label so that the label can be cut. */
const printedTitle = (line: PageLine): string => (EDGE_LABEL.test(line.text) ? line.text : printedText(line));

/** `<title>` without a leading or trailing segment that names the site (`标题 江南能源网`, `东方财经网 - 标题`). */
function withoutSiteSegment(title: string, names: Set<string>, host: string[]): string {
  // A bracketed site name before the headline (`【某某网】标题`).
  const boxed = /^[【[]([^】\]]{2,20})[】\]]\s*/.exec(title);
  if (boxed && namesSite(boxed[1], names, host) && title.length > boxed[0].length) return title.slice(boxed[0].length);
  const parts = title.split(HEADLINE_SEPARATOR);
  if (parts.length < 2) return title;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (namesSite(last, names, host)) return withoutChannel(title.slice(0, title.lastIndexOf(last)).replace(/[\s|｜_·•\-–—－]+$/, '')) || title;
  if (namesSite(first, names, host)) return title.slice(first.length).replace(/^[\s|｜_·•\-–—－]+/, '') || title;
  return title;
}

/** A channel's or column's name left before the site's (`标题 - 经济频道`, `标题_新闻中心`): no part of the headline. */
const CHANNEL_SEGMENT = /\s*(?:[|｜_]|\s[-–—－]\s)\s*[\u4e00-\u9fff]{1,6}(频道|中心|栏目|专栏)$/;
const withoutChannel = (title: string): string => title.replace(CHANNEL_SEGMENT, '');

/**
 * The headline of a row that prints it with its day and counters after it (`标题　[2024-08-30]　浏览：66次`), as old table
 * layouts do: `<title>` without the site's name, where the row starts with it and a date follows, and the row's text
 * after it (its information line); else null. Matched compact, so a space or a colon's width the row prints apart from
 * `<title>` still cuts it.
 */
function headOfRow(line: PageLine, title: string | null, names: Set<string>, url: string | null): { head: string; rest: string } | null {
  if (!title || !ANY_DATE.test(line.text)) return null;
  const head = withoutSiteSegment(title, names, hostLabels(url));
  const printed = compact(head);
  if (printed.length < MIN_LEN) return null;
  // Where the printed headline ends in the row as written: the compact length reached, character by character.
  let end = 0;
  for (let n = 0; end < line.text.length && n < printed.length; end++) n += compact(line.text[end]).length;
  if (compact(line.text.slice(0, end)) !== printed) return null;
  const rest = line.text.slice(end).trim();
  return ANY_DATE.test(rest) ? { head, rest } : null;
}

/** What a `<title>` appends to a headline about its media (`（图）`, `[组图]`, `（视频）`): no part of the headline. */
const MEDIA_MARK = /\s*[（(【[]\s*(图|组图|多图|图文|视频|附视频)\s*[）)】\]]$/;

/**
 * The headline as printed and its line: matched against `<title>`/og:title and JSON-LD's headline; `url` is the page's.
 * `rest` is what the headline's row prints after it with its day (`[2024-08-30]　浏览：66次`): the information line.
 */
export function findTitle(lines: PageLine[], meta: PageMeta, url: string | null = null): { title: string | null; at: number; rest?: string } {
  const lineOf = (t: string | null): number => (t ? lines.findIndex((l) => compact(l.text) === compact(t)) : -1);
  // JSON-LD's headline is written for machines and trusted when the page prints it; some sites put `<title>` there, suffix and all.
  const ldAt = lineOf(meta.ldHeadline);
  if (meta.ldHeadline && ldAt >= 0) return { title: meta.ldHeadline, at: ldAt };
  const hints = { titleTag: meta.titleTag, metaTitle: meta.metaTitle ?? meta.ldHeadline };
  const found = headlineLine(lines, hints);
  let at = found.at;
  // JSON-LD's headline not printed: a printed line it holds (the headline without the site's name), else the JSON-LD headline itself.
  if (meta.ldHeadline && (at < 0 || !compact(meta.ldHeadline).includes(compact(lines[at].text)))) return { title: meta.ldHeadline, at: -1 };
  if (found.span === 2) return { title: joinBroken(printedText(lines[at - 1]), printedText(lines[at]), hints), at };
  // Read only where a line or <title> may be the site's name: most pages never need them.
  let read: Set<string> | null = null;
  const site = (): Set<string> => (read ??= siteNames(lines, meta));
  // Lines that are the site's name (a masthead, a logo's link) are no headline.
  const unsited = (): PageLine[] => lines.map((l, i) => (i === at || namesSite(l.text, site()) ? { ...l, text: '' } : l));
  // The line is all a hint says (`<title>某某县人民政府</title>` over a masthead of the same words), so it may be the site's name.
  const wholeHint = (t: string): boolean => [meta.titleTag, meta.metaTitle].some((h) => h && compact(h) === compact(t));
  // A <title> that is an organisation's or the site's name printed as the masthead (`某某县人民政府`): the page's heading, if any, is the headline.
  // …and a masthead that is the site's name matched on <title>'s site segment (`会员动态-某某协会` over `<h1>某某协会</h1>`).
  // The site is named by its footer or og:site_name, or the line is an organisation's name standing as a segment of <title>.
  const mastheadOnly = (t: string): boolean => (wholeHint(t) || t.length <= SITE_LINE_MAX) && (namesSite(t, site()) || orgSegment(t, meta.titleTag));
  // …and a <title> that is the edition's page and its name (`第A04版：区县新闻`), printed in the 版面 header.
  if (at >= 0 && (isSiteName(lines[at].text, meta.titleTag) || mastheadOnly(lines[at].text) || EDITION_PAGE.test(lines[at].text))) {
    const heading = headingLikeLine(unsited(), true);
    // No heading printed, and <title> says more than the masthead it matched (`标题 东区办事处`): <title> without the site is the headline.
    if (heading >= 0) at = heading;
    else if (compact(meta.titleTag ?? '').length > compact(lines[at].text).length && !EDITION_PAGE.test(lines[at].text)) at = -1;
  }
  // A <title> naming the column, matched on the column's entry in a side menu: the heading under it is the headline.
  if (at >= 0 && lines[at].block?.name === 'li') {
    const heading = headingLikeLine(unsited(), true);
    if (heading > at) at = heading;
  }
  // A topic page (`…_专题_…`) whose <title> and banner are the topic's: its lead article's heading is the headline.
  if (at >= 0 && TOPIC_TITLE.test(meta.titleTag ?? '')) {
    const lead = leadHeading(lines, at);
    if (lead >= 0) at = lead;
  }
  // The headline's line, or the head of a row printing it with its day.
  const onLine = (i: number): { title: string; at: number; rest?: string } => {
    const row = headOfRow(lines[i], meta.titleTag ?? meta.title, site(), url);
    return row ? { title: row.head, at: i, rest: row.rest } : { title: unlabelled(printedTitle(lines[i])), at: i };
  };
  if (at >= 0) return onLine(at);
  // A <title> that holds only the site's name: the page's own heading is the headline.
  // It is the site's name when the page prints it only inside longer lines (a masthead, a copyright line), or names the site so.
  const cleaned = meta.title ? compact(meta.title) : '';
  const namesNoHeadline = !cleaned || namesSite(cleaned, site()) || isEditionName(cleaned);
  if (namesNoHeadline || !lines.some((l) => compact(l.text) === cleaned)) {
    at = headingLikeLine(unsited(), namesNoHeadline);
    if (at >= 0) return onLine(at);
  }
  const title = meta.title ? withoutSiteSegment(meta.title, site(), hostLabels(url)).replace(MEDIA_MARK, '') || meta.title : null;
  return { title, at: lineOf(title) };
}
