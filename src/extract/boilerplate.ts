/**
 * Boilerplate recognition by markup: tags that never hold article text, hidden elements, and class/id/role
 * names that page templates give to navigation, share bars, comments, related links and ads.
 */
import { classAndId, detach, hasAncestor, isTag, isText, type Document, type Element } from './dom.js';
import { isFoldedText } from './folded-text.js';
import { hiddenByClass, hiddenClasses } from './hidden-classes.js';
import { endsSigned } from './cn-notice.js';

/** Tags whose content is never article text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'button',
  'input', 'select', 'textarea', 'option', 'nav', 'aside', 'footer', 'link', 'meta', 'head', 'audio', 'video',
  'map', 'dialog',
]);

const DROP_ROLES = /^(menu|menubar|navigation|complementary|alert|alertdialog|dialog|banner|contentinfo|search)$/i;

/** Names templates give to page furniture (after Readability's list, plus common Chinese-site names). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|popup|yom-remote|share|newsletter|subscribe|cookie|consent|recommend|crumb|toolbar|masthead|trending|most-?read|most-?popular|teaser|(^|[\s_-])(nav|navbar|ads?|advert\w*|hot|rank\w*|tags?|login|signup|print|pager|pagination|fenxiang|xgyd|xgxw|tuijian)($|[\s_-])/i;

/**
 * A forum post's signature block (Discuz `sign`, phpwind `signature`): furniture even in the layout tables boards print
 * posts in. A notice's signature so named (a paragraph, or a block closed by the day it was signed) is text and stays.
 */
const SIGNATURE = /(^|[\s_-])(sign|signature)($|[\s_-])/i;
/** Most text read from a signature block to find the day closing it: a notice's signature is short. */
const SIGNATURE_TEXT_MAX = 200;

/** A block's text while it is short (at most `max` characters, as many nodes), else null: read in time bounded by `max`. */
function shortText(el: Element, max: number): string | null {
  let out = '';
  let nodes = 0;
  const walk = (node: Element): boolean => {
    for (const c of node.children) {
      if (++nodes > max) return false;
      if (isText(c)) out += c.data;
      else if (isTag(c) && !walk(c)) return false;
      if (out.length > max) return false;
    }
    return true;
  };
  return walk(el) ? out : null;
}

/** A signature block a forum prints under a post, not a notice's signature closed by its day (`某某局 2024年10月22日`). */
function isPostSignature(el: Element, name: string): boolean {
  if (!SIGNATURE.test(name) || containsArticleMark(el)) return false;
  const text = shortText(el, SIGNATURE_TEXT_MAX);
  return text === null || !endsSigned(text);
}

/** Names that may still hold the article even when they also match UNLIKELY. */
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|post|entry|story|text|detail|zhengwen|TRS_Editor/i;

/** Names that suggest article text. */
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|zhengwen|TRS_Editor|artic|news_txt|con_txt/i;

/** Names that suggest furniture. */
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|standfirst|summary|intro|abstract|zhaiyao|daodu|(^|[\s_-])(lead|dek|deck)($|[\s_-])|__lead|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|recommend|newsletter|subscribe|byline|author|caption|credit|toolbar|breadcrumb|(^|[\s_-])(nav|ads?|hot|rank\w*)($|[\s_-])/i;

const KEEP_TAGS = new Set(['html', 'body', 'article', 'main', 'a', 'table', 'tbody', 'tr', 'td', 'th', 'p']);
const CODE_TAGS = new Set(['table', 'code', 'pre']);

/** Class-name weight of an element: +25 for article-like names, −25 for furniture-like ones. */
export function classWeight(el: Element): number {
  const name = classAndId(el);
  if (!name) return 0;
  let w = 0;
  if (NEGATIVE.test(name)) w -= 25;
  if (POSITIVE.test(name)) w += 25;
  return w;
}

function isHidden(el: Element, hidden: Set<string>): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  // visibility:hidden is left alone: templates (WeChat's #js_content) hide the article until a script shows it.
  // So is the article's rest folded away under a 展开全文 control.
  return ((style !== undefined && /display\s*:\s*none/i.test(style)) || hiddenByClass(el, hidden)) && !isFoldedText(el);
}

/** True when the element itself says it is the article. */
function marksArticleBody(el: Element): boolean {
  return el.attribs.itemprop === 'articleBody' || el.name === 'article';
}

/** Whether a single element is boilerplate to remove (its subtree goes with it). */
function isBoilerplate(el: Element, byName: boolean, hidden: Set<string>): boolean {
  if (DROP_TAGS.has(el.name) || isHidden(el, hidden) || (el.attribs.role && DROP_ROLES.test(el.attribs.role))) {
    return !(el.name === 'footer' || el.name === 'aside' || el.name === 'nav') || !containsArticleMark(el);
  }
  if (!byName || KEEP_TAGS.has(el.name) || marksArticleBody(el)) return false;
  const name = classAndId(el);
  if (name && isPostSignature(el, name)) return true;
  return !!name && UNLIKELY.test(name) && !MAYBE.test(name) && !hasAncestor(el, CODE_TAGS) && !containsArticleMark(el) && !isQuoteWrapper(el);
}

/**
 * Removes tags, hidden elements and (when `byName`) furniture-named blocks that never hold the article.
 * Blocks that contain an `<article>`, `<main>` or `itemprop=articleBody` are kept whatever their name.
 */
export function removeBoilerplate(doc: Document, byName = true): void {
  const hidden = hiddenClasses(doc);
  const walk = (node: Element | Document): void => {
    for (const c of [...node.children]) {
      if (!isTag(c)) continue;
      if (isBoilerplate(c, byName, hidden)) detach(c);
      else walk(c);
    }
  };
  walk(doc);
}

/** True when the element only wraps a quotation (an embedded post is quoted in the article, not furniture). */
export function isQuoteWrapper(el: Element): boolean {
  if (el.name === 'blockquote') return true;
  const kids = el.children.filter((c) => (isTag(c) && !DROP_TAGS.has(c.name)) || (isText(c) && c.data.trim()));
  return kids.length === 1 && isTag(kids[0]) && isQuoteWrapper(kids[0]);
}

function containsArticleMark(el: Element): boolean {
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    const e = c as Element;
    if (e.attribs.itemprop === 'articleBody' || e.name === 'article' || e.name === 'main' || containsArticleMark(e)) return true;
  }
  return false;
}
