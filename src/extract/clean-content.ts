/**
 * Removes furniture left inside the chosen article container: link lists, share and tag bars,
 * image galleries, forms and embeds, judged by class hints, link density and what the block holds
 * (after Readability's conditional cleaning).
 */
import { allElements, classAndId, detach, hasAncestor, textOf, type Element } from './dom.js';
import { classWeight } from './boilerplate.js';
import { Measures } from './main-content.js';
import { commaCount } from './text-measure.js';

const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'form', 'header', 'figure', 'dl', 'span', 'aside']);
const FIGURE = new Set(['figure']);

function count(el: Element, tag: string): number {
  let n = 0;
  for (const e of allElements(el)) if (e.name === tag) n++;
  return n;
}

function shouldRemove(el: Element, m: Measures): boolean {
  const weight = classWeight(el);
  if (weight < 0 && !/article|content|body/i.test(classAndId(el))) return true;
  const text = textOf(el);
  if (commaCount(text) >= 10) return false;
  const { weight: length } = m.stats(el);
  const ld = m.linkDensity(el);
  const isList = el.name === 'ul' || el.name === 'ol' || el.name === 'dl';
  const p = count(el, 'p');
  const img = count(el, 'img');
  const li = count(el, 'li') - 100;
  const inputs = count(el, 'input') + count(el, 'select') + count(el, 'textarea');
  const embeds = count(el, 'embed') + count(el, 'object') + count(el, 'iframe');
  if (img > 1 && p / img < 0.5 && !hasAncestor(el, FIGURE)) return true;
  if (!isList && li > p) return true;
  if (inputs > Math.floor(p / 3)) return true;
  if (!isList && length < 25 && (img === 0 || img > 2) && !hasAncestor(el, FIGURE) && el.name !== 'span') return length === 0 || ld > 0;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (isList && ld > 0.5) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((embeds === 1 && length < 75) || embeds > 1) return true;
  return false;
}

/** Cleans the article containers in place; innermost blocks are judged first. */
export function cleanContent(containers: Element[]): void {
  // One memo suffices: a block is judged only after everything inside it, so its counts are final by then.
  const m = new Measures();
  for (const root of containers) {
    const els = allElements(root).filter((e) => CONDITIONAL.has(e.name)).reverse();
    for (const el of els) {
      if (!el.parent) continue;
      if (shouldRemove(el, m)) detach(el);
    }
  }
}
