/**
 * Render time per format for a 40-article issue, next to baselines measured in the same run:
 *   - html, md, docx against JSON.stringify of the same draft (the least any serialisation costs);
 *   - pdf (two or more Chromium passes for the TOC page numbers, browser reused) against one plain
 *     page.pdf of the same HTML in the same browser; and pdf with its own Chromium start, as `issue render` runs.
 *
 *   npm run bench:render          (BENCH_RUNS=N runs per figure, default 5; PDF rows run ceil(N/2))
 *
 * The issue: sample 003 cut by its gold annotation (37 articles; independent of the bulletin parser), plus three of
 * its articles again under new ids to make 40.
 */
import { draftIssue } from '../src/compose/draft.js';
import { placeEntry } from '../src/compose/edit.js';
import { renderDocx } from '../src/compose/render/docx.js';
import { renderHtml } from '../src/compose/render/html.js';
import { renderMarkdown } from '../src/compose/render/markdown.js';
import { launchBrowser, renderPdf } from '../src/compose/render/pdf.js';
import type { Candidate, IssueDraft } from '../src/compose/types.js';
import { bulletin003 } from '../test/compose-fixture.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Median wall time in ms of `runs` calls after one warm-up call. */
async function medianMs(fn: () => unknown, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function issue40(): IssueDraft {
  const b = bulletin003();
  const candidates: Candidate[] = b.articles.map((a, i) => ({
    articleId: i + 1, title: a.title, section: a.section, byline: a.byline, subheads: a.subheads, body: a.body,
    source: b.publication ?? '简报', date: b.issueDate,
  }));
  let d = draftIssue(candidates, { from: '2021-10-15', to: b.issueDate!, number: 1, maxPerSection: 40, sectionOrder: b.sections });
  const extra = d.sections[0].entries.slice(0, 40 - candidates.length);
  extra.forEach((e, i) => (d = placeEntry(d, { ...e, articleId: 1000 + i, title: `${e.title}（${i + 2}）` })));
  return d;
}

const d = issue40();
const count = d.sections.reduce((n, s) => n + s.entries.length, 0);
const pdfRuns = Math.ceil(RUNS / 2);
const baseline = await medianMs(() => JSON.stringify(d));
const rows: [string, number, number][] = [];
rows.push(['html', await medianMs(() => renderHtml(d)), baseline]);
rows.push(['md', await medianMs(() => renderMarkdown(d)), baseline]);
rows.push(['docx', await medianMs(() => renderDocx(d)), baseline]);

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const html = renderHtml(d, { pageNumbers: null });
  const plain = await medianMs(async () => {
    await page.setContent(html);
    await page.pdf({ format: 'A4' });
  }, pdfRuns);
  await page.close();
  rows.push(['pdf (browser reused)', await medianMs(() => renderPdf(d, undefined, browser), pdfRuns), plain]);
  rows.push(['pdf (own Chromium)', await medianMs(() => renderPdf(d), pdfRuns), plain]);
} finally {
  await browser.close();
}

console.log(`${count}-article issue, median of ${RUNS} runs (PDF ${pdfRuns})`);
console.log(`${'format'.padEnd(22)}${'ms'.padStart(9)}${'baseline ms'.padStart(13)}${'ratio'.padStart(9)}`);
for (const [name, ms, base] of rows) {
  console.log(`${name.padEnd(22)}${ms.toFixed(1).padStart(9)}${base.toFixed(1).padStart(13)}${(ms / base).toFixed(1).padStart(9)}`);
}
console.log('baseline: JSON.stringify of the draft for html/md/docx; one plain page.pdf of the same HTML for pdf');
