/** Turns the article containers into paragraphs: block elements and line breaks end a paragraph. */
import { BLOCK_TAGS, isTag, isText, squash, type AnyNode, type Element } from './dom.js';

const SKIP = new Set(['img', 'picture', 'source', 'figcaption', 'sup']);

/** Paragraph texts of the given elements in order, whitespace collapsed, empty ones dropped. */
export function toParagraphs(containers: Element[]): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = squash(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (n: AnyNode): void => {
    if (isText(n)) {
      buf += n.data;
      return;
    }
    if (!isTag(n)) return;
    if (SKIP.has(n.name)) return;
    if (n.name === 'br' || n.name === 'hr') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) flush();
    for (const c of n.children) walk(c);
    if (block) flush();
  };
  for (const c of containers) walk(c);
  flush();
  return out;
}
