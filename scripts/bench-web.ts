/**
 * Speed of web main-text extraction: median and p95 milliseconds per page for our extractor next to
 * Readability.js + jsdom, measured in the same run over the article-extraction benchmark pages and over the
 * Chinese news-page set (testdata/web-cn).
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract/index.js';
import { loadBenchPages } from './web-bench-pages.js';
import { readabilityText } from './readability-baseline.js';
import { loadCnPages } from './web-cn-pages.js';

function timeEach<T>(pages: T[], fn: (page: T) => unknown): number[] {
  for (const p of pages.slice(0, 5)) fn(p); // warm-up: JIT and lazy module init
  return pages.map((p) => {
    const t0 = performance.now();
    fn(p);
    return performance.now() - t0;
  });
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const row = (name: string, t: number[]): string =>
  `${name.padEnd(22)} median ${quantile(t, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantile(t, 0.95).toFixed(1).padStart(6)} ms`;

const pages = loadBenchPages();
console.log(`pages: ${pages.length}`);
console.log(row('jianbao', timeEach(pages, (p) => extractArticle(p.html, { url: p.url }))));
console.log(row('readability + jsdom', timeEach(pages, (p) => readabilityText(p.html, p.url))));

// Raw bytes for us (charsets vary); Readability gets the text as UTF-8, its best case.
const cn = [...loadCnPages('dev'), ...loadCnPages('heldout'), ...loadCnPages('heldout2'), ...loadCnPages('heldout3'), ...loadCnPages('heldout4'), ...loadCnPages('heldout5'), ...loadCnPages('heldout6'), ...loadCnPages('heldout7'), ...loadCnPages('heldout8'), ...loadCnPages('heldout9'), ...loadCnPages('heldout10'), ...loadCnPages('heldout11'), ...loadCnPages('heldout12'), ...loadCnPages('heldout13'), ...loadCnPages('heldout14'), ...loadCnPages('heldout15'), ...loadCnPages('heldout16'), ...loadCnPages('heldout17')];
console.log(`Chinese set pages: ${cn.length}`);
console.log(row('jianbao', timeEach(cn, (p) => extractArticle(p.bytes, { url: p.gold.url }))));
console.log(row('readability + jsdom', timeEach(cn, (p) => readabilityText(p.bytes.toString('utf8'), p.gold.url))));
