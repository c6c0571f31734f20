/**
 * Letter boards (问政, 信箱, 热线, 留言板): a citizen's letter and a unit's answer printed as one record. Its fields (the
 * writer's handle, the letter's number, type and status, the answering unit and time) are labelled in the boards' own
 * words; they are no information line's fields of the article, and no text.
 */
import { childElements, isTag, squash, textOf, type Element } from './dom.js';

/** A record's label: who wrote, the letter's number, type or status, and the answer's unit, time or content. */
const RECORD_LABEL =
  /^(?:(?:留言|来信|诉求|提问|咨询|投诉|反映|写信|求助)人|(?:留言|来信|信件|诉求|问题|咨询|投诉|工单|受理)(?:编号|类型|类别|分类|状态|主题|标题|内容|时间|日期)|编号|类别|(?:回复|答复|回答|办理|处理|承办|受理)(?:单位|部门|机构|机关|时间|日期|状态|结果|内容|意见|情况)|办理状态|处理状态|满意度|评价)$/;

/** `诉求编号：XF…`, `来信人：张女士`, `信件类型：建议`: a record's field beside an information line's, read as none. */
const RECORD_FIELD = /(^|\s)([\u4e00-\u9fff]{1,6})\s*[:：]\s*([^\s:：]{1,24})(?=\s|$)/g;

/** The line without the record fields it carries (an information line's own labels are left to it). */
export function withoutRecordFields(line: string): string {
  if (!/[:：]/.test(line)) return line;
  return line.replace(RECORD_FIELD, (m, pre: string, label: string) => (isRecordField(label) ? pre : m));
}

/** Only a writer's, a number's, a type's or a status's label: the letter's time is the page's date and stays. */
const isRecordField = (label: string): boolean => RECORD_LABEL.test(label) && !/(时间|日期|内容|标题|主题)$/.test(label);

/** Han characters under which a line is a record's field (label and value) rather than text. */
const FIELD_LINE = 30;

/**
 * Whether a paragraph is a record's label printed alone (`答复内容：`) or with a short value (`答复部门：区住建局`,
 * `回复单位：X 回复时间：2024-…`): every label on it is a record's.
 */
export function isRecordLine(text: string): boolean {
  const t = text.trim();
  // A label in a cell of its own (`回复部门` | `某某局`), spaced out or not.
  if (RECORD_LABEL.test(t.replace(/[\s\u3000]+/g, '')) || isHeadlineLabel(t)) return true;
  if (t.length > FIELD_LINE * 2 || /[。！？；]/.test(t)) return false;
  const labels = [...t.matchAll(/([\u4e00-\u9fff]{2,6})\s*[:：]/g)].map((m) => m[1]);
  return labels.length > 0 && t.startsWith(labels[0]) && labels.every((l) => RECORD_LABEL.test(l));
}

/** An answer's header: its unit, its time or its state (`回复单位：…`, `市医保局 2024/10/10 09:15 已办结`). */
export function isAnswerHeader(text: string): boolean {
  const t = text.trim();
  if (t.length > FIELD_LINE * 2 || /[。！？]/.test(t)) return false;
  return /(回复|答复|回答|办理|处理)(单位|部门|机构|时间|日期|结果|意见|情况)|已办结|已回复|已答复|办结/.test(t);
}

/** A record's headline label printed alone (`主　　题`, `留言标题：`): the line after it is the headline. */
export const isHeadlineLabel = (text: string): boolean => /^(留言|来信|信件|诉求|咨询|投诉|问题)?(标题|主题)[:：]?$/.test(text.replace(/[\s\u3000]+/g, ''));

/** A heading over the board's other letters (`近期来信`, `同类留言`, `热点诉求`): what follows is no part of this one. */
export const LETTER_LIST_HEAD = /^(最新|近期|热点|热门|同类|相关|其他|更多)(来信|留言|诉求|信件|咨询|问题|问政|回复)$/;

/** Text under which a block beside the answer is its header or a label, not the letter. */
const SHORT_BLOCK = 60;

/**
 * The letter a board's answer replies to, when the answer's box was taken for the text: `answer` stands in a box with
 * only an answer's header before it (unit, time, state), and the block before that box is sentences with few links.
 */
export function letterBeforeAnswer(answer: Element, linkDensity: (el: Element) => number): Element | null {
  const box = answer.parent;
  if (!box || !isTag(box) || box.name === 'body') return null;
  const before: Element[] = [];
  for (const c of childElements(box)) {
    if (c === answer) break;
    before.push(c);
  }
  const head = before.map((c) => squash(textOf(c)));
  if (!head.some(isAnswerHeader) || head.some((t) => t.length > SHORT_BLOCK)) return null;
  const siblings = childElements(box.parent && isTag(box.parent) ? box.parent : box);
  for (let i = siblings.indexOf(box) - 1; i >= 0; i--) {
    const text = squash(textOf(siblings[i]));
    if (text.length <= SHORT_BLOCK) {
      if (/^h[1-6]$/.test(siblings[i].name)) return null;
      continue;
    }
    return /[。？！?]/.test(text) && linkDensity(siblings[i]) < 0.25 ? siblings[i] : null;
  }
  return null;
}

/**
 * Paragraphs of the text that are a record's fields: a label alone (`答复内容：`), a label with its value, and the value
 * printed apart after a lone label other than the content's (`处理状态：` | `已答复`).
 */
export function recordLines(texts: string[]): Set<number> {
  const out = new Set<number>();
  texts.forEach((t, i) => {
    if (!isRecordLine(t)) return;
    out.add(i);
    const lone = /^[\u4e00-\u9fff\s\u3000]{2,8}[:：]?$/.exec(t.trim());
    const next = texts[i + 1];
    if (lone && !/内容\s*[:：]$/.test(t) && next !== undefined && next.trim().length <= FIELD_LINE && !/[。！？，]/.test(next)) out.add(i + 1);
  });
  return out;
}
