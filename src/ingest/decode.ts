/**
 * Turns the raw bytes of a text file into a string, detecting the encoding the way a Chinese user's files are
 * actually made: UTF-8 (with or without BOM), UTF-16 (Windows "Unicode" saves) and GBK/GB18030 (older editors).
 */

/** A decoded text file. */
export interface DecodedText {
  text: string;
  /** WHATWG name of the detected encoding: 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string;
  /** What decoding could not keep as is (e.g. bytes replaced by U+FFFD), so nothing is dropped silently. */
  warnings: string[];
}

/** Bytes looked at when guessing UTF-16 from its NUL pattern; enough for any real text, cheap for big files. */
const SNIFF_BYTES = 64 * 1024;

/** GB18030 decoding is accepted only if at most this share of non-ASCII characters came out as U+FFFD. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** …and at least this share of non-ASCII characters is Chinese script or CJK punctuation. */
const MIN_CJK_SHARE = 0.6;

/**
 * Decodes a text file's bytes. Throws `<path>: binary file …` for bytes that are not text at all and
 * `<path>: cannot decode text (…)` for text in an encoding it does not read.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return checked(strictDecode(bytes, bom, path), bom, path);

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return checked(strictDecode(bytes, utf16, path), utf16, path);

  if (hasBinaryBytes(bytes)) throw new Error(`${path}: 这是二进制文件，不是文本 (binary file (holds NUL or control bytes), not text)`);

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };

  const sjis = japaneseShiftJis(bytes);
  if (sjis !== null) {
    return { text: sjis, encoding: 'shift_jis', warnings: [`${path}: read as Shift-JIS (Japanese text), not as Chinese GB18030`] };
  }

  const gb = new TextDecoder('gb18030').decode(bytes);
  const replaced = plausibleChinese(gb);
  if (replaced === null) throw new Error(`${path}: 无法识别文字编码，不是 UTF-8、UTF-16 或 GB18030 (cannot decode text (not UTF-8, UTF-16 or GB18030))`);
  const warnings = replaced
    ? [`${path}: ${replaced} character(s) could not be decoded as GB18030 and were replaced by U+FFFD`]
    : [];
  return { text: gb, encoding: 'gb18030', warnings };
}

/** The encoding announced by a byte-order mark, if any (TextDecoder drops the mark itself when decoding). */
export function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (newlines, digits, spaces) leave a NUL in every other byte, always on
 * the same side. Binary data has NULs on both sides, so a lopsided pattern is UTF-16's signature.
 */
function utf16ByNulPattern(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.05 && even * 20 <= odd) return 'utf-16le';
  if (even >= pairs * 0.05 && odd * 20 <= even) return 'utf-16be';
  return null;
}

/** True for a C0 control character that no text file holds (tab, newlines, form feed and ESC are text). */
function isBinaryControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
}

/** NUL anywhere, or more than a trace of other control bytes, means the file is not text. */
function hasBinaryBytes(b: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (isBinaryControl(c)) controls++;
  }
  return controls > b.length * 0.001;
}

/** Decodes with `fatal: true`; null when the bytes are not valid in that encoding. */
export function tryDecode(b: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** Decodes bytes whose encoding is already known; invalid sequences are an error, not a guess. */
function strictDecode(b: Uint8Array, encoding: string, path: string): string {
  const text = tryDecode(b, encoding);
  if (text === null) throw new Error(`${path}: 无法解码，不是有效的 ${encoding.toUpperCase()} (cannot decode text (invalid ${encoding.toUpperCase()}))`);
  return text;
}

/** Rejects decoded UTF-16/BOM text that still holds control characters: a binary file that looked like text. */
function checked(text: string, encoding: string, path: string): DecodedText {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new Error(`${path}: 这是二进制文件，不是文本 (binary file (holds NUL characters), not text)`);
    if (isBinaryControl(c)) controls++;
  }
  if (controls > text.length * 0.001) throw new Error(`${path}: 这是二进制文件，不是文本 (binary file (holds control characters), not text)`);
  return { text, encoding, warnings: [] };
}

/**
 * Judges a GB18030 decoding: real Chinese text decodes to mostly CJK with almost no U+FFFD, while bytes in some
 * other encoding decode to replacement characters or stray symbols. Returns the replacement count, or null
 * when the text is not plausible.
 */
function plausibleChinese(text: string): number | null {
  let nonAscii = 0;
  let cjk = 0;
  let replaced = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) replaced++;
    else if (isCjk(c)) cjk++;
  }
  if (nonAscii === 0) return 0;
  if (replaced > nonAscii * MAX_REPLACEMENT_SHARE || cjk < nonAscii * MIN_CJK_SHARE) return null;
  return replaced;
}

/** Share of the non-ASCII characters that must be hiragana for bytes to be taken as Japanese. */
const MIN_HIRAGANA_SHARE = 0.15;

/**
 * The text when the bytes are valid Shift-JIS and read as Japanese: hiragana make up a good share of it. Chinese
 * GBK bytes are often valid Shift-JIS too, but decode to half-width katakana, almost never to hiragana.
 */
function japaneseShiftJis(bytes: Uint8Array): string | null {
  const text = tryDecode(bytes, 'shift_jis');
  if (text === null) return null;
  let nonAscii = 0;
  let hiragana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c >= 0x3041 && c <= 0x309f) hiragana++;
  }
  return nonAscii > 0 && hiragana >= nonAscii * MIN_HIRAGANA_SHARE ? text : null;
}

/** Han ideographs, CJK punctuation, fullwidth forms and the other blocks Chinese text is written in. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK Unified Ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // Extension A
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
    (c >= 0xff00 && c <= 0xffef) || // fullwidth forms
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: “ ” — …
    (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK, CJK compatibility
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0x20000 && c <= 0x2ffff) // supplementary ideographs
  );
}
