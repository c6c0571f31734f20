/**
 * The rest of an article folded away under a 展开全文 / 阅读全文 control: mobile and app share pages print every
 * paragraph but hide the later ones (`display:none`) until the reader taps the control after them. Such a hidden
 * block is text, not furniture.
 */
import { isTag, isText, type Element } from './dom.js';

/** The control that unfolds the text: short, and worded as such. */
const UNFOLD = /^(点击|继续)?(展开|查看|阅读)(全文|剩余|全部|更多|余下)|^继续阅读|^read more$/i;
const CONTROL_MAX = 20;
/** Paragraphs of sentence length the hidden block needs among its children to be the article's rest (the control says the rest). */
const FOLDED_MIN = 1;
const PARAGRAPH_MIN = 30;

/** The text under `node`, or null once it passes `max` characters (a control is short: no long walk). */
function shortText(node: Element, max: number): string | null {
  let out = '';
  const walk = (n: Element): boolean => {
    for (const c of n.children) {
      if (isText(c)) out += c.data.trim();
      else if (isTag(c) && !walk(c)) return false;
      if (out.length > max) return false;
    }
    return true;
  };
  return walk(node) ? out : null;
}

/** The element after `el`, or after its parent when `el` is the last (the control may stand outside the text's box). */
function nextElement(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parent && isTag(n.parent) ? n.parent : null) {
    for (let s = n.next; s; s = s.next) if (isTag(s)) return s;
  }
  return null;
}

/** Whether a hidden element is the folded rest of the article: a paragraph among its children, an unfold control after it. */
export function isFoldedText(el: Element): boolean {
  let paragraphs = 0;
  for (const c of el.children) {
    if (isTag(c) && c.name === 'p' && (shortText(c, PARAGRAPH_MIN) === null)) paragraphs++;
  }
  if (paragraphs < FOLDED_MIN) return false;
  const next = nextElement(el);
  const label = next ? shortText(next, CONTROL_MAX) : null;
  return label !== null && UNFOLD.test(label);
}
