/**
 * Metadata lines Chinese news pages print around the body — `来源：X`, `发布时间：2021-10-19 08:30`,
 * `2021年10月19日`, `记者 X`, `责任编辑：X`, `字号：大 中 小` — recognised, read, and removed from the body.
 */
import { toIsoDate } from './dates.js';

/** Facts read from metadata lines. */
export interface CnMeta {
  published: string | null;
  author: string | null;
  source: string | null;
  editor: string | null;
}

const KEY = /(原标题|文章来源|信息来源|稿件来源|来源|出处|发布时间|发表时间|发布日期|更新时间|时间|日期|作者|撰稿|本报记者|记者|通讯员|责任编辑|责编|编辑|审核|校对|字号|字体|点击数|点击量|浏览次数|浏览量|阅读数|阅读量|分享到|打印|关闭窗口|打印本页|关闭)(\s*[：:]\s*|\s+)?/g;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}\s*[:：]\s*\d{2}(\s*[:：]\s*\d{2})?)?/;
const MAX_LINE = 90;
/** How many paragraphs at each end of the body may hold metadata lines. */
const EDGE = 4;

interface Field {
  key: string;
  value: string;
}

/** Splits a line into key/value fields; null when the line is not made of metadata. */
function parseLine(line: string): Field[] | null {
  const s = line.replace(/[【】\[\]（）()|｜]/g, ' ').trim();
  if (!s || s.length > MAX_LINE) return null;
  const starts = [...s.matchAll(KEY)].filter((m) => m[2] !== undefined || /记者|通讯员|打印|关闭|分享/.test(m[1]));
  const leadingDate = DATE.exec(s);
  const startsWithDate = leadingDate !== null && leadingDate.index === 0;
  if (!startsWithDate && (starts.length === 0 || starts[0].index! > 0)) return null;
  const fields: Field[] = [];
  if (startsWithDate) fields.push({ key: '日期', value: leadingDate![0] });
  for (let i = 0; i < starts.length; i++) {
    const m = starts[i];
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : s.length;
    if (startsWithDate && m.index! < leadingDate![0].length) continue;
    fields.push({ key: m[1], value: s.slice(from, to).trim() });
  }
  // A real sentence that merely starts with 记者/时间 carries clause punctuation or long values.
  if (fields.some((f) => /[。，！？；]/.test(f.value) || f.value.length > 40)) return null;
  const covered = fields.reduce((n, f) => n + f.key.length + f.value.length, 0);
  return covered >= s.replace(/\s/g, '').length * 0.6 ? fields : null;
}

function firstValue(fields: Field[], keys: RegExp): string | null {
  const f = fields.find((x) => keys.test(x.key) && x.value);
  if (!f) return null;
  return f.value.split(/\s{2,}/)[0].trim() || null;
}

function absorb(meta: CnMeta, fields: Field[], line: string): void {
  const dateText = fields.find((f) => /时间|日期/.test(f.key))?.value ?? DATE.exec(line)?.[0];
  meta.published ??= toIsoDate(dateText ?? null);
  meta.source ??= firstValue(fields, /来源|出处/);
  meta.author ??= firstValue(fields, /作者|撰稿|记者|通讯员/);
  meta.editor ??= firstValue(fields, /编辑|责编/);
}

/** Reads metadata lines anywhere in a list of page text blocks (the first value of each kind wins). */
export function readCnMetaLines(lines: string[]): CnMeta {
  const meta: CnMeta = { published: null, author: null, source: null, editor: null };
  for (const line of lines) {
    const fields = parseLine(line);
    if (fields) absorb(meta, fields, line);
  }
  return meta;
}

/**
 * Removes metadata lines from the first and last few paragraphs and returns what they said.
 * Lines in the middle of the body are left alone: there they are text, not furniture.
 */
export function stripCnMetaLines(paragraphs: string[]): { paragraphs: string[]; meta: CnMeta } {
  const meta: CnMeta = { published: null, author: null, source: null, editor: null };
  const keep: string[] = [];
  paragraphs.forEach((p, i) => {
    const atEdge = i < EDGE || i >= paragraphs.length - EDGE;
    const fields = atEdge ? parseLine(p) : null;
    if (!fields) {
      keep.push(p);
      return;
    }
    absorb(meta, fields, p);
  });
  return { paragraphs: keep, meta };
}
