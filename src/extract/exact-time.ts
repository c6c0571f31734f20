/**
 * A relative time (`3 天前`, `昨天 21:05`, `刚刚`) printed in an element whose `title` holds the exact time
 * (`<span title="2024-8-14 21:30:33">3&nbsp;天前</span>`), as forum packages and comment widgets print a post's
 * time: the page's lines read the exact time, so the information line is dated.
 */
import { squash, textOf, type Element } from './dom.js';

const RELATIVE = /^(\d{1,3}\s*(秒|分钟|小时|天|周)前|半小时前|刚刚|昨天|前天)(\s*\d{1,2}:\d{2})?$/;
const EXACT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;

/** The exact time the element's `title` gives for the relative time it prints, or null. */
export function exactTimeOf(el: Element): string | null {
  const title = el.attribs.title;
  if (!title || title.length > 40 || el.children.length > 3) return null;
  const exact = squash(title);
  if (!EXACT.test(exact)) return null;
  const shown = textOf(el);
  return shown.length <= 20 && RELATIVE.test(squash(shown)) ? exact : null;
}
