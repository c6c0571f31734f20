import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { textToLines } from '../src/ingest/text-lines.js';
import { findFurniture, isPageNumber, lineShape } from '../src/clean/furniture.js';
import { toRows } from '../src/clean/rows.js';
import { learnWrap, makePara } from '../src/clean/unwrap.js';
import { undoDoubledGlyphs } from '../src/clean/doubled-glyphs.js';
import { cleanLines } from '../src/clean/index.js';
import { pageNumbers } from '../src/clean/page-marks.js';
import { displayWidth } from '../src/clean/text-shape.js';
import { loadDoc, SAMPLES } from './bulletin-fixtures.js';
import type { Line } from '../src/types.js';

const doc003 = loadDoc(SAMPLES.bulletin003);
const texts = (lines: { text: string }[]) => lines.map((l) => l.text.trim());
/** The source line numbers of the furniture found, in order. */
const furnitureLines = (lines: Line[]) => [...findFurniture(lines)].map((l) => l.lineNo).sort((a, b) => a - b);

describe('page furniture is found by repetition next to page breaks', () => {
  it('finds the three header blocks of 003 and nothing else', () => {
    const found = furnitureLines(doc003.lines);
    expect(found).toEqual([260, 262, 266, 685, 687, 691, 1208, 1210, 1214]);
  });

  it('keeps a repeated sidebar label that happens to sit near a page break (专家观点, 003 line 2186)', () => {
    expect(furnitureLines(doc003.lines)).not.toContain(2186);
  });

  it('finds a bare page number (001 line 155) and web-print URL footers (000)', () => {
    expect(furnitureLines(loadDoc(SAMPLES.brief001).lines)).toEqual([155]);
    expect(furnitureLines(loadDoc(SAMPLES.brief000).lines)).toEqual([263, 264, 376]);
  });

  it('honours furniture flagged by ingest (PDF layout)', () => {
    const lines = textToLines('标题\n\n正文第一行。\n');
    lines[0].furniture = true;
    expect(findFurniture(lines).has(lines[0])).toBe(true);
  });

  it('generalises digits and URLs in line shapes', () => {
    expect(lineShape('Page 8 ')).toBe(lineShape('Page 16'));
    expect(lineShape('http://medical.ofweek.com/')).toBe(lineShape('http://medical.ofweek.com/CATList-1111-8400-medical.html'));
    expect(isPageNumber('4')).toBe(true);
    expect(isPageNumber('第 12 页')).toBe(true);
    expect(isPageNumber('- 3 -')).toBe(true);
    expect(isPageNumber('产业环境')).toBe(false);
  });
});

describe('page numbers and page-top markers', () => {
  it('counts pages from markers so that the header "Page 8" falls on page 8', () => {
    const pages = pageNumbers(doc003.lines);
    expect(pages[265]).toBe(8);
    expect(pages[690]).toBe(16);
    expect(pages[0]).toBe(1);
  });

  it('strips the page-top space and joins the sentence it interrupts (003 lines 50-53)', () => {
    const { paras } = cleanLines(doc003.lines);
    const p = paras.find((x) => x.lineStart <= 50 && x.lineEnd >= 53)!;
    expect(p.text).toContain('数字技术、数字经济是世界科技革命和产业变革的先机');
  });
});

describe('unwrapping learns the line width and the paragraph-end convention', () => {
  it('learns ~40 CJK characters per line for 003 and ~30 for the briefs', () => {
    const m3 = learnWrap(toRows(doc003.lines, new Set()).rows);
    expect(m3.fullWidth).toBeGreaterThanOrEqual(74);
    expect(m3.fullWidth).toBeLessThanOrEqual(82);
    expect(m3.spaceMarksEnd).toBe(true);
    const m0 = learnWrap(toRows(loadDoc(SAMPLES.brief000).lines, new Set()).rows);
    expect(m0.fullWidth).toBeGreaterThanOrEqual(56);
    expect(m0.fullWidth).toBeLessThanOrEqual(62);
  });

  it('does not assume the trailing-space convention where the text lacks it', () => {
    const m = learnWrap(toRows(loadDoc(SAMPLES.newspaper).lines, new Set()).rows);
    expect(m.spaceMarksEnd).toBe(false);
  });

  it('joins CJK with nothing, keeps Latin words apart, keeps numbers whole', () => {
    const joinWrapped = (a: string, b: string, hadSpace: boolean) =>
      makePara(toRows(textToLines(`${a}${hadSpace ? ' ' : ''}\n${b}`), new Set()).rows).text;
    expect(joinWrapped('数字经济发展速度', '之快', false)).toBe('数字经济发展速度之快');
    expect(joinWrapped('2017 年 1 月 1', '日，由工信部', false)).toBe('2017 年 1 月 1日，由工信部');
    expect(joinWrapped('一名叫做Ken', 'Pillonel的', true)).toBe('一名叫做Ken Pillonel的');
    expect(joinWrapped('Confidential', 'Computing', false)).toBe('Confidential Computing');
    expect(joinWrapped('USB-', 'C充电口', false)).toBe('USB-C充电口');
    expect(joinWrapped('达115', '.9万个', false)).toBe('达115.9万个');
  });

  it('joins a headline split over two lines (003 lines 1476 + 1478)', () => {
    const { paras } = cleanLines(doc003.lines);
    expect(paras.map((p) => p.text)).toContain('湖南省功率半导体产业对接会举行 为半导体产业发展贡献“湖南力量”');
  });

  it('joins an expert heading wrapped onto the next page (003 lines 2188-2189)', () => {
    const { paras } = cleanLines(doc003.lines);
    expect(paras.map((p) => p.text)).toContain('赛迪智库集成电路研究所光电子研究室主任耿怡：硬件努力方向：降低成本 提升用户体验');
  });

  it('loses no character: everything but furniture and whitespace survives cleaning', () => {
    const { paras, furniture } = cleanLines(doc003.lines);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const inChars = squash(doc003.lines.map((l) => l.text).join('')).length - squash(texts(furniture).join('')).length;
    expect(squash(paras.map((p) => p.text).join('')).length).toBe(inChars);
  });
});

describe('doubled glyphs', () => {
  it('undoes runs extracted twice', () => {
    expect(undoDoubledGlyphs('万亿时代万亿时代，，动力电池何去何从动力电池何去何从')).toBe('万亿时代，动力电池何去何从');
    expect(undoDoubledGlyphs('万万亿亿时时代代')).toBe('万亿时代');
  });

  it('leaves genuine repeats and ordinary headlines alone', () => {
    expect(undoDoubledGlyphs('谢谢')).toBe('谢谢');
    expect(undoDoubledGlyphs('一步一步')).toBe('一步一步');
    expect(undoDoubledGlyphs('习近平：把握数字经济发展趋势和规律 推动我国数字经济健康发展')).toBe(
      '习近平：把握数字经济发展趋势和规律 推动我国数字经济健康发展');
  });
});

describe('display width', () => {
  it('counts CJK as 2 and ASCII as 1', () => {
    expect(displayWidth('5G网络')).toBe(6);
    expect(displayWidth('“数字”')).toBe(8);
  });
});

describe('furniture without page markers', () => {
  it('finds 003\'s header blocks by their rising page numbers and the lines that travel with them', () => {
    const text = readFileSync(SAMPLES.bulletin003, 'utf8').replace(/^ (?=\S)/gm, '').replace(/^ $/gm, '');
    const found = furnitureLines(textToLines(text));
    expect(found).toEqual([260, 262, 266, 685, 687, 691, 1208, 1210, 1214]);
  });
});
