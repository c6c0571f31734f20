import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSource } from '../src/ingest/load.js';
import { BINARY, gb18030, SAMPLE_PATH, SAMPLE_TEXT, TRUNCATED_PDF, utf16 } from './ingest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('loadSource', () => {
  it('loads a sample with its hash, size, encoding and physical lines', async () => {
    const raw = readFileSync(SAMPLE_PATH);
    const doc = await loadSource(SAMPLE_PATH);
    expect(doc).toMatchObject({ path: SAMPLE_PATH, kind: 'text', encoding: 'utf-8', bytes: raw.length, warnings: [] });
    expect(doc.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(doc.lines.map((l) => l.text).join('\n')).toBe(SAMPLE_TEXT.replace(/\r?\n$/, ''));
    expect(doc.lines[0].lineNo).toBe(1);
  });

  it('gives the same lines whatever the encoding of the file', async () => {
    const reference = (await loadSource(SAMPLE_PATH)).lines;
    for (const [name, bytes, encoding] of [
      ['gbk.txt', gb18030(SAMPLE_TEXT), 'gb18030'],
      ['utf16le.txt', utf16(SAMPLE_TEXT, 'le', true), 'utf-16le'],
      ['utf16be.txt', utf16(SAMPLE_TEXT, 'be', false), 'utf-16be'],
    ] as const) {
      const doc = await loadSource(fixture(name, bytes));
      expect(doc.encoding).toBe(encoding);
      expect(doc.lines).toEqual(reference);
    }
  });

  it.each([
    ['a missing path', () => join(dir, 'nope.txt'), '没有这个文件或文件夹 (no such file or directory)'],
    ['a directory', () => dir, '这是文件夹，不是文件 (is a directory, not a file)'],
    ['an empty file', () => fixture('empty.txt', ''), '空文件 (empty file)'],
    ['a file of whitespace', () => fixture('blank.txt', ' \n\n \r\n'), '空文件，只有空白 (empty file (only whitespace))'],
    ['a binary file', () => fixture('image.txt', BINARY), '这是二进制文件，不是文本 (binary file (holds NUL or control bytes), not text)'],
  ])('refuses %s with `<path>: <problem>`', async (_what, make, problem) => {
    const path = make();
    await expect(loadSource(path)).rejects.toThrow(`${path}: ${problem}`);
  });

  it('refuses a file over the size cap without reading it, stating the cap', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 100 * 1024 * 1024); // sparse: no 100 MB written
    await expect(loadSource(path)).rejects.toThrow(`${path}: 文件过大（100 MB，上限 50 MB） (file too large (100 MB; the limit is 50 MB))`);
    await expect(loadSource(SAMPLE_PATH, { maxBytes: 1000 })).rejects.toThrow(/上限 1000 bytes） \(file too large \(.*; the limit is 1000 bytes\)\)$/);
  });

  it('hands PDFs to the PDF reader, by signature even without the .pdf name', async () => {
    for (const name of ['cut.pdf', 'cut.bin']) {
      const path = fixture(name, TRUNCATED_PDF);
      const err = await loadSource(path).then(() => null, (e: Error) => e);
      expect(err?.message.startsWith(`${path}: `)).toBe(true);
      expect(err?.message).not.toMatch(/binary file|cannot decode text/);
    }
  });
});
