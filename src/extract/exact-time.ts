/**
 * A relative time (`3 天前`, `昨天 21:05`, `刚刚`) printed in an element whose `title` holds the exact time
 * (`<span title="2024-8-14 21:30:33">3&nbsp;天前</span>`), as forum packages and comment widgets print a post's
 * time: the page's lines read the exact time, so the information line is dated. Likewise an edit time whose
 * tooltip gives the publication time (`<span data-tooltip="发布于 2024-05-01 10:00">编辑于 2024-05-03 12:00</span>`, as
 * answer pages print an edited answer): the publication time is the page's date.
 */
import { squash, textOf, type Element } from './dom.js';

const RELATIVE = /^(\d{1,3}\s*(秒|分钟|小时|天|周)前|半小时前|刚刚|昨天|前天)(\s*\d{1,2}:\d{2})?$/;
const EXACT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;

const EDITED = /^(编辑|更新|修改)于\s*\d{4}/;
const PUBLISHED = /^(发布|发表)于\s*\d{4}/;

/** The time the element's `title` (or tooltip) gives for the relative or edit time it prints, or null. */
export function exactTimeOf(el: Element): string | null {
  const hint = el.attribs.title ?? el.attribs['data-tooltip'];
  // Most titles (a link's, an image's) are words: tested on the hint alone before the element's text is gathered.
  if (!hint || hint.length > 40 || el.children.length > 3) return null;
  const exact = squash(hint);
  const shownAs = EXACT.test(exact) ? RELATIVE : PUBLISHED.test(exact) ? EDITED : null;
  if (!shownAs) return null;
  const shown = textOf(el);
  return shown.length <= 40 && shownAs.test(squash(shown)) ? exact : null;
}
