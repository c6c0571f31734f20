/**
 * CJK-aware text measures. A CJK character carries about as much as a short Latin word, so length
 * thresholds written for Latin text count each CJK character as three.
 */

const COMMA = /[,，、;；。]/g;

/** The characters `\s` matches (ECMAScript white space and line terminators). */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Non-space code points and CJK characters among them, counted in one pass without building arrays of matches
 * (those made a megabyte-long line cost far more than linear time in garbage collection).
 */
function counts(s: string): { all: number; cjk: number } {
  let all = 0;
  let cjk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one code point, as the `u`-flagged patterns this replaces counted it.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      all++;
      continue;
    }
    if (isSpace(c)) continue;
    all++;
    if (isCjk(c)) cjk++;
  }
  return { all, cjk };
}

/** Weighted length of `s`: non-space characters, CJK counted three times. */
export function textWeight(s: string): number {
  const { all, cjk } = counts(s);
  return all + 2 * cjk;
}

/** Number of clause separators (Latin and CJK commas, CJK full stops, semicolons). */
export function commaCount(s: string): number {
  return s.match(COMMA)?.length ?? 0;
}

/** Share of CJK characters among non-space characters. */
export function cjkRatio(s: string): number {
  const { all, cjk } = counts(s);
  return all === 0 ? 0 : cjk / all;
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
