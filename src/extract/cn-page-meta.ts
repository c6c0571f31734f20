/**
 * The Chinese metadata a page prints around its headline, gathered from the page's lines before boilerplate
 * removal: information lines (nearest the headline first), an account's name above the time or its card, a
 * reprint note and a forum poster's card. The readers themselves are in cn-meta.ts.
 */
import { accountCard, filledMarkByline, headedWriterCard, isCommentsLabel, isPerson, labelWithValue, nameAboveDate, parseLine, soleAccountCard, soleWriterCard, posterCard, readCnMetaLines, readReprintNote, writerCard, type CnMeta } from './cn-meta.js';
import { calendarDay } from './dates.js';
import { classAndId, type Element } from './dom.js';
import { isMenuWord, nearHeadlineFirst, type PageLine } from './page-lines.js';

/** What the lines around the headline say; `lines` null when the page printed no information line reading. */
export interface CnPageMeta {
  lines: CnMeta | null;
  reprint: { source: string | null; author: string | null };
  poster: string | null;
  /** The name on a writer's card with a follow button, above or beside the headline, or a filled mark's above the text. */
  writer: string | null;
  /** The account of the page's only card with counters, wherever it stands: the source when nothing else names one. */
  sideCard: string | null;
}

/** Nothing read: pages without Han text. */
export const NO_CN_PAGE_META: CnPageMeta = Object.freeze({ lines: null, reprint: Object.freeze({ source: null, author: null }), poster: null, writer: null, sideCard: null });

/** Reads a Chinese page's lines; `at` is the headline's line (-1 when none was found), `year` completes yearless dates. */
export function readCnPageMeta(all: PageLine[], at: number, year: number | null): CnPageMeta {
  // A comment section under the article is readers' names and times, never its information line: read above it.
  const lines = withoutDatedLists(at < 0 ? all : all.slice(0, commentsFrom(all, at)));
  // Labels printed alone are joined to their values in page order, before lines are reordered by distance.
  const ordered = nearHeadlineFirst(...joinLabels(withoutMenuWords(lines, at, all), at));
  const onLines = readCnMetaLines(ordered.texts, year, ordered.near);
  if (at < 0) return { ...NO_CN_PAGE_META, lines: onLines };
  const texts = (from: number, to: number): string[] => lines.slice(Math.max(0, from), to).map((l) => l.text);
  // An account's name on the line above the time fills only what the page's labelled lines leave open.
  const account = nameAboveDate(texts(at + 1, at + 5));
  const byAccount = account ? readCnMetaLines([account], year) : null;
  const fromLines: CnMeta = byAccount ? { ...onLines, source: onLines.source ?? byAccount.source, author: onLines.author ?? byAccount.author } : onLines;
  // A word read beside the date without a label (a column's name, `深度`) yields to a headed writer's card in a sidebar.
  const card = fromLines.authorUnlabelled ? headedWriterCard(lines.map((l) => l.text)) : null;
  const merged: CnMeta = card ? { ...fromLines, author: card, authorUnlabelled: false } : fromLines;
  // Else an account card by the headline names the account (a person's card with a follow button is a writer's).
  const sideWriter = soleWriterCard(all.map((l) => l.text));
  const answer = answerPage(lines, at);
  if (!merged.source) {
    const byCard = accountCard(texts(at - 6, at + 9));
    // On an answer page the card is the answerer's: the writer, and no account publishing.
    if (answer) merged.author ??= byCard;
    else merged.source = byCard === sideWriter ? null : byCard;
  }
  return {
    lines: merged,
    // Read from the page's lines: the furniture filters drop the note from the body before the metadata is read.
    reprint: readReprintNote(texts(at + 1, at + 9)),
    // A forum poster's card beside the post names the writer: above the post's text, where a reply's card never stands.
    poster: posterCard(texts(at - 8, Math.min(at + 8, firstSentence(lines, at)))),
    // …else a commentary's filled-mark byline above its text (open marks read as information lines: cn-meta.ts).
    // …else a person's card with a follow button anywhere (a sidebar's), which is then no account's.
    // …else the one person a box its class calls the writer's names on a line of its own (no follow button needed).
    writer: writerCard(texts(at - 6, at + 6)) ?? filledMarkByline(texts(at + 1, firstSentence(lines, at))) ?? sideWriter ?? authorBoxName(all),
    sideCard: merged.source || sideWriter || answer ? null : soleAccountCard(all.map((l) => l.text)),
  };
}


