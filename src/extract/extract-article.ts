/** Main-text and metadata extraction for one web page. */
import { inputText } from './charset.js';
import { httpUrlOrNull } from '../fetch/url-policy.js';
import { removeBoilerplate } from './boilerplate.js';
import { cleanContent } from './clean-content.js';
import { cleanAuthor, isPerson, leadReporter, namesNoOne, printedAsEditor, printsCertification, stripCnMetaLines } from './cn-meta.js';
import { NO_CN_PAGE_META, readCnPageMeta } from './cn-page-meta.js';
import { editionPaper } from './cn-edition.js';
import { isStandfirst } from './cn-standfirst.js';
import { dropAboveDateline, dropBracketedHeadline, englishVersionStart, isAppPrompt, readingBoxLabels, telegraphHeadline, trimCnBody } from './cn-body-edges.js';
import { urlDate, yearlessDate } from './dates.js';
import { findTitle } from './headline.js';
import { isMenuWord, pageLines, type PageLine } from './page-lines.js';
import { isWechatPage, readWechat, wechatBody } from './wechat.js';
import { readScriptMeta } from './script-meta.js';
import { scriptStamps, yearOfStamps } from './script-stamps.js';
import { allElements, detach, parseHtml, squash, textOf, type Document, type Element } from './dom.js';
import { Measures, findMainContent } from './main-content.js';
import { readMetadata, type PageMeta } from './metadata.js';
import { withoutControls } from './page-controls.js';
import { joinEntryStamps, spacedText, toParagraphs } from './paragraphs.js';
import { dropFurnitureParagraphs } from './furniture-lines.js';
import { isGalleryControl, withoutPictureCounters } from './gallery-marks.js';
import { fromTranscriptLabel } from './cn-transcript-label.js';
import { isWriterHandle, linkedWriterCard, pageLinks } from './writer-handle.js';
import { recordLines } from './cn-letters.js';
import { guessCjkLang, textWeight } from './text-measure.js';

