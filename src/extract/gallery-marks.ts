/**
 * A photo gallery's marks inside its text: the picture counter printed beside each picture's paragraph (`2/5`, `（2/5）`,
 * `图2/5`, `【2/5】`) and the buttons between pictures (`‹ 上一张 2/5 下一张 ›`, 上一组/下一组, 查看原图). Galleries tell
 * their story a paragraph under each picture, so the paragraphs are the text and the marks are furniture; told in
 * `<figcaption>`s, the captions are the text.
 */
import { allElements, textOf, type Document, type Element } from './dom.js';
import { textWeight } from './text-measure.js';

/** Captions a gallery needs, each a sentence of this weight at least, holding this share of its containers' text. */
const CAPTIONS_MIN = 3;
const CAPTION_WEIGHT = 40;
const CAPTIONS_SHARE = 0.5;

/** The `<figcaption>`s under `roots` that are a sentence of text (a leading or trailing counter aside), and their weight. */
function sentenceCaptions(roots: (Element | Document)[]): { count: number; weight: number } {
  let count = 0;
  let weight = 0;
  for (const root of roots) {
    for (const el of allElements(root)) {
      if (el.name !== 'figcaption') continue;
      const text = textOf(el).trim();
      const t = counterOf(text)?.rest ?? text;
      const w = textWeight(t);
      if (w < CAPTION_WEIGHT || !/[.!?。！？」”]$/.test(t)) continue;
      count++;
      weight += w;
    }
  }
  return { count, weight };
}

/** Whether a page is a gallery told in figure captions (at least three of a sentence each): only then do captions vote for the text's container. */
export function isCaptionGallery(doc: Document): boolean {
  return sentenceCaptions([doc]).count >= CAPTIONS_MIN;
}

/**
 * Whether the containers tell their story in figure captions — at least three sentence-long `<figcaption>`s holding
 * most of the text — so the captions are read as the text rather than skipped as a photo's credit line.
 */
export function captionsAreText(containers: Element[]): boolean {
  const { count, weight } = sentenceCaptions(containers);
  const all = containers.reduce((n, c) => n + textWeight(textOf(c)), 0);
  return count >= CAPTIONS_MIN && weight >= all * CAPTIONS_SHARE;
}

/**
 * Whether paragraphs tell a 组图 story in their captions (`图为…。` under each picture): at least {@link CAPTIONS_MIN}
 * captions, outnumbering the other paragraphs of text — the paragraph-level form of {@link captionsAreText}. One pass.
 */
export function captionParagraphsAreText(paragraphs: string[], isCaption: (p: string) => boolean, isText: (p: string) => boolean): boolean {
  let captions = 0;
  let text = 0;
  for (const p of paragraphs) {
    if (isCaption(p)) captions++;
    else if (isText(p)) text++;
  }
  return captions >= CAPTIONS_MIN && captions > text;
}

/** Buttons of a picture viewer, in the words galleries print. */
const CONTROL = /上一[张幅组图]|下一[张幅组图]|查看原图|查看大图|全屏(?:观看|浏览|查看)?|重新(?:播放|浏览)|自动播放|返回列表|[‹›«»<>＜＞◀▶←→]/g;
/** A picture counter: `2/5`, `2 / 5`, `图2/5`, `第2/5张`, bracketed or not. */
const COUNTER = /[（(【[]?\s*(?:图|第)?\s*(?<!\d)(\d{1,3})\s*[/／]\s*(\d{1,3})(?!\d)\s*张?\s*[）)】\]]?/;
const COUNTERS = new RegExp(COUNTER.source, 'g');
const COUNTER_AT_START = new RegExp(`^${COUNTER.source}`);
const COUNTER_AT_END = new RegExp(`${COUNTER.source}$`);
/** Longest counter looked for at a paragraph's edge: only the edges are matched, so time stays linear. */
const EDGE = 16;

/** Whether a paragraph is only a viewer's buttons and counter (`‹ 上一张 2/4 下一张 ›`): no text of the article. */
export function isGalleryControl(text: string): boolean {
  if (text.length > 60) return false;
  const controls = text.match(CONTROL)?.some((c) => c.length > 1) ?? false;
  const rest = text.replace(CONTROL, ' ').replace(COUNTERS, ' ').replace(/[\s|｜·•]+/g, '');
  return controls && rest === '';
}

/** The counter a paragraph opens or closes with, and the paragraph without it. */
function counterOf(paragraph: string): { at: number; of: number; rest: string } | null {
  const text = paragraph.trim();
  const head = COUNTER_AT_START.exec(text.slice(0, EDGE));
  const tail = head ? null : COUNTER_AT_END.exec(text.slice(-EDGE));
  const m = head ?? tail;
  if (!m) return null;
  const rest = (head ? text.slice(m[0].length) : text.slice(0, text.length - m[0].length)).trim();
  return rest ? { at: Number(m[1]), of: Number(m[2]), rest } : null;
}

/**
 * Paragraphs without the picture counters they open or close with, when the counters run in order over the text
 * (`…（1/4）`, `…（2/4）`: the same total, rising): a lone `1/2` in a sentence is a fraction or a score, not a counter.
 */
export function withoutPictureCounters(paragraphs: string[]): string[] {
  const found = paragraphs.map(counterOf);
  const marked = found.filter((c) => c !== null);
  if (marked.length < 2) return paragraphs;
  const total = marked[0]!.of;
  const inOrder = marked.every((c, i) => c!.of === total && c!.at <= total && (i === 0 || c!.at > marked[i - 1]!.at));
  if (!inOrder) return paragraphs;
  return paragraphs.map((p, i) => found[i]?.rest ?? p);
}
