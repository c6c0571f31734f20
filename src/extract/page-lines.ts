/**
 * The whole page as lines, before any removal: each block and each `<br>` ends a line, and every inline element
 * boundary is a space, so `<span>中国新闻网</span><span>09-30 22:46</span>` reads as two fields, not one word.
 * Information lines and the headline are looked for here.
 */
import { BLOCK_TAGS, isTag, isText, squash, textOf, type AnyNode, type Document, type Element } from './dom.js';
import { attributeTime, exactTimeOf } from './exact-time.js';

/** One line of the page. */
export interface PageLine {
  /** Squashed text with a space at every element boundary. */
  text: string;
  /** The block element that holds the line. */
  block: Element | null;
  /** The whole line sits inside links (a menu item, a related-article title). */
  linkOnly: boolean;
  /** How many Han characters of the line are inside links (a list entry's linked title beside its date). */
  linkedHan: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'option', 'textarea', 'svg']);

/** How many Han characters `s` holds (counted without building a match list: every link's text passes here). */
function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** A 来源 label with nothing after it yet: an image there is the outlet's logo. */
const LOGO_LABEL = /(来源|來源)\s*[:：]\s*$/;
/** How much of the line's end may hold the 来源 label and the spaces after it. */
const LABEL_TAIL = 24;
/** Longest alt text read as an outlet's name. */
const LOGO_ALT_MAX = 20;

/** A character of the Private Use Area: an icon font's glyph (a clock, an eye before a counter), no text of the line. */
const ICON_GLYPH = /[\uE000-\uF8FF]/g;
/** Alt texts that describe the picture, not an outlet (`头像`, `logo`, `二维码`). */
const NO_LOGO = /头像|图标|图片|照片|二维码|logo|icon|avatar|banner|广告|分享|微信|微博|[:：/.]/i;
/** A short line holding a full date: an information line, where a lone logo is the outlet's. */
const DATED_SHORT = /^(?=.{0,40}$).*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/** An image's alt text met in a line being built, and where: kept once the whole line shows a logo beside the time. */
interface LogoAlt {
  at: number;
  alt: string;
}

/**
 * The line with the alt text of its one image put back where it stood when the rest is a short dated line (a logo
 * beside the time); other images' alt texts stay out.
 */
function withLogo(buf: string, logos: LogoAlt[]): string {
  if (logos.length !== 1 || !DATED_SHORT.test(squash(buf))) return buf;
  const [{ at, alt }] = logos;
  return `${buf.slice(0, at)} ${alt} ${buf.slice(at)}`;
}

/** Elements that print nothing by design: an empty one among them is no slot a script writes a time into. */
const NO_SLOT = new Set(['img', 'br', 'hr', 'input', 'iframe', 'video', 'audio', 'source', 'embed', 'object', 'canvas', 'wbr', 'a', 'button']);

/** The first element inside `root` (not itself) that prints nothing and holds nothing, or null. */
function emptySlot(root: Element): Element | null {
  const stack = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n) || SKIP.has(n.name) || NO_SLOT.has(n.name)) continue;
    if (n.children.every((c) => isText(c) && !c.data.trim())) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}

/** Lines of the page in document order, empty ones left out. */
export function pageLines(doc: Document): PageLine[] {
  const out: PageLine[] = [];
  const blocks: Element[] = [];
  let buf = '';
  let outside = false;
  let inLink = 0;
  let linkedHan = 0;
  let logos: LogoAlt[] = [];
  const slots = new Map<Element, string>();
  const flush = (): void => {
    const text = squash(withLogo(buf, logos));
    if (text) out.push({ text, block: blocks[blocks.length - 1] ?? null, linkOnly: !outside, linkedHan });
    buf = '';
    logos = [];
    outside = false;
    linkedHan = 0;
  };
  const walk = (n: AnyNode): void => {
    if (isText(n)) {
      const data = n.data.replace(ICON_GLYPH, ' ');
      buf += data;
      if (!inLink && data.trim()) outside = true;
      if (inLink) linkedHan += hanCount(n.data);
      return;
    }
    if (!isTag(n) || SKIP.has(n.name)) return;
    if (n.name === 'br' || n.name === 'hr') {
      flush();
      return;
    }
    // The outlet printed as its logo after a 来源 label (`来源：<img alt="某某日报">`): its alt text is the name the line prints.
    if (n.name === 'img') {
      const alt = squash(n.attribs.alt ?? '');
      // Only the line's end is tested: a long line with many images stays linear.
      if (alt && alt.length <= LOGO_ALT_MAX && LOGO_LABEL.test(buf.slice(-LABEL_TAIL))) buf += ` ${alt} `;
      // …or beside the time without a label: kept only if the line turns out a short dated one (see withLogo).
      else if (alt.length >= 2 && alt.length <= LOGO_ALT_MAX && !NO_LOGO.test(alt)) logos.push({ at: buf.length, alt });
      return;
    }
    const exact = exactTimeOf(n);
    if (exact) {
      buf += ` ${exact} `;
      if (!inLink) outside = true;
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) {
      flush();
      blocks.push(n);
    } else buf += ' ';
    // A time a script writes in on load (`data-publish-time="1730181600000"`) is read where it writes it: the first empty
    // element inside the one holding the stamp (`<span class="time"></span>` of an article's box), else at its head.
    const stamped = attributeTime(n);
    const slot = stamped ? emptySlot(n) : null;
    if (stamped && slot) slots.set(slot, stamped);
    const time = (stamped && !slot ? stamped : null) ?? (slots.size ? slots.get(n) : undefined);
    if (time) {
      buf += ` ${time} `;
      if (!inLink) outside = true;
    }
    if (n.name === 'a') inLink++;
    for (const c of n.children) walk(c);
    if (n.name === 'a') inLink--;
    if (block) {
      flush();
      blocks.pop();
    } else buf += ' ';
  };
  for (const c of doc.children) walk(c);
  flush();
  return out;
}

