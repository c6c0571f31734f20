/**
 * Bytes → text for web pages and feeds. The declared charset (Content-Type header, BOM, `<meta charset>`,
 * `http-equiv`, XML declaration) is tried first, then checked: Chinese sites often declare one encoding and
 * serve another, so a declaration that does not decode cleanly is overruled by sniffing. The byte-order mark and
 * strict decoding are the text-file loader's (src/ingest/decode.ts), so both read bytes the same way.
 */
import { bomEncoding, tryDecode } from '../ingest/decode.js';

/** Decoded text plus the encoding actually used and what looked wrong. */
export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

/** Very frequent Chinese characters in both scripts; a right guess decodes to many of them, a wrong one to few. */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實新闻聞报報日月记記者市业業公司网網电電',
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Normalises a charset label to one TextDecoder knows, or null when it is unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const alias: Record<string, string> = {
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-gbk': 'gb18030',
    gb_2312: 'gb18030',
    'gb_2312-80': 'gb18030',
    cp936: 'gb18030',
    'big5-hkscs': 'big5',
    'x-big5': 'big5',
    utf8: 'utf-8',
  };
  const name = alias[l] ?? l;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** The charset named in a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** The charset the document declares about itself (`<meta charset>`, `http-equiv`, `<?xml encoding?>`). */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

/** How plausible a decoding is as Chinese text: share of CJK characters that are very common ones. */
function hanScore(text: string): number {
  let cjk = 0;
  let common = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad++;
    else if (CJK.test(ch)) {
      cjk++;
      if (COMMON_HAN.has(ch)) common++;
    }
  }
  return cjk === 0 ? -bad : common / cjk - bad / Math.max(1, cjk);
}

/** Picks GB18030 or Big5 for bytes that are not UTF-8, by which one reads as common Chinese. */
function sniffLegacyChinese(bytes: Uint8Array): { text: string; encoding: string; score: number } {
  const candidates = ['gb18030', 'big5'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, score: hanScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0];
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Decodes a page or feed. `contentType` is the HTTP header value when known.
 * Order: BOM, then the header, then the markup's own declaration, each checked against the bytes.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings };

  const fromHeader = charsetFromContentType(contentType);
  const fromMarkup = charsetFromMarkup(bytes);
  const declaredLabel = fromHeader ?? fromMarkup;
  const declared = normalizeCharset(declaredLabel);
  if (declaredLabel && !declared) warnings.push(`unknown charset "${declaredLabel}", sniffed instead`);

  if (!hasHighBytes(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: declared ?? 'utf-8', warnings };

  const utf8 = tryDecode(bytes, 'utf-8');
  if (declared && declared !== 'utf-8') {
    // Valid multi-byte UTF-8 is almost never a legacy encoding by accident: the declaration is the one that lies.
    if (utf8 !== null && (declared === 'gb18030' || declared === 'big5')) {
      warnings.push(`declared charset ${declaredLabel} but the bytes are UTF-8`);
      return { text: utf8, encoding: 'utf-8', warnings };
    }
    if (declared !== 'gb18030' && declared !== 'big5') {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared, warnings };
    }
    // GBK and Big5 byte ranges overlap, so a clean decode proves little: keep the declaration unless
    // the other reading is clearly more like ordinary Chinese.
    const sniffed = sniffLegacyChinese(bytes);
    const asDeclared = new TextDecoder(declared).decode(bytes);
    if (sniffed.encoding === declared || hanScore(asDeclared) + 0.15 >= sniffed.score) {
      return { text: asDeclared, encoding: declared, warnings };
    }
    warnings.push(`declared charset ${declaredLabel} but the bytes read as ${sniffed.encoding}`);
    return { text: sniffed.text, encoding: sniffed.encoding, warnings };
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
  const sniffed = sniffLegacyChinese(bytes);
  warnings.push(
    declaredLabel ? `declared charset ${declaredLabel} but the bytes are not UTF-8; read as ${sniffed.encoding}` : `no charset declared; read as ${sniffed.encoding}`,
  );
  return { ...sniffed, warnings };
}

/** Text of an input given either as already-decoded text or as raw bytes (decoded as above). */
export function inputText(input: string | Uint8Array, contentType?: string | null): { text: string; warnings: string[] } {
  if (typeof input === 'string') return { text: input, warnings: [] };
  const { text, warnings } = decodeBytes(input, contentType);
  return { text, warnings };
}
