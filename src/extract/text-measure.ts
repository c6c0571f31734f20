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

/** 'ja', 'ko' or 'zh' when the text is mostly CJK (kana mark Japanese, Hangul Korean), else null. */
export function guessCjkLang(s: string): string | null {
  if (cjkRatio(s) <= 0.3) return null;
  const kana = s.match(/[\u3040-\u30ff]/gu)?.length ?? 0;
  const hangul = s.match(/[\uac00-\ud7af]/gu)?.length ?? 0;
  const han = s.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  if (hangul > han) return 'ko';
  return kana > han * 0.1 ? 'ja' : 'zh';
}
