/** Main-text and metadata extraction for one web page. */
import { inputText } from './charset.js';
import { httpUrlOrNull } from '../fetch/url-policy.js';
import { removeBoilerplate } from './boilerplate.js';
import { cleanContent } from './clean-content.js';
import { readCnMetaLines, stripCnMetaLines } from './cn-meta.js';
import { cloneNode } from 'domhandler';
import { allElements, detach, isTag, parseHtml, squash, textOf, type Document, type Element } from './dom.js';
import { Measures, findMainContent } from './main-content.js';
import { readMetadata } from './metadata.js';
import { withoutControls } from './page-controls.js';
import { toParagraphs } from './paragraphs.js';
import { dropFurnitureParagraphs } from './furniture-lines.js';
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
  /** Where the article says it comes from (`来源：X`), when it differs from the site. */
  origin: string | null;
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

/** Drops headings that repeat the page title (the headline is metadata, not body). */
function dropTitleHeadings(containers: Element[], title: string | null): void {
  for (const root of containers) {
    for (const el of allElements(root)) {
      if (!/^h[1-6]$/.test(el.name) || !el.parent) continue;
      const t = squash(textOf(el));
      if (el.name === 'h1' || (title && sameText(t, title))) detach(el);
    }
  }
}

/** The page's canonical http(s) URL, resolved against where it was fetched; else the fetch URL. */
function resolveUrl(href: string | null, base: string | undefined): string | null {
  return (href ? httpUrlOrNull(href, base)?.href : null) ?? base ?? null;
}

const CN_META_HINT = /来源|发布时间|发布日期|发表时间|记者|作者|编辑/;

/** Weighted length under which an extraction is retried with gentler boilerplate removal. */
const RETRY_BELOW = 500;

/** Weighted length under which the body is reported as suspiciously short (about 40 words or 80 汉字). */
const SHORT_BODY = 240;

/** Main-text paragraphs of a parsed page; mutates `doc`. */
function mainParagraphs(doc: Document, title: string | null, byName: boolean): string[] {
  removeBoilerplate(doc, byName);
  const main = findMainContent(doc, new Measures());
  dropTitleHeadings(main.containers, title);
  cleanContent(main);
  return dropFurnitureParagraphs(toParagraphs(main.containers), title).map((p) => p.text);
}

/**
 * Extracts the article text and metadata of an HTML page given as text or raw bytes.
 * Never throws on odd markup: what could not be found is null and explained in `warnings`.
 */
export function extractArticle(html: string | Uint8Array, opts: ExtractOptions = {}): ExtractedPage {
  const { text, warnings } = inputText(html, opts.contentType);
  const doc = parseHtml(text, { deadline: opts.deadline });
  // A copy for the retry below: the page is parsed once, however often it is read.
  const pristine = cloneNode(doc, true);
  const meta = readMetadata(doc);
  // Chinese sites often print 来源/发布时间 in a block beside the body rather than inside it: read the
  // whole page's lines before boilerplate removal changes the tree.
  const cnOnPage = CN_META_HINT.test(text) ? readCnMetaLines(toParagraphs(doc.children.filter(isTag)).map((p) => p.text)) : null;
  let paragraphs = mainParagraphs(doc, meta.title, true);
  // Templates sometimes give the article's wrapper a furniture-like name: try again without name-based removal.
  if (textWeight(paragraphs.join('')) < RETRY_BELOW) {
    const second = mainParagraphs(pristine, meta.title, false);
    if (textWeight(second.join('')) > textWeight(paragraphs.join(''))) paragraphs = second;
  }
  const ldParagraphs = meta.ldBody ? meta.ldBody.split(/\s*\n\s*/).map(squash).filter(Boolean) : [];
  if (textWeight(paragraphs.join('')) < RETRY_BELOW && textWeight(ldParagraphs.join('')) > textWeight(paragraphs.join(''))) {
    paragraphs = ldParagraphs;
    warnings.push('article text taken from JSON-LD articleBody: the page renders its text by script');
  }
  if (paragraphs.length === 0) warnings.push('no article text found');
  else if (textWeight(paragraphs.join('')) < SHORT_BODY) warnings.push('very little article text found: the page may be a listing, a stub or rendered by script');
  const { paragraphs: body, meta: cnInBody } = stripCnMetaLines(paragraphs);
  const cn = {
    published: cnInBody.published ?? cnOnPage?.published ?? null,
    author: cnInBody.author ?? cnOnPage?.author ?? null,
    source: cnInBody.source ?? cnOnPage?.source ?? null,
  };
  const bodyText = body.join('\n\n');
  let lang = meta.lang;
  if (!lang && bodyText) lang = guessCjkLang(bodyText);
  return withoutControls({
    url: resolveUrl(meta.canonical, opts.url),
    title: meta.title,
    body: bodyText,
    published: meta.published ?? cn.published,
    author: meta.author ?? cn.author,
    siteName: meta.siteName,
    origin: cn.source,
    lang,
    warnings,
  });
}
