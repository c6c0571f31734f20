/**
 * Speed of pdfToLines on the Chromium-printed 003 bulletin, next to baselines measured in the same
 * run: pdfjs text extraction alone (no fonts, no layout) and poppler's pdftotext.
 *
 *   tsx scripts/bench-pdf.ts [TEXTFILE GOLD]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium, makeBulletinPdf } from './make-test-pdf.js';
import { pdfToLines } from '../src/ingest/pdf-lines.js';

const RUNS = 3;

async function textOnly(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true });
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

async function medianSeconds(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

async function main(): Promise<void> {
  const [text = 'samples/003_8913e8f3e5978f8d.txt', gold = 'testdata/gold/003.gold.json'] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-pdf-'));
  try {
    const pdf = join(dir, 'bulletin.pdf');
    const browser = await launchChromium();
    try {
      await makeBulletinPdf(browser, text, gold, pdf);
    } finally {
      await browser.close();
    }
    const bytes = new Uint8Array(readFileSync(pdf));
    const pages = await textOnly(bytes);
    const rows: [string, number][] = [
      ['pdfToLines (fonts, layout, furniture)', await medianSeconds(() => pdfToLines(bytes, pdf))],
      ['baseline: pdfjs getTextContent only', await medianSeconds(() => textOnly(bytes))],
      ['baseline: pdftotext -layout (poppler)', await medianSeconds(() => execFileSync('pdftotext', ['-layout', pdf, '-']))],
    ];
    console.log(`${pages} pages, ${(bytes.length / 1024).toFixed(0)} KiB, median of ${RUNS} runs`);
    for (const [name, s] of rows) console.log(`${name.padEnd(40)} ${(pages / s).toFixed(1).padStart(7)} pages/s  (${s.toFixed(2)} s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
