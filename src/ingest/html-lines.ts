/**
 * An HTML bulletin (jianbao's own render, an institute's HTML issue) read as lines: each block element's own text
 * is one line, blocks are separated by a blank line, so the text segmenter reads it like a text dump. Scripts,
 * styles, navigation and other non-content elements are dropped; charset decoding is the web extractor's.
 */
import type { Line } from '../types.js';
import { BLOCK_TAGS, isTag, isText, parseHtml, squash, type AnyNode } from '../extract/dom.js';

/** Elements whose text is never bulletin content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe', 'button', 'select', 'form']);

/** True when the bytes or the name say HTML: a `.html`/`.htm` name, or a document starting with a doctype or `<html`. */
export function isHtml(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^<(!doctype\s+html|html[\s>])/i.test(head);
}

/** The document's visible text as Lines: one per block (or `<br>`-separated run), a blank Line between blocks. */
export function htmlToLines(html: string): Line[] {
  const blocks: string[] = [];
  let run = '';
  const flush = (): void => {
    const t = squash(run);
    if (t) blocks.push(t);
    run = '';
  };
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      run += node.data;
      return;
    }
    if (!isTag(node) && node.type !== 'root') return;
    if (isTag(node)) {
      if (SKIPPED.has(node.name)) return;
      if (node.name === 'br' || node.name === 'hr') return flush();
    }
    const block = isTag(node) && BLOCK_TAGS.has(node.name);
    if (block) flush();
    for (const c of (node as { children: AnyNode[] }).children) walk(c);
    if (block) flush();
  };
  walk(parseHtml(html));
  flush();
  const lines: Line[] = [];
  for (const b of blocks) {
    if (lines.length) lines.push({ text: '', lineNo: lines.length + 1, page: null, pageTop: false });
    lines.push({ text: b, lineNo: lines.length + 1, page: null, pageTop: false });
  }
  return lines;
}
