/** Turns the article containers into paragraphs: block elements and line breaks end a paragraph. */
import { BLOCK_TAGS, isTag, isText, squash, type AnyNode, type Element } from './dom.js';
import { textWeight } from './text-measure.js';
import { captionsAreText } from './gallery-marks.js';

/** Inline elements read as separate words (a link inside CJK text is still a word of its own). */
const SPACED = new Set(['a']);
const SKIP = new Set(['img', 'picture', 'source', 'figcaption', 'sup', 'script', 'style', 'noscript', 'template', 'head']);
/** …and in a gallery told in its captions (gallery-marks.ts), the captions are read. */
const SKIP_IN_GALLERY = new Set([...SKIP].filter((t) => t !== 'figcaption'));

/** One paragraph of the extracted text with how much of it is link text. */
export interface Paragraph {
  text: string;
  /** Share of the paragraph's weighted length that sits inside links. */
  linkDensity: number;
  /** Tag of the block that holds it (p, li, h2, …). */
  tag: string;
  /** The text before whitespace was collapsed, and where inline elements open and close in it (see {@link spacedText}). */
  raw: string;
  cuts: number[];
}

/**
 * The paragraph with a space at every inline element boundary: `<i>某某号</i><i>2024-06-18 16:40</i>` reads as two
 * fields when an information line is looked for, where `text` glues them as the page prints them. Made on demand:
 * only the few paragraphs read for an information line need it.
 */
export function spacedText(p: Paragraph): string {
  if (p.cuts.length === 0) return p.text;
  let out = '';
  let from = 0;
  for (const at of p.cuts) {
    out += `${p.raw.slice(from, at)} `;
    from = at;
  }
  return squash(out + p.raw.slice(from));
}

/** Paragraphs of the given elements in order, whitespace collapsed, empty ones dropped. */
export function toParagraphs(containers: Element[]): Paragraph[] {
  const out: Paragraph[] = [];
  const skip = captionsAreText(containers) ? SKIP_IN_GALLERY : SKIP;
  let buf = '';
  let cuts: number[] = [];
  let linkBuf = '';
  let inLink = 0;
  const blocks: string[] = [];
  const flush = (): void => {
    const text = squash(buf);
    if (text) {
      const w = textWeight(text);
      out.push({ text, linkDensity: w ? Math.min(1, textWeight(linkBuf) / w) : 0, tag: blocks[blocks.length - 1] ?? 'div', raw: buf, cuts });
    }
    buf = '';
    cuts = [];
    linkBuf = '';
  };
  const walk = (n: AnyNode): void => {
    if (isText(n)) {
      buf += n.data;
      if (inLink) linkBuf += n.data;
      return;
    }
    if (!isTag(n) || skip.has(n.name)) return;
    if (n.name === 'br' || n.name === 'hr') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    const spaced = SPACED.has(n.name);
    if (block) {
      flush();
      blocks.push(n.name);
    } else {
      if (spaced) buf += ' ';
      cuts.push(buf.length);
    }
    if (n.name === 'a') inLink++;
    for (const c of n.children) walk(c);
    if (n.name === 'a') inLink--;
    if (block) {
      flush();
      blocks.pop();
    } else {
      cuts.push(buf.length);
      if (spaced) buf += ' ';
    }
  };
  for (const c of containers) walk(c);
  flush();
  return out;
}

/** A time (with its day) standing alone: a live blog's entry stamp. */
const STAMP = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(:\d{2})?$/;
/** Stamps a page needs before its lone times are read as entries rather than furniture. */
const MIN_STAMPS = 3;

/**
 * Live blogs print each entry's time in an element of its own: it is joined to the entry's text, where alone it
 * would read as furniture and be dropped from the first entry only.
 */
export function joinEntryStamps(paragraphs: Paragraph[]): Paragraph[] {
  if (paragraphs.filter((p) => STAMP.test(p.text)).length < MIN_STAMPS) return paragraphs;
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (STAMP.test(p.text) && next && !STAMP.test(next.text)) {
      out.push({ ...next, text: `${p.text} ${next.text}`, raw: `${p.raw} ${next.raw}`, cuts: [...p.cuts, ...next.cuts.map((c) => c + p.raw.length + 1)] });
      i++;
    } else out.push(p);
  }
  return out;
}
