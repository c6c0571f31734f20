/**
 * Reads the text layer of a PDF with pdfjs-dist (legacy build, the one meant for Node): every text run
 * with its position, size and weight, page by page. Failures become one-line `<path>: <problem>` errors.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, Util, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unifyIdeographs } from './pdf-ideographs.js';

/** One run of text as printed: top-down page coordinates in points, baseline y. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** A page's upright text runs in content-stream order. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** Runs printed at an angle (watermarks, margin notes), left out of the layout. */
  rotated: number;
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/**
 * Font names of heavier faces: a weight word, a Japanese-style weight W6–W9, or the faces Chinese
 * typesetting uses as its bold against Song/Fang body text: 黑体 (SimHei, Heiti; not YaHei, a body face)
 * and 小标宋 (XiaoBiaoSong, the headline face of official documents). Light and thin cuts are not bold.
 */
const BOLD_NAME = /bold|heavy|black|demi|semibold|extrabold|ultra|[-_,]W[6-9]\b|SimHei|Heiti|(?<!Ya)Hei(?:-|$)|黑体|XiaoBiaoSong|FZXBS|小标宋/i;

/** Checks the bytes before pdfjs sees them: a PDF starts with `%PDF-` and ends with `%%EOF`. */
function checkEnvelope(bytes: Uint8Array, path: string): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new Error(`${path}: 不是 PDF 文件 (not a PDF (no %PDF- header))`);
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  if (!tail.includes('%%EOF')) throw new Error(`${path}: PDF 文件不完整或已损坏 (truncated or damaged PDF (no end-of-file marker))`);
}

function loadError(e: unknown, path: string): Error {
  const name = (e as Error)?.name;
  if (name === 'PasswordException') return new Error(`${path}: PDF 已加密，需要密码 (encrypted PDF (password required))`);
  if (name === 'InvalidPDFException' || name === 'FormatError') return new Error(`${path}: PDF 文件不完整或已损坏 (truncated or damaged PDF)`);
  return new Error(`${path}: 无法读取 PDF (cannot read PDF (${String((e as Error)?.message ?? e).split('\n')[0]}))`);
}

/**
 * Which of a page's fonts are bold. Font names are known only once an operator list using them has
 * been built; fonts are shared across pages, so a page whose fonts are all known skips that work.
 */
async function boldFonts(page: PDFPageProxy, fontNames: Set<string>): Promise<Set<string>> {
  if ([...fontNames].some((id) => !page.commonObjs.has(id))) await page.getOperatorList();
  const bold = new Set<string>();
  for (const id of fontNames) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean }) : null;
    const name = font?.name ?? '';
    if (font && (font.bold || font.black || (BOLD_NAME.test(name) && !/light|thin/i.test(name)))) bold.add(id);
  }
  return bold;
}

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs = content.items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i && i.str.trim() !== '');
  const bold = await boldFonts(page, new Set(runs.map((r) => r.fontName)));
  const items: PdfItem[] = [];
  let rotated = 0;
  for (const r of runs) {
    const [a, b, c, d, e, f] = Util.transform(viewport.transform, r.transform) as number[];
    if (a <= 0 || Math.abs(b) > 0.05 * a) {
      rotated++;
      continue;
    }
    // A glyph matrix flipped upside down (cairo writes those) leaves pdfjs's vertical scale unreliable; the horizontal one holds.
    const size = (r.transform[3] > 0 && Math.hypot(c, d)) || Math.hypot(a, b);
    items.push({ str: unifyIdeographs(r.str.replace(/\s+/g, ' ')), x: e, y: f, width: r.width, size, bold: bold.has(r.fontName) });
  }
  return { width: viewport.width, height: viewport.height, items, rotated };
}

/** Reads every page's text runs; throws `<path>: <problem>` for non-PDF, encrypted or damaged input. */
export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfPage[]> {
  checkEnvelope(bytes, path);
  const task = getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw loadError(e, path);
  }
  try {
    if (!doc.numPages) throw new Error(`${path}: PDF 没有页面 (PDF has no pages)`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PDFPageProxy | null = null;
      try {
        page = await doc.getPage(n);
        pages.push(await readPage(page));
      } catch (e) {
        throw new Error(`${path}: PDF 文件不完整或已损坏，第 ${n} 页无法读取 (truncated or damaged PDF (page ${n}: ${String((e as Error)?.message ?? e).split('\n')[0]}))`);
      } finally {
        // Fonts and operator lists of a read page are not needed again; long documents stay small.
        page?.cleanup();
      }
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
