/**
 * Classes a page's own style sheets hide (`.hide{display:none}`), as templates hide a summary box or a note they keep
 * in the markup: an element of such a class is hidden as one with `style="display:none"` is.
 */
import { allElements, textOf, type Document, type Element } from './dom.js';

/** A selector that is one class alone (`.hide`, `div.hidden` is not). */
const CLASS_ONLY = /^\.([A-Za-z_][\w-]*)$/;
/** Longest text an element so hidden may hold: a script may show a hidden tab or the text itself; a box or a note is short. */
export const HIDDEN_CLASS_TEXT_MAX = 300;

/** The class names the page's `<style>` elements set to `display:none` with a selector of their own. */
export function hiddenClasses(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const el of allElements(doc)) {
    if (el.name !== 'style') continue;
    // Split at the braces rather than matched by a pattern: a sheet without them costs one pass, not one per character.
    // Rules inside an at-rule's block (`@media (max-width:…){…}`) hide only on some screens: not read.
    let depth = 0;
    for (const rule of textOf(el).split('}')) {
      const opens = rule.split('{').length - 1;
      const nested = depth + opens > 1;
      depth = Math.max(0, depth + opens - 1);
      const open = rule.lastIndexOf('{');
      if (open < 0 || nested || !/display\s*:\s*none/i.test(rule.slice(open + 1))) continue;
      for (const sel of rule.slice(0, open).split(',')) {
        const c = CLASS_ONLY.exec(sel.trim());
        if (c) names.add(c[1]);
      }
    }
  }
  return names;
}

/** Whether `el` bears a class the page's style sheets hide, holding no more than a box's text. */
export function hiddenByClass(el: Element, hidden: Set<string>): boolean {
  if (hidden.size === 0 || !el.attribs.class) return false;
  return el.attribs.class.split(/\s+/).some((c) => hidden.has(c)) && textOf(el).trim().length <= HIDDEN_CLASS_TEXT_MAX;
}