/** An extracted article page. */
export interface ExtractedPage {
  /** The canonical URL when the page names one, else the URL it was fetched from, else null. */
  url: string | null;
  title: string | null;
  /** Main text; paragraphs separated by one blank line. */
  body: string;
  /** Publication time, ISO 8601 (date only when the page gives no time), or null. */
  published: string | null;
  author: string | null;
  siteName: string | null;
  /** The outlet the article says it comes from (`来源：X`), or null when the page names none. */
  source: string | null;
  lang: string | null;
  warnings: string[];
}

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** URL the page was fetched from; resolves a relative canonical link. */
  url?: string;
  /** HTTP Content-Type header; its charset is tried first for byte input. */
  contentType?: string;
  /** Epoch ms by which parsing must be done (a fetch's time budget), else extraction throws. */
  deadline?: number;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/[\s\p{P}]+/gu, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Drops headings that repeat the page title (the headline is metadata, not body), and what a container prints before
 * the first of them (a print view's header line, a kicker): the text follows its headline. Only when that is the
 * lesser part of the container's text, so a headline restated low in a page takes nothing with it.
 */
function dropTitleHeadings(containers: Element[], title: string | null): void {
  for (const root of containers) {
    let first = true;
    for (const el of allElements(root)) {
      if (!/^h[1-6]$/.test(el.name) || !el.parent) continue;
      const same = title !== null && sameText(squash(textOf(el)), title);
      if (same && first) dropBefore(root, el);
      first &&= !same;
      if (el.name === 'h1' || same) detach(el);
    }
  }
}

/** Detaches what stands before `head` inside `root`, when it holds less text than the rest. */
function dropBefore(root: Element, head: Element): void {
  const before: Element['children'] = [];
  for (let n: Element = head; n !== root && n.parent && n.parent.type === 'tag'; n = n.parent as Element) {
    for (const sib of n.parent.children) {
      if (sib === n) break;
      before.push(sib);
    }
  }
  const beforeLength = before.reduce((sum, n) => sum + squash(textOf(n)).length, 0);
  if (beforeLength > 0 && beforeLength * 2 < squash(textOf(root)).length) for (const n of before) detach(n);
}

/** The page's canonical http(s) URL, resolved against where it was fetched; else the fetch URL. */
function resolveUrl(href: string | null, base: string | undefined): string | null {
  return (href ? httpUrlOrNull(href, base)?.href : null) ?? base ?? null;
}

/** Pages with Han text get the Chinese information-line and body-edge readings. */
const HAN = /[\u4e00-\u9fff]/;


/** The page's date: markup first, with the information line's time when markup gives the same day without one. */
function pickDate(markup: string | null, line: string | null): string | null {
  if (!markup) return line;
  if (line && markup.length === 10 && line.startsWith(markup)) return line;
  return markup;
}

/** Lines about the headline where its information line stands. */
const INFO_NEAR = 8;

/** Whether a line about the headline, where its information line stands, passes `test`. */
function nearInfo(lines: PageLine[], at: number, test: (line: string) => boolean): boolean {
  return at >= 0 && lines.slice(Math.max(0, at - INFO_NEAR), at + INFO_NEAR + 1).some((l) => test(l.text));
}

/** Whether a line about the headline prints a time without its year (`11-18 19:45`): only then are scripts searched for the year. */
const printsYearless = (lines: PageLine[], at: number): boolean => nearInfo(lines, at, (line) => yearlessDate(line, 2000) !== null);

/** Weighted length under which an extraction is retried with gentler boilerplate removal. */
const RETRY_BELOW = 500;

/** Weighted length under which the body is reported as suspiciously short (about 40 words or 80 汉字). */
const SHORT_BODY = 240;

/** Main-text paragraphs of a parsed page, as printed and with inline element boundaries spaced; mutates `doc`. */
function mainParagraphs(doc: Document, title: string | null, byName: boolean, wechat: boolean): { text: string; spaced: () => string }[] {
  removeBoilerplate(doc, byName);
  const wechatText = wechat ? wechatBody(doc) : null;
  const main = wechatText ? { containers: [wechatText], scores: new Map<Element, number>() } : findMainContent(doc, new Measures());
  dropTitleHeadings(main.containers, title);
  cleanContent(main);
  return dropFurnitureParagraphs(joinEntryStamps(toParagraphs(main.containers)), title).map((p) => ({ text: p.text, spaced: () => spacedText(p) }));
}

/**
 * The author: markup's, unless it names the site itself (`<meta name=author>` set to the site's name) or is
 * no name at all; else the first name the page's lines give; never the source again (a self-media account).
 */
function pickAuthor(meta: PageMeta, title: string | null, source: string | null, lines: PageLine[], fromLines: (string | null | undefined)[], labelled: (string | null)[]): string | null {
  let byMarkup = cleanAuthor(meta.author);
  // Publishing systems fill the author tag with whoever keyed the page in: the editor the page prints (`【编辑:X】`).
  if (byMarkup && printedAsEditor(byMarkup, lines.map((l) => l.text))) byMarkup = null;
  const siteNames = [meta.siteName, meta.titleTag && title ? meta.titleTag.replace(title, '') : null];
  // …or the outlet the 来源 line names (`某某日报` as the author of `来源：某某日报客户端`).
  if (byMarkup && [...siteNames, source].some((s) => s?.includes(byMarkup!))) byMarkup = null;
  // …or, in Chinese, a brand the page never prints (a channel's name as `article:author`); a person's name there stays.
  // An app prompt naming it (`下载某某新闻客户端`) prints the app's name, not a writer's.
  if (byMarkup && HAN.test(byMarkup) && !isPerson(byMarkup) && !lines.some((l) => l.text.includes(byMarkup!) && !isAppPrompt(l.text))) byMarkup = null;
  // The account or outlet publishing is the source; the author is the writer the page prints, if any, and no channel
  // of the page's menus — unless a label names it (`【文/某网专栏作者 X】` under the writer's linked card beside the menu):
  // a channel is read only unlabelled, beside the time.
  return [byMarkup, ...fromLines].find((a) => a && a !== source && ((labelled.includes(a) && !namesNoOne(a)) || !isMenuWord(a, lines))) ?? null;
}

/**
 * Extracts the article text and metadata of an HTML page given as text or raw bytes.
 * Never throws on odd markup: what could not be found is null and explained in `warnings`.
 */
export function extractArticle(html: string | Uint8Array, opts: ExtractOptions = {}): ExtractedPage {
  const { text, warnings } = inputText(html, opts.contentType);
  const doc = parseHtml(text, { deadline: opts.deadline });
  const meta = readMetadata(doc);
  const url = resolveUrl(meta.canonical, opts.url);
  const chinese = HAN.test(text);
  // The headline and the information line beside it are read from the whole page, before boilerplate removal
  // changes the tree: Chinese sites often print 来源/发布时间 in a block apart from the body.
  const lines = pageLines(doc);
  const { title: found, at, rest } = findTitle(lines, meta, url);
  // A headline printed on one row with its day and counters: the rest of the row is the information line.
  if (rest) lines.splice(at + 1, 0, { ...lines[at], text: rest });
  const fromUrl = urlDate(url) ?? urlDate(opts.url);
  let year = Number((meta.published ?? fromUrl ?? meta.dateHint ?? '').slice(0, 4)) || null;
  let cn = chinese ? readCnPageMeta(lines, at, year) : NO_CN_PAGE_META;
  // A time printed without its year and nothing else dating the page: the year of the state script's matching stamp.
  if (chinese && year === null && !cn.lines?.published && printsYearless(lines, at)) {
    year = yearOfStamps(scriptStamps(doc), (y) => readCnPageMeta(lines, at, y).lines?.published ?? null);
    if (year !== null) cn = readCnPageMeta(lines, at, year);
  }
  const wechat = isWechatPage(text) ? readWechat(doc, text) : null;
  // Read before boilerplate removal drops the scripts, and only when nothing printed named the date or outlet.
  const printedDate = meta.published ?? cn.lines?.published ?? wechat?.published;
  const printedSource = cn.lines?.source ?? meta.source ?? wechat?.account;
  const fromScript = chinese && (!printedDate || !printedSource) ? readScriptMeta(doc) : null;
  // Read before boilerplate removal drops the header's links: a blogger's handle beside the time is the writer.
  const links = chinese && at >= 0 ? pageLinks(doc) : null;
  // …unless the lines name a writer apart (`文 | X` under an account's card): then the name beside the time is the account.
  // …or a platform certifies it beside the time (`优质科技领域创作者`): then it is an account.
  const handle = links && !cn.lines?.author && !nearInfo(lines, at, printsCertification) && isWriterHandle(links, meta.titleTag, cn.lines?.source) ? cn.lines!.source : null;
  const card = links ? linkedWriterCard(links, lines.slice(Math.max(0, at - 6), at + 6).map((l) => l.text)) : null;
  let read = mainParagraphs(doc, found, true, wechat !== null);
  const weight = (ps: { text: string }[]): number => textWeight(ps.map((p) => p.text).join(''));
  // Templates sometimes give the article's wrapper a furniture-like name: try again without name-based removal.
  if (weight(read) < RETRY_BELOW) {
    // Parsed again only when needed: the first reading removed nodes from `doc`.
    const second = mainParagraphs(parseHtml(text, { deadline: opts.deadline }), found, false, wechat !== null);
    if (weight(second) > weight(read)) read = second;
  }
  const ldParagraphs = meta.ldBody ? meta.ldBody.split(/\s*\n\s*/).map(squash).filter(Boolean) : [];
  if (weight(read) < RETRY_BELOW && textWeight(ldParagraphs.join('')) > weight(read)) {
    read = ldParagraphs.map((p) => ({ text: p, spaced: () => p }));
    warnings.push('article text taken from JSON-LD articleBody: the page renders its text by script');
  }
  // A reading box's label inside a Chinese text goes before the information lines are read (they would take its items' dates).
  if (chinese) {
    const boxes = readingBoxLabels(read.map((p) => p.text));
    if (boxes.size) read = read.filter((_, i) => !boxes.has(i));
    // A letter board's record fields between the letter and its answer (`答复部门：` | `某某局`) are no text.
    const fields = recordLines(read.map((p) => p.text));
    if (fields.size) read = read.filter((_, i) => !fields.has(i));
    read = fromTranscriptLabel(read);
    // A gallery's buttons between its pictures, and the counters beside each picture's paragraph, are no text.
    read = read.filter((p) => !isGalleryControl(p.text));
    const uncounted = withoutPictureCounters(read.map((p) => p.text));
    read = read.map((p, i) => (uncounted[i] === p.text ? p : { text: uncounted[i], spaced: () => uncounted[i] }));
  }
  // A standfirst printed between the headline and the information line summarises the text that starts below it.
  if (chinese && isStandfirst(read.map((p) => p.text), lines, at, year)) read = read.slice(1);
  const paragraphs = read.map((p) => p.text);
  if (paragraphs.length === 0) warnings.push('no article text found');
  else if (textWeight(paragraphs.join('')) < SHORT_BODY) warnings.push('very little article text found: the page may be a listing, a stub or rendered by script');
  const { paragraphs: stripped, meta: cnInBody } = stripCnMetaLines(paragraphs, year, (i) => read[i].spaced());
  let lang = meta.lang;
  // An English version after a Chinese text is no part of it: the text's language is the one before it.
  const textLang = stripped.length ? guessCjkLang((chinese ? stripped.slice(0, englishVersionStart(stripped)) : stripped).join('')) : null;
  if (!lang) lang = textLang;
  // Judged by the text, not the declared language: Chinese templates often declare none, or English.
  // A telegraph that prints its headline only in brackets before the dateline: that is the headline.
  const title = chinese && at < 0 ? (telegraphHeadline(stripped[0]) ?? found) : found;
  const trimmed = chinese && textLang === 'zh' ? trimCnBody(dropAboveDateline(dropBracketedHeadline(stripped, title)), title) : { paragraphs: stripped, reporter: null };
  const body = trimmed.paragraphs;
  const source = (handle ? null : cn.lines?.source) ?? cnInBody.source ?? cn.reprint.source ?? meta.source ?? wechat?.account ?? fromScript?.source ?? cn.sideCard ?? (chinese ? editionPaper(lines, at, meta.titleTag) : null);
  // A WeChat article prints its time only by script, from the script's own stamp: a date the lines give is another's (a comment's).
  const published = pickDate(meta.published, wechat?.published ?? cn.lines?.published ?? cnInBody.published) ?? fromScript?.published ?? fromUrl;
  return withoutControls({
    url,
    title,
    body: body.join('\n\n'),
    published,
    author: pickAuthor(meta, title, source, lines, [cn.lines?.author, handle, card, cnInBody.author, cn.reprint.author, cleanAuthor(wechat?.author), cn.poster, cn.writer, chinese ? leadReporter(stripped[0]) : null, trimmed.reporter], [cn.lines?.authorUnlabelled ? null : (cn.lines?.author ?? null), cnInBody.author]),
    siteName: meta.siteName,
    source,
    lang,
    warnings,
  });
}
