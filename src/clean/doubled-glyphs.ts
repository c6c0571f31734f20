/**
 * Newspapers' bold headlines often come out of PDF text extraction twice, run by run:
 * `万亿时代万亿时代，，动力电池何去何从动力电池何去何从`. When a whole line parses as runs each printed twice,
 * the single copy is what was meant.
 */

/**
 * A doubled headline is at most this many characters as printed: longer text is body, not a headline, and the
 * search below must stay bounded whatever one line holds.
 */
const MAX_PRINTED = 400;
/** The longest run tried at each position: extraction doubles styled runs, not whole paragraphs. */
const MAX_RUN = 64;

/** Undoes doubled glyph runs; returns the text unchanged unless the whole of it is doubled. */
export function undoDoubledGlyphs(text: string): string {
  if (text.length > 2 * MAX_PRINTED) return text;
  const s = [...text.replace(/\s+/g, ' ').trim()];
  const n = s.length;
  if (n < 4 || n > MAX_PRINTED || (n % 2 !== 0 && !s.includes(' ')) || s[0] !== s[s.indexOf(s[0], 1)]) return text;
  // ok[i]: s[i..] splits into doubled runs; run[i]: the run length chosen at i (shortest wins ties, so runs stay small).
  const ok: boolean[] = new Array(n + 1).fill(false);
  const run: number[] = new Array(n + 1).fill(0);
  ok[n] = true;
  for (let i = n - 1; i >= 0; i--) {
    if (s[i] === ' ' && ok[i + 1]) { ok[i] = true; run[i] = 0; continue; }
    for (let len = 1; len <= MAX_RUN && i + 2 * len <= n; len++) {
      if (!ok[i + 2 * len]) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = s[i + k] === s[i + len + k];
      if (same) { ok[i] = true; run[i] = len; break; }
    }
  }
  if (!ok[0]) return text;
  const out: string[] = [];
  let doubledPunct = false;
  for (let i = 0; i < n;) {
    if (run[i] === 0) { out.push(' '); i++; continue; }
    const piece = s.slice(i, i + run[i]);
    if (piece.some((c) => /[\p{P}]/u.test(c))) doubledPunct = true;
    out.push(piece.join(''));
    i += 2 * run[i];
  }
  const single = out.join('').replace(/\s+/g, ' ').trim();
  // A short genuine repeat (谢谢, 一步一步) is not an extraction artefact: demand length or a doubled mark.
  return doubledPunct || [...single].length >= 4 ? single : text;
}
