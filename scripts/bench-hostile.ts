/**
 * Parse time on hostile sizes, to show it grows linearly: a 1 MB and a 10 MB file of one line, 0.5 and 5 MB of
 * short lines each repeated thousands of times (bulletin parsing), 1 and 10 MB of `pdftotext -layout` pages (columns
 * put back in reading order), 10k and 100k nested `<div>`s (HTML
 * parsing, then article extraction), and an article body of 100k and 1M characters that is one list of names never
 * closed by a stop, and one of 10k and 100k characters that is a run of figures about one company never closed by a stop
 * (enrichment); a table dumped as one block of short rows at 50 and 500 kB (parsing), and a period of 200 and 2,000
 * articles to draft an issue from (compose: same stories grouped). The baseline, measured in the same run on the same
 * input, is a single linear scan (UTF-8 decoding; a regular-expression pass over the tags; each article's shingles).
 * Target: 10× the input ≤ 15× the time.
 *
 *   npm run bench:hostile        (also printed at the end of `npm run bench`; BENCH_HOSTILE_RUNS, default 3)
 */
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import { extractArticle } from '../src/extract/index.js';
import { parseHtml } from '../src/extract/dom.js';
import { draftIssue } from '../src/compose/draft.js';
import { shingles } from '../src/compose/similarity.js';
import type { Candidate } from '../src/compose/types.js';
import { endlessFigures, endlessList, layoutPages, nestedDivs, periodCandidates, repeatedLines, singleLine, tableRows } from './hostile-inputs.js';
import { enrichArticle } from '../src/enrich/index.js';
import { textToLines } from '../src/ingest/text-lines.js';

const RUNS = Number(process.env.BENCH_HOSTILE_RUNS ?? 3);

/**
 * ms per run of `fn`, run `times` times in a row, fastest of RUNS such rounds (after one warm-up round). The
 * small input is run as many times as it is smaller, so both sizes put the same bytes through the garbage
 * collector; the fastest round is the work's own cost, as free as possible of other processes' pauses.
 */
function perRun(fn: () => unknown, times: number): number {
  const round = () => {
    const t0 = performance.now();
    for (let i = 0; i < times; i++) fn();
    return (performance.now() - t0) / times;
  };
  round();
  return Math.min(...Array.from({ length: RUNS }, round));
}

/** Two sizes of one shape: text, or a list (a period's articles), whose lengths give the size ratio. */
interface Case<T extends { length: number } = string> { label: string; small: T; large: T; step: string; run(input: T): unknown; baseline(input: T): unknown }

const MB = 1024 * 1024;
const lineCase = (kind: 'sample' | 'synthetic'): Case => ({
  label: `one line, ${kind === 'sample' ? 'sample text (seen)' : 'generated text (unseen)'}`,
  small: singleLine(MB, kind).toString('utf8'),
  large: singleLine(10 * MB, kind).toString('utf8'),
  step: 'parse (clean, segment)',
  run: (text) => parseBulletin(sourceFromText('line.txt', text)),
  baseline: (text) => Buffer.from(text, 'utf8').toString('utf8'),
});
const repeatedCase: Case = {
  label: 'short lines, each repeated thousands of times, 0.5 → 5 MB',
  small: repeatedLines(MB / 2),
  large: repeatedLines(5 * MB),
  step: 'parse (clean, segment)',
  run: (text) => parseBulletin(sourceFromText('lines.txt', text)),
  baseline: (text) => Buffer.from(text, 'utf8').toString('utf8'),
};
const layoutCase: Case = {
  label: 'pdftotext -layout pages, 1 → 10 MB',
  small: layoutPages(MB),
  large: layoutPages(10 * MB),
  step: 'columns put in reading order',
  run: (text) => textToLines(text),
  baseline: (text) => text.split('\n'),
};
const divCase = (step: 'parse' | 'extract'): Case => ({
  label: 'nested <div>s, 10k → 100k',
  small: nestedDivs(10_000),
  large: nestedDivs(100_000),
  step: step === 'parse' ? 'HTML parse' : 'extract article (parse + main text)',
  run: (html) => (step === 'parse' ? parseHtml(html) : extractArticle(html)),
  baseline: (html) => html.match(/<[^>]*>/g)?.length,
});

const listCase: Case = {
  label: 'one sentence of names joined by 、, 100k → 1M characters',
  small: endlessList(100_000),
  large: endlessList(1_000_000),
  step: 'enrich (entities, figures, summary…)',
  run: (body) => enrichArticle({ title: '名单', body }),
  baseline: (body) => body.split('、').length,
};

const figuresCase: Case = {
  label: 'one sentence of figures about one company (华为营收1.2亿元，同比增长5%，…), 10k → 100k characters',
  small: endlessFigures(10_000),
  large: endlessFigures(100_000),
  step: 'enrich (figures: period, subject)',
  run: (body) => enrichArticle({ title: '营收', body }),
  baseline: (body) => body.split('，').length,
};

const tableCase: Case = {
  label: 'a table dumped as one block, a short row a line (| 名称 | 12.5 | 40% |), 50 kB → 500 kB',
  small: tableRows(50 * 1024),
  large: tableRows(500 * 1024),
  step: 'parse (clean, segment)',
  run: (text) => parseBulletin(sourceFromText('table.txt', text)),
  baseline: (text) => Buffer.from(text, 'utf8').toString('utf8'),
};

const periodCase: Case<Candidate[]> = {
  label: 'a period of 200 → 2,000 articles, one in ten a reprint',
  small: periodCandidates(200),
  large: periodCandidates(2000),
  step: 'compose (draft: same stories grouped)',
  run: (candidates) => draftIssue(candidates, { from: '2026-12-01', to: '2026-12-31', number: 1, maxPerSection: 2000 }),
  baseline: (candidates) => candidates.map((c) => shingles(`${c.title}\n${c.body}`)),
};

/** One row of the table: both sizes of the case and of its baseline, and the verdict. */
function measure<T extends { length: number }>(c: Case<T>): string[] {
  const size = c.large.length / c.small.length;
  const [s, l] = [perRun(() => c.run(c.small), Math.round(size)), perRun(() => c.run(c.large), 1)];
  const [bs, bl] = [perRun(() => c.baseline(c.small), Math.round(size)), perRun(() => c.baseline(c.large), 1)];
  const growth = l / s;
  return [c.label, c.step, s.toFixed(1), l.toFixed(1), `${growth.toFixed(1)}× for ${size.toFixed(1)}× input`,
    `${(bl / bs).toFixed(1)}×`, growth <= size * 1.5 ? 'linear (≤ 1.5× the size ratio)' : 'SUPERLINEAR'];
}

const rows = [['input', 'step', 'small ms', 'large ms', 'growth', 'baseline growth', 'verdict']];
for (const c of [lineCase('sample'), lineCase('synthetic'), repeatedCase, tableCase, layoutCase, divCase('parse'), divCase('extract'), listCase, figuresCase]) rows.push(measure(c));
rows.push(measure(periodCase));
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log('\nhostile sizes (time must grow with the input, not faster):');
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log(`ms per run, fastest of ${RUNS} rounds after a warm-up round (the small input run 10× per round); 1 MB / 10 MB lines are UTF-8 bytes, divs 10k / 100k elements`);