/** Class names and ids of a writer's box (`author-box`, `writer-info`, `zuozhe`). */
const AUTHOR_BOX = /author|writer|zuozhe/i;
/** …and of the readers' comments, whose boxes name their writers the same way (`comment-author`, `reply`; a `commentary` is the writer's own). */
const COMMENTS = /comment(?!ary)|repl(?:y|ies)/i;

/** Whether the block or one of its ancestors holds the readers' comments. */
function inComments(block: Element): boolean {
  for (let e: Element | null = block; e; e = e.parent?.type === 'tag' ? (e.parent as Element) : null) if (COMMENTS.test(classAndId(e))) return true;
  return false;
}

/**
 * The one person named alone on a line in a writer's box (the line's block or its parent so named), else null. A
 * reader's name in the comments is no writer of the article.
 */
function authorBoxName(lines: PageLine[]): string | null {
  const names = new Set<string>();
  // Lines whose own block is so named, by class: one class naming several people in several places (each post's card) is
  // a thread's or a list's posters, no writer's box — a box's lines side by side (the name, the writer's title under it)
  // are one place.
  const named = new Map<string, { names: Set<string>; places: Set<unknown> }>();
  for (const l of lines) {
    const name = l.text.trim();
    const own = l.block ? classAndId(l.block) : '';
    if (l.block && AUTHOR_BOX.test(own) && name.length <= 20 && !inComments(l.block)) {
      const seen = named.get(own) ?? { names: new Set(), places: new Set() };
      seen.names.add(name);
      seen.places.add(l.block.parent);
      named.set(own, seen);
    }
    if (!l.block || !isPerson(name) || NOT_A_NAME.test(name)) continue;
    const parent = l.block.parent;
    const boxed = AUTHOR_BOX.test(own) || (parent?.type === 'tag' && AUTHOR_BOX.test(classAndId(parent as Element)));
    if (boxed && !inComments(l.block)) names.add(name);
  }
  if ([...named.values()].some((seen) => seen.names.size > 1 && seen.places.size > 1)) return null;
  return names.size === 1 ? [...names][0] : null;
}

/** Words a writer's box prints alone that are no name (its heading, a button, a relative time). */
const NOT_A_NAME = /^(作者|简介|关注|订阅|更多|专栏|刚刚|今天|昨天|前天)$/;

/** Lines under a question where an answer page prints its answer words. */
const ANSWER_LINES = 12;
/** A Q&A site's answer words (`写回答`, `1200 人赞同了该回答`, `回答 208`, `更多回答`), on a short line of its own. */
const ANSWER_WORDS = /写回答|[个条]回答|赞同了|人赞同|回答\s*\d|更多回答|其他回答|邀请回答/;
/** Such lines are buttons and counters: short, no sentence (a text's `他在回答记者提问时…` is none). */
const ANSWER_LINE_MAX = 40;

/** Whether the page is a Q&A site's answer: its headline a question, answer buttons or counters under it. */
function answerPage(lines: PageLine[], at: number): boolean {
  return /[？?]\s*$/.test(lines[at].text) && lines.slice(at + 1, at + ANSWER_LINES).some((l) => l.text.length <= ANSWER_LINE_MAX && !/[。！]/.test(l.text) && ANSWER_WORDS.test(l.text));
}

/** A list entry's date: a full one, or a month and day (`（2022-05-16）`, `05-16`). */
const ENTRY_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|(?<!\d)\d{1,2}[-/月]\d{1,2}日?(?!\d)/;
/** Han characters beside the date for a line to be an entry's title: more than a person's or an account's name. */
const ENTRY_TITLE = 6;
/** …and for a lone linked entry: more than an outlet's name read beside a date (cn-meta.ts reads ten at most). */
const LINKED_ENTRY = 10;

/**
 * How many Han characters a list entry's title has beside its date, no label (`城区噪声治理行动启动 （2022-05-16）`,
 * `2022-05-18 高新区召开招商大会`); 0 when the line is no such entry.
 */
function entryTitle(text: string): number {
  if (text.length > 120 || /[\u4e00-\u9fff]\s*[：:]/.test(text)) return 0;
  const m = ENTRY_DATE.exec(text);
  // `发表于 2024-…`, `由 X 于 2024-… 编辑`: a date told by 于 is a post's or an edit's time, no entry's.
  if (!m || /于\s*$/.test(text.slice(0, m.index))) return 0;
  const han = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han >= ENTRY_TITLE ? han : 0;
}

