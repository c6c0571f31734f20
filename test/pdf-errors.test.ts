/**
 * Bad PDF input gets a one-line `<path>: <problem>` error: not a PDF, truncated, encrypted (made with
 * Debian's qpdf), and scanned (no text layer). Fixtures are printed by Chromium into a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, makeScannedPdf, printPdf } from '../scripts/make-test-pdf.js';
import { pdfToLines } from '../src/ingest/pdf-lines.js';

let dir: string;
const file = (name: string) => join(dir, name);
const read = (name: string) => pdfToLines(new Uint8Array(readFileSync(file(name))), file(name));

beforeAll(async () => {
  if (!existsSync('/usr/bin/qpdf')) throw new Error('/usr/bin/qpdf: not found — install Debian\'s qpdf package to make the encrypted test PDF');
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-errors-'));
  const browser = await launchChromium();
  try {
    const pages = Array.from({ length: 6 }, (_, i) => `<h2>第${i + 1}部分 测试标题</h2>` + '<p>数字经济发展速度之快、辐射范围之广、影响程度之深前所未有。</p>'.repeat(30)).join('');
    const watermark = '<div style="position:fixed;top:40%;left:15%;transform:rotate(-30deg);font-size:40pt;color:#ddd">内部资料 注意保密</div>';
    await printPdf(browser, `<!doctype html><meta charset="utf-8"><body style="font-family:'Noto Serif CJK SC'">${watermark}${pages}</body>`, file('good.pdf'), {
      publication: '测试周报',
      date: '2024-01-05',
    });
    await makeScannedPdf(browser, file('scanned.pdf'));
  } finally {
    await browser.close();
  }
  const good = readFileSync(file('good.pdf'));
  writeFileSync(file('truncated.pdf'), good.subarray(0, good.length >> 1));
  writeFileSync(file('not-a-pdf.pdf'), '信息产业监测\n这是一个文本文件，不是 PDF。\n');
  execFileSync('/usr/bin/qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', file('good.pdf'), file('encrypted.pdf')]);
  execFileSync('/usr/bin/qpdf', ['--encrypt', '', 'owner-pw', '256', '--', file('good.pdf'), file('owner-only.pdf')]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pdfToLines on bad input', () => {
  it('reads the intact PDF the broken ones are made from, leaving out and reporting its slanted watermark', async () => {
    const { lines, warnings } = await read('good.pdf');
    const pages = lines.at(-1)!.page!;
    expect(warnings).toEqual(Array.from({ length: pages }, (_, i) => expect.stringMatching(new RegExp(`^page ${i + 1}: \\d+ text runs printed at an angle \\(watermark\\?\\) left out$`))));
    expect(lines.filter((l) => /内部资料|注意保密/.test(l.text))).toEqual([]);
    expect(lines.filter((l) => l.furniture && /^©2024 测试周报.*Page \d+$/.test(l.text)).length).toBeGreaterThan(2);
    expect(lines.some((l) => l.text === '第6部分 测试标题')).toBe(true);
  });

  it('reads a PDF encrypted with an owner password only (restrictions, no password to open)', async () => {
    const [locked, open] = await Promise.all([read('owner-only.pdf'), read('good.pdf')]);
    expect(locked.lines).toEqual(open.lines);
  });

  it.each([
    ['not-a-pdf.pdf', '不是 PDF 文件 (not a PDF (no %PDF- header))'],
    ['truncated.pdf', 'PDF 文件不完整或已损坏 (truncated or damaged PDF (no end-of-file marker))'],
    ['encrypted.pdf', 'PDF 已加密，需要密码 (encrypted PDF (password required))'],
    ['scanned.pdf', '没有文字层（扫描图像？），不支持文字识别 (no text layer (scanned image?) — OCR is not supported)'],
  ])('%s → "%s"', async (name, problem) => {
    await expect(read(name)).rejects.toThrow(new Error(`${file(name)}: ${problem}`));
  });

  it('says a PDF whose end-of-file marker survives but whose body is cut is damaged', async () => {
    const good = readFileSync(file('good.pdf'));
    const tail = good.subarray(good.length - 64);
    writeFileSync(file('cut.pdf'), Buffer.concat([good.subarray(0, good.length >> 1), tail]));
    await expect(read('cut.pdf')).rejects.toThrow(new RegExp(`^${file('cut.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: PDF 文件不完整或已损坏.* \\(truncated or damaged PDF`));
  });
});
