import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A real sample from the repo, for encoding fixtures: every line of the first sample brief. */
export const SAMPLE_PATH = fileURLToPath(new URL('../samples/000_3cef4383265ce24c.txt', import.meta.url));
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

/** The text in another encoding, by the system's iconv (Node decodes GB18030, Big5… but encodes only UTF-8/16). */
export function iconv(text: string, encoding: string): Buffer {
  return execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', encoding], { input: text });
}

/** The text in GB18030 (a superset of GBK and GB2312). */
export function gb18030(text: string): Buffer {
  return iconv(text, 'GB18030');
}

/** The text in UTF-16, little or big endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

/** UTF-8 with a byte-order mark, as Windows Notepad saves it. */
export function utf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The first bytes of a PDF, as a download cut short leaves it. */
export const TRUNCATED_PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty', 'latin1');

/** Bytes of a small PNG-like binary: a signature and NULs, as any image or archive has. */
export const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
