/** Small helpers over htmlparser2's DOM (domhandler nodes): parsing, text, class/id strings, removal. */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { removeElement } from 'domutils';

export type { Document, Element, AnyNode };
export { isTag, isText };

/** Deepest element nesting kept; deeper subtrees are flattened so recursive walks stay within the stack. */
const MAX_DEPTH = 400;

/**
 * Parses HTML leniently into a DOM whose tag and attribute names are lower case. Broken markup
 * (thousands of unclosed tags) can nest absurdly deep; such subtrees are flattened to their leaves.
 */
export function parseHtml(html: string): Document {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  limitDepth(doc);
  return doc;
}

function limitDepth(doc: Document): void {
  const stack: [Element | Document, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    for (const c of node.children) {
      if (!isTag(c)) continue;
      if (depth + 1 >= MAX_DEPTH) flatten(c);
      else stack.push([c, depth + 1]);
    }
  }
}

/** Replaces an element's descendants by its leaf nodes (text and empty elements), in document order. */
function flatten(el: Element): void {
  const leaves: AnyNode[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isTag(n) && n.children.length) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    else leaves.push(n);
  }
  el.children = leaves as Element['children'];
  leaves.forEach((n, i) => {
    n.parent = el;
    n.prev = leaves[i - 1] ?? null;
    n.next = leaves[i + 1] ?? null;
  });
}

/** Elements that break text into separate paragraphs. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption',
]);

/** All text under a node, concatenated as in the source. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  let out = '';
  for (const child of (node as Element).children) out += textOf(child);
  return out;
}

/** The class and id attributes joined, for pattern tests. */
export function classAndId(el: Element): string {
  const c = el.attribs.class ?? '';
  const id = el.attribs.id ?? '';
  return c && id ? `${c} ${id}` : c || id;
}

/** Element children of a node. */
export function childElements(node: Element | Document): Element[] {
  return node.children.filter(isTag);
}

/** Every element under `root` in document order (a snapshot, safe to mutate while iterating). */
export function allElements(root: Element | Document): Element[] {
  const out: Element[] = [];
  const walk = (n: Element | Document): void => {
    for (const c of n.children) {
      if (isTag(c)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** Detaches a node from the tree. */
export function detach(node: AnyNode): void {
  removeElement(node as Parameters<typeof removeElement>[0]);
}

/** True when `el` has an ancestor with a tag in `tags`. */
export function hasAncestor(el: Element, tags: Set<string>): boolean {
  for (let p = el.parent; p && isTag(p); p = p.parent) if (tags.has(p.name)) return true;
  return false;
}

/** Collapses whitespace runs to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
