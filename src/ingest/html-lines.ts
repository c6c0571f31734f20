/**
 * An HTML bulletin (jianbao's own render, an institute's HTML issue) read as lines: each block element's own text
 * is one line, blocks are separated by a blank line. Headings get the layout a PDF reader would give them (larger,
 * bold type), so the segmenter tells titles from text by type size as it does in a PDF. Scripts, styles, navigation
 * and other non-content elements are dropped; charset decoding is the web extractor's.
 */
import type { Line, LineLayout } from '../types.js';
import { BLOCK_TAGS, isTag, isText, parseHtml, squash, type AnyNode } from '../extract/dom.js';

/** Elements whose text is never bulletin content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe', 'button', 'select']);

/** Type size in points by block tag; any other block is body text. */
const BODY_SIZE = 12;
const HEADING_SIZE: Record<string, number> = { h1: 24, h2: 18, h3: 14, h4: 13, h5: 12.5, h6: 12.5 };
/** A nominal page as wide as a line of body text: every block is one full line of its own. */
const PAGE_WIDTH = 1000;

/** True when the bytes or the name say HTML: a `.html`/`.htm` name, or a document starting with a doctype or `<html`. */
export function isHtml(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^<(!doctype\s+html|html[\s>])/i.test(head);
}

/** The document's visible text as Lines: one per block (or `<br>`-separated run), a blank Line between blocks. */
export function htmlToLines(html: string): Line[] {
  const blocks: { text: string; tag: string }[] = [];
  const open: string[] = [];
  let run = '';
  const flush = (): void => {
    const t = squash(run);
    if (t) blocks.push({ text: t, tag: open[open.length - 1] ?? 'p' });
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
      if (node.name === 'br' || node.name === 'hr') {
        flush();
        return;
      }
    }
    const block = isTag(node) && BLOCK_TAGS.has(node.name);
    if (block) {
      flush();
      open.push(node.name);
    }
    for (const c of (node as { children: AnyNode[] }).children) walk(c);
    if (block) {
      flush();
      open.pop();
    }
  };
  walk(parseHtml(html));
  flush();
  const lines: Line[] = [];
  let y = 0;
  for (const b of blocks) {
    const fontSize = HEADING_SIZE[b.tag] ?? BODY_SIZE;
    // A gap of three lines between blocks: each block is its own paragraph, however short.
    y += fontSize * 3;
    const layout: LineLayout = {
      fontSize, bold: b.tag in HEADING_SIZE, x: 0, y, width: PAGE_WIDTH, pageWidth: PAGE_WIDTH, pageHeight: y + fontSize,
    };
    if (lines.length) lines.push({ text: '', lineNo: lines.length + 1, page: 1, pageTop: false });
    lines.push({ text: b.text, lineNo: lines.length + 1, page: 1, pageTop: lines.length === 0, layout });
  }
  return lines;
}