/**
 * The lines with every dated entry blanked: an entry whose title is a link (a sidebar's picture news printed right above
 * the headline), and two entries or more side by side in one list (latest news, related articles): their dates and titles
 * are no information line of the article.
 */
function withoutDatedLists(lines: PageLine[]): PageLine[] {
  const title = lines.map((l) => (l.block !== null ? entryTitle(l.text) : 0));
  const siblings = (i: number, j: number): boolean =>
    j >= 0 && j < lines.length && title[i] > 0 && title[j] > 0 && lines[i].block!.name === lines[j].block!.name && lines[i].block!.parent === lines[j].block!.parent;
  // Alone, only a linked title longer than any name beside a time (`国家统计局网站 2021年08月16日 10:05` is an outlet's).
  const linked = (i: number): boolean => title[i] > LINKED_ENTRY && lines[i].linkedHan >= title[i];
  return lines.map((l, i) => (linked(i) || siblings(i, i - 1) || siblings(i, i + 1) ? { ...l, text: '' } : l));
}

/** A line of article text, which a comment section follows: a sentence (information lines and tool rows have none). */
const SENTENCE = /^.{20,}[。！？]/;

/**
 * The line of the first comment section's label after the headline and a sentence of text, or the page's end: a
 * counter beside the headline (`评论（12）` among the share buttons) is no section, and the information line may follow it.
 */
/** The line of the text's first sentence after the headline, or the page's end. */
function firstSentence(lines: PageLine[], at: number): number {
  const i = lines.findIndex((l, j) => j > at && SENTENCE.test(l.text));
  return i < 0 ? lines.length : i;
}

function commentsFrom(lines: PageLine[], at: number): number {
  let text = false;
  for (let i = at + 1; i < lines.length; i++) {
    if (text && isCommentsLabel(lines[i].text)) return i;
    text ||= SENTENCE.test(lines[i].text);
  }
  return lines.length;
}

/** A calendar box's two halves on one line (`10 2022年05月`, inline elements) or on two (`2022-05` | `10`), as one date. */
function calendarLine(lines: PageLine[], i: number): { text: string; span: number } | null {
  const [a, b] = lines[i].text.split(' ');
  const inline = b !== undefined && !lines[i].text.slice(a.length + b.length + 1).trim() ? calendarDay(a, b) : null;
  if (inline) return { text: inline, span: 1 };
  const pair = i + 1 < lines.length ? calendarDay(lines[i].text, lines[i + 1].text) : null;
  return pair ? { text: pair, span: 2 } : null;
}

/**
 * The lines with each lone label (`发布机构` | `某某局`) joined to the line after it and each calendar box read as its
 * date, and the headline's new index.
 */
function joinLabels(lines: PageLine[], at: number): [PageLine[], number] {
  const out: PageLine[] = [];
  const texts = lines.map((l) => l.text);
  let head = at;
  for (let i = 0; i < lines.length; i++) {
    if (i === at) head = out.length;
    const box = i !== at && lines[i].text.length <= 16 ? calendarLine(lines, i) : null;
    const joined = i !== at && i + 1 !== at ? labelWithValue(texts, i) : null;
    if (box && (box.span === 1 || i + 1 !== at)) {
      out.push({ ...lines[i], text: box.text });
      i += box.span - 1;
    } else if (joined) {
      out.push({ ...lines[i + 1], text: joined });
      i++;
    } else out.push(lines[i]);
  }
  return [out, at < 0 ? -1 : head];
}

/** Lines under the headline where an information line may carry a channel's name. */
const MENU_WORD_LINES = 4;

/**
 * The lines under the headline that read as no information line only because they carry a channel of the page's menus
 * (`X • 2024-11-18 16:02 深度`): that word taken out, when the rest reads as one.
 */
function withoutMenuWords(lines: PageLine[], at: number, all: PageLine[]): PageLine[] {
  if (at < 0) return lines;
  return lines.map((l, i) => {
    if (i <= at || i > at + MENU_WORD_LINES || l.linkOnly || parseLine(l.text, true) !== null) return l;
    const text = l.text.split(' ').filter((w) => !isMenuWord(w, all)).join(' ');
    return text !== l.text && parseLine(text, true) !== null ? { ...l, text } : l;
  });
}
