/**
 * The shape of a notice (通知, 公告, 函): a salutation opening it (`各会员单位：`) and a closing of signature and date,
 * perhaps after its 附件 and 联系人 lines. The salutation is its first line of text however short; the lines down to the
 * date are its last, an attachment list among them included: the signature closes the notice, not the attachments.
 */
import { arabicDates } from './dates.js';

/** A salutation: addressees, short, closed by a colon (`各有关单位、专家：`, `尊敬的客户：`, `各市（州）经信局：`). */
const SALUTATION = /^(各|尊敬的|亲爱的|致)[^。！？：:]{1,40}[：:]$|^[^。！？：:]{2,40}(单位|部门|会员|成员|机构|企业|同志们?|朋友们?|专家|人民政府|委员会)[：:]$/;

export const isSalutation = (p: string): boolean => SALUTATION.test(p.trim());

/** A 附件 line (`附件：1.…`, `附件下载：`, `（附件2）`): where a notice's tail of attachments starts. */
const ATTACHMENT = /^[（(]?\s*附\s*件/;
/** A date standing alone, in any numerals: the day a notice was signed. */
const SIGNED_DAY = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** Whether a block's text closes on the day it was signed (`某某局　2024年10月22日`, `…二〇二四年十月二十二日`). */
export const endsSigned = (text: string): boolean => SIGNED_DAY_LAST.test(arabicDates(text).replace(/\s+/g, ''));
const SIGNED_DAY_LAST = /\d{4}年\d{1,2}月\d{1,2}日$/;
/** A signature: an organ's name, short, no punctuation of a sentence or a label. */
const SIGNATURE = /^[^。，！？：:；;]{4,30}$/;
/** Lines between the attachments and the signature: attachment items, contact lines; short, no sentence. */
const CLOSING_LINE_MAX = 80;
/** How far after the 附件 line the signature may stand. */
const CLOSING_WITHIN = 10;

/**
 * Where a notice ends when its text was cut at an 附件 line (`end`) with its signature and date still to come: after the
 * date; else `end`.
 */
export function noticeClosingEnd(paragraphs: string[], end: number): number {
  if (end >= paragraphs.length || !ATTACHMENT.test(paragraphs[end].trim())) return end;
  const last = Math.min(paragraphs.length, end + CLOSING_WITHIN);
  for (let j = end + 2; j < last; j++) {
    const line = paragraphs[j].trim();
    if (line.length > CLOSING_LINE_MAX) return end;
    if (SIGNED_DAY.test(arabicDates(line).replace(/\s+/g, '')) && SIGNATURE.test(paragraphs[j - 1].trim())) return j + 1;
  }
  return end;
}
