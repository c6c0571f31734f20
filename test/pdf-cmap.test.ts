/**
 * A PDF the way many Chinese office and government PDFs are written: a CJK font that is not embedded
 * (STSong-Light) and text encoded through a predefined CMap (UniGB-UCS2-H). Decoding it needs the
 * CMaps shipped with pdfjs-dist. The file is written by hand here, so its bytes are exactly known.
 */
import { describe, expect, it } from 'vitest';
import { pdfToLines } from '../src/ingest/pdf-lines.js';

/** UTF-16BE hex of `text`, which is what UniGB-UCS2-H codes are for BMP characters. */
const ucs2 = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

/**
 * Builds a one-page PDF with correct xref offsets; `lines` are [size, x, y, text, font?] in PDF
 * coordinates, font F1 (STSong-Light, the default) or F2 (SimHei, the heavy face of Chinese typesetting).
 */
function cmapPdf(lines: [number, number, number, string, ('F1' | 'F2')?][]): Uint8Array {
  const content = lines.map(([size, x, y, text, font = 'F1']) => `BT /${font} ${size} Tf ${x} ${y} Td <${ucs2(text)}> Tj ET`).join('\n');
  const cidFont = (name: string, descriptor: number) =>
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`;
  const descriptor = (name: string) =>
    `<< /Type /FontDescriptor /FontName /${name} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    cidFont('STSong-Light', 7),
    descriptor('STSong-Light'),
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimHei /Encoding /UniGB-UCS2-H /DescendantFonts [9 0 R] >>',
    cidFont('SimHei', 10),
    descriptor('SimHei'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

describe('pdfToLines with a non-embedded CJK font and a predefined CMap', () => {
  it('reads a table row by row, not column by column', async () => {
    const rows = [
      ['地区', '基站数', '同比增长'],
      ['北京', '5.2万个', '31.5%'],
      ['上海', '4.8万个', '28.0%'],
      ['广东', '12.1万个', '40.2%'],
      ['江苏', '7.6万个', '35.9%'],
      ['浙江', '7.1万个', '33.3%'],
      ['山东', '6.3万个', '30.8%'],
      ['四川', '5.9万个', '29.4%'],
    ];
    const intro = '截至九月底，各地区基站建设情况如下表所示，东部沿海省份继续保持领先。';
    const printed: [number, number, number, string][] = [
      [12, 72, 760, intro.slice(0, 30)],
      [12, 72, 742, intro.slice(30)],
      ...rows.flatMap((r, i) => r.map((cell, c): [number, number, number, string] => [12, 72 + 150 * c, 712 - 18 * i, cell])),
    ];
    const { lines } = await pdfToLines(cmapPdf(printed), 'table.pdf');
    expect(lines.filter((l) => l.text).map((l) => l.text)).toEqual([intro.slice(0, 30), intro.slice(30), ...rows.map((r) => r.join(' '))]);
  });

  it('decodes the text, keeps the sizes, and breaks paragraphs where a sentence ends short of the edge', async () => {
    const text = '各有关单位：为贯彻落实数据安全法，切实加强本系统数据安全管理工作，现就有关事项通知如下，请认真贯彻执行落实。';
    const rule = '二、健全制度，规范数据全生命周期管理，明确数据分类分级保护要求';
    // 12pt CJK glyphs are 12pt wide: lines 2, 3 and 5 end at x=408, line 4 ends short after a full stop.
    const printed: [number, number, number, string, ('F1' | 'F2')?][] = [
      [20, 72, 760, '关于加强数据安全管理的通知', 'F2'],
      [12, 96, 720, text.slice(0, 26)],
      [12, 72, 702, text.slice(26, 54)],
      [12, 72, 684, '一、提高认识，压实责任。'],
      [12, 72, 666, rule.slice(0, 28)],
    ];
    const { lines, warnings } = await pdfToLines(cmapPdf(printed), 'notice.pdf');
    expect(warnings).toEqual([]);
    expect(lines.map((l) => [l.text, l.layout?.fontSize, l.layout?.bold])).toEqual([
      ['关于加强数据安全管理的通知', 20, true],
      ['', undefined, undefined],
      [text.slice(0, 26), 12, false],
      [text.slice(26, 54), 12, false],
      ['一、提高认识，压实责任。', 12, false],
      ['', undefined, undefined],
      [rule.slice(0, 28), 12, false],
    ]);
  });
});
