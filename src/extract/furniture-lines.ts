/**
 * Paragraph-level furniture that survives block cleaning: ad labels, share/comment prompts, link-only
 * teasers ("Related: …"), datelines and bylines at the top, sign-offs at the bottom.
 */
import type { Paragraph } from './paragraphs.js';
import { benchTokens } from './shingle-f1.js';
import { isSalutation } from './cn-notice.js';
import { startsNumberedSection } from '../clean/text-shape.js';
import { LETTER_LIST_HEAD } from './cn-letters.js';
import { LIST_LABEL, SUMMARY_LABEL } from './cn-body-edges.js';

/** Ad and sponsor labels as printed alone on a line, in the languages news sites use. */
const AD_LABEL = /^(advert(isement)?s?|ads?|sponsored( (content|links?))?|anzeige|werbung|publicidade|publicité|publicidad|pubblicità|реклама|iklan|广告|廣告|推广|広告|광고)$/i;
/** Calls to action, widget captions and sign-offs, when short and at the start or end of the body. */
const PROMPT =
  /\b(subscribe|newsletter|inbox|sign up|follow (us|him|her|me)|share (this|it)|sharing is caring|like this|comments?( are closed)?|leave a (reply|comment)|tell us what|click here|read more|see more|more from|you may (also )?like|trending|related (articles|news|stories|posts)|all rights reserved|skip to content|contributed (reporting|to this report)|additional reporting)\b|^(follow|join (our|us)|email)\b|©|copyright/i;
