/** Small helpers over htmlparser2's DOM (domhandler nodes): parsing, text, class/id strings, removal. */
import { DomHandler, Parser } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { removeElement } from 'domutils';

export type { Document, Element, AnyNode };
export { isTag, isText };

/**
 * Deepest element nesting kept, so recursive walks stay within the stack and the parser's own open-element
 * stack (searched and shifted at every tag) stays short: parsing time grows linearly with the page.
 */
const MAX_DEPTH = 400;

/** Characters handed to the parser between two looks at the clock. */
const CHUNK = 256 * 1024;

/** Options for {@link parseHtml}. */
export interface ParseOptions {
  /** Epoch ms after which parsing gives up with an error (the fetch's time budget covers parsing too). */
  deadline?: number;
}

/** A DOM builder that knows how deep the element being filled is. */
class DepthHandler extends DomHandler {
  depth = 0;
  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/**
 * htmlparser2's parser, dropping tags that would open deeper than MAX_DEPTH (their content goes to the deepest
 * kept element, flattened) together with the end tags that close them. Start and end indices are offsets into
 * the whole input, which this class keeps to read tag names.
 */
class DepthCappedParser extends Parser {
  /** Per tag name, how many dropped start tags still wait for their end tag. */
  private readonly dropped = new Map<string, number>();

  constructor(private readonly handler: DepthHandler, private readonly source: string) {
    super(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  }

  private nameAt(start: number, end: number): string {
    return this.source.slice(start, end).toLowerCase();
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.handler.depth >= MAX_DEPTH) {
      const name = this.nameAt(start, endIndex);
      if (!this.isVoidElement(name)) {
        this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
        return;
      }
    }
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.nameAt(start, endIndex);
    const waiting = this.dropped.get(name);
    if (waiting) this.dropped.set(name, waiting - 1);
    else super.onclosetag(start, endIndex);
  }
}

/**
 * Parses HTML leniently into a DOM whose tag and attribute names are lower case, in one pass whose time grows
 * linearly with the input. Broken markup (thousands of unclosed tags) nests at most MAX_DEPTH deep.
 */
export function parseHtml(html: string, opts: ParseOptions = {}): Document {
  const handler = new DepthHandler();
  const parser = new DepthCappedParser(handler, html);
  for (let at = 0; at < html.length; at += CHUNK) {
    if (opts.deadline !== undefined && Date.now() > opts.deadline) throw new Error('page too slow to parse: time budget spent');
    parser.write(html.slice(at, at + CHUNK));
  }
  parser.end();
  return handler.root;
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

/** A block whose one printing child is a bold element (`<p><b>…</b></p>`, `<div><strong>…</strong></div>`): a heading or sub-head. */
export function boldThroughout(block: Element): boolean {
  const kids = block.children.filter((c) => isTag(c) || (isText(c) && c.data.trim()));
  return kids.length === 1 && isTag(kids[0]) && (kids[0].name === 'b' || kids[0].name === 'strong');
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
