import { chromium, type Browser } from 'playwright-core';
import type { IssueDraft } from '../types.js';
import { houseDate, untitled } from './house.js';
import { escapeHtml, renderHtml } from './html.js';
import { DEFAULT_CHROMIUM, DEFAULT_RENDER, type RenderOptions } from './style.js';

/** Chromium started for printing only: no sandbox (root in CI), no network chatter, no first-run work. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts the Chromium the PDF renderer prints with; a missing browser is a one-line error. */
export async function launchBrowser(executablePath: string = DEFAULT_CHROMIUM): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new Error(`${executablePath}: cannot start Chromium for PDF output (${(err as Error).message.split('\n')[0]})`);
  }
}

/** Running header: publication left, date right; footer: copyright left, Page N right (Chromium fills pageNumber). */
function templates(d: IssueDraft, { colours, fonts }: RenderOptions): { headerTemplate: string; footerTemplate: string } {
  // Chromium renders the templates apart from the page: they carry their own style.
  const style = `width:100%;margin:0 17mm;font-size:8pt;color:${colours.muted};display:flex;justify-content:space-between;font-family:${escapeHtml(fonts.css)}`;
  return {
    headerTemplate: `<div style="${style};border-bottom:0.5pt solid ${colours.accent};padding-bottom:1mm"><span>${escapeHtml(d.publication)}</span><span>${escapeHtml(houseDate(d.to))}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(d.copyright)}</span><span>Page <span class="pageNumber"></span></span></div>`,
  };
}

/** A PDF outline item as pdfjs returns it. */
interface OutlineItem {
  dest: string | unknown[] | null;
  items: OutlineItem[];
}

/**
 * The page (1-based) each entry's title landed on, read from the PDF outline Chromium builds from the headings:
 * top level are sections (h1), their children the titled entries (h2), in print order.
 */
async function entryPages(pdf: Uint8Array, expected: number, pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>): Promise<number[]> {
  const { getDocument } = await pdfjs;
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    const outline = ((await doc.getOutline()) ?? []) as OutlineItem[];
    const pages: number[] = [];
    for (const item of outline.flatMap((s) => s.items)) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      if (!dest) throw new Error('PDF outline entry without destination');
      pages.push((await doc.getPageIndex(dest[0] as { num: number; gen: number })) + 1);
    }
    if (pages.length !== expected) throw new Error(`PDF outline holds ${pages.length} titles, the issue ${expected}`);
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Prints the issue as an A4 PDF in the house format: Chromium prints the print-CSS HTML with the running header
 * and `Page N` footer on every page; a first pass finds where each title landed, the second prints those page
 * numbers in the table of contents (repeated until the numbers stop moving, at most three passes).
 * Pass `browser` to reuse one Chromium for several issues.
 */
export async function renderPdf(d: IssueDraft, options: RenderOptions = DEFAULT_RENDER, browser?: Browser): Promise<Uint8Array> {
  const own = browser ? null : await launchBrowser(options.chromium);
  const b = browser ?? own!;
  const expected = d.sections.reduce((n, s) => n + s.entries.filter((e) => !untitled(e)).length, 0);
  // Loaded (over a second the first time) while Chromium prints the first pass, not after it.
  const pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.catch(() => {}); // a failed load is raised where the outline is read
  try {
    const page = await b.newPage();
    try {
      const print = async (pageNumbers: number[] | null) => {
        await page.setContent(renderHtml(d, { pageNumbers, style: options }), { waitUntil: 'load' });
        return new Uint8Array(
          await page.pdf({ format: 'A4', displayHeaderFooter: true, ...templates(d, options), preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }),
        );
      };
      let numbers: number[] | null = null;
      let pdf = await print(null);
      for (let pass = 0; pass < 3; pass++) {
        const landed = await entryPages(pdf, expected, pdfjs);
        if (numbers && landed.every((n, i) => n === numbers![i])) break;
        numbers = landed;
        pdf = await print(numbers);
      }
      return pdf;
    } finally {
      await page.close();
    }
  } finally {
    await own?.close();
  }
}