/** The same for Chinese pages; CJK sentences are dense, so these only count on short lines. */
const CN_PROMPT = /分享到|相关阅读|相关新闻|责任编辑|扫一扫|二维码|公众号|版权所有|免责声明|转载请注明/;
/** Widget text that is never article text wherever it appears. */
const WIDGET = /^((read|see|show) more|continue reading|(image|photo|picture|slide|foto)s? \d+ (of|\/) \d+|loading\.*)$/i;
const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?\s*\d{1,2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{1,2}:\d{2}\s*(am|pm)?\b/i;
const BYLINE = /^(by|posted (on|by)|published|updated|written by|von|por|par|di)\b/i;
/**
 * A quotes box's line: stock or index names each with a price and a signed change (`某某科技 23.10 +4.12%`), a label
 * before them at most — never a sentence of text. Names and figures do not overlap, so the repetition is linear.
 */
const QUOTES_LINE = /^([\u4e00-\u9fff]{2,6}[:：]?)?(\s*[\u4e00-\u9fffA-Za-z*]{2,12}\s*\d[\d,]*(\.\d+)?\s*[+\-−]\s?\d+(\.\d+)?%)+\s*$/;

/** Headings that introduce teasers for other pages; what follows them at the end of a body is not the article. */
const TEASER_HEAD =
  /^(related|more (from|in|on|stories|news)|(more|other|recent|latest)\b.{0,40}\b(stories|news|articles|posts|reads?|videos)$|read (more|also|next)|see also|you (may|might) (also )?(like|enjoy)|recommended|popular|most (read|popular|viewed)|trending|também|você pode gostar|leia também|veja também|relacionad|lea también|te puede interesar|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leggi anche|articoli correlati|читайте также|самые популярные|похожие|相关|推荐阅读|热门|延伸阅读|猜你喜欢|更多)/i;

const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

/** Length in words; CJK text has no spaces, so two CJK characters count as one word. */
function words(p: Paragraph): number {
  const cjk = p.text.match(CJK_RUN)?.length ?? 0;
  return benchTokens(p.text.replace(CJK_RUN, ' ')).length + Math.ceil(cjk / 2);
}

/** Furniture likely at the start (`atStart`, datelines and bylines too) or end of the body. */
function isEdgeFurniture(p: Paragraph, atStart: boolean): boolean {
  const n = words(p);
  if (n <= (atStart && p.tag !== 'li' ? 6 : 3) && !/[.!?。！？]$/.test(p.text)) return true;
  if (p.linkDensity > 0.5) return true;
  if (n <= 25 && PROMPT.test(p.text)) return true;
  if (n <= 15 && CN_PROMPT.test(p.text)) return true;
  if (atStart && n <= 16 && (MONTH.test(p.text) || BYLINE.test(p.text)) && !/[.!?。！？]$/.test(p.text)) return true;
  return false;
}

function isFurniture(p: Paragraph): boolean {
  const n = words(p);
  const bare = p.text.replace(/[\s:：.\-–—|]+$/g, '');
  if (AD_LABEL.test(bare) || WIDGET.test(bare) || QUOTES_LINE.test(bare)) return true;
  // A short paragraph that is mostly a link is a teaser for another page ("Related: …", "SEE MORE: …").
  if (p.linkDensity > 0.6 && n <= 25 && !/^h[1-6]$/.test(p.tag)) return true;
  return false;
}

function tokenOverlap(a: string, b: string): number {
  const ta = new Set(benchTokens(a.toLowerCase()));
  const tb = benchTokens(b.toLowerCase());
  if (ta.size === 0 || tb.length === 0) return 0;
  return tb.filter((t) => ta.has(t)).length / Math.max(ta.size, tb.length);
}

/** A table cell's paragraph. */
const isCell = (p: Paragraph): boolean => p.tag === 'td' || p.tag === 'th';
/** Longest cell read as a table's, not as text laid out in a cell (old templates print whole texts in one). */
const CELL_MAX = 40;
/** A short cell without a sentence's end: a label or a value of a table. */
const shortCell = (p: Paragraph): boolean => isCell(p) && p.text.length <= CELL_MAX && !/[。！？]/.test(p.text);

/**
 * A Chinese reading-list label (`延伸阅读`) with a sentence of Chinese text after it (its links dropped as furniture):
 * whether it heads a box inside the text or the list after it is told on the Chinese text's edges
 * (`readingBoxLabels`, `trimCnBody`), which keep a short last paragraph after a box.
 */
const chineseBoxLabel = (p: Paragraph, next: Paragraph | undefined): boolean =>
  next !== undefined && LIST_LABEL.test(p.text) && /[\u4e00-\u9fff]/.test(next.text) && /[。！？”]$/.test(next.text);

/**
 * Drops furniture paragraphs: anywhere when unmistakable, at the start and end when merely likely,
 * a restated headline at the top, and a trailing block of teasers under a "Related"-style heading.
 */
export function dropFurnitureParagraphs(paragraphs: Paragraph[], title: string | null = null): Paragraph[] {
  let kept = paragraphs.filter((p) => !isFurniture(p));
  const teaserAt = kept.findIndex((p, i) => i >= kept.length * 0.6 && words(p) <= 6 && (TEASER_HEAD.test(p.text) || LETTER_LIST_HEAD.test(p.text)) && !/[.!?。！？]$/.test(p.text.replace(/(\.\.\.|…)$/, "")) && !chineseBoxLabel(p, kept[i + 1]));
  if (teaserAt > 0) kept = kept.slice(0, teaserAt);
  const restatesTitle = (p: Paragraph): boolean => title !== null && words(p) <= 30 && tokenOverlap(title, p.text) >= 0.6;
  let start = 0;
  let end = kept.length;
  // A notice's salutation (`各会员单位：`) and an announcement's first numbered section (`一、项目编号：…`) are short and
  // unpunctuated, yet its first line of text.
  // A summary box's label stays for the Chinese text's edges, which drop it with the box under it; dropped alone, the box passed for text.
  while (start < end - 1 && !isSalutation(kept[start].text) && !startsNumberedSection(kept[start].text) && !SUMMARY_LABEL.test(kept[start].text) && (isEdgeFurniture(kept[start], true) || restatesTitle(kept[start]))) start++;
  // A table closing the text (a spec or data table after its last paragraph) is no text; cells before that paragraph stay.
  let lastProse = kept.length - 1;
  while (lastProse >= 0 && isCell(kept[lastProse])) lastProse--;
  while (end > start && (isEdgeFurniture(kept[end - 1], false) || (end - 1 > lastProse && lastProse >= start && shortCell(kept[end - 1])))) end--;
  return kept.slice(start, end);
}
