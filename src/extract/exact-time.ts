/**
 * A relative time (`3 天前`, `昨天 21:05`, `刚刚`) printed in an element whose `title` holds the exact time
 * (`<span title="2024-8-14 21:30:33">3&nbsp;天前</span>`), as forum packages and comment widgets print a post's
 * time: the page's lines read the exact time, so the information line is dated. Likewise an edit time whose
 * tooltip gives the publication time (`<span data-tooltip="发布于 2024-05-01 10:00">编辑于 2024-05-03 12:00</span>`, as
 * answer pages print an edited answer): the publication time is the page's date. And an element printing no date whose
 * data attribute holds the publication time a script fills in on load (`<span data-publish-time="1730181600000"></span>`,
 * as news clients' share pages print it): the line reads the time the reader would see.
 */
import { squash, textOf, type Element } from './dom.js';
import { toIsoDate, unixToCst } from './dates.js';

const RELATIVE = /^(\d{1,3}\s*(秒|分钟|小时|天|周)前|半小时前|刚刚|昨天|前天)(\s*\d{1,2}:\d{2})?$/;
const EXACT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;

const EDITED = /^(编辑|更新|修改)于\s*\d{4}/;
const PUBLISHED = /^(发布|发表)于\s*\d{4}/;

/** A data attribute naming a publication time (`data-publish-time`, `data-pubtime`, `data-article-release-date`). */
const PUBLISH_ATTR = /^data-(?:[a-z]+-)?(?:pub|publish|release)(?:ed|d)?[-_]?(?:time|date|datetime|at|ts|timestamp)$/i;
/** Longest attribute value read as a time: a stamp or a date with its time. */
const STAMP_MAX = 40;
/** Epoch seconds or milliseconds. */
const EPOCH = /^1\d{9}(?:\d{3})?$/;
/** A time the element prints itself (`2024-10-22`, `10-22 09:15`, `10月22日`, `3小时前`): then the attribute adds nothing. */
const PRINTED_TIME = /\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}[-/]\d{1,2}\s|\d{1,2}:\d{2}|\d\s*(分钟|小时|天)前|刚刚|昨天/;
/** Longest text of an element tested for printing its own time: a longer one is a box around the article. */
const TIME_BOX = 60;

/**
 * The publication time a data attribute of the element holds (as `YYYY-MM-DD HH:MM`) when the element prints no time
 * itself: an empty `<span>`, the box around the outlet's name the script writes the time into, or the article's box.
 */
export function attributeTime(el: Element): string | null {
  for (const name in el.attribs) {
    if (name.charCodeAt(0) !== 100 || !PUBLISH_ATTR.test(name)) continue;
    const v = el.attribs[name].trim();
    if (v.length > STAMP_MAX) continue;
    const iso = EPOCH.test(v) ? unixToCst(Number(v.slice(0, 10))) : toIsoDate(v);
    if (!iso) continue;
    const text = textOf(el);
    return text.length <= TIME_BOX && PRINTED_TIME.test(text) ? null : iso.slice(0, 16).replace('T', ' ');
  }
  return null;
}

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
