import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { SourceDoc } from '../types.js';
import { controlsWarning, replaceControls } from './control-chars.js';
import { decodeText } from './decode.js';
import { textToLines } from './text-lines.js';
import { htmlToLines, isHtml } from './html-lines.js';
import { decodeBytes } from '../extract/charset.js';
import { notFound } from '../core/errors.js';

/** Default cap on input size: far above any bulletin, low enough that a wrong file is refused before it is read. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** How loadSource may be tuned by its caller. */
export interface LoadOptions {
  /** Files larger than this many bytes are refused without being read (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

/**
 * Reads one input file (text dump, PDF or HTML bulletin) into a SourceDoc. Every problem is thrown as `<path>: <problem>`:
 * missing path, directory, empty, too large, binary, undecodable text, unreadable PDF, HTML without text.
 * Control characters in the text are replaced by U+FFFD, with a warning saying how many.
 */
export async function loadSource(path: string, options: LoadOptions = {}): Promise<SourceDoc> {
  return withoutControls(await readSource(path, options));
}

/**
 * The same for bytes already in memory (an upload): `name` stands for the path in the document and in every
 * message. Same checks, same result as loadSource on a file holding these bytes.
 */
export async function loadBytes(name: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<SourceDoc> {
  if (bytes.length === 0) throw new Error(`${name}: 空文件 (empty file)`);
  checkSize(name, bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return withoutControls(await decodeSource(name, bytes));
}

function withoutControls(doc: SourceDoc): SourceDoc {
  const path = doc.path;
  let replaced = 0;
  const lines = doc.lines.map((line) => {
    const { text, count } = replaceControls(line.text);
    replaced += count;
    return count ? { ...line, text } : line;
  });
  return replaced ? { ...doc, lines, warnings: [...doc.warnings, controlsWarning(path, replaced)] } : doc;
}

async function readSource(path: string, options: LoadOptions): Promise<SourceDoc> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await statInput(path);
  if (info.isDirectory()) throw new Error(`${path}: 这是文件夹，不是文件 (is a directory, not a file)`);
  if (!info.isFile()) throw new Error(`${path}: 不是普通文件 (not a regular file)`);
  if (info.size === 0) throw new Error(`${path}: 空文件 (empty file)`);
  checkSize(path, info.size, maxBytes);
  return decodeSource(path, new Uint8Array(await readFile(path)));
}

function checkSize(path: string, size: number, maxBytes: number): void {
  if (size > maxBytes) throw new Error(`${path}: 文件过大（${formatSize(size)}，上限 ${formatSize(maxBytes)}） (file too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)}))`);
}

async function decodeSource(path: string, bytes: Uint8Array): Promise<SourceDoc> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  if (isPdf(path, bytes)) {
    // Loaded on demand: pdfjs's legacy build installs polyfills that make all later JavaScript (the text
    // parser's hot loops included) measurably slower, a cost text-only runs should not pay.
    const { pdfToLines } = await import('./pdf-lines.js');
    const { lines, warnings } = await pdfToLines(bytes, path);
    // A scanned PDF has pages but no text layer: importing it would store an issue without articles.
    if (!lines.some((l) => l.text.trim() !== '')) throw new Error(`${path}: PDF 中没有文字，扫描件需先做文字识别 (PDF holds no text (scanned pages need OCR first))`);
    return { path, kind: 'pdf', encoding: 'pdf', sha256, bytes: bytes.length, lines, warnings };
  }

  if (isHtml(path, bytes)) {
    const { text, encoding, warnings } = decodeBytes(bytes);
    const lines = htmlToLines(text);
    if (!lines.length) throw new Error(`${path}: 网页中没有文字 (HTML page holds no text)`);
    return { path, kind: 'html', encoding, sha256, bytes: bytes.length, lines, warnings };
  }

  const { text, encoding, warnings } = decodeText(bytes, path);
  if (text.trim() === '') throw new Error(`${path}: 空文件，只有空白 (empty file (only whitespace))`);
  return { path, kind: 'text', encoding, sha256, bytes: bytes.length, lines: textToLines(text), warnings };
}

/** stat() with the operating system's error turned into a one-line problem statement. */
async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(path, '没有这个文件或文件夹 (no such file or directory)');
    if (code === 'EACCES') throw new Error(`${path}: 没有读取权限 (permission denied)`);
    if (code === 'ENOTDIR') throw notFound(path, '没有这个文件，上级路径不是文件夹 (no such file (a parent is not a directory))');
    throw new Error(`${path}: 无法读取 (cannot read (${code ?? (err as Error).message}))`);
  }
}

/** A PDF is known by its name or by the `%PDF-` signature it starts with, whatever it is called. */
function isPdf(path: string, bytes: Uint8Array): boolean {
  return /\.pdf$/i.test(path) || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** A size as people state it: `100 MB`, `2.5 MB`, `17 KB`, `300 bytes`. */
function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
