/**
 * CJK-aware text measures. A CJK character carries about as much as a short Latin word, so length
 * thresholds written for Latin text count each CJK character as three.
 */

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const NON_SPACE = /[^\s\u00a0\u3000]/gu;
const COMMA = /[,，、;；。]/g;

/** Weighted length of `s`: non-space characters, CJK counted three times. */
export function textWeight(s: string): number {
  const all = s.match(NON_SPACE)?.length ?? 0;
  const cjk = s.match(CJK_CHAR)?.length ?? 0;
  return all + 2 * cjk;
}

/** Number of clause separators (Latin and CJK commas, CJK full stops, semicolons). */
export function commaCount(s: string): number {
  return s.match(COMMA)?.length ?? 0;
}

/** Share of CJK characters among non-space characters. */
export function cjkRatio(s: string): number {
  const all = s.match(NON_SPACE)?.length ?? 0;
  return all === 0 ? 0 : (s.match(CJK_CHAR)?.length ?? 0) / all;
}