/** Without spaces, full-width forms folded (`：％` and `:%` match), so the page, `<title>` and the site's names compare alike. */
export const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** The line's text as printed (inline boundaries not spaced) when the line is its whole block. */
export function printedText(line: PageLine): string {
  if (!line.block) return line.text;
  const whole = squash(textOf(line.block));
  return whole.replace(/\s+/g, '') === line.text.replace(/\s+/g, '') ? whole : line.text;
}

/** How many lines after and before the headline hold its information line, nearest first. */
const AFTER_HEADLINE = 8;
const BEFORE_HEADLINE = 4;

/** A line of text under the headline: a sentence of some length. */
const TEXT_SENTENCE = /^.{20,}[。！？]/;

/**
 * Line texts nearest the headline first, after before before at equal distance (its own information line beats sidebars
 * and lists). A list's entry after the text's second sentence is no longer near: a dated entry there is another
 * article's (a post's own line after its text, `posted @ …`, stays near).
 */
export function nearHeadlineFirst(lines: PageLine[], at: number): { texts: string[]; near: number } {
  if (at < 0) return { texts: lines.map((l) => l.text), near: 0 };
  const order: number[] = [];
  let sentences = 0;
  for (let d = 1; d <= AFTER_HEADLINE; d++) {
    if (at + d < lines.length && (sentences < 2 || lines[at + d].block?.name !== 'li')) order.push(at + d);
    if (at + d < lines.length && TEXT_SENTENCE.test(lines[at + d].text)) sentences++;
    if (d <= BEFORE_HEADLINE && at - d >= 0) order.push(at - d);
  }
  const near = new Set(order);
  const nearCount = order.length;
  for (let i = 0; i < lines.length; i++) if (i !== at && !near.has(i)) order.push(i);
  return { texts: order.map((i) => lines[i].text), near: nearCount };
}

/** Items a menu line needs: a link or two on a line are a byline's or a breadcrumb's. */
const MENU_ITEMS = 4;

/**
 * Whether `word` is an item of one of the page's menus (lines of links only, several items: channel bars, share rows):
 * a channel's name read beside the time (`财经 2024-11-05 07:40`) is the section the article is filed under, not its
 * writer; so is a word printed as one of several short link-only lines together (a menu of one item a line). Only lines
 * holding the word are split.
 */
export function isMenuWord(word: string, lines: PageLine[]): boolean {
  return lines.some((l, i) => l.linkOnly && l.text.includes(word) && ((l.text.split(' ').length >= MENU_ITEMS && l.text.split(' ').includes(word)) || (l.text === word && menuRun(lines, i) >= MENU_ITEMS)));
}

/** Longest item of a menu printed one link a line (`<li><a>…</a></li>`). */
const MENU_ITEM_MAX = 12;
const menuItem = (l: PageLine | undefined): boolean => l?.linkOnly === true && l.text.length <= MENU_ITEM_MAX;

/** How many short link-only lines stand together around line `i`: a menu printed one item a line when there are several. */
function menuRun(lines: PageLine[], i: number): number {
  let a = i;
  let b = i;
  while (menuItem(lines[a - 1])) a--;
  while (menuItem(lines[b + 1])) b++;
  return b - a + 1;
}
