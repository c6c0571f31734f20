import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/ingest/decode.js';
import { BINARY, gb18030, iconv, SAMPLE_TEXT, utf16, utf8Bom } from './ingest-fixtures.js';

const P = 'in.txt';

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(Buffer.from(SAMPLE_TEXT), P)).toEqual({ text: SAMPLE_TEXT, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const d = decodeText(utf8Bom(SAMPLE_TEXT), P);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(SAMPLE_TEXT);
  });

  it.each([
    ['le', true, 'utf-16le'],
    ['be', true, 'utf-16be'],
    ['le', false, 'utf-16le'],
    ['be', false, 'utf-16be'],
  ] as const)('reads UTF-16%s (BOM: %s)', (endian, bom, encoding) => {
    const d = decodeText(utf16(SAMPLE_TEXT, endian, bom), P);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(SAMPLE_TEXT);
  });

  it('reads GB18030/GBK text that is not valid UTF-8', () => {
    const d = decodeText(gb18030(SAMPLE_TEXT), P);
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(SAMPLE_TEXT);
    expect(d.warnings).toEqual([]);
  });

  it('keeps a GB18030 file with one damaged byte and warns about it', () => {
    const bytes = gb18030(SAMPLE_TEXT);
    const firstLead = bytes.findIndex((b) => b >= 0x81);
    bytes[firstLead] = 0xff; // 0xFF is never a GB18030 lead byte
    const d = decodeText(bytes, P);
    expect(d.encoding).toBe('gb18030');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/^in\.txt: [12] character\(s\) could not be decoded as GB18030/);
  });

  it('refuses binary bytes with a one-line message naming the file', () => {
    expect(() => decodeText(BINARY, P)).toThrow(/^in\.txt: 这是二进制文件，不是文本 \(binary file/);
  });

  it('refuses bytes in no encoding it reads', () => {
    const latin1Noise = Buffer.alloc(400, 0).map((_, i) => (i % 2 ? 0xff : 0x80));
    expect(() => decodeText(latin1Noise, P)).toThrow('in.txt: 无法识别文字编码，不是 UTF-8、UTF-16 或 GB18030 (cannot decode text (not UTF-8, UTF-16 or GB18030))');
  });

  it('refuses Big5 and Windows-1252 text instead of turning it into wrong Chinese', () => {
    const french = 'Le café de la gare était fermé à cause de la grève. Où est passée l’équipe ? Ça va très bien.\n'.repeat(20);
    for (const bytes of [iconv(SAMPLE_TEXT, 'BIG5'), iconv(french, 'WINDOWS-1252')]) {
      expect(() => decodeText(bytes, P)).toThrow('in.txt: 无法识别文字编码，不是 UTF-8、UTF-16 或 GB18030 (cannot decode text (not UTF-8, UTF-16 or GB18030))');
    }
  });

  it('reads ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('hello\n'), P).encoding).toBe('utf-8');
  });
});
